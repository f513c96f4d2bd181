// The "Guidance" view: topics → (the draft's findings on the topic, then its questions). For the draft
// being edited each topic says conflicts (n), covered, mentioned or not mentioned (see
// src/present/topicStates.ts); the badge counts the draft's conflicts, as the Problems panel and the
// status item do. A draft that is not checked says so in an item at the top, with what to do about it.
import * as vscode from 'vscode';
import type { Entry, Topic } from '../corpus/types';
import { caveatsFor } from '../present/caveatText';
import { NOT_LEGAL_ADVICE } from '../present/hoverText';
import { findingCounts, topicStateExplanation, topicStateLine, topicStateShort, type TopicState, type TopicStatus } from '../present/topicStates';
import { COMMANDS } from './commandIds';
import type { ActiveDraft } from './activeDraft';
import type { DraftDiagnostics, NotChecked } from './diagnostics';
import type { SuppressionEntry } from '../lint/suppressions';
import type { PackFinding } from './draftFindings';
import type { GuidancePacks } from './guidancePacks';
import { oneLine } from '../format/oneLine';
import { TopicDecorations, topicUri } from './topicDecorations';

export type GuidanceNode =
  | { kind: 'notChecked'; uri: vscode.Uri; state: NotChecked }
  | { kind: 'action'; title: string; command: vscode.Command; icon: string }
  | { kind: 'pack'; packId: string }
  | { kind: 'topic'; packId: string; topic: Topic; status?: TopicStatus<PackFinding> }
  | { kind: 'finding'; uri: vscode.Uri; finding: PackFinding }
  | { kind: 'entry'; packId: string; entry: Entry }
  | { kind: 'suppressions'; uri: vscode.Uri; entries: SuppressionEntry[] }
  | { kind: 'suppression'; uri: vscode.Uri; entry: SuppressionEntry };

const STATE_ICON: Record<TopicState, vscode.ThemeIcon> = {
  conflicts: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  // A plain check, not a green "passed": the draft has the provision a check asks for, which says nothing of conflicts the
  // matcher missed (a drafter's trial read a green "covered" as compliance while a hold on a detainer alone went unflagged).
  covered: new vscode.ThemeIcon('check'),
  mentioned: new vscode.ThemeIcon('circle-filled'),
  'not-mentioned': new vscode.ThemeIcon('circle-outline'),
};

