// Shapes on which remark's own parser is superlinear (see src/lint/markdownRisk.ts): the parse the
// engine makes of them does work in proportion to their length. Work is counted, not timed: characters
// the tokenizer reads (String.prototype.charCodeAt), array elements the resolvers move (push, slice,
// splice) and label text a "]" reads back (toUpperCase), all of which grew with the square of these texts.
import assert from 'node:assert/strict';
import { parse } from '../src/lint/markdownParser';
import { markdownProse } from '../src/lint/markdownProse';
import fc from 'fast-check';
import { HTML_SCANS, LABEL_READS, LAZY_FREE, LAZY_WORK, MAX_CLOSERS, MAX_MATCHED, MAX_SETEXT, htmlScans, labelReads, riskyConstructs, setextCandidates, type RiskyConstruct } from '../src/lint/markdownRisk';
import { mostClosers, mostMatched } from '../src/lint/emphasisRuns';
import { lazyWork } from '../src/lint/lazyLines';

/** What riskyConstructs says with every count made, not only those a quick count says could pass its bound. */
function everyCount(text: string): RiskyConstruct[] {
  const risky: RiskyConstruct[] = [];
  if (setextCandidates(text) > MAX_SETEXT) risky.push('setextUnderline');
  if (htmlScans(text) > HTML_SCANS * text.length + 65_536) risky.push('htmlText');
  if (mostClosers(text) > MAX_CLOSERS || mostMatched(text) > MAX_MATCHED) risky.push('attention');
  if (labelReads(text) > LABEL_READS * text.length + 65_536) risky.push('labelStartLink', 'labelStartImage', 'labelEnd');
  const lazy = lazyWork(text);
  if (lazy.quote > LAZY_WORK * lazy.lines + 262_144) risky.push('blockQuote');
  if (lazy.list > LAZY_WORK * lazy.lines + 262_144) risky.push('list');
  return risky;
}

function workOf(fn: () => void): number {
  const { charCodeAt, toUpperCase } = String.prototype;
  const { push, slice, splice } = Array.prototype;
  let work = 0;
  String.prototype.charCodeAt = function (this: string, i: number) {
    work++;
    return charCodeAt.call(this, i);
  };
  // normalizeIdentifier's last step: the characters a label end reads back.
  String.prototype.toUpperCase = function (this: string) {
    work += this.length;
    return toUpperCase.call(this);
  };
  Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
    work += items.length;
    return push.apply(this, items);
  };
  Array.prototype.slice = function (this: unknown[], start?: number, end?: number) {
    const result = slice.call(this, start, end);
    work += result.length;
    return result;
  };
  Array.prototype.splice = function (this: unknown[], ...args: unknown[]) {
    work += this.length - Math.min(this.length, Number(args[0] ?? 0)) + args.length;
    return splice.apply(this, args as [number, number, ...unknown[]]);
  };
  try {
    fn();
  } finally {
    Object.assign(String.prototype, { charCodeAt, toUpperCase });
    Object.assign(Array.prototype, { push, slice, splice });
  }
  return work;
}

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const SHAPES: Array<[string, (size: number) => string]> = [
  ['setext headings on every other line ("a\\n===")', (n) => fill('a\n===\n', n)],
  ['setext headings of "-" with words', (n) => fill('ICE detainer hold\n---\n', n)],
  ['unclosed inline "<!--" repeated', (n) => fill('a <!-- ', n)],
  ['unclosed "<?" repeated', (n) => fill('a <? ', n)],
  ['unclosed "<!X" declarations repeated', (n) => fill('a <!X ', n)],
  ['nested emphasis ("*a " then as many "b* ")', (n) => `${fill('*a ', n / 2)}${fill('b* ', n / 2)}`],
  ['emphasis closers with no opener ("a* ")', (n) => fill('a* ', n)],
  // A character that starts no construct, on every line of one paragraph (see typedCharacters.ts).
  ['a bare "&" on every line ("a &")', (n) => fill('a &\n', n)],
  ['a "[a]" that links nowhere on every line', (n) => fill('[a]\n', n)],
  ['reference definitions that never close ("[a]: <")', (n) => fill('[a]: <\n', n)],
  ['emphasis closers with no opener, one a line ("a* ")', (n) => fill('a* \n', n)],
  // A long run matches its delimiters one splice at a time.
  ['a long run of "*" on each side of a word', (n) => `${'*'.repeat(n / 2)}x${'*'.repeat(n / 2)}`],
  ['a long run of "_" on each side of a word', (n) => `a ${'_'.repeat(n / 2)}x${'_'.repeat(n / 2)}`],
  ['"*a " repeated, then one long run of "*"', (n) => `${fill('*a ', n / 2)}b${'*'.repeat(n / 6)}`],
  // Each searches its paragraph for a closer of its length in vain (see backtickRuns.ts).
  ['unclosed backtick runs of all-different lengths, one a line', (n) => runsOfEveryLength(n, ' b\n')],
  ['unclosed backtick runs of all-different lengths on one line', (n) => runsOfEveryLength(n, ' ')],
  // Each "]" reads the text back to its "[" (normalizeIdentifier in micromark's label end).
  ['brackets nested thousands deep', (n) => `${fill('[a ', n / 2)}b${fill(' ]', n / 2)}`],
];

