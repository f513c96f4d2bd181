// What a block's top-level nodes tell the reading of the blocks after it: whether it ends inside a
// construct that runs on past a blank line, which link reference definitions it makes, and the container
// it ends in (a block cut before a list item line reads alone only after one, see listParts.ts).
import type { RootContent } from 'mdast';
import { pushAll } from './pushAll';

/** Is this top-level node a fenced code block or an HTML block of kinds 1–5 with no end? In doubt, yes. */
export function endsOpen(node: RootContent, body: string): boolean {
  const raw = body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? body.length);
  if (node.type === 'code') {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (!fence) return false; // indented code: a line at column 0 ends it
    const lines = raw.split(/\r\n|\r|\n/);
    if (lines.length < 2) return true;
    const close = new RegExp(`^ {0,3}\\${fence[1][0]}{${fence[1].length},}[ \\t]*$`);
    return !close.test(lines[lines.length - 1]);
  }
  if (node.type === 'html') {
    const value = raw.replace(/^[ \t]*/, '');
    if (/^<(?:script|pre|style|textarea)/i.test(value)) return !/<\/(?:script|pre|style|textarea)>/i.test(value);
    if (value.startsWith('<!--')) return !value.includes('-->', 4);
    if (value.startsWith('<?')) return !value.includes('?>', 2);
    if (value.startsWith('<![CDATA[')) return !value.includes(']]>', 9);
    if (value.startsWith('<!')) return !value.includes('>', 2);
    return false; // kinds 6 and 7 end at a blank line
  }
  return false;
}

/** The labels of the link reference definitions among these blocks (at any depth of containers). */
export function definitionsIn(nodes: RootContent[]): string[] {
  const labels: string[] = [];
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') labels.push((node.label ?? node.identifier).replace(/\s+/g, ' '));
    else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'footnoteDefinition') pushAll(stack, node.children as RootContent[]);
  }
  return labels;
}

/** A block that ends in a list or block quote: the next line, if it starts a list item at column 0, starts it
 *  whatever came before (the item continues the list, or closes the container and opens another). */
export interface Trailing {
  /** The list's marker ("-", "*", "+", or "." or ")" after a number); "" for a block quote. */
  marker: string;
  /** The lead-in the list's items read. */
  leadIn?: string;
}

/** The container the last of these nodes is, if it is one; `leadIn`: what the last list's items read. */
export function trailingOf(nodes: readonly RootContent[], body: string, leadIn: string | undefined): Trailing | undefined {
  const last = nodes[nodes.length - 1];
  if (last?.type === 'blockquote') return { marker: '' };
  if (last?.type !== 'list') return undefined;
  const marker = listMarker(body, last.position?.start.offset ?? 0);
  return marker ? { marker, ...(leadIn === undefined ? {} : { leadIn }) } : undefined;
}

/** The marker of the list item starting at `at` ("-", "*", "+", "." or ")"), or "". */
export function listMarker(text: string, at: number): string {
  const c = text[at];
  if (c === '-' || c === '*' || c === '+') return c;
  let i = at;
  while (i < text.length && i - at < 9 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i > at && (text[i] === '.' || text[i] === ')') ? text[i] : '';
}
