// Quick fixes on findings: add the rule's condition to the flagged sentence (where that clears the
// conflict), insert the suggested provision beside the drafter's text, open the guidance it rests on,
// suppress it with a reason, or rewrite every sentence of one rule. Nothing replaces the drafter's
// words, nothing is preferred (Ctrl+. Enter applies nothing by surprise), and an edit applies only to
// the version of the draft it was computed for.
import * as vscode from 'vscode';
import { rewriteFix, suggestedFixes, type SuggestedFix, type TextEdit } from '../fix/suggestedFixes';
import { suppressionComment, suppressionTitle } from '../fix/suppressionComment';
import { COMMANDS } from './commandIds';
import type { DraftDiagnostics } from './diagnostics';
import { bareRuleId, SOURCE, toRange } from './findingDiagnostics';
import { formatOf, type PackFinding } from './draftFindings';
import type { GuidancePacks } from './guidancePacks';

export class DraftCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly packs: GuidancePacks,
    private readonly diagnostics: DraftDiagnostics,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const report = this.diagnostics.report(document);
    const findings = report?.findings ?? [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    const fixAllOffered = new Set<string>();
    const entriesOffered = new Set<string>();
    // With several findings under the cursor each action says which rule it answers (the editor sorts
    // actions by their diagnostic's message, so the order here does not show); each entry is offered once.
    const ours = context.diagnostics.filter((d) => d.source === SOURCE);
    for (const diagnostic of ours) {
      const finding = this.diagnostics.findingOf(document, diagnostic);
      if (!finding) continue;
      const whose = (title: string) => (ours.length > 1 ? `${title} (${finding.ruleId})` : title);
      for (const fix of fixesForFinding(this.packs, text, finding, findings)) actions.push(fix.at ? revealAction(document, whose(fix.title), fix.at, diagnostic) : fixAction(document, whose(fix.title), fix.edits, diagnostic));
      for (const id of finding.entries.filter((e) => !entriesOffered.has(e))) {
        entriesOffered.add(id);
        actions.push(this.openEntryAction(finding, id, whose(`Open guidance ${id}`), diagnostic));
      }
      if (finding.entries.length) actions.push(this.suppressAction(document, finding, diagnostic));
      if (!fixAllOffered.has(finding.ruleId)) {
        fixAllOffered.add(finding.ruleId);
        const fixAll = this.fixAllAction(document, text, findings, finding.ruleId);
        if (fixAll) actions.push(fixAll);
      }
    }
    return actions;
  }

  private inputFor(text: string, finding: PackFinding) {
    return fixInput(this.packs, text, finding);
  }

  private openEntryAction(finding: PackFinding, id: string, title: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = { command: COMMANDS.openEntry, title, arguments: [finding.packId, id] };
    action.diagnostics = [diagnostic];
    return action;
  }

  private suppressAction(document: vscode.TextDocument, finding: PackFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(suppressionTitle(finding.ruleId, formatOf(document)), vscode.CodeActionKind.QuickFix);
    const { start, end } = toRange(finding);
    action.command = { command: COMMANDS.suppress, title: action.title, arguments: [document.uri, start.line, finding.ruleId, end.line] };
    action.diagnostics = [diagnostic];
    return action;
  }

  /** Every sentence of the rule that has a rewrite of its own, rewritten at once: offered for two or more.
   *  Sentences without one are left for the drafter: no provision is pasted over several sentences. */
  private fixAllAction(document: vscode.TextDocument, text: string, findings: PackFinding[], ruleId: string): vscode.CodeAction | undefined {
    const bySentence = rulesBySentence(this.packs, findings);
    const rewrites = findings.filter((f) => f.ruleId === ruleId && !sharesSentence(f, bySentence)).flatMap((f) => rewriteFix(this.inputFor(text, f)) ?? []);
    if (rewrites.length < 2) return undefined;
    // As the one-sentence fix says it ("Add “…, but only if …”"): the words added, with the join they are added with.
    return fixAction(document, `${rewrites[0].label} to all ${rewrites.length} ${ruleId} sentences that take it`, rewrites.flatMap((r) => r.edits));
  }
}

function fixInput(packs: GuidancePacks, text: string, finding: PackFinding) {
  const loaded = packs.byId(finding.packId);
  return {
    text,
    finding,
    rule: loaded?.pack.rules.rules.find((r) => r.id === bareRuleId(finding.ruleId)),
    stillFlags: (sentence: string, leadIn?: string) => packs.engine().flagsSentence(finding.packId, bareRuleId(finding.ruleId), sentence, leadIn),
  };
}

