// A conflicted topic's count as a badge at its row's right edge, as the Explorer shows a file's problems: VS Code
// cuts a row's description off after a long label (at the default sidebar width "Sanctuary policies and opting
// out…" hid its count), but never a badge. Notes, "covered" and "mentioned" stay in the description (their icons
// say the state where a long label hides it); the tooltip says it all in full.
import * as vscode from 'vscode';
import type { TopicStatus } from '../present/topicStates';

export const TOPIC_SCHEME = 'policy-guidance-topic';

export const topicUri = (packId: string, topicId: string) => vscode.Uri.from({ scheme: TOPIC_SCHEME, path: `/${packId}/${topicId}` });

/** A badge holds at most two characters: a hundred conflicts or more show as "99+" would not fit, so as "+" (the tooltip counts them). */
const badge = (n: number) => (n > 99 ? '+' : String(n));

export function topicDecoration(status: TopicStatus | undefined): vscode.FileDecoration | undefined {
  if (!status?.conflicts) return undefined;
  const error = status.findings.some((f) => f.severity === 'error');
  // Coloured as the Explorer colours a file with problems. No tooltip of its own: VS Code appends it to the row's, which
  // already counts the conflicts (a drafter's trial read "… 1 conflict … • 1 conflict").
  return new vscode.FileDecoration(badge(status.conflicts), undefined, new vscode.ThemeColor(error ? 'list.errorForeground' : 'list.warningForeground'));
}

export class TopicDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;
  private readonly registration = vscode.window.registerFileDecorationProvider(this);

  constructor(private readonly statusOf: (packId: string, topicId: string) => TopicStatus | undefined) {}

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== TOPIC_SCHEME) return undefined;
    const [, packId, topicId] = uri.path.split('/');
    return topicDecoration(this.statusOf(packId, topicId));
  }

  /** The draft or its findings changed: every topic's badge may have. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
