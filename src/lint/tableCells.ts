// A table's cells → prose units. Each cell is its own unit with its own range (a fix to one cell must not touch its
// neighbours), read after the cells before it in its row: a row states one case. A column headed "Don't", "Do not",
// "Never" or "Prohibited" forbids what its cells say, as a list under "Do not:" does, so its cells are read under it.
import type { Parent, PhrasingContent, Table } from 'mdast';
import { capLeadIn, MAX_LEAD_IN, type ProseUnit } from './proseUnit';

// Anchored and without nested repetition: linear on any header.
const FORBIDDING_HEADER = /^(?:don['’]t|do\s+not|never|avoid|prohibited|not\s+(?:allowed|permitted)|must\s+not|shall\s+not)\s*[.:!]?$/i;

/** Whether a column's header forbids what the column's cells say. */
export function forbiddingHeader(text: string): boolean {
  return text.length < 40 && FORBIDDING_HEADER.test(text.trim());
}

/** Reads each cell through `unit` (which records it), giving each row's units one group from `nextGroup`. */
export function readTable(
  table: Table,
  unit: (children: PhrasingContent[], leadIn: string | undefined) => ProseUnit | undefined,
  nextGroup: () => number,
): void {
  const forbidding: boolean[] = [];
  table.children.forEach((row, r) => {
    const group = nextGroup();
    // The cells before, joined by "; ": only its end, which is all a capped lead-in reads (joining every
    // cell before each cell was quadratic in a wide row).
    let before: string | undefined;
    row.children.forEach((cell, c) => {
      const cases = before === undefined ? '' : `${capLeadIn(before)}; `;
      const leadIn = r > 0 && forbidding[c] ? `${cases}Do not:` : before === undefined ? undefined : `${capLeadIn(before)};`;
      const read = unit((cell as Parent).children as PhrasingContent[], leadIn);
      if (!read) return;
      if (r === 0) forbidding[c] = forbiddingHeader(read.text);
      read.group = group;
      before = before === undefined ? read.text.trim() : `${before}; ${read.text.trim()}`;
      if (before.length > 4 * MAX_LEAD_IN) before = before.slice(-2 * MAX_LEAD_IN);
    });
  });
}
