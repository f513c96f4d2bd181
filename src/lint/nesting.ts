// A linear pre-scan of Markdown container prefixes (block quote markers, list markers, and the
// indentation that continues a list item), run before parsing. remark's parse time grows about
// cubically with nesting depth and no draft is hundreds of levels deep, so on a line whose containers
// would go deeper than MAX_NESTING, the excess markers and the rest of the line are hidden from the
// parser (replaced by spaces of equal length, so every offset stays exact), and the line's text is
// read as plain text instead. Time is linear in the size of the draft whatever its shape.

export const MAX_NESTING = 32;

/** A line whose container prefix went deeper than the limit. */
export interface DeepLine {
  /** Offset of the first container marker beyond the limit. */
  excessStart: number;
  /** Offset where the line's text starts after its whole prefix. */
  contentStart: number;
  /** Offset of the line's end (before its line break). */
  lineEnd: number;
}

export interface NestingLimit {
  /** The text to parse: the source, with the excess prefix and text of deep lines blanked. */
  text: string;
  deepLines: DeepLine[];
}

interface Container {
  quote: boolean;
  /** For a list item, the column its content starts at (continuation lines indent to it). */
  column: number;
}

const isBlank = (c: number) => c === 0x20 || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The length of a list marker with its following white space at i ("- ", "12. "), or 0. A marker
 * followed by the line's end counts too (an empty item).
 */
function listMarkerLength(source: string, i: number, end: number): number {
  const c = source.charCodeAt(i);
  let j = i;
  if (c === 0x2d || c === 0x2a || c === 0x2b) j = i + 1; // - * +
  else if (isDigit(c)) {
    while (j < end && j - i < 9 && isDigit(source.charCodeAt(j))) j++;
    const d = source.charCodeAt(j);
    if (j < end && (d === 0x2e || d === 0x29)) j++; // . )
    else return 0;
  } else return 0;
  if (j === end) return j - i;
  if (!isBlank(source.charCodeAt(j))) return 0;
  return j - i;
}

export function limitNesting(source: string, max = MAX_NESTING): NestingLimit {
  const deepLines: DeepLine[] = [];
  const stack: Container[] = [];
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = lineStart;
    while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
    const deep = scanLine(source, lineStart, lineEnd, stack, max);
    if (deep) deepLines.push(deep);
    if (lineEnd >= source.length) break;
    lineStart = lineEnd + (source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? 2 : 1);
  }
  if (deepLines.length === 0) return { text: source, deepLines };
  const parts: string[] = [];
  let at = 0;
  for (const line of deepLines) {
    parts.push(source.slice(at, line.excessStart), ' '.repeat(line.lineEnd - line.excessStart));
    at = line.lineEnd;
  }
  parts.push(source.slice(at));
  return { text: parts.join(''), deepLines };
}

/** Updates the open containers for one line; returns the line when it goes deeper than max. */
function scanLine(source: string, start: number, end: number, stack: Container[], max: number): DeepLine | undefined {
  let i = start;
  let column = 0;
  const skipBlanks = (limit = Infinity) => {
    let n = 0;
    while (i < end && isBlank(source.charCodeAt(i)) && n < limit) {
      column += source.charCodeAt(i) === 0x09 ? 4 - (column % 4) : 1;
      i++;
      n++;
    }
  };
  skipBlanks();
  if (i === end) return undefined; // a blank line closes nothing here (list items may continue past it)
  // Which open containers the line continues: a list item by indentation, a block quote by its ">".
  let kept = 0;
  for (; kept < stack.length; kept++) {
    const container = stack[kept];
    if (container.quote) {
      if (source[i] !== '>') break;
      i++;
      column++;
      if (i < end && isBlank(source.charCodeAt(i))) skipBlanks(1);
      skipBlanks();
    } else if (column < container.column) break;
  }
  stack.length = kept;
  // New containers opened on this line.
  let excessStart = -1;
  for (;;) {
    skipBlanks();
    if (i >= end) break;
    const markerStart = i;
    if (source[i] === '>') {
      i++;
      column++;
      if (i < end && isBlank(source.charCodeAt(i))) skipBlanks(1);
      if (stack.length < max) stack.push({ quote: true, column });
      else if (excessStart < 0) excessStart = markerStart;
      continue;
    }
    const length = listMarkerLength(source, i, end);
    if (length === 0) break;
    i += length;
    column += length;
    const contentColumn = column + 1;
    if (stack.length < max) stack.push({ quote: false, column: contentColumn });
    else if (excessStart < 0) excessStart = markerStart;
  }
  if (excessStart < 0) return undefined;
  return { excessStart, contentStart: i, lineEnd: end };
}
