// The editor's side of holding back new findings while a sentence is typed (heldFindings.ts says which):
// where the drafter last typed in each draft and when, the cursor, and when held findings are due to
// show: typing paused for REVEAL_AFTER_MS, or the cursor moved (out of the sentence, heldFindings decides).
import * as vscode from 'vscode';
import type { PackFinding } from './draftFindings';
import { heldFindings, sentenceAround } from './heldFindings';

/** How long typing must pause before held findings show (cSpell's revealIssuesAfterDelayMS is 1500). */
export const REVEAL_AFTER_MS = 2000;

export class TypingHold implements vscode.Disposable {
  /** Per draft: when the drafter last typed, and the offset just after that edit. */
  private readonly typed = new Map<string, { at: number; offset: number }>();
  /** Drafts with findings held back: the timer that shows them. */
  private readonly holding = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly due = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a draft's held findings may be due: show its findings again. */
  readonly onDidBecomeDue = this.due.event;
  private readonly subscription = vscode.window.onDidChangeTextEditorSelection((e) => {
    if (this.holding.has(e.textEditor.document.uri.toString())) this.due.fire(e.textEditor.document);
  });

  /** Notes an edit the drafter made (typed, pasted, deleted). */
  noteChange(e: vscode.TextDocumentChangeEvent): void {
    const last = e.contentChanges[e.contentChanges.length - 1];
    if (last) this.typed.set(e.document.uri.toString(), { at: Date.now(), offset: last.rangeOffset + last.text.length });
  }

  /** The findings to hold back now: none unless the drafter typed within REVEAL_AFTER_MS in the
   *  sentence the cursor is in (an edit elsewhere, as a quick fix or another extension makes, holds nothing). */
  held<F extends PackFinding>(document: vscode.TextDocument, findings: readonly F[], shown: readonly PackFinding[], isDocumentRule: (f: PackFinding) => boolean): F[] {
    const key = document.uri.toString();
    clearTimeout(this.holding.get(key));
    this.holding.delete(key);
    const typed = this.typed.get(key);
    const since = typed ? Date.now() - typed.at : Infinity;
    const editor = vscode.window.activeTextEditor;
    if (!typed || since >= REVEAL_AFTER_MS || editor?.document !== document || !editor.selection.isEmpty) return [];
    const text = document.getText();
    const cursor = document.offsetAt(editor.selection.active);
    const sentence = sentenceAround(text, cursor);
    if (typed.offset < sentence.start || typed.offset > sentence.end) return [];
    const held = heldFindings(findings, shown, text, cursor, isDocumentRule, sentence);
    if (held.length) this.holding.set(key, setTimeout(() => this.due.fire(document), REVEAL_AFTER_MS - since));
    return held;
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.holding.get(key));
    this.holding.delete(key);
    this.typed.delete(key);
  }

  dispose(): void {
    for (const timer of this.holding.values()) clearTimeout(timer);
    this.subscription.dispose();
    this.due.dispose();
  }
}