/** A finding's fixes in the draft's text (for quick fixes and hover links alike). `others`: the draft's other findings. A
 *  sentence another rule flags too takes no added condition: "…, but only if …" narrows the whole clause and cleared the
 *  other rule's warning as well ("arrest … and hold the person for ICE, but only if a judicial warrant authorizes the hold"
 *  cleared status-only-stop and unauthorized-enforcement; a drafter's trial). */
export function fixesForFinding(packs: GuidancePacks, text: string, finding: PackFinding, others: readonly PackFinding[] = []): SuggestedFix[] {
  const fixes = suggestedFixes(fixInput(packs, text, finding));
  return sharesSentence(finding, rulesBySentence(packs, others)) ? fixes.filter((f) => f.kind !== 'rewrite') : fixes;
}

/** The rules that flag each sentence, by where it starts (a sentence's findings share its range; read once per request:
 *  fix all asks it for every finding of a rule, and a manual has thousands). */
function rulesBySentence(packs: GuidancePacks, findings: readonly PackFinding[]): Map<number, Set<string>> {
  const rules = new Map<number, Set<string>>();
  for (const f of findings) if (!packs.isDocumentFinding(f)) (rules.get(f.start) ?? rules.set(f.start, new Set()).get(f.start)!).add(f.ruleId);
  return rules;
}

const sharesSentence = (finding: PackFinding, bySentence: ReadonlyMap<number, ReadonlySet<string>>) =>
  [...(bySentence.get(finding.start) ?? [])].some((rule) => rule !== finding.ruleId);

/** A range of the draft as the revealFinding command takes it: [line, character, line, character]. */
export function spanOf(document: vscode.TextDocument, at: { start: number; end: number }): number[] {
  const [start, end] = [document.positionAt(at.start), document.positionAt(at.end)];
  return [start.line, start.character, end.line, end.character];
}

/** An action that edits nothing: it selects a place in the draft (its own provision like the suggested one). */
function revealAction(document: vscode.TextDocument, title: string, at: { start: number; end: number }, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { command: COMMANDS.revealFinding, title, arguments: [document.uri, spanOf(document, at)] };
  action.diagnostics = [diagnostic];
  return action;
}

/** An action that applies the edits through a command, which first checks the draft's version. */
function fixAction(document: vscode.TextDocument, title: string, edits: TextEdit[], diagnostic?: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { command: COMMANDS.applyFix, title, arguments: [document.uri, document.version, edits] };
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}

/** Applies a fix's edits, but only to the version of the draft they were computed for. */
export async function applyFix(target: vscode.Uri | string, version: number, edits: TextEdit[]): Promise<boolean> {
  // From a hover link the URI arrives as a string; from a quick fix as a Uri.
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!document || document.version !== version) {
    void vscode.window.showWarningMessage('Policy Guidance: the draft changed since this fix was offered, so nothing was changed. Open the quick fixes again.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  // A provision may land after a list or a run of lettered paragraphs, out of sight: select what was added and show it.
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  if (editor && edits.length === 1) {
    const start = document.positionAt(edits[0].start + (edits[0].newText.length - edits[0].newText.trimStart().length));
    // The cursor at its start: at its end, a long unwrapped line scrolled the editor right and every other line looked blank
    // (a drafter's trial on a plain-text order).
    const added = new vscode.Selection(document.positionAt(edits[0].start + edits[0].newText.length), start);
    editor.selection = added;
    editor.revealRange(added, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return true;
}

/** Inserts a suppression comment for a finding on lines line–endLine (above them, or at the end of the
 *  last in a list item, table row, block quote or paragraph's later line: see suppressionComment.ts), with the reason
 *  as a snippet placeholder to type over. */
export async function insertSuppression(uri: vscode.Uri, line: number, ruleId: string, endLine = line): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri);
  const comment = suppressionComment(editor.document.getText(), formatOf(editor.document), ruleId, line, endLine);
  const snippet = new vscode.SnippetString().appendText(comment.before).appendPlaceholder(comment.placeholder).appendText(comment.after);
  await editor.insertSnippet(snippet, new vscode.Position(comment.line, comment.character));
}
