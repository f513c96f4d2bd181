// Incremental checking must give exactly what a check from scratch gives. Random edits (characters,
// lines, list markers, fences, HTML, comment directives, table pipes, link definitions) on the example
// drafts, the fixtures and a generated manual; after each edit the draft checker's result must equal
// (deepEqual of findings, documentRules, topics) a fresh check of the same text, and a fresh check
// must equal the whole-draft reading the engine used before it read by blocks (src/lint/lint.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generateManual } from '../bench/manual';
import type { Pack } from '../src/corpus/types';
import type { CheckOutput, Engine } from '../src/engine/engine';
import { twoPackEngine } from './support/twoPackEngine';
import { wholeDraftCheck } from './support/wholeDraftCheck';
import { DraftInputError, type DraftFormat } from '../src/lint/lint';

const RUNS = Number(process.env.PROPERTY_RUNS) || 150; // PROPERTY_RUNS=2000 for a deeper search
const ROOT = join(__dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const DRAFTS: Array<[string, DraftFormat]> = [
  ['examples/restrictive-city-ordinance.md', 'markdown'],
  ['examples/cooperative-jail-policy.md', 'markdown'],
  ['test/fixtures/markdown-structure.md', 'markdown'],
  ['test/fixtures/negation-and-exceptions.md', 'markdown'],
  ['test/fixtures/suppression.md', 'markdown'],
  ['test/fixtures/document-level-complete.md', 'markdown'],
  ['test/fixtures/document-level-missing-notice.md', 'markdown'],
  ['test/fixtures/plain-text-policy.txt', 'plaintext'],
  ['test/fixtures/space-aligned-table.txt', 'plaintext'],
  ['test/vscode/workspace/jail-policy.md', 'markdown'],
  ['test/vscode/workspace/fix-structure.md', 'markdown'],
  ['test/vscode/workspace/field-notes.txt', 'plaintext'],
  ['test/labelled/documents/inglewood-usd-immigration-resources.md', 'markdown'],
  ['test/labelled/documents/congregation-ice-engagement-protocol.md', 'markdown'],
];

// What an edit inserts: the pieces that change how the blocks around them read.
const PIECES = [
  'a', ' ', '\n', '\n\n', '\r\n', '\t', '    ', '- ', '* ', '1. ', '2) ', '> ', '#', '# ', ':', '|', '| a | b |\n|---|---|\n', '\n| x | The jail shall hold inmates on ICE detainers. |\n',
  '```\n', '```', '~~~\n', '---\n', '+++\n', '<div>\n', '</div>', '<!--', '-->', '<script>\n', '</script>', '<?', '?>', '<!X', '>',
  '<!-- policy-guidance-disable-next-line detainer-hold -- reason -->\n', '<!-- policy-guidance-disable -->\n', '<!-- policy-guidance-enable -->\n',
  '<!-- policy-guidance-disable status-inquiry -->', '<!-- policy-guidance-disable-next-line no-such-rule -->\n',
  '[x]: https://example.org\n\n', '[x]', '[ICE detainer]', '[ice detainer]: #\n', '\\', '&amp;', '*', '_',
  'The jail shall hold any inmate on an ICE detainer for 48 hours.', ' ICE', ' detainer', 'The jail shall:\n', '\n\nThe jail shall not:\n\n- hold any person on an ICE detainer;\n',
  'Officers shall verify each detainer with ICE.', 'Officers shall receive training on immigration law.', '\ufeff',
  '# Visits by ICE agents at Lincoln School\n\n', '\n\n## Hospital grounds\n\n', 'Staff shall not let ICE agents into the gym.', 'School', 'ICE agents',
];

type Edit = { kind: 'insert'; at: number; piece: string } | { kind: 'delete'; at: number; length: number } | { kind: 'deleteLine'; at: number };

const edit = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.string({ maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }) },
);

function apply(text: string, e: Edit): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  if (e.kind === 'insert') return text.slice(0, at) + e.piece + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.length);
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(0, start) + (end < 0 ? '' : text.slice(end + 1));
}

/** A result, or the error a check throws (a NUL byte makes a draft binary). */
function attempt(check: () => CheckOutput): CheckOutput | string {
  try {
    return check();
  } catch (error) {
    if (error instanceof DraftInputError) return `DraftInputError: ${error.message}`;
    throw error;
  }
}

describe('incremental checking', function () {
  this.timeout(600_000);
  let packs: Pack[];
  let engine: Engine;
  before(async () => {
    ({ packs, engine } = await twoPackEngine());
  });

  const drafts = (): Array<[string, DraftFormat]> => [
    ...DRAFTS.map(([path, format]) => [read(path), format] as [string, DraftFormat]),
    [generateManual(6000, 7, 0.5), 'markdown'],
    [generateManual(3000, 3, 1), 'plaintext'],
    // A list read in parts (src/lint/blockCuts.ts) under one lead-in, its items saying their number twice.
    [`The jail shall not:\n${Array.from({ length: 150 }, (_, i) => (i === 90 ? '- hold inmates on an ICE detainer;\n' : `- item ${i} hold inmate ${i} on an ICE detainer;\n`)).join('')}`, 'markdown'],
  ];

  it('a check from scratch reads the draft as the whole-draft reading does', () => {
    for (const [text, format] of drafts()) {
      const severity = { 'status-inquiry': 'off', 'detainer-hold': 'error' };
      assert.deepStrictEqual(engine.check({ text, format, severity }), wholeDraftCheck(packs, { text, format, severity }));
    }
  });

  it('after random edits, gives what a check from scratch gives', () => {
    const all = drafts();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const [original, format] = all[which];
        const checker = engine.draft();
        let text = original;
        attempt(() => checker.check({ text, format }));
        for (const e of edits) {
          text = apply(text, e);
          const incremental = attempt(() => checker.check({ text, format }));
          const fresh = attempt(() => engine.check({ text, format }));
          assert.deepStrictEqual(incremental, fresh, 'incremental == from scratch');
          assert.deepStrictEqual(fresh, attempt(() => wholeDraftCheck(packs, { text, format })), 'from scratch == whole-draft reading');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('edits in a generated manual, one character at a time, give what a check from scratch gives', () => {
    const text0 = generateManual(40_000, 11, 1);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const checker = engine.draft();
        let text = text0;
        checker.check({ text, format: 'markdown' });
        for (const e of edits) {
          text = apply(text, e);
          assert.deepStrictEqual(attempt(() => checker.check({ text, format: 'markdown' })), attempt(() => engine.check({ text, format: 'markdown' })));
        }
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 10)) },
    );
  });
});
