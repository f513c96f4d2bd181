// A long run of blank lines is cut into pieces counted back from its end (src/lint/blocks.ts BLANK_CHUNK): a check must give
// what the whole-draft reading gives, an edit what a check from scratch gives, and an edit in the middle of a run must
// re-read a few pieces around it, not the run. Work is counted, not timed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Pack } from '../src/corpus/types';
import type { Engine } from '../src/engine/engine';
import { BLANK_CHUNK, nextBoundary } from '../src/lint/blocks';
import { twoPackEngine } from './support/twoPackEngine';
import { wholeDraftCheck } from './support/wholeDraftCheck';
import { charactersRead } from './support/charactersRead';
import { assertEditsAsFresh } from './support/editsAsFresh';

const RUNS = Number(process.env.PROPERTY_RUNS) || 30;

// What stands between the runs: what a run ends, what goes on past it (lists, indented lines, fences, HTML, quotes).
const LINES = [
  'The jail shall hold any inmate on an ICE detainer for 48 hours.', 'Officers shall not ask about immigration status.', '# Detainers', '- hold any person on an ICE detainer;',
  '1. notify ICE', '  continued ICE detainer', '    indented code', '```', '~~~', '<!--', '-->', '<div>', '<script>', '</script>', '> quoted ICE detainer', '| a | b |', '|---|---|',
  '[x]: #y', 'see [x]', '---', '===', '<!-- policy-guidance-disable detainer-hold -->', '<!-- policy-guidance-enable -->', 'ICE', 'detainer', '-', '*', '2.',
];
const BLANKS = ['', '', '', ' ', '\t', '   '];
const run = fc.tuple(fc.integer({ min: 1, max: 2500 }), fc.constantFrom(...BLANKS)).map(([n, blank]) => Array.from({ length: n }, () => blank));
const draft = fc
  .tuple(fc.array(fc.tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 4 }), run), { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'))
  .map(([parts, eol]) => parts.flatMap(([lines, blanks]) => [...lines, ...blanks]).join(eol) + eol);

describe('a long run of blank lines read in pieces', function () {
  this.timeout(600_000);
  let packs: Pack[];
  let engine: Engine;
  before(async () => {
    ({ packs, engine } = await twoPackEngine());
  });

  it('is cut only where the run ends before a block start, into pieces of about BLANK_CHUNK characters', () => {
    const blanks = '\n'.repeat(20_000);
    const cuts = (text: string) => {
      const at: number[] = [];
      for (let from = 0; from < text.length; ) at.push((from = nextBoundary(text, from, 'markdown', 0, true)));
      return at;
    };
    const closed = cuts(`The jail shall hold.\n${blanks}Officers shall verify.\n`);
    assert.ok(closed.length > 15 && closed.length < 25, `${closed.length} pieces`);
    for (let i = 1; i < closed.length - 2; i++) assert.ok(closed[i] - closed[i - 1] <= BLANK_CHUNK + 1, `piece ${i}`);
    // A list item's text, or a line the item goes on with, after the run: the run stays with the list.
    assert.equal(cuts(`- a\n${blanks}  b\n`).length, 1);
    assert.deepEqual(cuts(`- a\n${blanks}- b\n`), [blanks.length + 4, blanks.length + 8], 'a long list is cut before an item line only (blockCuts.ts)');
    assert.deepEqual(cuts(`a\n${blanks}-\n`), [blanks.length + 2, blanks.length + 4], 'an empty item after the run: cut before it only');
    assert.equal(nextBoundary(`a\n${blanks}b\n`, 0, 'markdown', 0), blanks.length + 2, 'not cut unless asked');
  });

  it('gives what the whole-draft reading gives, and after edits what a check from scratch gives', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(3), insert: fc.constantFrom('', 'a', '\n', '- ', '  ', '```\n', '<!--', '\n\n', 'ICE detainer', '# ', '|') });
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 3 }), (original, edits) => {
        assert.deepStrictEqual(engine.check({ text: original, format: 'markdown' }), wholeDraftCheck(packs, { text: original, format: 'markdown' }));
        assertEditsAsFresh(engine, original, edits);
      }),
      { numRuns: RUNS },
    );
  });

  it('after an edit that ends the run at a line under a list item ("  <!--"), reads the run with the item, as from scratch', () => {
    // (Found by the property above: the check after the edit read on from a cut in the run, the comment at the top level,
    // and it hid the sentence after the list.)
    const original = `- hold any person on an ICE detainer;\n${'   \n'.repeat(566)}The jail shall hold any inmate on an ICE detainer for 48 hours.\n\n`;
    assertEditsAsFresh(engine, original, [{ at: 1312, remove: 0, insert: '<!--' }]);
  });

  it('an edit in the middle of 128,000 blank lines re-reads a few pieces', () => {
    const text = `The jail shall hold any inmate on an ICE detainer.\n${'\n'.repeat(128_000)}Officers shall verify.\n`;
    const checker = engine.draft();
    checker.check({ text, format: 'markdown' });
    const at = text.length >> 1;
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    let result: unknown;
    const edit = charactersRead(() => (result = checker.check({ text: edited, format: 'markdown' })));
    assert.deepStrictEqual(result, engine.check({ text: edited, format: 'markdown' }));
    // A check of a draft of the same shape with 4,000 blank lines: the edit parses and scans less than that (the run's end
    // is found by one regular-expression search, not counted here).
    const small = `The jail shall hold any inmate on an ICE detainer.\n${'\n'.repeat(4_000)}Officers shall verify.\n`;
    const full = charactersRead(() => engine.draft().check({ text: small, format: 'markdown' }));
    assert.ok(edit < full, `an edit read ${edit} characters, a check of 4,000 blank lines ${full}`);
  });
});
