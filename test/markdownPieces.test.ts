// Consecutive blocks read with one parse must read exactly as each block read alone (markdownBlock),
// or not be read that way at all: the engine then reads block by block (src/lint/markdownPieces.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateManual } from '../bench/manual';
import { frontMatterEnd, nextBoundary, readAhead } from '../src/lint/blocks';
import { markdownBlock } from '../src/lint/markdownProse';
import { markdownPieces } from '../src/lint/markdownPieces';

const ROOT = join(__dirname, '..');

/** The draft's blocks, as the engine cuts it. */
function blocksOf(text: string): Array<{ start: number; text: string }> {
  const frontMatter = frontMatterEnd(text, 'markdown');
  const blocks: Array<{ start: number; text: string }> = [];
  for (let from = 0; from < text.length; ) {
    const end = nextBoundary(text, from, 'markdown', frontMatter);
    blocks.push({ start: from, text: text.slice(from, end) });
    from = end;
  }
  return blocks;
}

const plain = (block: ReturnType<typeof markdownBlock>) => JSON.parse(JSON.stringify({ ...block, prose: { ...block.prose, units: block.prose.units.map((u) => ({ ...u, offsets: [...u.offsets] })) } }));

describe('reading a run of blocks with one parse', () => {
  const drafts = [
    ['a generated 30 KB manual (headings, lists with lead-ins, tables, quotes, code)', generateManual(30_000, 3, 0.5)],
    ['the restrictive example ordinance', readFileSync(join(ROOT, 'examples/restrictive-city-ordinance.md'), 'utf8')],
    ['a real protocol', readFileSync(join(ROOT, 'test/labelled/documents/philly-health-cares-office-staff-ice.md'), 'utf8')],
    ['the Markdown structure fixture', readFileSync(join(ROOT, 'test/fixtures/markdown-structure.md'), 'utf8')],
  ] as const;
  for (const [label, text] of drafts) {
    it(`reads each block of ${label} as it reads alone`, () => {
      const blocks = blocksOf(text);
      assert.ok(blocks.length > 4, 'several blocks');
      let compared = 0;
      for (let i = 0; i + 3 <= blocks.length; i += 3) {
        const run = blocks.slice(i, i + 3);
        const pieces = markdownPieces(run.map((b) => b.text).join(''), run.map((b) => b.start - run[0].start));
        if (!pieces) continue;
        run.forEach((b, k) => assert.deepEqual(plain(pieces[k]), plain(markdownBlock(b.text)), `block at ${b.start}`));
        compared++;
      }
      assert.ok(compared >= blocks.length / 6, `most runs read with one parse (${compared} of ${Math.floor(blocks.length / 3)})`);
    });
  }

  it('does not cut a fenced code block that runs across blocks', () => {
    const text = 'Intro.\n\n```\ncode\n\nThe jail shall hold a person on a detainer.\n```\n\nAfter.\n';
    const cut = text.indexOf('The jail');
    assert.equal(markdownPieces(text, [0, text.indexOf('```'), cut]), undefined);
  });

  it('does not read a run with a link definition, which blocks before it would see', () => {
    const text = 'See [the guidance].\n\n[the guidance]: https://example.org\n';
    assert.equal(markdownPieces(text, [0, text.indexOf('[the guidance]:')]), undefined);
  });

  // (Bold keeps these blocks from the plain-block fast path, which reads a block without a run: see below.)
  it('reads ahead only the blocks wanted, and nothing for fewer than two', () => {
    const text = '**One**.\n\n**Two**.\n\n**Three**.\n';
    const ahead = (from: number, wanted: (b: string) => boolean, read = new Map()) => (readAhead(text, from, 0, wanted, read), read);
    assert.deepEqual([...ahead(0, () => true).keys()], ['**One**.\n\n', '**Two**.\n\n', '**Three**.\n']);
    assert.deepEqual([...ahead(0, (b) => !b.startsWith('**Two')).keys()], []);
    assert.deepEqual(ahead(10, () => true).get('**Two**.\n\n')?.prose.units.map((u: { text: string }) => u.text), ['Two.']);
  });

  it('reads a plain block ahead without a run (plainTree.ts), as it reads alone', () => {
    const text = 'One.\n\n**Two**.\n\nThree.\n';
    const read = new Map();
    readAhead(text, 0, 0, (b) => !b.startsWith('Three'), read);
    assert.deepEqual([...read.keys()], ['One.\n\n']);
    assert.deepEqual(read.get('One.\n\n'), markdownBlock('One.\n\n'));
  });

  it('reads the tables ahead with one parse and the other blocks with another, passing over blocks already read', () => {
    const table = (n: number) => `| Case | Action |\n|---|---|\n| **${n}** | The jail shall hold person ${n}. |\n\n`;
    const text = `**One**.\n\n${table(1)}**Two**.\n\n${table(2)}**Three**.\n`;
    const read = new Map();
    readAhead(text, 0, 0, () => true, read);
    assert.deepEqual([...read.keys()], ['**One**.\n\n', '**Two**.\n\n', '**Three**.\n', table(1), table(2)]);
    for (const [piece, block] of read) assert.deepEqual(block, markdownBlock(piece), piece);
    const again = new Map([['**One**.\n\n', read.get('**One**.\n\n')]]);
    readAhead(text, 0, 0, (b) => !b.startsWith('**Three'), again);
    assert.deepEqual([...again.keys()], ['**One**.\n\n', table(1), table(2)]);
  });

  it('reads on past section headings, each block as it reads alone, and stops at a list cut off from its start', () => {
    const text = '# Manual\n\n## One\n\nThe jail shall hold.\n\n## Two\n\nStaff shall not share.\n';
    const read = new Map();
    readAhead(text, 0, 0, () => true, read);
    assert.deepEqual([...read.keys()], ['# Manual\n\n', '## One\n\n', 'The jail shall hold.\n\n', '## Two\n\n', 'Staff shall not share.\n']);
    for (const [piece, block] of read) assert.deepEqual(plain(block), plain(markdownBlock(piece)), piece);
    // A list longer than a part is cut at an item line (blockCuts.ts): the part after it reads after the one before.
    const items = Array.from({ length: 120 }, (_, i) => `- Item ${i} shall be kept.\n`).join('');
    const list = `One.\n\nTwo.\n\nThe list:\n\n${items}`;
    const listRead = new Map();
    readAhead(list, 0, 0, () => true, listRead);
    assert.ok(nextBoundary(list, list.indexOf('The list'), 'markdown', 0, true) < list.length, 'the list is cut');
    assert.deepEqual([...listRead.keys()], ['One.\n\n', 'Two.\n\n']);
  });
});
