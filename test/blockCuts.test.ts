// A long block is read in parts cut before list item, heading and table row lines (src/lint/blockCuts.ts): a check must give
// exactly what the whole-draft reading gives (findings, lead-ins, document rules, glossary terms across a cut), and
// an edit in a long list must re-read about one part, not the list. Work is counted, not timed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Pack } from '../src/corpus/types';
import type { Engine } from '../src/engine/engine';
import { isCut, PART_MAX } from '../src/lint/blockCuts';
import { nextBoundary } from '../src/lint/blocks';
import { createTermFinder } from '../src/present/glossaryTerms';
import { twoPackEngine } from './support/twoPackEngine';
import { wholeDraftCheck } from './support/wholeDraftCheck';
import { charactersRead } from './support/charactersRead';
import { assertEditsAsFresh } from './support/editsAsFresh';

const RUNS = Number(process.env.PROPERTY_RUNS) || 40;

const MARKERS = ['- ', '* ', '+ ', '1. ', '2. ', '3) ', '-', '*\t', '10. '];
const CONTENTS = [
  'The jail shall hold any inmate on an ICE detainer for 48 hours.', 'hold any person on an ICE detainer;', 'The jail shall not:', 'Officers shall:',
  'notify ICE of a release date', 'a', '# Detainers', 'with ICE', 'detainer hold', 'ICE', '[x]', '[x]: #y', '`code`', '*em* and _em_', '<div>',
  '<!-- policy-guidance-disable-next-line detainer-hold -- r -->', 'Staff shall not let ICE agents into the gym.', '287(g)', 'U.S.',
];
// Lines other than item lines: what continues, interrupts or ends an item.
const OTHERS = ['', '  continued text', 'lazy ICE', '  - nested item ICE', '    1. deeper', '> quoted ICE detainer', '```', '  ```', '===', '---', '* * *', '| a | b |', '|---|---|', '# Title', 'The jail shall:', '<!--', '-->', '    indented code'];

// Sections of a lead-in and a long list, one marker for most items, so that lists run on across cuts.
const section = fc
  .tuple(fc.constantFrom(...MARKERS), fc.constantFrom('The jail shall not:', 'Officers shall:', '# Title'), fc.array(fc.tuple(fc.nat(999), fc.constantFrom(...MARKERS), fc.constantFrom(...CONTENTS), fc.constantFrom(...OTHERS)), { minLength: 150, maxLength: 400 }))
  .map(([main, leadIn, picks]) => [leadIn, ...picks.map(([kind, marker, content, other], n) => (kind < 975 ? `${main}${content} ${n}` : kind < 985 ? `${marker}${content} ${n}` : other))]);
const draft = fc.tuple(fc.array(section, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n')).map(([sections, eol]) => `${sections.map((lines) => lines.join(eol)).join(eol + eol)}${eol}`);

// Headings, text, items and the constructs a heading line does not close, with no blank line between.
const HEADED = ['# Detainers', '## Holds ICE', '#', '### The jail shall not:', 'The jail shall not:', 'hold any person on an ICE detainer;', 'with ICE', 'detainer hold',
  '- hold any person on an ICE detainer;', '1. notify ICE', '```', '~~~', '<div>', '<!-- a', '-->', '| a | b |', '|---|---|', '> quoted ICE', '    code', '===', '', '[x]: #y', '[x]'];
const headed = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...HEADED), fc.nat(99)), { minLength: 200, maxLength: 700 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.map(([line, n]) => (line.startsWith('#') && n < 80 ? `${line} ${n}` : line)).join(eol) + eol);

// Tables of many rows (a "Don't" column forbids what its cells say), with what ends a table or goes on with it.
const HEADERS = ['| Do | Don\'t |', '| Rule | Note |', '| a |'];
const ROWS = ['| hold any person on an ICE detainer | notify ICE of a release date |', '| with ICE | detainer hold |', '| a |', '|', '|---|---|', '| x | y | z |'];
const OTHER_LINES = ['# Detainers', '- hold any person on an ICE detainer;', 'The jail shall not:', '', 'lazy text', '```'];
const tabled = fc
  .tuple(fc.constantFrom(...HEADERS), fc.array(fc.tuple(fc.nat(99), fc.constantFrom(...ROWS), fc.constantFrom(...OTHER_LINES), fc.constantFrom(...HEADERS)), { minLength: 100, maxLength: 400 }), fc.constantFrom('\n', '\r\n'))
  .map(([header, picks, eol]) => [header, '|---|---|', ...picks.flatMap(([kind, row, other, next], n) => (kind < 94 ? [`${row} ${n}`] : kind < 98 ? [other] : [next, '|---|---|']))].join(eol) + eol);

