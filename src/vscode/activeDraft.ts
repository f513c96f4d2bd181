// The draft the user is working on: the active editor when it holds a draft, else the last one that
// did. Opening a guidance entry (or the Output panel) does not change it, so the Guidance view keeps
// showing the draft's topic states and a citation still goes into the draft.
import * as vscode from 'vscode';
import { SCHEME } from './uris';

export class ActiveDraft implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly isDraft: (document: vscode.TextDocument) => boolean) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document !== this.document) return;
        this.document = undefined;
        this.changed.fire();
      }),
      this.changed,
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    const document = editor?.document;
    if (!document || document.uri.scheme === SCHEME || !this.isDraft(document) || document === this.document) return;
    this.document = document;
    this.changed.fire();
  }

  /** The draft in an editor (shown again if it was hidden), for inserting text at its cursor. */
  async editor(): Promise<vscode.TextEditor | undefined> {
    if (!this.document || this.document.isClosed) return undefined;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    return vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
