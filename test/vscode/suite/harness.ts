// What the in-editor tests share: the extension's API, the fixture drafts, and waiting for the
// extension to catch up with an edit (diagnostics are debounced).
import * as vscode from 'vscode';
import type { PolicyGuidanceApi } from '../../../src/vscode/extension';

export const EXTENSION_ID = 'policy-guidance.policy-guidance';
export const PACK = 'missouri-ag-ice';
export const SOURCE = 'policy-guidance';

export async function extensionApi(): Promise<PolicyGuidanceApi> {
  const extension = vscode.extensions.getExtension<PolicyGuidanceApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  return extension.activate();
}

/** A fixture draft in test/vscode/workspace, the folder the tests run with. */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests must run with test/vscode/workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri(name)));
}

/** An untitled copy of a fixture, for tests that edit: the fixture files stay as they are. */
export async function openCopy(name: string): Promise<vscode.TextEditor> {
  const original = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(await openUntitled({ language: original.languageId, content: original.getText() }));
}

/** A new untitled draft with this text. A new untitled document takes the name of one just closed, and VS Code
 *  may restore that one's hot-exit backup (its edited text) in place of the content given, when the backup
 *  outlives the revert: the quick-fix suite's first copy came with the hover suite's edit about one run in five.
 *  The text given is put back. */
export async function openUntitled(options: { language: string; content: string }): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(options);
  if (document.getText() === options.content) return document;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), options.content);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not put back the text of ${document.uri.toString()}`);
  return document;
}

// 30 s: a wait for a check, not a timing: on a loaded 2-core machine a draft opened after the 2 MB manual's test waited
// over 8 s for its first check, and on a slow day (remark parsing 1 MB in 7 s) a clean-clone CI run waited over 15 s.
export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
export const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Waits until the draft's findings satisfy the check (the extension lints after a short pause). */
export function waitForDiagnostics(uri: vscode.Uri, check: (found: vscode.Diagnostic[]) => boolean, what = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const found = ours(uri);
    return check(found) && found;
  });
}

/** The expect markers of a fixture (see test/fixtures.test.ts): line → rule ids, and document rules. */
export function expectedFindings(text: string): { lines: Map<number, string[]>; document: string[] } {
  const lines = new Map<number, string[]>();
  const document: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const [, kind, list] of line.matchAll(/(?:<!--|\[)\s*(expect|expect-document)\s*:\s*([^>\]]*?)\s*(?:-->|\])/g)) {
      const ids = list.split(',').map((s) => s.trim());
      if (kind === 'expect-document') document.push(...ids);
      else lines.set(i, [...(lines.get(i) ?? []), ...ids]);
    }
  });
  return { lines, document };
}

/** Sets one policyGuidance setting in the user settings; `undefined` restores the default. */
export async function setSetting(name: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('policyGuidance').update(name, value, vscode.ConfigurationTarget.Global);
}

/** Closes every editor, discarding edits to untitled copies (closing them would ask to save). */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
