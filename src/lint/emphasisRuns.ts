// Runs of "*" or "_" that may open or close emphasis, per paragraph (over-estimated, see paragraphLines.ts),
// for markdownRisk.ts: micromark's attention resolver walks back over a paragraph's events for each run
// that may close, and splices them for each delimiter it matches.
import { paragraphLines } from './paragraphLines';

interface Run {
  length: number;
  opens: boolean;
  closes: boolean;
}

/** The most `*`/`_` runs that may close emphasis in one paragraph (a quoted paragraph's lines run on
 *  across their ">" markers). */
export function mostClosers(text: string): number {
  return mostPerParagraph(text, () => {
    let count = 0;
    return (run) => (count += run.closes ? 1 : 0);
  });
}

/** The most closing delimiters in one paragraph that may meet an opening one before them: a run closes
 *  one delimiter at a time (two for strong), as many as its length and the openers before it allow. */
export function mostMatched(text: string): number {
  return mostPerParagraph(text, () => {
    let matched = 0;
    let open = 0; // opening delimiters so far
    return (run) => {
      if (run.closes) matched += Math.min(run.length, open);
      if (run.opens) open += run.length;
      return matched;
    };
  });
}

function mostPerParagraph(text: string, counter: () => (run: Run) => number): number {
  let most = 0;
  let count = counter();
  for (const { line, starts } of paragraphLines(text)) {
    if (starts) count = counter();
    for (const run of runsIn(line)) most = Math.max(most, count(run));
  }
  return most;
}

function* runsIn(line: string): Generator<Run> {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x2a && c !== 0x5f) continue;
    let end = i;
    while (end + 1 < line.length && line.charCodeAt(end + 1) === c) end++;
    const before = i > 0 ? line.charCodeAt(i - 1) : 0x20;
    const after = end + 1 < line.length ? line.charCodeAt(end + 1) : 0x20;
    // An intraword "_" neither opens nor closes; otherwise a run opens unless white space follows it
    // and closes unless white space precedes it. A run that starts the line is counted as closing when
    // it is longer than one (its second character has one before it), as the count always has been.
    const intraword = c === 0x5f && isWordChar(after) && isWordChar(before);
    const closes = i === 0 ? end > 0 : !intraword && !isSpace(before);
    yield { length: end - i + 1, opens: !intraword && !isSpace(after), closes };
    i = end;
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x09;
const isWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;
