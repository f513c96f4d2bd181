// Where the "suppress" fix puts its comment, and what it says. A comment on a line of its own above a
// list item, a table row or a block-quote line would end the list, table or quote in Markdown (it
// renders as two lists, or breaks the table), so there the comment goes at the end of the flagged
// sentence's last line as disable-line, which hides the findings on any line of the sentence. Elsewhere
// it stays a line of its own above the sentence's first line (disable-next-line), which is easier to see
// and to remove before adoption. Plain text has no comments that do not show: the comment is always a
// line of its own there, and the fix (and the hover's link) says it prints with the policy.
import type { DraftFormat } from '../lint/draftReading';
import { LIST_ITEM } from './suggestedFixes';
import { REASON_PLACEHOLDER } from '../lint/suppressions';

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

/** The comment that suppresses a finding of `ruleId` on lines startLine–endLine of the draft. */
export function suppressionComment(text: string, format: DraftFormat, ruleId: string, startLine: number, endLine = startLine): SuppressionComment {
  const lines = text.split(/\r\n|\r|\n/);
  const last = Math.min(Math.max(endLine, startLine), lines.length - 1);
  if (format === 'markdown' && inContainer(lines, startLine, last)) {
    const lineText = lines[last];
    const trimmed = lineText.replace(/\s+$/, '');
    return { kind: 'disable-line', line: last, character: trimmed.length, before: ` <!-- policy-guidance-disable-line ${ruleId} -- `, placeholder: REASON_PLACEHOLDER, after: ' -->' };
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

/** The lines around `line` up to a blank line on either side. */
function tableBlock(lines: string[], line: number): string[] {
  let from = line;
  let to = line;
  while (from > 0 && lines[from - 1].trim() !== '') from--;
  while (to + 1 < lines.length && lines[to + 1].trim() !== '') to++;
  return lines.slice(from, to + 1);
}
