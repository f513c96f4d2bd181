// Quick fixes on findings: use the rule's suggested wording, open the guidance it rests on, suppress it
// with a reason, or fix every finding of the rule in the file. Nothing changes without the user's pick.
import * as vscode from 'vscode';
import { COMMANDS } from './commandIds';
import { SOURCE, toRange, type DraftDiagnostics } from './diagnostics';
import type { PackFinding } from './draftFindings';
import type { GuidancePacks } from './guidancePacks';

const codeOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? ''));

export class DraftCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly packs: GuidancePacks,
    private readonly diagnostics: DraftDiagnostics,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const findings = this.diagnostics.report(document)?.findings ?? [];
    const actions: vscode.CodeAction[] = [];
    const fixAllOffered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findings.find((f) => f.ruleId === codeOf(diagnostic) && toRange(f).isEqual(diagnostic.range));
      if (!finding) continue;
      const suggested = this.suggestedEdit(document, finding, diagnostic);
      if (suggested) actions.push(suggested);
      actions.push(...this.openEntryActions(finding, diagnostic));
      if (finding.entries.length) actions.push(this.suppressAction(document, finding, diagnostic));
      if (!fixAllOffered.has(finding.ruleId)) {
        fixAllOffered.add(finding.ruleId);
        const fixAll = this.fixAllAction(document, findings, finding.ruleId);
        if (fixAll) actions.push(fixAll);
      }
    }
    return actions;
  }

  private isRewritable(finding: PackFinding): boolean {
    const rule = this.packs.byId(finding.packId)?.pack.rules.rules.find((r) => r.id === finding.ruleId);
    return rule?.scope === 'sentence' && !!finding.suggestion;
  }

  private suggestedEdit(document: vscode.TextDocument, finding: PackFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
    if (!finding.suggestion) return undefined;
    const edit = new vscode.WorkspaceEdit();
    let action: vscode.CodeAction;
    if (this.isRewritable(finding)) {
      action = new vscode.CodeAction(`Replace with the suggested wording (${finding.ruleId})`, vscode.CodeActionKind.QuickFix);
      edit.replace(document.uri, toRange(finding), finding.suggestion);
      action.isPreferred = true;
    } else {
      // A document rule says something is missing: add the sentence after the paragraph it anchors on.
      action = new vscode.CodeAction(`Add the suggested sentence (${finding.ruleId})`, vscode.CodeActionKind.QuickFix);
      const line = document.lineAt(toRange(finding).end.line);
      edit.insert(document.uri, line.range.end, `${document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'}\n${finding.suggestion}`);
    }
    action.edit = edit;
    action.diagnostics = [diagnostic];
    return action;
  }

  private openEntryActions(finding: PackFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    return finding.entries.map((id) => {
      const action = new vscode.CodeAction(`Open guidance ${id}`, vscode.CodeActionKind.QuickFix);
      action.command = { command: COMMANDS.openEntry, title: `Open guidance ${id}`, arguments: [finding.packId, id] };
      action.diagnostics = [diagnostic];
      return action;
    });
  }

  private suppressAction(document: vscode.TextDocument, finding: PackFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(`Suppress ${finding.ruleId} here, with a reason`, vscode.CodeActionKind.QuickFix);
    action.command = { command: COMMANDS.suppress, title: action.title, arguments: [document.uri, toRange(finding).start.line, finding.ruleId] };
    action.diagnostics = [diagnostic];
    return action;
  }

  /** Every finding of the rule rewritten at once, when each has a sentence to replace and none overlap. */
  private fixAllAction(document: vscode.TextDocument, findings: PackFinding[], ruleId: string): vscode.CodeAction | undefined {
    const same = findings.filter((f) => f.ruleId === ruleId);
    if (same.length < 2 || !same.every((f) => this.isRewritable(f))) return undefined;
    const sorted = [...same].sort((a, b) => a.start - b.start);
    if (sorted.some((f, i) => i > 0 && f.start < sorted[i - 1].end)) return undefined;
    const action = new vscode.CodeAction(`Replace all ${same.length} ${ruleId} findings in this file with the suggested wording`, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    for (const f of sorted) action.edit.replace(document.uri, toRange(f), f.suggestion!);
    return action;
  }
}

/** Inserts a suppression comment above a line, with the reason as a snippet placeholder to type over. */
export async function insertSuppression(uri: vscode.Uri, line: number, ruleId: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri);
  const indent = editor.document.lineAt(line).text.match(/^\s*/)![0];
  const snippet = new vscode.SnippetString(`${indent}<!-- policy-guidance-disable-next-line ${ruleId} -- `).appendPlaceholder('reason').appendText(' -->\n');
  await editor.insertSnippet(snippet, new vscode.Position(line, 0));
}
