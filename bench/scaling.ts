// Shapes that once made a check grow faster than the text, each checked at 16 and 128 KB: eight times
// the text should take about eight times as long (noise on a loaded machine moves single runs by 2×;
// the quadratic shapes were at 60–500×). Printed, not asserted: timing is no test.
import type { Engine } from '../src/engine/engine';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function runsOfEveryLength(size: number): string {
  const runs: string[] = [];
  for (let length = 1, total = 0; total < size; length++, total += length + 5) runs.push(`a ${'`'.repeat(length)} b\n`);
  return runs.join('');
}

export const SCALING_SHAPES: Array<[string, (size: number) => string]> = [
  // backtickRuns.ts: each run searched the rest of its paragraph for a closer of its length (n^1.5).
  ['unclosed backtick runs of all-different lengths, one a line of one paragraph', runsOfEveryLength],
  // markdownRisk.ts: a long run of "*" matched its delimiters one splice of the paragraph at a time.
  ['a run of "*" on each side of one letter', (n) => `${'*'.repeat(n / 2)}x${'*'.repeat(n / 2)}`],
  // htmlProse.ts: each run of text between two tags searched the rest of the block and sliced its line.
  ['one line of an HTML block cut by thousands of inline tags', (n) => `<div> ${fill('b <i> ', n)}`],
  ['thousands of comments on one line, then "<!"', (n) => `${'<!-- a -->'.repeat(Math.floor(n / 10))}<!`],
];

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function printScaling(engine: Engine): void {
  for (const [label, make] of SCALING_SHAPES) {
    const [small, large] = [16_384, 131_072].map((size) => {
      const text = make(size);
      // The better of two runs: a collection or another process can double one.
      return Math.min(time(() => engine.check({ text, format: 'markdown' })), time(() => engine.check({ text, format: 'markdown' })));
    });
    console.log(`${label}: 16 KB ${small.toFixed(1)} ms, 128 KB ${large.toFixed(1)} ms (${(large / small).toFixed(1)}× for 8× the text)`);
  }
}
