// The "Guidance" view: topics → questions. For the active draft each topic says whether the draft
// conflicts with it, addresses it, or does not mention it; the view's badge counts the conflicts.
import * as vscode from 'vscode';
import type { Entry, Topic } from '../corpus/types';
import { caveatsFor } from '../present/caveatText';
import type { TopicState, TopicStatus } from '../present/topicStates';
import { COMMANDS } from './commandIds';
import type { ActiveDraft } from './activeDraft';
import type { DraftDiagnostics } from './diagnostics';
import type { GuidancePacks } from './guidancePacks';

export type GuidanceNode =
  | { kind: 'pack'; packId: string }
  | { kind: 'topic'; packId: string; topic: Topic; status?: TopicStatus }
  | { kind: 'entry'; packId: string; entry: Entry };

const STATE_TEXT: Record<TopicState, string> = { conflicts: 'conflicts', addresses: 'addressed', 'not-mentioned': 'not mentioned' };
const STATE_ICON: Record<TopicState, vscode.ThemeIcon> = {
  conflicts: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  addresses: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  'not-mentioned': new vscode.ThemeIcon('circle-outline'),
};

export class TopicTree implements vscode.TreeDataProvider<GuidanceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GuidanceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<GuidanceNode>;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly packs: GuidancePacks,
    private readonly diagnostics: DraftDiagnostics,
    private readonly draft: ActiveDraft,
  ) {
    this.view = vscode.window.createTreeView('policyGuidance.topics', { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.view,
      draft.onDidChange(() => this.refresh()),
      diagnostics.onDidUpdate((uri) => {
        if (uri.toString() === draft.current?.uri.toString()) this.refresh();
      }),
      packs.onDidChange(() => this.refresh()),
    ];
    this.refresh();
  }

  /** The active draft's topic states, per pack; empty when there is no checked draft. */
  private statuses(): Map<string, TopicStatus[]> {
    const document = this.draft.current;
    return (document && this.diagnostics.report(document)?.topics) ?? new Map();
  }

  refresh(): void {
    const conflicts = [...this.statuses().values()].flat().filter((s) => s.state === 'conflicts').length;
    this.view.badge = conflicts ? { value: conflicts, tooltip: `The active draft conflicts with ${conflicts} guidance topic${conflicts === 1 ? '' : 's'}` } : undefined;
    // Name the draft the states are about: it need not be the active editor (e.g. an entry is open).
    const document = this.draft.current;
    this.view.description = this.statuses().size && document ? document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) : 'no draft open';
    this.changed.fire(undefined);
  }

  getChildren(node?: GuidanceNode): GuidanceNode[] {
    const packs = this.packs.all();
    if (!node) return packs.length === 1 ? this.topics(packs[0].pack.meta.id) : packs.map((p) => ({ kind: 'pack', packId: p.pack.meta.id }));
    if (node.kind === 'pack') return this.topics(node.packId);
    if (node.kind === 'topic') {
      const pack = this.packs.byId(node.packId)?.pack;
      return node.topic.entries.flatMap((id) => {
        const entry = pack?.entries.find((e) => e.id === id);
        return entry ? [{ kind: 'entry' as const, packId: node.packId, entry }] : [];
      });
    }
    return [];
  }

  private topics(packId: string): GuidanceNode[] {
    const statuses = this.statuses().get(packId);
    return (this.packs.byId(packId)?.pack.topics ?? []).map((topic) => ({ kind: 'topic', packId, topic, status: statuses?.find((s) => s.topicId === topic.id) }));
  }

  getTreeItem(node: GuidanceNode): vscode.TreeItem {
    if (node.kind === 'pack') {
      const item = new vscode.TreeItem(this.packs.byId(node.packId)?.pack.meta.title ?? node.packId, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon('library');
      return item;
    }
    if (node.kind === 'topic') {
      const item = new vscode.TreeItem(node.topic.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.packId}/${node.topic.id}`;
      if (node.status) {
        const { state, findings } = node.status;
        item.description = state === 'conflicts' ? `conflicts (${findings})` : STATE_TEXT[state];
        item.iconPath = STATE_ICON[state];
        item.tooltip = `${node.topic.label}: the active draft ${state === 'conflicts' ? `has ${findings} finding${findings === 1 ? '' : 's'} resting on this topic` : state === 'addresses' ? 'uses terms this topic explains' : 'does not mention this topic'}.`;
      } else item.iconPath = new vscode.ThemeIcon('folder');
      item.contextValue = 'topic';
      return item;
    }
    const item = new vscode.TreeItem(`${node.entry.id}. ${node.entry.question}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.packId}/${node.entry.id}`;
    // How much of the entry is checked, before it is opened: its caveats, and whether any says "unverified".
    const caveats = caveatsFor(this.packs.byId(node.packId)!.pack, node.entry.id);
    const unverified = caveats.filter((c) => c.kind === 'unverified').length;
    item.description = caveats.length ? `${unverified ? `${unverified} unverified, ` : ''}${caveats.length} caveat${caveats.length === 1 ? '' : 's'}` : undefined;
    item.tooltip = `${node.entry.question}${caveats.length ? `\n\nCaveats: ${caveats.map((c) => `${c.kind} (“${c.quote}”)`).join(', ')}` : ''}`;
    item.iconPath = new vscode.ThemeIcon('book');
    item.contextValue = 'entry';
    item.command = { command: COMMANDS.openEntry, title: 'Open Guidance Entry', arguments: [node.packId, node.entry.id] };
    return item;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions, this.changed).dispose();
  }
}
