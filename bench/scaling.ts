// Shapes that once made a check grow faster than the text, each checked at 16 and 128 KB: eight times
// the text should take about eight times as long (noise on a loaded machine moves single runs by 2×;
// the quadratic shapes were at 60–500×). Where a shape was one block that every edit read again, a
// one-character edit in its middle is timed too. Printed, not asserted: timing is no test.
import type { Engine } from '../src/engine/engine';
import type { DraftFormat } from '../src/lint/draftReading';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Numbered lines up to `size` characters: no two alike, so no block is read once for many. */
const numbered = (line: (i: number) => string, size: number) => {
  const lines: string[] = [];
  for (let i = 0, length = 0; length < size; i++) length += lines[lines.push(line(i)) - 1].length;
  return lines.join('').slice(0, size);
};

function runsOfEveryLength(size: number): string {
  const runs: string[] = [];
  for (let length = 1, total = 0; total < size; length++, total += length + 5) runs.push(`a ${'`'.repeat(length)} b\n`);
  return runs.join('');
}

interface Shape {
  label: string;
  make: (size: number) => string;
  format?: DraftFormat;
  /** Time a one-character edit in the middle as well. */
  edit?: boolean;
  /** Where in its line that edit goes and what it types (else "x" at the line's start). */
  typed?: { inLine: number; text: string };
}

export const SCALING_SHAPES: Shape[] = [
  // backtickRuns.ts: each run searched the rest of its paragraph for a closer of its length (n^1.5).
  { label: 'unclosed backtick runs of all-different lengths, one a line of one paragraph', make: runsOfEveryLength },
  // markdownRisk.ts: a long run of "*" matched its delimiters one splice of the paragraph at a time.
  { label: 'a run of "*" on each side of one letter', make: (n) => `${'*'.repeat(n / 2)}x${'*'.repeat(n / 2)}` },
  // htmlProse.ts: each run of text between two tags searched the rest of the block and sliced its line.
  { label: 'one line of an HTML block cut by thousands of inline tags', make: (n) => `<div> ${fill('b <i> ', n)}` },
  { label: 'thousands of comments on one line, then "<!"', make: (n) => `${'<!-- a -->'.repeat(Math.floor(n / 10))}<!` },
  // blockCuts.ts: one block with no blank line was parsed whole (a 512 KB list held a gigabyte), and again at every edit.
  { label: 'one list of "- # a N" items', make: (n) => numbered((i) => `- # a ${i}\n`, n), edit: true },
  { label: 'a list of numbered items under one lead-in', make: (n) => `The jail shall not:\n${numbered((i) => `${i + 1}. hold inmate ${i} on an ICE detainer;\n`, n)}`, edit: true },
  // blockCuts.ts: no line of these was chosen for a cut (its hash cancelled the number said twice), so a cut forced at
  // each part's end moved all the cuts after an edit that made its line a cut ("1383" → "138y3"): the rest read again.
  { label: 'a line of text, then "- item N hold inmate N" lines', make: (n) => `The jail shall not:\n${numbered((i) => `- item ${i} hold inmate ${i} on an ICE detainer;\n`, n)}`, edit: true, typed: { inLine: 10, text: 'y' } },
  { label: 'headings with no text (one in 50 numbered), no blank line', make: (n) => numbered((i) => (i % 50 ? '#\n' : `# ${i}\n`), n), edit: true },
  { label: 'headings and their text, no blank line', make: (n) => numbered((i) => `## Section ${i}\nThe jail shall hold inmate ${i} on an ICE detainer.\n`, n), edit: true },
  // lazyLines.ts, blockCuts.ts: a paragraph goes on with "-" lines (empty items cannot interrupt it).
  { label: 'a line of text, then "-" on every line', make: (n) => `x\n${fill('-\n', n)}`, edit: true },
  { label: 'a table of one row a line', make: (n) => `| a | b |\n|---|---|\n${numbered((i) => `| ${i} | hold on an ICE detainer |\n`, n)}`, edit: true },
  // Left as one block: a plain-text list.
  { label: 'plain text: one numbered list', make: (n) => numbered((i) => `${i + 1}. The jail shall hold inmate ${i} on an ICE detainer.\n`, n), format: 'plaintext', edit: true },
];

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A one-character edit in the middle of the text, after a check of the text as it was. */
function editTime(engine: Engine, text: string, format: DraftFormat, { inLine, text: typed } = { inLine: 0, text: 'x' }): number {
  const checker = engine.draft();
  checker.check({ text, format });
  const at = text.indexOf('\n', text.length >> 1) + 1 + inLine;
  return time(() => checker.check({ text: `${text.slice(0, at)}${typed}${text.slice(at)}`, format }));
}

export function printScaling(engine: Engine): void {
  for (const { label, make, format = 'markdown', edit, typed } of SCALING_SHAPES) {
    const texts = [16_384, 131_072].map(make);
    // The better of two runs: a collection or another process can double one.
    const [small, large] = texts.map((text) => Math.min(time(() => engine.check({ text, format })), time(() => engine.check({ text, format }))));
    const edits = edit ? texts.map((text) => editTime(engine, text, format, typed)) : undefined;
    const edited = edits ? `; one-character edit ${edits[0].toFixed(1)} → ${edits[1].toFixed(1)} ms` : '';
    console.log(`${label}: 16 KB ${small.toFixed(1)} ms, 128 KB ${large.toFixed(1)} ms (${(large / small).toFixed(1)}× for 8× the text)${edited}`);
  }
}
