// The GFM table of the plain-block fast path (plainTree.ts): rows written "| a | b |", each cell plain text, built
// as remark with micromark's table extension builds it. A cell runs from its leading "|" to the next one (the last
// cell takes its closing "|"), its text from its first to its last character that is no space.
import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import { isPlainSpan, pointAt } from './plainText';

export interface SourceLine {
  start: number;
  end: number;
  /** 1-based */
  line: number;
}

/** Where the "|" of a row stand, or undefined when the line is no row of plain cells ("|" first and last). */
export function rowPipes(source: string, line: SourceLine): number[] | undefined {
  const { start, end } = line;
  if (end - start < 2 || source.charCodeAt(start) !== 0x7c || source.charCodeAt(end - 1) !== 0x7c) return undefined;
  const pipes = [start];
  for (let i = start + 1; i < end; i++) if (source.charCodeAt(i) === 0x7c) pipes.push(i);
  return pipes;
}

/** The alignment of each column of a delimiter row ("|:---|---:|"), or undefined when the line is no such row. */
function delimiterAlign(source: string, pipes: number[]): AlignType[] | undefined {
  const align: AlignType[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    let i = pipes[k] + 1;
    let j = pipes[k + 1];
    while (i < j && source.charCodeAt(i) === 0x20) i++;
    while (j > i && source.charCodeAt(j - 1) === 0x20) j--;
    const left = source.charCodeAt(i) === 0x3a;
    const right = j - 1 > i && source.charCodeAt(j - 1) === 0x3a;
    let dashes = 0;
    for (let d = i + (left ? 1 : 0); d < j - (right ? 1 : 0); d++) {
      if (source.charCodeAt(d) !== 0x2d) return undefined;
      dashes++;
    }
    if (dashes === 0) return undefined;
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
  }
  return align;
}

function row(source: string, line: SourceLine, pipes: number[]): TableRow | undefined {
  const cells: TableCell[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    let i = pipes[k] + 1;
    let j = pipes[k + 1];
    while (i < j && source.charCodeAt(i) === 0x20) i++;
    while (j > i && source.charCodeAt(j - 1) === 0x20) j--;
    if (!isPlainSpan(source, i, j)) return undefined;
    const end = k + 2 === pipes.length ? pipes[k + 1] + 1 : pipes[k + 1];
    const text = { type: 'text' as const, value: source.slice(i, j), position: { start: pointAt(line.line, line.start, i), end: pointAt(line.line, line.start, j) } };
    cells.push({ type: 'tableCell', children: [text], position: { start: pointAt(line.line, line.start, pipes[k]), end: pointAt(line.line, line.start, end) } });
  }
  return { type: 'tableRow', children: cells, position: { start: pointAt(line.line, line.start, line.start), end: pointAt(line.line, line.start, line.end) } };
}

/**
 * The table whose header row is lines[0] and delimiter row lines[1], its body the other lines (all of them rows);
 * undefined when these lines are not such a table or a row is not plain (a body row wider than the header, whose
 * extra cells the extension drops, is left to remark too).
 */
export function plainTable(source: string, lines: readonly SourceLine[]): Table | undefined {
  if (lines.length < 2) return undefined;
  const headPipes = rowPipes(source, lines[0]);
  const delimiterPipes = rowPipes(source, lines[1]);
  if (!headPipes || !delimiterPipes || headPipes.length !== delimiterPipes.length) return undefined;
  const align = delimiterAlign(source, delimiterPipes);
  if (!align) return undefined;
  const rows: TableRow[] = [];
  for (let n = 0; n < lines.length; n++) {
    if (n === 1) continue;
    const pipes = n === 0 ? headPipes : rowPipes(source, lines[n]);
    if (!pipes || pipes.length > headPipes.length) return undefined;
    const made = row(source, lines[n], pipes);
    if (!made) return undefined;
    rows.push(made);
  }
  const last = lines[lines.length - 1];
  return { type: 'table', align, children: rows, position: { start: pointAt(lines[0].line, lines[0].start, lines[0].start), end: pointAt(last.line, last.start, last.end) } };
}
