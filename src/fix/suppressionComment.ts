// Where the "suppress" fix puts its comment, and what it says. A comment on a line of its own above a
// list item, a table row, a block-quote line or a paragraph's second line would end the list, table, quote
// or paragraph in Markdown (it renders as two lists or two paragraphs, or breaks the table), so there the
// comment goes at the end of the flagged sentence's last line as disable-line (inside a table row's last
// cell), which hides the findings on any line of the sentence. Elsewhere it stays a line of its own above
// the sentence's first line (disable-next-line), which is easier to see and to remove before adoption. Plain text has no comments that do not show: the comment is always a
// line of its own there, and the fix (and the hover's link) says it prints with the policy.
import type { DraftFormat } from '../lint/draftReading';
import { LIST_ITEM } from './suggestedFixes';
import { REASON_PLACEHOLDER } from '../lint/suppressions';
import { COMMENT_LINE } from '../lint/proseUnit';

export interface SuppressionComment {
  kind: 'disable-line' | 'disable-next-line';
  /** 0-based line to insert on, and at which column: the end of that line, or 0 (a line of its own). */
  line: number;
  character: number;
  /** Text before the reason, the reason to type over, and the text after it. */
  before: string;
  placeholder: string;
  after: string;
}

const QUOTE = /^\s{0,3}>/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/** A setext underline, a thematic break or a code fence. */
const BLOCK_EDGE = /^\s{0,3}(?:=+|-+|(?:[-*_]\s*){3,}|`{3,}.*|~{3,}.*)\s*$/;

/** The comment that suppresses a finding of `ruleId` on lines startLine–endLine of the draft. */
export function suppressionComment(text: string, format: DraftFormat, ruleId: string, startLine: number, endLine = startLine): SuppressionComment {
  const lines = text.split(/\r\n|\r|\n/);
  const last = Math.min(Math.max(endLine, startLine), lines.length - 1);
  if (format === 'markdown' && (inContainer(lines, startLine, last) || midParagraph(lines, startLine))) {
    return { kind: 'disable-line', line: last, character: endOfText(lines[last]), before: ` <!-- policy-guidance-disable-line ${ruleId} -- `, placeholder: REASON_PLACEHOLDER, after: ' -->' };
  }
  const indent = /^\s*/.exec(lines[startLine] ?? '')![0];
  return { kind: 'disable-next-line', line: startLine, character: 0, before: `${indent}<!-- policy-guidance-disable-next-line ${ruleId} -- `, placeholder: REASON_PLACEHOLDER, after: ' -->\n' };
}

/** What a drafter of a plain-text draft is told beside the suppress fix: "shown as written" had not said
 *  that the comment would be printed in the adopted policy. */
export const PLAIN_TEXT_SUPPRESSION_NOTE = 'in plain text the comment line prints with the policy: remove it before adoption';

/** The fix's title: what it inserts, where a reader of the draft will see it. */
export function suppressionTitle(ruleId: string, format: DraftFormat): string {
  return format === 'plaintext' ? `Suppress ${ruleId} here, with a reason (${PLAIN_TEXT_SUPPRESSION_NOTE})` : `Suppress ${ruleId} here, with a reason`;
}

/**
 * Whether the flagged lines stand in a list item, a table row or a block quote: a line of the paragraph
 * they belong to (up to a blank line or a heading, or across a blank line into an indented continuation
 * of a list item) starts with a list marker or ">", or they are rows of a table.
 */
function inContainer(lines: string[], startLine: number, endLine: number): boolean {
  let top = startLine;
  while (top > 0) {
    const above = lines[top - 1];
    if (HEADING.test(above)) break;
    if (above.trim() === '' && !/^\s+\S/.test(lines[top])) break;
    top--;
  }
  for (let i = top; i <= endLine; i++) if (LIST_ITEM.test(lines[i]) || QUOTE.test(lines[i])) return true;
  return lines[startLine].includes('|') && tableBlock(lines, startLine).some((line) => line.includes('|') && line.includes('-') && TABLE_DELIMITER.test(line));
}

/** Where an inline comment goes on a line: after its text (before a backslash that breaks the line, which must stay last
 *  to break it), or inside a table row's last cell (text after a row's closing "|" is one more cell, and a header row
 *  with more cells than its delimiter row is no table). */
function endOfText(line: string): number {
  const trimmed = line.replace(/\s+$/, '');
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && !LIST_ITEM.test(line) && !QUOTE.test(line)) return trimmed.slice(0, -1).replace(/\s+$/, '').length;
  let slashes = 0;
  while (trimmed[trimmed.length - 1 - slashes] === '\\') slashes++;
  return slashes % 2 === 1 ? trimmed.length - 1 : trimmed.length;
}

/** Whether line `start` goes on a paragraph begun on a line above: a comment line there would end the paragraph
 *  (an HTML comment interrupts one), so the comment goes inline. Not after a blank line, a heading or its underline, a
 *  fence, a rule or a comment line, after which a new block starts anyway. */
function midParagraph(lines: string[], start: number): boolean {
  const above = lines[start - 1];
  return above !== undefined && above.trim() !== '' && !HEADING.test(above) && !BLOCK_EDGE.test(above) && !COMMENT_LINE.test(above);
}

/** The lines around `line` up to a blank line on either side. */
function tableBlock(lines: string[], line: number): string[] {
  let from = line;
  let to = line;
  while (from > 0 && lines[from - 1].trim() !== '') from--;
  while (to + 1 < lines.length && lines[to + 1].trim() !== '') to++;
  return lines.slice(from, to + 1);
}
