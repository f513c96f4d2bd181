// Runs of backticks that cannot open a code span. micromark tries a code span at each run and reads on
// to the end of the paragraph for a run of exactly as many backticks; with none, it gives up, and the run
// is read as text. A paragraph of runs of all-different lengths ("`", "``", "```" …, each unclosed) so
// costs runs × length, which grows as the text to the power 1.5 (128 KB took 1.4–1.9 s). This scan finds,
// in one pass, the runs no later run of their length follows in their paragraph (over-estimated, see
// paragraphLines.ts: a wider paragraph only finds more closers), so the parse can read them as text at
// once (unclosedCode.ts) — where micromark would have read them as text too, after its search.
import { paragraphLines } from './paragraphLines';

/** Above this many characters searched, over the text's length (plus a floor), runs are read as text. */
export const CODE_SCANS = 32;

export interface BacktickRuns {
  /** Characters micromark's searches for closers would read (an over-estimate). */
  work: number;
  /** How many backticks from `offset` to read as text: the rest of its run, or 0 if the run may close. */
  opensNothing(offset: number): number;
}

const RUN = /`+/g;

export function backtickRuns(text: string): BacktickRuns {
  const starts: number[] = [];
  const ends: number[] = [];
  // Per paragraph, where its last run of each length starts: a run closes only on a later one.
  const lastOfLength: Array<Map<number, number>> = [];
  const paragraphOf: number[] = [];
  let work = 0;
  let first = 0; // the paragraph's first run
  const close = (end: number) => {
    const last = new Map<number, number>();
    for (let i = first; i < starts.length; i++) last.set(ends[i] - starts[i], starts[i]);
    for (let i = first; i < starts.length; i++) {
      const length = ends[i] - starts[i];
      if (last.get(length) === starts[i]) work += end - starts[i];
      // After an escaped backtick ("\```"), the rest of the run opens: count its search too.
      if (length > 1 && text.charCodeAt(starts[i] - 1) === 0x5c && !((last.get(length - 1) ?? -1) > starts[i])) work += end - starts[i];
    }
    lastOfLength.push(last);
    first = starts.length;
  };
  for (const { line, at, starts: begins } of paragraphLines(text)) {
    if (begins && first < starts.length) close(at);
    RUN.lastIndex = 0;
    for (let m = RUN.exec(line); m; m = RUN.exec(line)) {
      starts.push(at + m.index);
      ends.push(at + m.index + m[0].length);
      paragraphOf.push(lastOfLength.length);
    }
  }
  if (first < starts.length) close(text.length);
  return {
    work,
    opensNothing(offset) {
      // The run holding the offset: the last that starts at or before it.
      let low = 0;
      for (let high = starts.length - 1; low < high; ) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      if (starts.length === 0 || starts[low] > offset || ends[low] <= offset) return 0;
      const length = ends[low] - offset;
      return (lastOfLength[paragraphOf[low]].get(length) ?? -1) > starts[low] ? 0 : length;
    },
  };
}

/** The text's runs when micromark's searches for closers would read more than CODE_SCANS × the text. */
export function costlyBacktickRuns(text: string): BacktickRuns | undefined {
  if (!text.includes('`')) return undefined;
  const runs = backtickRuns(text);
  return runs.work > CODE_SCANS * text.length + 65_536 ? runs : undefined;
}
