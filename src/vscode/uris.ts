// URIs of the read-only guidance documents: policy-guidance:/<pack>/Q2.md and policy-guidance:/<pack>/rules/<rule>.md.
// The ".md" makes VS Code render them as Markdown.
import * as vscode from 'vscode';

export const SCHEME = 'policy-guidance';

export const entryUri = (packId: string, entryId: string) => vscode.Uri.from({ scheme: SCHEME, path: `/${packId}/${entryId}.md` });
export const ruleUri = (packId: string, ruleId: string) => vscode.Uri.from({ scheme: SCHEME, path: `/${packId}/rules/${ruleId}.md` });

/** An entry as the search previews it: its document below blank lines, so it can be scrolled to stand below the picker
 *  (an editor cannot scroll its first line lower than its top, and the picker covers the top of the editors). */
export const previewUri = (packId: string, entryId: string) => entryUri(packId, entryId).with({ query: 'preview' });
export const isPreviewUri = (uri: vscode.Uri) => uri.scheme === SCHEME && uri.query === 'preview';

export type GuidanceTarget = { packId: string; kind: 'entry' | 'rule'; id: string };

export function parseGuidanceUri(uri: vscode.Uri): GuidanceTarget | undefined {
  const match = /^\/([^/]+)\/(?:(rules)\/)?([^/]+)\.md$/.exec(uri.path);
  if (uri.scheme !== SCHEME || !match) return undefined;
  return { packId: match[1], kind: match[2] ? 'rule' : 'entry', id: match[3] };
}

/** A command link for Markdown (hovers), with its arguments encoded as VS Code expects. Parentheses
 *  are encoded too: "287(g)" would otherwise end the Markdown link early. */
export const commandLink = (command: string, ...args: unknown[]) =>
  `command:${command}?${encodeURIComponent(JSON.stringify(args)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
