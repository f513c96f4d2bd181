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
    for (const match of text.matchAll(/\r\n?|\n/g)) this.starts.push(match.index + match[0].length);
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low] };
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