function runsOfEveryLength(size: number, after: string): string {
  const runs: string[] = [];
  for (let length = 1, total = 0; total < size; length++, total += length + after.length + 2) runs.push(`a ${'`'.repeat(length)}${after}`);
  return runs.join('');
}

describe('remark superlinear shapes', function () {
  this.timeout(60000);
  for (const [label, make] of SHAPES) {
    it(`parses ${label} in linear work, every word kept`, () => {
      const small = workOf(() => parse(make(8_000)));
      const large = workOf(() => parse(make(32_000)));
      // Four times the text: four times the work, give or take; the unguarded parse did 9–16 times.
      assert.ok(large < 5 * small, `${small} → ${large}`);
      assert.ok(large < 400 * 32_000, `${large} for 32,000 characters`);
      const text = make(2_000);
      const prose = markdownProse(text).units.map((u) => u.text).join(' ');
      for (const word of ['a', 'ICE', 'b']) if (text.includes(`${word} `)) assert.ok(prose.includes(word), word);
    });
  }

  it('leaves ordinary Markdown alone', () => {
    const ordinary = [
      'Title\n=====\n\nThe jail shall *not* hold a person on an ICE detainer <!-- policy-guidance-disable --> **alone**.\n',
      `${Array.from({ length: 60 }, (_, i) => `Section ${i}\n---\nThe *jail* shall __not__ hold a_person_here.`).join('\n\n')}\n`,
      `- ${Array.from({ length: 300 }, (_, i) => `**Item ${i}.** The jail shall _not_ hold <!-- note --> anyone.`).join('\n- ')}\n`,
      `${fill('The jail shall hold. <!-- unclosed ', 200)}\n\n${fill('a b ', 100_000)}\n`,
    ];
    for (const text of ordinary) assert.deepEqual(riskyConstructs(text), [], text.slice(0, 60));
  });

  it('turns off only what a text makes superlinear', () => {
    assert.deepEqual(riskyConstructs(fill('a\n===\n', 4_000)), ['setextUnderline']);
    assert.deepEqual(riskyConstructs(fill('a <!-- ', 40_000)), ['htmlText']);
    assert.deepEqual(riskyConstructs(fill('a* ', 1_000)), ['attention']);
    assert.deepEqual(riskyConstructs(`${'*'.repeat(300)}x${'*'.repeat(300)}`), ['attention']);
    assert.deepEqual(riskyConstructs(`Notes ${'*'.repeat(300)} and ${'_'.repeat(300)} end`), []);
    assert.deepEqual(riskyConstructs(`${'['.repeat(2_000)}a${']'.repeat(2_000)}`), ['labelStartLink', 'labelStartImage', 'labelEnd']);
    // Unclosed "[" of one paragraph are not closed by the next one's "]".
    assert.deepEqual(riskyConstructs(`${'['.repeat(2_000)}a\n\n${']'.repeat(2_000)}`), []);
    assert.deepEqual(riskyConstructs(`${'['.repeat(2_000)}a\r\n\r\n${']'.repeat(2_000)}`), []);
    assert.deepEqual(riskyConstructs(fill('See [the policy](http://x) and [Q2][q] and ![a [nested] image](y). ', 200_000)), []);
    // A quoted paragraph runs on across its ">" markers: its closers count together.
    assert.deepEqual(riskyConstructs(`${fill('> *a b\n', 1_000)}${fill('> a b*\n', 1_000)}`), ['attention']);
  });

  it('counts by paragraph only where a quick count says the bound could be passed, and says the same', () => {
    const piece = fc.constantFrom('*', '**', '_', 'a', ' ', '\n', '\r\n', '> ', '- ', '  ', 'b* ', '*a ', '> *a b\n', '> a\nb\n', '- a\nb\n', '===\n', '[', ']', '[[[[', ']]]]');
    fc.assert(fc.property(fc.array(piece, { maxLength: 400 }), fc.integer({ min: 1, max: 40 }), (pieces, times) => {
      const text = pieces.join('').repeat(times);
      assert.deepEqual(riskyConstructs(text), everyCount(text));
    }), { numRuns: 300 });
    // Lazy lines at the quick count's bound: the most lines that need no count, every one lazy.
    for (const unit of ['> a\nb\n', '- a\nb\n', '> - a\nb\n']) {
      const text = `${unit.split('\n')[0]}\n${'b\n'.repeat(LAZY_FREE - 2)}`;
      assert.deepEqual(riskyConstructs(text), everyCount(text), unit);
    }
  });
});
