// Character tests for the plain-block fast path (plainTree.ts): which text micromark would read as one run of
// data, with no inline construct, no escape or reference, no break and nothing it rewrites, so that the tree's
// text is the source itself. Both tests are one pass over the characters, no regular expression.
import type { Point } from 'unist';

// ! & * < > [ \ ] _ ` ~ | and tab, carriage return, NUL: each may start an inline construct, a table cell, a
// character reference, an escape or a break, or is rewritten by the parser (tabs to columns, NUL to U+FFFD, CR as
// a line ending). "#" is refused in headings by the caller (a closing sequence).
const REFUSED = new Uint8Array(128);
for (const c of '!&*<>[\\]_`~|\t\r\0') REFUSED[c.charCodeAt(0)] = 1;

/** Is source[from, to) text micromark reads as plain data: none of the refused characters, no U+FEFF (dropped at a
 *  text's start), no space at either end (stripped there, or a hard break before a line ending), not empty? */
export function isPlainSpan(source: string, from: number, to: number): boolean {
  if (to <= from || source.charCodeAt(from) === 0x20 || source.charCodeAt(to - 1) === 0x20) return false;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c < 128 ? REFUSED[c] === 1 : c === 0xfeff) return false;
  }
  return true;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * May a paragraph's line (or a list item's content) start with the character at `at`? Letters, characters past
 * ASCII, "(", quotes, and digits that are not a list marker's ("1." or "1)"): none of these opens a block (heading,
 * list, quote, fence, thematic break, setext underline, table, HTML, indented code).
 */
export function startsText(source: string, at: number, end: number): boolean {
  const c = source.charCodeAt(at);
  if (isLetter(c) || c === 0x28 || c === 0x22 || c === 0x27) return true;
  if (c >= 0x80) return c !== 0xfeff;
  if (!isDigit(c)) return false;
  let i = at;
  while (i < end && isDigit(source.charCodeAt(i))) i++;
  const next = source.charCodeAt(i);
  return next !== 0x2e && next !== 0x29;
}

/** A point of the tree at `offset`, on the line (1-based `line`) that starts at `lineStart`. */
export const pointAt = (line: number, lineStart: number, offset: number): Point => ({ line, column: offset - lineStart + 1, offset });
