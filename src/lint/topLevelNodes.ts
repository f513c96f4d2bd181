// What a block's top-level nodes tell the reading of the blocks after it: whether it ends inside a
// construct that runs on past a blank line, which link reference definitions it makes, and how it ends
// (a block cut before a list item or heading line reads alone only after some endings, see blockCuts.ts).
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

/** How a block ends, when a heading line after it starts a block (its last node is no fenced code block or HTML
 *  block still open); with the container it ends in, if any, whose next item a list item line may start. */
export interface Trailing {
  /** The list's marker ("-", "*", "+", or "." or ")" after a number); "" for a block quote; none for no container. */
  marker?: string;
  /** The lead-in the list's items read; after a paragraph, the one a list right after it reads. */
  leadIn?: string;
  /** It ends in text that a line which cannot interrupt a paragraph ("2.", an empty "-") goes on with. */
  continued?: true;
  /** It ends in a table: the table's header and delimiter rows, as written, each with its line break. */
  table?: string;
}

const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;

/** How these nodes end (see Trailing); `leadIn`: what the last list's items read; `paragraphLeadIn`: what a list after
 *  the last node, a paragraph, reads. */
export function trailingOf(nodes: readonly RootContent[], body: string, leadIn: string | undefined, paragraphLeadIn?: string): Trailing | undefined {
  const last = nodes[nodes.length - 1];
  if (!last || last.type === 'html' || (last.type === 'code' && endsOpen(last, body))) return undefined;
  if (last.type === 'blockquote') return { marker: '' };
  if (last.type === 'list') {
    const marker = listMarker(body, last.position?.start.offset ?? 0);
    return marker ? { marker, ...(leadIn === undefined ? {} : { leadIn }) } : undefined;
  }
  if (last.type === 'table') return { table: headerRows(body, last.position?.start.offset ?? 0) };
  // Closed: a heading, a rule, a fenced code block. A paragraph goes on; so may a definition (as text when
  // no other follows), indented code (a paragraph after it), and anything else, in doubt.
  const fenced = last.type === 'code' && FENCE.test(body.slice(last.position?.start.offset ?? 0));
  if (last.type === 'heading' || last.type === 'thematicBreak' || fenced) return {};
  return last.type === 'paragraph' && paragraphLeadIn !== undefined ? { continued: true, leadIn: paragraphLeadIn } : { continued: true };
}

const TWO_LINES = /[^\r\n]*(?:\r\n?|\n)[^\r\n]*(?:\r\n?|\n)?/y;

/** The two lines from the one holding `at` (after its indentation), each with its line break. */
function headerRows(body: string, at: number): string {
  let start = at;
  while (start > 0 && (body[start - 1] === ' ' || body[start - 1] === '\t')) start--;
  TWO_LINES.lastIndex = start;
  const rows = TWO_LINES.exec(body)?.[0] ?? '';
  return /[\r\n]$/.test(rows) ? rows : `${rows}\n`;
}

/** The marker of the list item starting at `at` ("-", "*", "+", "." or ")"), or "". */
export function listMarker(text: string, at: number): string {
  const c = text[at];
  if (c === '-' || c === '*' || c === '+') return c;
  let i = at;
  while (i < text.length && i - at < 9 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i > at && (text[i] === '.' || text[i] === ')') ? text[i] : '';
}
