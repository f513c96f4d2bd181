// A plain-text table set with spaces, as manuals typed in a word processor have them:
//
//   Situation                 Action
//   ------------------        ---------------------------------
//   ICE detainer only         Hold the inmate up to 48 hours
//                             past release time
//
// Two lines or more of two cells or more, cells apart by two or more spaces or a tab, every cell of a line
// starting in a column where the first line (the header) has one (where the header has a tab, the k-th cell of a line is
// in the k-th column). A line of dashes under the header is its rule;
// a line indented past the header's first column carries on the cells above it (a cell's words wrapped in their
// column), each cell in the column it stands in. Read as a table, each row states one case: without this its lines ran together into one sentence.

import { COMMENT_LINE } from './proseUnit';

/** A cell: the source [start, end) of its words on each line it takes. */
export type CellPieces = Array<[number, number]>;

const SPACE = 0x20;
const TAB = 0x09;

/** The cells of source[start, end): runs of text apart by a tab or two spaces or more. */
function cellsOf(source: string, start: number, end: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let i = start;
  while (i < end) {
    while (i < end && (source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB)) i++;
    if (i >= end) break;
    const from = i;
    let last = i;
    // A cell ends before a tab or a second space in a row.
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === TAB || (c === SPACE && (i + 1 >= end || source.charCodeAt(i + 1) === SPACE || source.charCodeAt(i + 1) === TAB))) break;
      if (c !== SPACE) last = i;
      i++;
    }
    cells.push([from, last + 1]);
  }
  return cells;
}

/** "------   ----------": a rule under a header (dashes or equals signs in two runs or more, nothing else but spaces). */
function isRule(source: string, start: number, end: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = start; i < end; i++) {
    const c = source[i];
    if (c === '-' || c === '=' || c === '+') {
      if (!inRun) runs++;
      inRun = true;
    } else if (c === ' ' || c === '\t' || c === '|') inRun = false;
    else return false;
  }
  return runs >= 2;
}

/**
 * The table whose header is lines[from], with the index of the first line after it; undefined where lines[from] starts
 * none. Looks at most two lines past `from` before it gives up, and reads no line twice: linear in what it reads.
 */
export function alignedTableAt(source: string, lines: ReadonlyArray<readonly [number, number]>, from: number): { rows: CellPieces[][]; next: number } | undefined {
  const [headStart, headEnd] = lines[from];
  const head = cellsOf(source, headStart, headEnd);
  if (head.length < 2) return undefined;
  const columns = new Map<number, number>(head.map(([start], k) => [start - headStart, k]));
  const firstColumn = head[0][0] - headStart;
  const starts = head.map(([start]) => start - headStart);
  const rows: CellPieces[][] = [head.map((span) => [span])];
  let n = from + 1;
  if (n < lines.length && isRule(source, lines[n][0], lines[n][1])) n++;
  // Cells apart by tabs line up in the reader's tab stops, not in characters: the k-th cell is the k-th column.
  const byTabs = source.slice(headStart, headEnd).includes('\t');
  for (; n < lines.length; n++) {
    const [start, end] = lines[n];
    // A suppression comment set on a line of its own above a row (the suppress fix puts it there) is no row and ends nothing.
    if (COMMENT_LINE.test(source.slice(start, end))) continue;
    const cells = cellsOf(source, start, end);
    // (Also a line of one cell in the first column no wider than that column: its words wrapped there, "Detainer and
    // judicial" over "warrant". A longer one is text after the table.)
    const carriesOn = !byTabs && cells.length > 0 && (cells[0][0] - start > firstColumn || (cells.length === 1 && cells[0][0] - start === firstColumn && cells[0][1] - cells[0][0] < starts[1] - firstColumn - 1));
    // A row's cells start in the header's columns; a line that carries on the row above may be indented less deep than a
    // column's start ("Detainer and judicial" over "      warrant"): each of its cells goes on the column it stands in.
    const isRow = () =>
      cells.length >= 2 && (byTabs ? cells.length <= head.length && source.slice(start, end).includes('\t') : cells.every(([at]) => columns.has(at - start)));
    if (carriesOn ? rows.length < 2 : !isRow()) break;
    if (!carriesOn) rows.push(head.map(() => []));
    const row = rows[rows.length - 1];
    cells.forEach((span, k) => row[byTabs ? k : carriesOn ? columnOf(starts, span[0] - start) : columns.get(span[0] - start)!].push(span));
  }
  return rows.length >= 2 ? { rows, next: n } : undefined;
}

/** The column a cell starting at `column` stands in: the last whose start is at or before it (starts ascending; a binary
 *  search, so a line of many cells under a wide header costs no more than reading it). */
function columnOf(starts: readonly number[], column: number): number {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= column) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A cell's words, its lines joined by a space. */
export function cellWords(source: string, cell: CellPieces): string {
  return cell.map(([start, end]) => source.slice(start, end)).join(' ');
}
