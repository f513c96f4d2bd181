// The search result under the selection, shown whole beside the draft while the drafter moves through the results, as
// VS Code's own quick text search previews a match: a result's row is cut at the picker's width (about 80 characters),
// and most questions are longer, so a drafter could not read which question matched (a drafter's trial). The focus
// stays in the picker; Escape closes the preview again, Enter opens the entry itself in its place.
// The picker covers the top of the editors, where an entry's question and its "not legal advice" banner stand: the
// preview is the entry below blank lines, scrolled so its heading stands at the middle of the editor, below the picker
// (as VS Code centres the line its own pickers preview).
import * as vscode from 'vscode';
import { previewUri } from './uris';

const DELAY_MS = 150; // typing replaces the results on every key: preview only where the drafter pauses

export class SearchPreview implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: vscode.Uri | undefined;
  /** Escape came: a preview still opening closes as soon as it opens. */
  private closed = false;
  /** Guidance documents already open before the search: closing the preview must not close them. */
  private readonly openBefore = new Set(openTabs().map((uri) => uri.toString()));

  show(target: { packId: string; entryId: string } | undefined): void {
    clearTimeout(this.timer);
    if (!target?.entryId) return;
    this.timer = setTimeout(() => void this.open(previewUri(target.packId, target.entryId)), DELAY_MS);
  }

  private async open(uri: vscode.Uri): Promise<void> {
    this.shown = uri;
    const document = await vscode.workspace.openTextDocument(uri);
    // In the group of a guidance document already shown: the active one's own (searching from an entry opened a third
    // group beside it, a drafter's trial), else the one beside the draft; else beside the draft.
    const active = vscode.window.activeTextEditor;
    const guidance = active?.document.uri.scheme === uri.scheme ? active : vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === uri.scheme);
    // The entry's heading: its first line of text, below the blank lines the preview document starts with.
    let top = 0;
    while (top < document.lineCount - 1 && document.lineAt(top).isEmptyOrWhitespace) top++;
    const heading = new vscode.Range(top, 0, top, 0);
    const editor = await vscode.window.showTextDocument(document, { preview: true, preserveFocus: true, selection: heading, viewColumn: guidance?.viewColumn ?? vscode.ViewColumn.Beside });
    editor.revealRange(heading, vscode.TextEditorRevealType.InCenter);
    // Escape came while it opened.
    if (this.closed) await this.close();
  }

  /** The picker closed: close the preview (an entry opened from it has its own tab), unless it was open before the search. */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.closed = true;
    const shown = this.shown?.toString();
    if (!shown || this.openBefore.has(shown)) return;
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === shown);
    await vscode.window.tabGroups.close(tabs);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

function openTabs(): vscode.Uri[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri] : []));
}
