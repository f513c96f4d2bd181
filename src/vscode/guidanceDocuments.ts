// Serves corpus entries and rule explanations as read-only Markdown documents, so "Open Q2", related
// information and diagnostic code links land on real text.
import * as vscode from 'vscode';
import type { GuidancePacks } from './guidancePacks';
import { entryUri, isPreviewUri, parseGuidanceUri, SCHEME } from './uris';

/** How many blank lines stand above a previewed entry: more than half the rows of any editor, so the entry's heading can be
 *  centred however tall the window is (the preview finds the heading by its text). */
const PREVIEW_TOP_LINES = 80;

export class GuidanceDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registrations: vscode.Disposable[];

  constructor(private readonly packs: GuidancePacks) {
    this.registrations = [
      vscode.workspace.registerTextDocumentContentProvider(SCHEME, this),
      // A reloaded pack may change any open guidance document.
      packs.onDidChange(() => {
        for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === SCHEME) this.changed.fire(document.uri);
      }),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const target = parseGuidanceUri(uri);
    const engine = this.packs.engine();
    const text = target && (target.kind === 'entry' ? engine.entryDocument(target.packId, target.id) : engine.ruleDocument(target.packId, target.id));
    if (text && isPreviewUri(uri)) return '\n'.repeat(PREVIEW_TOP_LINES) + text;
    return text ?? `# Not found\n\nNo guidance document at ${uri.toString(true)}. The pack may have been removed or changed.\n`;
  }

  dispose(): void {
    vscode.Disposable.from(...this.registrations).dispose();
    this.changed.dispose();
  }
}

/** Opens a guidance document beside the draft, or in place of the guidance document already open. */
export async function openGuidance(uri: vscode.Uri): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const active = vscode.window.activeTextEditor;
  const viewColumn = active?.document.uri.scheme === SCHEME ? active.viewColumn : vscode.ViewColumn.Beside;
  await vscode.window.showTextDocument(document, { preview: true, viewColumn });
}

export const openEntry = (packId: string, entryId: string) => openGuidance(entryUri(packId, entryId));
