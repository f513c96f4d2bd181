// Lazy continuation lines (src/lint/lazyLines.ts): micromark checks each by looking back over the events
// of its paragraph so far, in a plain loop the work counter of markdownRisk.test.ts cannot see. So the
// work is counted as that loop does it, from the tree the engine parses: for each line of a quoted or
// listed paragraph that lacks its ">" or its indentation, the lines of the paragraph before it.
import assert from 'node:assert/strict';
import type { Nodes, Paragraph } from 'mdast';
import { parse } from '../src/lint/markdownParser';
import { markdownProse } from '../src/lint/markdownProse';
import { riskyConstructs } from '../src/lint/markdownRisk';

function lookBacks(text: string): number {
  let work = 0;
  const visit = (node: Nodes, container: 'blockquote' | 'listItem' | undefined) => {
    if (node.type === 'paragraph' && container) work += lazyIn(text, node, container);
    if ('children' in node) for (const child of node.children) visit(child, child.type === 'blockquote' || child.type === 'listItem' ? child.type : container);
  };
  visit(parse(text), undefined);
  return work;
}

function lazyIn(text: string, paragraph: Paragraph, container: 'blockquote' | 'listItem'): number {
  const start = paragraph.position!.start;
  const lines = text.slice(start.offset! - start.column + 1, paragraph.position!.end.offset).split('\n');
  let work = 0;
  lines.forEach((line, i) => {
    const lazy = container === 'blockquote' ? !/^ *>/.test(line) : /^ */.exec(line)![0].length < start.column - 1;
    if (lazy) work += i;
  });
  return work;
}

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const SHAPES: Array<[string, (size: number) => string]> = [
  ['a quote of one ">" line and thousands of lazy ones', (n) => `> a\n${fill('b\n', n)}`],
  ['quoted and lazy lines in turn ("> a", "b")', (n) => fill('> a\nb\n', n)],
  ['a list item of one line and thousands of lazy ones', (n) => `- a\n${fill('b\n', n)}`],
  ['a quoted list item and lazy lines', (n) => `> - a\n${fill('b\n', n)}`],
];

describe('lazy continuation lines', function () {
  this.timeout(60000);
  for (const [label, make] of SHAPES) {
    it(`parses ${label} in linear work, every word kept`, () => {
      const small = lookBacks(make(8_000));
      const large = lookBacks(make(32_000));
      assert.ok(large <= 5 * small + 100_000, `${small} → ${large}`);
      const prose = markdownProse(make(2_000)).units.map((u) => u.text).join(' ');
      for (const word of ['a', 'b']) assert.ok(prose.includes(word), word);
    });
  }

  it('leaves a quote or list item wrapped by hand alone', () => {
    const wrapped = fill('The jail shall not hold a person on a detainer alone.\n', 12_000);
    assert.deepEqual(riskyConstructs(`> ${wrapped}`), []);
    assert.deepEqual(riskyConstructs(`- ${wrapped}\n- ${wrapped}`), []);
    assert.deepEqual(riskyConstructs(`- a\n\n  ${wrapped}`), []);
  });

  it('turns off the container whose lines are lazy', () => {
    assert.deepEqual(riskyConstructs(`> a\n${fill('b\n', 40_000)}`), ['blockQuote']);
    assert.deepEqual(riskyConstructs(`- a\n${fill('b\n', 40_000)}`), ['list']);
  });

  it('reads no list item line as lazy: a long numbered list, or one of empty items, stays a list', () => {
    const numbered = Array.from({ length: 3000 }, (_, i) => `${i + 1}. hold inmate ${i}\n`).join('');
    assert.deepEqual(riskyConstructs(numbered), []);
    assert.equal(markdownProse(numbered).units.filter((u) => u.kind === 'listItem').length, 3000);
    assert.ok(!riskyConstructs(fill('-\n', 40_000)).includes('list'));
  });
});
