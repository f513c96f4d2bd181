// Reads a run of backticks that cannot open a code span (backtickRuns.ts) as text at once, instead of
// letting micromark search the rest of its paragraph for a closer first. Tried before micromark's code
// span, it takes only runs that search would fail on, and only during a parse made with the text's runs
// (`readingRuns`); its token is added to its text node by the handlers of data, as micromark's own
// reading of a failed run is, so the tree is the same.
import type { Processor } from 'unified';
import { readAsData, type Effects, type State } from './dataTokens';
import type { BacktickRuns } from './backtickRuns';

const TYPE = 'unclosedCode';


// The runs of the text being parsed: set for one synchronous parse, so a processor can be shared.
let current: BacktickRuns | undefined;

export function readingRuns<T>(runs: BacktickRuns, parse: () => T): T {
  current = runs;
  try {
    return parse();
  } finally {
    current = undefined;
  }
}

const unclosedRun = {
  name: TYPE,
  // micromark's code span's own test: a run starts after a character other than "`" or after an escaped
  // one. Without it micromark would stop at every "`" of a run and try its code span there too.
  previous(this: { events: Array<[string, { type: string }]> }, code: number | null): boolean {
    return code !== 0x60 || this.events[this.events.length - 1][1].type === 'characterEscape';
  },
  tokenize(this: { now(): { offset: number } }, effects: Effects, ok: State, nok: State): State {
    let left = current?.opensNothing(this.now().offset) ?? 0;
    const inRun: State = (code) => {
      if (code !== 0x60 || left === 0) {
        effects.exit(TYPE);
        return ok(code);
      }
      effects.consume(code);
      left--;
      return inRun;
    };
    return (code) => {
      if (left === 0) return nok(code);
      effects.enter(TYPE);
      return inRun(code);
    };
  },
};

export function unclosedCode(this: Processor): void {
  readAsData(this, TYPE, { text: { 0x60: unclosedRun } });
}
