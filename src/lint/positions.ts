// Source offsets → 0-based line/character (UTF-16 code units, as VS Code and SARIF count).

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  /** Lines end at "\n", "\r\n" or a lone "\r", as in VS Code and CommonMark. */
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    const line = lastAtOrBefore(this.starts, offset);
    return { line, character: offset - this.starts[line] };
  }

  /** How many lines the text has (one more than its line breaks). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where a 0-based line starts, or undefined past the last line. */
  offsetOfLine(line: number): number | undefined {
    return this.starts[line];
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

/** The index of the last value in an ascending array that is at most `value` (0 if none is): binary search. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
