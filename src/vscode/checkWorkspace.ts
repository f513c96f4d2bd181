// "Policy Guidance: Check Workspace": every draft under the workspace folders that matches
// policyGuidance.workspaceFiles, checked without opening editors, into the Problems panel; with a
// progress notification and cancellation. Folders are walked through workspace.fs (also in the web).
import * as vscode from 'vscode';
import { globMatches } from '../config/config';
import type { DraftDiagnostics } from './diagnostics';
import { readSettings } from './settings';

const SKIP = new Set(['node_modules', '.git', '.vscode-test', '.vscode-test-web', 'dist']);

/** Files under a folder, walked iteratively (a deep tree cannot overflow the stack), symlinks not followed. */
async function filesUnder(root: vscode.Uri, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const files: vscode.Uri[] = [];
  const folders = [root];
  while (folders.length && !token.isCancellationRequested) {
    const folder = folders.pop()!;
    const entries = await vscode.workspace.fs.readDirectory(folder).then(undefined, () => [] as [string, vscode.FileType][]);
    for (const [name, type] of entries) {
      if (type & vscode.FileType.SymbolicLink) continue;
      if (type === vscode.FileType.Directory && !SKIP.has(name)) folders.push(vscode.Uri.joinPath(folder, name));
      else if (type === vscode.FileType.File) files.push(vscode.Uri.joinPath(folder, name));
    }
  }
  return files;
}

export async function checkWorkspace(diagnostics: DraftDiagnostics): Promise<{ files: number; findings: number } | undefined> {
  const roots = vscode.workspace.workspaceFolders ?? [];
  if (!roots.length) {
    void vscode.window.showInformationMessage('Policy Guidance: open a folder to check the drafts in it.');
    return undefined;
  }
  const { workspaceFiles, maxFileSizeKB } = readSettings();
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Policy Guidance: checking the workspace', cancellable: true }, async (progress, token) => {
    const drafts: vscode.Uri[] = [];
    for (const root of roots) {
      for (const uri of await filesUnder(root.uri, token)) {
        const relative = uri.path.slice(root.uri.path.length + 1);
        if (workspaceFiles.some((glob) => globMatches(glob, relative))) drafts.push(uri);
      }
    }
    let findings = 0;
    let done = 0;
    for (const uri of drafts) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `${vscode.workspace.asRelativePath(uri)} (${done + 1} of ${drafts.length})`, increment: 100 / drafts.length });
      const bytes = await vscode.workspace.fs.readFile(uri).then(undefined, () => undefined);
      done++;
      if (!bytes || bytes.byteLength / 1024 > maxFileSizeKB) continue;
      const text = new TextDecoder().decode(bytes);
      if (text.includes('\u0000')) continue; // binary: not a draft
      findings += await diagnostics.checkClosed(uri, text, /\.txt$/i.test(uri.path) ? 'plaintext' : 'markdown');
    }
    void vscode.window.showInformationMessage(`Policy Guidance: checked ${done} of ${drafts.length} drafts${token.isCancellationRequested ? ' (cancelled)' : ''}: ${findings} findings in the Problems panel.`);
    return { files: done, findings };
  });
}
