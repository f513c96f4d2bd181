// Opens the example draft that ships with the extension as an untitled copy, so trying the features
// never edits a file inside the extension.
import * as vscode from 'vscode';

export const EXAMPLE = 'examples/restrictive-city-ordinance.md';

export async function openExample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, EXAMPLE));
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
  return vscode.window.showTextDocument(document);
}
