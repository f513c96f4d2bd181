// A table whose header row is longer than a part (src/lint/blockCuts.ts PART_MIN) is cut after its delimiter row, not
// before it, and each part after reads after the header rows, running on to at least their length: a check must give
// what the whole-draft reading gives, an edit what a check from scratch gives, and an edit in a long table must re-read
// about two parts, not the table. Work is counted, not timed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Pack } from '../src/corpus/types';
import type { Engine } from '../src/engine/engine';
import { twoPackEngine } from './support/twoPackEngine';
import { wholeDraftCheck } from './support/wholeDraftCheck';
import { charactersRead } from './support/charactersRead';
import { assertEditsAsFresh } from './support/editsAsFresh';

const RUNS = Number(process.env.PROPERTY_RUNS) || 30;

const CELLS = ['a', "Don't", 'hold any person on an ICE detainer', 'notify ICE of a release date', 'ICE', 'detainer', '`x`', '*em*', '[x]', ''];
const DELIMITERS = ['---', ':--', '--:', ':-:'];
const OTHER = ['# Detainers', '- hold any person on an ICE detainer;', 'The jail shall not:', '', 'lazy ICE text', '```', '[x]: #y', '  | indented |'];
const table = fc
  .tuple(
    fc.array(fc.constantFrom(...CELLS), { minLength: 60, maxLength: 400 }),
    fc.constantFrom(...DELIMITERS),
    fc.array(fc.tuple(fc.nat(99), fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 6 }), fc.constantFrom(...OTHER)), { minLength: 20, maxLength: 400 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([header, delimiter, rows, eol, lead]) =>
    [
      ...(lead ? ['The jail shall not:', ''] : []),
      `| ${header.join(' | ')} |`,
      `|${header.map(() => delimiter).join('|')}|`,
      ...rows.map(([kind, cells, other], n) => (kind < 95 ? `| ${cells.join(' | ')} ${n} |` : other)),
    ].join(eol) + eol,
  );

describe('a table with a long header row', function () {
  this.timeout(600_000);
  let packs: Pack[];
  let engine: Engine;
  before(async () => {
    ({ packs, engine } = await twoPackEngine());
  });

  it('gives what the whole-draft reading gives, and after edits what a check from scratch gives', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(3), insert: fc.constantFrom('', 'a', '\n', '|', '\n|', '| x |\n', '-', ':', '\n\n', 'ICE detainer', '# ', '- ') });
    fc.assert(
      fc.property(table, fc.array(edit, { minLength: 1, maxLength: 3 }), (original, edits) => {
        assert.deepStrictEqual(engine.check({ text: original, format: 'markdown' }), wholeDraftCheck(packs, { text: original, format: 'markdown' }));
        assertEditsAsFresh(engine, original, edits);
      }),
      { numRuns: RUNS },
    );
  });

  it('an edit in a table of 2,000 columns and 16,000 rows reads less than a check of 2,000 of its rows', () => {
    const make = (rows: number) => `|${' a |'.repeat(2000)}\n|${'---|'.repeat(2000)}\n${Array.from({ length: rows }, (_, i) => `| hold inmate ${i} on an ICE detainer |\n`).join('')}`;
    const text = make(16_000);
    const checker = engine.draft();
    checker.check({ text, format: 'markdown' });
    const at = text.indexOf('inmate 8000 ');
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    let result: unknown;
    const edit = charactersRead(() => (result = checker.check({ text: edited, format: 'markdown' })));
    assert.deepStrictEqual(result, engine.check({ text: edited, format: 'markdown' }));
    const full = charactersRead(() => engine.draft().check({ text: make(2_000), format: 'markdown' }));
    assert.ok(edit < full, `an edit read ${edit} characters, a check of 2,000 rows ${full}`);
  });
});
