// A check reads a sentence said more than once only once (src/lint/sentenceReadings.ts). The findings must be
// those of reading every sentence afresh, and nothing read may outlive the check or leak into the next one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createEngine, type Engine } from '../src/engine/engine';
import { readingOf } from '../src/lint/matchSentence';
import { SentenceReadings } from '../src/lint/sentenceReadings';
import { buildSearchIndex } from '../src/search/searchIndex';
import { compileRules } from '../src/rules/compileRules';
import { generateDenseManual, generateManual } from '../bench/manual';

const ROOT = join(__dirname, '..');
const SAID_TWICE = [
  '# Detainers',
  '',
  'The jail shall hold any inmate on an ICE detainer for 48 hours.',
  '',
  '## Release',
  '',
  'The jail shall hold any inmate on an ICE detainer for 48 hours.',
  '',
  'The jail shall not:',
  '',
  '- hold any inmate on an ICE detainer for 48 hours.',
  '',
  'The jail shall:',
  '',
  '- hold any inmate on an ICE detainer for 48 hours.',
  '',
  '| Case | Action |',
  '|---|---|',
  '| Detainer | The jail shall hold any inmate on an ICE detainer for 48 hours. |',
].join('\n');

/** Runs `fn` with every shared reading replaced by a fresh one: each sentence read as if said once. */
function unshared<T>(fn: () => T): T {
  const of = SentenceReadings.prototype.of;
  SentenceReadings.prototype.of = function (this: SentenceReadings, text: string, leadIn?: string) {
    return readingOf(text, leadIn, (this as unknown as { rules: Parameters<typeof readingOf>[2] }).rules);
  };
  try {
    return fn();
  } finally {
    SentenceReadings.prototype.of = of;
  }
}

describe('sentence readings shared within a check', function () {
  this.timeout(120_000);
  let pack: Pack;
  let engine: Engine;
  before(async () => {
    pack = await loadPackFromDir(join(ROOT, 'corpus', 'missouri-ag-ice'));
    engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
  });

  it('gives one reading per text and lead-in, and tells lead-ins apart', () => {
    const readings = new SentenceReadings(compileRules(pack.rules));
    const hold = 'hold the inmate for ICE.';
    assert.equal(readings.of(hold), readings.of(hold));
    assert.equal(readings.of(hold, ''), readings.of(hold), 'an empty lead-in is none');
    assert.equal(readings.of(hold, 'The jail shall:'), readings.of(hold, 'The jail shall:'));
    assert.notEqual(readings.of(hold, 'The jail shall:'), readings.of(hold, 'The jail shall not:'));
    // No lead-in and text make another pair's key.
    assert.notEqual(readings.of('bc', 'a'), readings.of('c', 'ab'));
    assert.notEqual(readings.of('bc', 'a'), readings.of('1:abc'));
    assert.equal(readings.of(hold, 'The jail shall not:').text, 'The jail shall not: hold the inmate for ICE.');
    readings.clear();
    assert.equal(readings.size, 0);
  });

  it('finds what reading every sentence afresh finds', () => {
    const drafts: Array<[string, 'markdown' | 'plaintext']> = [
      [SAID_TWICE, 'markdown'],
      [SAID_TWICE, 'plaintext'],
      [generateManual(20_000, 5, 0.5), 'markdown'],
      [generateDenseManual(20_000, 9), 'markdown'],
      [readFileSync(join(ROOT, 'examples', 'restrictive-city-ordinance.md'), 'utf8'), 'markdown'],
    ];
    for (const [text, format] of drafts) assert.deepStrictEqual(engine.check({ text, format }), unshared(() => engine.check({ text, format })));
  });

  it('an edit to one of a repeated sentence\'s places reads it anew there and keeps the other', () => {
    const checker = engine.draft();
    const before = checker.check({ text: SAID_TWICE, format: 'markdown' });
    assert.ok(before.findings.filter((f) => f.ruleId === 'detainer-hold').length >= 2, 'the repeated hold is flagged in each place');
    const edited = SAID_TWICE.replace('The jail shall hold any inmate', 'The jail shall not hold any inmate');
    const after = checker.check({ text: edited, format: 'markdown' });
    assert.deepStrictEqual(after, unshared(() => engine.check({ text: edited, format: 'markdown' })));
    assert.notDeepStrictEqual(after.findings, before.findings);
    // Back again: the same as the first check.
    assert.deepStrictEqual(checker.check({ text: SAID_TWICE, format: 'markdown' }), before);
  });
});
