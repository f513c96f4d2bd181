// The draft the user is working on: the active editor when it holds a draft, else the last one that
// did. Opening a guidance entry (or the Output panel) does not change it, so the Guidance view keeps
// showing the draft's topic states and a citation still goes into the draft. It is followed by URI:
// "Change Language Mode" closes the document and opens it again with another language id, and the
// view keeps showing it (checked or, in a language not enabled, saying it is not checked).
import * as vscode from 'vscode';
import { SCHEME } from './uris';

/** How long a closed draft is kept, waiting for it to be reopened under another language id. */
const REOPEN_GRACE_MS = 1000;

export class ActiveDraft implements vscode.Disposable {
  private uri: vscode.Uri | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private closing: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly isDraft: (document: vscode.TextDocument) => boolean) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.uri.toString() !== this.uri?.toString()) return;
        clearTimeout(this.closing);
        this.closing = undefined;
        this.changed.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() !== this.uri?.toString()) return;
        clearTimeout(this.closing);
        this.closing = setTimeout(() => {
          this.closing = undefined;
          if (this.current) return;
          this.uri = undefined;
          this.changed.fire();
        }, REOPEN_GRACE_MS);
      }),
      this.changed,
      { dispose: () => clearTimeout(this.closing) },
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  /** The draft's open document (after a language change, the new one). */
  get current(): vscode.TextDocument | undefined {
    const uri = this.uri?.toString();
    return uri === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    const document = editor?.document;
    if (!document || document.uri.scheme === SCHEME || !this.isDraft(document)) return;
    if (document.uri.toString() === this.uri?.toString()) return;
    this.uri = document.uri;
    this.changed.fire();
  }

  /** The draft in an editor (shown again if it was hidden), for inserting text at its cursor. */
  async editor(): Promise<vscode.TextEditor | undefined> {
    const document = this.current;
    if (!document) return undefined;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    return vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
