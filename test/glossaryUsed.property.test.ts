// The terms a draft block uses (for topic states), found in one pass with no match objects: the same
// terms as finding every occurrence in each stretch between blank lines, as the check used to.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createTermFinder, type TermFinder } from '../src/present/glossaryTerms';

const RUNS = Number(process.env.PROPERTY_RUNS) || 300;
// A blank line: a line break (CRLF is one), spaces, a line break; never between the CR and LF of one.
const BLANK_LINE = /(?<=(?:\r\n|\n|\r(?!\n))[^\S\r\n]*(?:\r\n|\n|\r(?!\n)))(?!(?<=\r)\n)/;

describe('glossary terms a block uses', () => {
  let pack: Pack;
  let finder: TermFinder;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    finder = createTermFinder(pack.glossary);
  });
  const byStretch = (text: string) => new Set(text.split(BLANK_LINE).flatMap((part) => finder.find(part).map((m) => m.term.term)));
  const used = (text: string) => new Set(finder.used(text).map((t) => t.term));

  it('are those found stretch by stretch between blank lines, on text made of term words, spaces and line breaks', () => {
    const phrases = [...new Set(pack.glossary.flatMap((t) => [t.term, ...t.synonyms]))];
    const separator = fc.constantFrom(' ', ' ', ' ', '  ', '-', '\n', '\r\n', '\r', '\n\n', '\n \n', '\r\n\r\n', ' \t\n', '\r\r');
    // Whole phrases whose spaces become any separator (a blank line inside one often), and scraps.
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom(...phrases), separator, fc.boolean()).map(([p, sep, upper]) => (upper ? p.toUpperCase() : p).replace(/ /g, sep)),
      separator,
      fc.constantFrom('(', 's', 's.', ',', 'x'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(used(text), byStretch(text), JSON.stringify(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('do not join "ICE" ending one paragraph to "detainer" starting the next', () => {
    assert.deepEqual([...used('Notify ICE\n\ndetainer review')].sort(), [...byStretch('Notify ICE\n\ndetainer review')].sort());
    assert.ok(!used('Notify ICE\r\n  \r\ndetainer').has('ICE detainer'));
    assert.ok(used('Notify ICE\ndetainer').has('ICE detainer') === byStretch('Notify ICE\ndetainer').has('ICE detainer'));
  });
});
