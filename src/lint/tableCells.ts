// A table's cells → prose units. Each cell is its own unit with its own range (a fix to one cell must not touch its
// neighbours), read after the cells before it in its row: a row states one case. A column headed "Don't", "Do not",
// "Never" or "Prohibited" forbids what its cells say, as a list under "Do not:" does, so its cells are read under it; a
// column that answers a question ("Allowed?") with "No" forbids what the row's cells before it say.
import type { Parent, PhrasingContent, Table } from 'mdast';
import { capLeadIn, MAX_LEAD_IN, type ProseUnit } from './proseUnit';

// Anchored and without nested repetition: linear on any header.
const FORBIDDING_HEADER = /^(?:don['’]t|do\s+not|never|avoid|prohibited|not\s+(?:allowed|permitted)|must\s+not|shall\s+not)\s*[.:!]?$/i;

/** Whether a column's header forbids what the column's cells say. */
export function forbiddingHeader(text: string): boolean {
  return text.length < 40 && FORBIDDING_HEADER.test(text.trim());
}

// A column headed "Definition" or "Meaning" defines its row's term: its cells are read as definitions, as items after
// "Definitions:" are ("A request from ICE that the City hold a person …" defines a detainer, it directs no hold).
const DEFINING_HEADER = /^(?:definitions?|meanings?|means|defined\s+as|what\s+it\s+means)\s*[.:]?$/i;
const QUESTION_HEADER = /\?\s*$|^(?:allowed|permitted|authorized)\s*$/i;
const NO_ANSWER = /^\s*(?:no|never|not\s+(?:allowed|permitted|authorized)|prohibited)\b/i;

/** A cell's words (an explicit stack: a cell's inline nesting has no bound). */
function cellText(cell: Parent): string {
  let text = '';
  const stack: unknown[] = [...cell.children].reverse();
  while (stack.length && text.length < 200) {
    const node = stack.pop() as { value?: unknown; children?: unknown[] };
    if (typeof node.value === 'string') text += node.value;
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return text;
}

/** Reads each cell through `unit` (which records it), giving each row's units one group from `nextGroup`. */
export function readTable(
  table: Table,
  unit: (children: PhrasingContent[], leadIn: string | undefined) => ProseUnit | undefined,
  nextGroup: () => number,
): void {
  readRows(
    table.children.map((row) => row.children as Parent[]),
    cellText,
    (cell, leadIn) => unit(cell.children as PhrasingContent[], leadIn),
    nextGroup,
  );
}

/** readTable over rows of any kind of cell (a Markdown table's, or a plain-text table's spans): `textOf` gives a cell's
 *  words, `unit` reads and records it. */
export function readRows<C>(
  rows: ReadonlyArray<readonly C[]>,
  textOf: (cell: C) => string,
  unit: (cell: C, leadIn: string | undefined) => ProseUnit | undefined,
  nextGroup: () => number,
): void {
  const forbidding: boolean[] = [];
  const answers: boolean[] = [];
  const defining: boolean[] = [];
  rows.forEach((row, r) => {
    const group = nextGroup();
    // ("Hold an inmate on a detainer alone | No" under "Action | Allowed?": the row forbids the hold.)
    const deniedBefore = r === 0 ? -1 : row.findIndex((cell, c) => answers[c] && NO_ANSWER.test(textOf(cell)));
    // The cells before, joined by "; ": only its end, which is all a capped lead-in reads (joining every
    // cell before each cell was quadratic in a wide row).
    let before: string | undefined;
    row.forEach((cell, c) => {
      const cases = before === undefined ? '' : `${capLeadIn(before)}; `;
      // (The answer and the cells after it are read alone: the cells they deny are read under "Do not:" already.)
      const alone = deniedBefore >= 0 && c >= deniedBefore;
      // A cell before a "No" is read under "Do not:" alone: after the cells before it, their act read as done ("Take part in a
      // sweep | Any member | No" warned that any member takes part, beside the first cell's reading of the row as forbidden).
      const denied = c < deniedBefore && !forbidding[c];
      const leadIn = r > 0 && defining[c] ? 'Definitions:' : r > 0 && denied ? 'Do not:' : r > 0 && forbidding[c] ? `${cases}Do not:` : before === undefined || alone ? undefined : `${capLeadIn(before)};`;
      const read = unit(cell, leadIn);
      if (!read) return;
      if (r === 0) {
        forbidding[c] = forbiddingHeader(read.text);
        answers[c] = read.text.length < 40 && QUESTION_HEADER.test(read.text.trim());
        defining[c] = read.text.length < 40 && DEFINING_HEADER.test(read.text.trim());
      }
      read.group = group;
      before = before === undefined ? read.text.trim() : `${before}; ${read.text.trim()}`;
      if (before.length > 4 * MAX_LEAD_IN) before = before.slice(-2 * MAX_LEAD_IN);
    });
  });
}
