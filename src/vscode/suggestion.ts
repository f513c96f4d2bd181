// "Replace with the suggested wording" from a hover link: the same edit as the quick fix. A sentence
// rule's finding is replaced by the rule's suggestion; a document rule's missing provision is added as
// a paragraph after the line its finding sits on (the draft's title).
import * as vscode from 'vscode';
import { toRange, type DraftDiagnostics } from './diagnostics';
import type { GuidancePacks } from './guidancePacks';

export async function applySuggestion(packs: GuidancePacks, diagnostics: DraftDiagnostics, uri: vscode.Uri, ruleId: string, line: number, character: number): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const finding = document && diagnostics.report(document)?.findings.find((f) => f.ruleId === ruleId && f.range.start.line === line && f.range.start.character === character);
  if (!document || !finding?.suggestion) {
    void vscode.window.showInformationMessage('Policy Guidance: that finding has changed since the hover was shown; hover it again.');
    return false;
  }
  const rule = packs.byId(finding.packId)?.pack.rules.rules.find((r) => r.id === ruleId);
  const edit = new vscode.WorkspaceEdit();
  if (rule?.scope === 'sentence') edit.replace(uri, toRange(finding), finding.suggestion);
  else edit.insert(uri, document.lineAt(toRange(finding).end.line).range.end, `${document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'}\n${finding.suggestion}`);
  return vscode.workspace.applyEdit(edit);
}