describe('a long list read in parts', function () {
  this.timeout(600_000);
  let packs: Pack[];
  let engine: Engine;
  before(async () => {
    ({ packs, engine } = await twoPackEngine());
  });

  it('is cut before item lines, where cuts from any item line on meet the ones from the start within two parts', () => {
    for (const item of [(i: number) => `- item ${i}\n`, (i: number) => `- item ${i} hold inmate ${i} on an ICE detainer;\n`]) {
      const text = Array.from({ length: 1500 }, (_, i) => item(i)).join('');
      const cutsFrom = (from: number) => {
        const cuts: number[] = [];
        for (let at = from; at < text.length; ) cuts.push((at = nextBoundary(text, at, 'markdown', 0, true)));
        return cuts;
      };
      const cuts = cutsFrom(0);
      assert.ok(cuts.length > 2, `${cuts.length} parts`);
      for (const [i, at] of cuts.slice(0, -1).entries()) {
        assert.ok(isCut(text, at), `${at}`);
        assert.ok(at - (i ? cuts[i - 1] : 0) <= PART_MAX + item(i).length);
      }
      // So an edit moves no cut far past it: the parts after it are the old ones.
      for (let from = text.indexOf('\n', 3000) + 1; from < text.length - 4000; from = text.indexOf('\n', from + 997) + 1) {
        const met = cutsFrom(from).findIndex((at) => at < text.length && cuts.includes(at));
        assert.ok(met >= 0 && met < 2, `from ${from}: met after ${met} parts`);
        assert.deepStrictEqual(cutsFrom(from).slice(met), cuts.slice(cuts.indexOf(cutsFrom(from)[met])));
      }
      assert.equal(nextBoundary(text, 0, 'markdown', 0), text.length, 'not cut unless asked');
    }
  });

  it('gives what the whole-draft reading gives', () => {
    fc.assert(
      fc.property(fc.oneof(draft, headed, tabled), (text) => {
        assert.deepStrictEqual(engine.check({ text, format: 'markdown' }), wholeDraftCheck(packs, { text, format: 'markdown' }));
      }),
      { numRuns: RUNS },
    );
  });

  it('after edits, gives what a check from scratch gives', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(3), insert: fc.constantFrom('', 'a', '\n', '\n- ', '- ', '\n\n', ':', 'ICE ', '> ', '```\n', '  ', '# ', '\n#', '<div>', '|', '\n| a |', '\n\n') });
    fc.assert(
      fc.property(fc.oneof(draft, headed, tabled), fc.array(edit, { minLength: 1, maxLength: 4 }), (original, edits) => {
        assertEditsAsFresh(engine, original, edits);
      }),
      { numRuns: RUNS },
    );
  });

  it('a list right after a paragraph keeps the paragraph\'s lead-in where a cut falls before its first item', () => {
    const before = Array.from({ length: 120 }, (_, i) => `Some text of line ${i}.\n`).join('');
    for (const text of [`${before}The jail shall not:\n- hold any person on an ICE detainer;\n`, `\n\nThe jail shall not:\n\n- hold any person on an ICE detainer;\n`]) {
      assert.ok(isCut(text, text.indexOf('- hold')) && nextBoundary(text, 0, 'markdown', 0, true) <= text.indexOf('- hold'), 'a cut before the item');
      const output = engine.check({ text, format: 'markdown' });
      assert.deepStrictEqual(output, wholeDraftCheck(packs, { text, format: 'markdown' }));
      assert.ok(!output.findings.some((f) => f.ruleId.endsWith('detainer-hold')), 'read under "shall not"');
    }
  });

  it('a term finder says where a term may run on past a line start', () => {
    const terms = createTermFinder(packs[0].glossary);
    const at = (text: string) => text.indexOf('\n- ') + 1;
    assert.equal(terms.runsPast('- hold with ICE\n- detainer', 0, at('- hold with ICE\n- detainer')), true);
    assert.equal(terms.runsPast('- hold with ICE.\n- detainer', 0, at('- hold with ICE.\n- detainer')), false);
    assert.equal(terms.runsPast('- the jail\n- hold', 0, at('- the jail\n- hold')), true, '"jail hold"');
    assert.equal(terms.runsPast('- the clerk\n- detainer', 0, at('- the clerk\n- detainer')), false);
    assert.equal(terms.runsPast(`- ICE${' '.repeat(2000)}\n- detainer`, 0, 2006), true, 'in doubt');
  });

  it('a term across a cut is found as in the whole draft', () => {
    const text = `The jail shall not:\n${Array.from({ length: 300 }, (_, i) => `- notify the office ${i} with ICE\n- detainer ${i}`).join('\n')}\n`;
    const topics = engine.check({ text, format: 'markdown' }).topics;
    assert.deepStrictEqual(topics, wholeDraftCheck(packs, { text, format: 'markdown' }).topics);
  });

  // Items that say their number twice: a hash of the line's characters that cancelled it chose no line, so every cut was
  // forced at PART_MAX and an edit moved every cut after it (the rest of the list re-read at each keystroke).
  const LISTS: Array<[string, (i: number) => string]> = [
    ['"- hold inmate N"', (i) => `- hold inmate ${i} on an ICE detainer for 48 hours;\n`],
    ['"- item N hold inmate N"', (i) => `- item ${i} hold inmate ${i} on an ICE detainer;\n`],
    ['"* item N hold inmate N"', (i) => `* item ${i} hold inmate ${i} on an ICE detainer;\n`],
    ['"1. item N hold inmate N"', (i) => `${i + 1}. item ${i} hold inmate ${i} on an ICE detainer;\n`],
    ['items with a lazy line', (i) => `- item ${i} hold inmate ${i}\non an ICE detainer;\n`],
  ];
  const list = (leadIn: string, item: (i: number) => string, size: number) => {
    const lines = [leadIn];
    for (let i = 0, length = 0; length < size; i++, length += lines[lines.length - 1].length) lines.push(item(i));
    return lines.join('');
  };

  it('a list of items that say their number twice keeps its lead-in in every part', () => {
    for (const leadIn of ['The jail shall not:\n', 'The jail shall:\n']) {
      const items = Array.from({ length: 200 }, (_, i) => (i === 120 ? '- hold inmates on an ICE detainer;\n' : LISTS[1][1](i)));
      const text = leadIn + items.join('');
      const cuts: number[] = [];
      for (let at = 0; at < text.length; ) cuts.push((at = nextBoundary(text, at, 'markdown', 0, true)));
      assert.ok(cuts.length > 3, `${cuts.length} parts`);
      const output = engine.check({ text, format: 'markdown' });
      assert.deepStrictEqual(output, wholeDraftCheck(packs, { text, format: 'markdown' }));
      const at = text.indexOf('- hold inmates');
      const holds = output.findings.filter((f) => f.ruleId.endsWith('detainer-hold') && f.start >= at && f.start < at + 30);
      assert.equal(holds.length > 0, !leadIn.includes('not'), leadIn);
    }
  });

  for (const [label, item] of LISTS) {
    it(`a keystroke in a 128 KB list of ${label} reads about as much as a check of 8 KB of it`, () => {
      const text = list('The jail shall not:\n', item, 131_072);
      const checker = engine.draft();
      checker.check({ text, format: 'markdown' });
      // In the middle of an item's number, where a changed line may become a cut or stop being one.
      let edited = text;
      const at = text.indexOf(' 1000 ') + 3;
      const small = list('The jail shall not:\n', item, 8_192);
      const full = charactersRead(() => engine.check({ text: small, format: 'markdown' }));
      for (const [k, typed] of ['x', 'y', 'z'].entries()) {
        edited = `${edited.slice(0, at + k)}${typed}${edited.slice(at + k)}`;
        const now = edited;
        const edit = charactersRead(() => checker.check({ text: now, format: 'markdown' }));
        assert.ok(edit < full, `keystroke ${k + 1} read ${edit} characters, a check of 8 KB ${full}`);
      }
    });
  }
});
