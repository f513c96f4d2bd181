// The plain-block fast path (src/lint/plainTree.ts) must build exactly remark's tree, positions and all, and its
// reading (plainBlock) exactly markdownBlock's, wherever it takes a block; where it cannot, it must decline.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDenseManual, generateManual } from '../bench/manual';
import { frontMatterEnd, nextBoundary } from '../src/lint/blocks';
import { parse } from '../src/lint/markdownParser';
import { markdownBlock } from '../src/lint/markdownProse';
import { plainBlock } from '../src/lint/plainBlock';
import { plainTree } from '../src/lint/plainTree';

const ROOT = join(__dirname, '..');
const flat = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v) => (v instanceof Int32Array ? [...v] : v)));

/** Checks one piece; returns whether the fast path took it. */
function same(piece: string): boolean {
  const nodes = plainTree(piece);
  if (!nodes) return false;
  assert.deepStrictEqual(nodes, parse(piece).children, JSON.stringify(piece.slice(0, 200)));
  for (const carried of [undefined, 'The jail shall']) assert.deepStrictEqual(flat(plainBlock(piece, carried)), flat(markdownBlock(piece, '', 0, carried)), JSON.stringify(piece.slice(0, 200)));
  return true;
}

/** The draft's blocks as the engine cuts them (parts too), and the whole draft. */
function piecesOf(text: string): string[] {
  const frontMatter = frontMatterEnd(text, 'markdown');
  const pieces = [text];
  for (const parts of [false, true]) {
    for (let from = 0; from < text.length; ) {
      const end = nextBoundary(text, from, 'markdown', frontMatter, parts);
      pieces.push(text.slice(from, end));
      from = end;
    }
  }
  return pieces;
}

const filesIn = (dir: string, pattern: RegExp) => readdirSync(join(ROOT, dir)).filter((f) => pattern.test(f)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));

// Lines to build blocks from: what the fast path takes, and what it must leave to remark.
const WORDS = ['ICE', 'detainer', 'The jail shall:', 'officers', '287(g)', 'a "hold"', "the inmate's", 'é', '1.5', '2024', 'x'];
const SPECIAL = ['*', '_', '`', '[', ']', '<', '>', '!', '&', '\\', '~', '|', '#', '  ', ' ', '\t', '&amp;', 'http://x', ':'];
// Inline shapes around the ones plainInline.ts takes: emphasis and links, well and badly formed.
const INLINE = ['*Members shall.*', '*a*', '*a b*', '* a*', '*a *', '**a**', '*a*b', 'a*b*', '(*a*)', '*a.*', '*"a"*', '*é*', '[the guidance](https://example.org/1)', '[a](b)', '[a](b c)', '[a](<b>)', '[a](b(c))', '[ a ](b)', '[a]', '[a](b "t")', '[a]()', '[*a*](b)', '*[a](b)*', '(x)', '](', '*', '[', ']', ')', '.', ' '];
const MARKERS = ['-', '+', '*', '1.', '2.', '1)', '10.', '0.', '123456789.', '1234567890.', '-'];
const INDENTS = [0, 0, 0, 1, 2, 3, 3, 4, 5, 6, 8];

describe('plain blocks built without the parse', () => {
  it('equal remark on the examples, fixtures, labelled documents and sets, and the bench manuals', () => {
    const drafts = [
      ...filesIn('examples', /\.md$/),
      ...filesIn('test/fixtures', /\.md$/),
      ...filesIn('test/fixtures/real', /\.(md|txt)$/),
      ...filesIn('test/labelled/documents', /\.md$/),
      generateManual(50_000, 1, 0.25),
      generateDenseManual(50_000),
      generateManual(30_000, 3, 0.5),
    ];
    let taken = 0;
    for (const draft of drafts) for (const piece of piecesOf(draft)) if (same(piece)) taken++;
    for (const set of filesIn('test/labelled', /\.txt$/)) for (const line of set.split('\n')) if (same(line)) taken++;
    assert.ok(taken > 500, `${taken} pieces taken`);
  });

  it('equal remark on 6,000 generated blocks, or decline them', function () {
    this.timeout(120_000);
    let seed = 7;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const pick = <T>(list: readonly T[]) => list[random(list.length)];
    const word = () => (random(12) === 0 ? pick(SPECIAL) : random(6) === 0 ? pick(INLINE) : pick(WORDS));
    const words = () => Array.from({ length: 1 + random(5) }, word).join(random(8) === 0 ? '' : ' ');
    const row = (cells: number) => `|${Array.from({ length: cells }, () => (random(10) === 0 ? '' : ` ${words()} `)).join('|')}|`;
    const line = (): string => {
      switch (random(7)) {
        case 0:
          return `${'#'.repeat(1 + random(7))}${random(6) === 0 ? '' : ' '}${words()}`;
        case 1:
        case 2:
          return words();
        case 3: {
          const cells = 1 + random(3);
          const delimiter = `|${Array.from({ length: cells + (random(8) === 0 ? 1 : 0) }, () => pick([':---', '---:', ':-:', '---', ' --- ', '-', ''])).join('|')}|`;
          return [row(cells), delimiter, ...Array.from({ length: random(3) }, () => row(1 + random(cells + 1)))].join('\n');
        }
        case 4:
          return random(3) === 0 ? ' ' : '';
        default:
          return `${' '.repeat(pick(INDENTS))}${pick(MARKERS)}${random(8) === 0 ? '  ' : ' '}${words()}`;
      }
    };
    let taken = 0;
    for (let i = 0; i < 6000; i++) {
      const block = Array.from({ length: 1 + random(8) }, line).join('\n') + pick(['', '\n', '\n\n', '\n \n']);
      if (same(block)) taken++;
    }
    assert.ok(taken > 400, `${taken} blocks taken`);
  });

  it('equal remark on 8,000 generated lines with emphasis and links, or decline them', () => {
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const pick = <T>(list: readonly T[]) => list[random(list.length)];
    let inline = 0;
    for (let i = 0; i < 8000; i++) {
      const parts = [pick(WORDS), ...Array.from({ length: random(6) }, () => (random(3) === 0 ? pick(INLINE) : random(10) === 0 ? pick(SPECIAL) : pick(WORDS)))];
      const line = parts.map((part, k) => (k === 0 ? part : `${random(6) === 0 ? '' : ' '}${part}`)).join('') + pick(['', '\n', '\n- a\n', '\nb\n', '\n\n# h']);
      if (same(line) && plainTree(line)!.some((node) => node.type === 'paragraph' && node.children.some((child) => child.type !== 'text'))) inline++;
    }
    assert.ok(inline > 200, `${inline} lines with emphasis or links taken`);
  });

  it("equal remark where remark's guards (markdownRisk.ts) would count: many emphases, many lines, deep lists", () => {
    const emphases = Array.from({ length: 300 }, (_, i) => `Line ${i} is *plain.* See [it](https://e.org/${i}).`).join('\n\n');
    assert.ok(same(emphases));
    const items = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(3 * (i % 8))}1. item ${i}`).join('\n');
    assert.ok(same(items(690)));
    assert.equal(plainTree(items(800)), undefined);
    const deep = Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    assert.ok(!same(deep)); // past MAX_DEPTH the parse decides
  });

  it('declines what it cannot build', () => {
    for (const text of ['a **b**', 'a *b*\nc', '1. a\n\n2. b', '- a\nlazy', '- a\n+ b', '- a\n   2. b', 'a\n2. b', '    code', '\ufeffa', 'a\r\nb', '## a #', '| a |\n| b |', 'a\n| a |\n|---|'])
      assert.equal(plainTree(text), undefined, JSON.stringify(text));
  });
});