const SEVERITY_ICON: Record<PackFinding['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  information: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString(true);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** One line of at most `max` characters: a hard-wrapped sentence's line breaks and indents read as one space. */
const clip = (raw: string, max = 80) => {
  const text = oneLine(raw);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
};

export class TopicTree implements vscode.TreeDataProvider<GuidanceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GuidanceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<GuidanceNode>;
  private readonly subscriptions: vscode.Disposable[];
  /** The topics' badges (public for the tests, which cannot read a row as drawn). */
  readonly decorations = new TopicDecorations((packId, topicId) => this.statuses().get(packId)?.find((s) => s.topicId === topicId));

  constructor(
    private readonly packs: GuidancePacks,
    private readonly diagnostics: DraftDiagnostics,
    private readonly draft: ActiveDraft,
  ) {
    this.view = vscode.window.createTreeView('policyGuidance.topics', { treeDataProvider: this, showCollapseAll: true });
    // The findings' topics read as verdicts unless the view says what they rest on.
    this.view.message = NOT_LEGAL_ADVICE;
    this.subscriptions = [
      this.view,
      this.decorations,
      draft.onDidChange(() => this.refresh()),
      diagnostics.onDidUpdate((uri) => {
        if (uri.toString() === draft.current?.uri.toString()) this.refresh();
      }),
      packs.onDidChange(() => this.refresh()),
    ];
    this.refresh();
  }

  /** The active draft's topic states, per pack; empty when there is no checked draft. */
  private statuses(): Map<string, TopicStatus<PackFinding>[]> {
    const document = this.draft.current;
    return (document && this.diagnostics.report(document)?.topics) ?? new Map();
  }

  refresh(): void {
    const document = this.draft.current;
    const report = document && this.diagnostics.report(document);
    const { conflicts, notes } = findingCounts(report?.findings ?? []);
    // The same count as the Problems panel's errors and warnings for this draft, and the status item's.
    this.view.badge = conflicts
      ? { value: conflicts, tooltip: `${plural(conflicts, 'conflict')} (errors and warnings) in ${baseName(document!.uri)}${notes ? `, and ${plural(notes, 'note')}` : ''}` }
      : undefined;
    // Name the draft the states are about: it need not be the active editor (e.g. an entry is open).
    this.view.description = document ? `${baseName(document.uri)}${report ? '' : ' (not checked)'}` : 'no draft open';
    this.changed.fire(undefined);
    this.decorations.refresh();
  }

  getChildren(node?: GuidanceNode): GuidanceNode[] {
    const packs = this.packs.all();
    if (!node) {
      const top = packs.length === 1 ? this.topics(packs[0].pack.meta.id) : packs.map((p): GuidanceNode => ({ kind: 'pack', packId: p.pack.meta.id }));
      const document = this.draft.current;
      const state = document && this.diagnostics.notChecked(document);
      // The exceptions register: the draft's suppressions, each with its reason (after the topics).
      const suppressions = (document && this.diagnostics.report(document)?.suppressions) ?? [];
      const register: GuidanceNode[] = document && suppressions.length ? [{ kind: 'suppressions', uri: document.uri, entries: suppressions }] : [];
      return state ? [{ kind: 'notChecked', uri: document.uri, state }, ...top, ...register] : [...top, ...register];
    }
    if (node.kind === 'notChecked') return this.actions(node);
    if (node.kind === 'suppressions') return node.entries.map((entry) => ({ kind: 'suppression', uri: node.uri, entry }));
    if (node.kind === 'pack') return this.topics(node.packId);
    if (node.kind === 'topic') {
      const pack = this.packs.byId(node.packId)?.pack;
      const uri = this.draft.current?.uri;
      const findings: GuidanceNode[] = uri ? (node.status?.findings ?? []).map((finding) => ({ kind: 'finding', uri, finding })) : [];
      const entries = node.topic.entries.flatMap((id) => {
        const entry = pack?.entries.find((e) => e.id === id);
        return entry ? [{ kind: 'entry' as const, packId: node.packId, entry }] : [];
      });
      return [...findings, ...entries];
    }
    return [];
  }

  private actions(node: Extract<GuidanceNode, { kind: 'notChecked' }>): GuidanceNode[] {
    const action = (title: string, icon: string, command: string, ...args: unknown[]): GuidanceNode => ({ kind: 'action', title, icon, command: { command, title, arguments: args } });
    const document = this.draft.current;
    switch (node.state.reason) {
      case 'size':
        return [action('Check anyway (this once)', 'play', COMMANDS.checkAnyway, node.uri), action('Raise limit', 'settings-gear', COMMANDS.raiseLimit, node.uri)];
      case 'language':
        return [action(`Check ${document?.languageId ?? 'this language'} drafts`, 'settings-gear', 'workbench.action.openSettings', 'policyGuidance.languages')];
      case 'disabled':
        return [action('Open setting', 'settings-gear', 'workbench.action.openSettings', 'policyGuidance.enable')];
      default:
        return [];
    }
  }

  private topics(packId: string): GuidanceNode[] {
    const statuses = this.statuses().get(packId);
    return (this.packs.byId(packId)?.pack.topics ?? []).map((topic) => ({ kind: 'topic', packId, topic, status: statuses?.find((s) => s.topicId === topic.id) }));
  }

  getTreeItem(node: GuidanceNode): vscode.TreeItem {
    switch (node.kind) {
      case 'notChecked': {
        const item = new vscode.TreeItem(`${baseName(node.uri)} is not checked`, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `notChecked/${node.state.reason}/${node.uri.toString()}`;
        item.description = node.state.message.replace(/^Not checked: /, '');
        item.tooltip = `${node.state.message} Nothing in this draft is flagged until it is checked.`;
        item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.contextValue = 'notChecked';
        return item;
      }
      case 'action': {
        const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.command = node.command;
        return item;
      }
      case 'pack': {
        const item = new vscode.TreeItem(this.packs.byId(node.packId)?.pack.meta.title ?? node.packId, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('library');
        return item;
      }
      case 'topic':
        return this.topicItem(node);
      case 'finding':
        return this.findingItem(node);
      case 'entry':
        return this.entryItem(node);
      case 'suppressions': {
        const unused = node.entries.filter((e) => e.unused).length;
        const item = new vscode.TreeItem('Suppressions', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `suppressions/${node.uri.toString()}`;
        item.description = `${node.entries.length}${unused ? ` · ${unused} unused` : ''}`;
        item.tooltip = 'The exceptions register: every suppression comment in the draft, with the rules it names and its reason.';
        item.iconPath = new vscode.ThemeIcon('eye-closed');
        return item;
      }
      case 'suppression':
        return this.suppressionItem(node);
    }
  }

  private suppressionItem(node: Extract<GuidanceNode, { kind: 'suppression' }>): vscode.TreeItem {
    const { entry } = node;
    const rules = entry.rules.length ? entry.rules.join(', ') : 'all rules';
    const item = new vscode.TreeItem(`${rules}: ${entry.reason || '(no reason given)'}`, vscode.TreeItemCollapsibleState.None);
    item.id = `suppression/${entry.start}/${node.uri.toString()}`;
    const line = entry.range.start.line + 1;
    item.description = `line ${line}${entry.unused ? ' · unused' : entry.suppressed ? ` · hides ${entry.suppressed}` : ''}`;
    item.tooltip = `Line ${line}: suppresses ${rules}. Reason: ${entry.reason || 'none given'}.${entry.unused ? ' It hides nothing where it applies.' : ''}`;
    item.iconPath = new vscode.ThemeIcon(entry.unused ? 'circle-slash' : 'eye-closed');
    const { start, end } = entry.range;
    item.command = { command: COMMANDS.revealFinding, title: 'Show in Draft', arguments: [node.uri, [start.line, start.character, end.line, end.character]] };
    return item;
  }

  private topicItem(node: Extract<GuidanceNode, { kind: 'topic' }>): vscode.TreeItem {
    // Collapsed: the topics and their states are the overview; a finding on several topics would
    // otherwise be listed several times on screen.
    const item = new vscode.TreeItem(node.topic.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${node.packId}/${node.topic.id}`;
    // Its count as a badge, which a long label never hides (see topicDecorations.ts).
    item.resourceUri = topicUri(node.packId, node.topic.id);
    const pack = this.packs.byId(node.packId)?.pack;
    if (node.status && pack) {
      // Its conflicts say how many rest on passages the pack marks unverified or out of date (topicStateLine).
      const text = topicStateLine(node.status, pack);
      item.description = topicStateShort(node.status);
      item.iconPath = node.status.state === 'conflicts' && node.status.findings.some((f) => f.severity === 'error') ? SEVERITY_ICON.error : STATE_ICON[node.status.state];
      const explanation = topicStateExplanation(node.status, pack, true);
      item.tooltip = `${node.topic.label}: ${text}. ${explanation}`;
      item.accessibilityInformation = { label: `${node.topic.label}, ${text}. ${explanation}`, role: 'treeitem' };
    } else item.iconPath = new vscode.ThemeIcon('folder');
    item.contextValue = 'topic';
    return item;
  }

  private findingItem(node: Extract<GuidanceNode, { kind: 'finding' }>): vscode.TreeItem {
    const { finding } = node;
    const rule = this.packs.byId(finding.packId)?.pack.rules.rules.find((r) => r.id === finding.ruleId);
    // A document-level finding sits on the title: name what is missing rather than quote the title.
    // The line first: a narrow sidebar cuts a row's end, and the line is what tells two findings on one topic apart.
    const text = rule?.scope === 'document' ? rule.title : clip(finding.excerpt);
    const label = `${finding.range.start.line + 1}: ${text}`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${finding.packId}/${finding.ruleId}/${finding.start}/${node.uri.toString()}`;
    const kind = finding.severity === 'error' || finding.severity === 'warning' ? 'conflict' : 'note';
    item.description = finding.ruleId;
    item.tooltip = `${kind === 'conflict' ? 'Conflict' : 'Note'} (${finding.severity}), line ${finding.range.start.line + 1}: ${finding.message}`;
    item.accessibilityInformation = { label: `${kind}, ${finding.ruleId}, line ${finding.range.start.line + 1}: ${text}`, role: 'treeitem' };
    item.iconPath = SEVERITY_ICON[finding.severity];
    item.contextValue = 'finding';
    const { start, end } = finding.range;
    item.command = { command: COMMANDS.revealFinding, title: 'Show in Draft', arguments: [node.uri, [start.line, start.character, end.line, end.character]] };
    return item;
  }

  private entryItem(node: Extract<GuidanceNode, { kind: 'entry' }>): vscode.TreeItem {
    const label = `${node.entry.id}. ${node.entry.question}`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.packId}/${node.entry.id}`;
    // How much of the entry is checked, before it is opened: its caveats, and whether any says "unverified".
    const caveats = caveatsFor(this.packs.byId(node.packId)!.pack, node.entry.id);
    const unverified = caveats.filter((c) => c.kind === 'unverified').length;
    item.description = caveats.length ? `${unverified ? `${unverified} unverified, ` : ''}${caveats.length} caveat${caveats.length === 1 ? '' : 's'}` : undefined;
    item.tooltip = `${node.entry.question}${caveats.length ? `\n\nCaveats: ${caveats.map((c) => `${c.kind} (“${c.quote}”)`).join(', ')}` : ''}`;
    // Screen readers hear the question number first, as sighted users see it.
    item.accessibilityInformation = { label: `${label}${item.description ? `, ${item.description}` : ''}`, role: 'treeitem' };
    item.iconPath = new vscode.ThemeIcon('book');
    item.contextValue = 'entry';
    item.command = { command: COMMANDS.openEntry, title: 'Open Guidance Entry', arguments: [node.packId, node.entry.id] };
    return item;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions, this.changed).dispose();
  }
}
