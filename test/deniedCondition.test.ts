// A rewrite adds its condition only where the provision does not already say the condition is absent: a table row
// "Detainer, no judicial warrant | Hold up to 48 hours … for ICE pickup" gained ", but only if a judicial warrant …" in a
// drafter's trial, and the row then said both.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { deniesCondition } from '../src/fix/deniedCondition';
import { createLinter, type Linter } from '../src/lint/lint';
import { fixesFor, findingIn } from './support/fixKit';

const CONDITION = 'a judicial warrant or order signed by a judge or magistrate authorizes the hold';

describe('a condition the provision says is absent', () => {
  let pack: Pack;
  let linter: Linter;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
  });

  it('is read from a negator a few words before one of its words', () => {
    assert.ok(deniesCondition('Detainer, no judicial warrant', CONDITION));
    assert.ok(deniesCondition('Hold the inmate without a signed warrant', CONDITION));
    assert.ok(deniesCondition('whether or not a judge has signed one', CONDITION));
    assert.ok(!deniesCondition('Hold any person on an ICE detainer for 48 hours', CONDITION));
    assert.ok(!deniesCondition('Not later than 48 hours after booking, hold the inmate on the warrant', CONDITION), 'out of reach');
  });

  it('is not added to a table row whose first cell says it is absent; a row that says nothing of it still takes it', () => {
    const rows = (first: string) => `| Situation | Action |\n|---|---|\n| ${first} | Hold up to 48 hours past the release date for ICE pickup |\n`;
    const kinds = (text: string) => fixesFor(pack, linter, text, findingIn(linter, text, 'detainer-hold', 'markdown')).map((f) => f.kind);
    assert.ok(!kinds(rows('Detainer, no judicial warrant')).includes('rewrite'));
    assert.ok(kinds(rows('Detainer on file')).includes('rewrite'));
  });
});
