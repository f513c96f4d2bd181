// The words a finding's row leads with (src/present/leadWords.ts): never the opposite of what the sentence says.
import assert from 'node:assert/strict';
import { leadWords } from '../src/present/leadWords';
import { createLinter } from '../src/lint/lint';
import { loadPackFromDir } from '../src/cli/packDir';
import { join } from 'node:path';

describe('lead words of a finding', () => {
  it('say when the sentence rules the act out (a drafter read “notify ICE of the release” as the opposite of "shall not notify")', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const linter = createLinter(pack.rules);
    const [limit] = linter.lint('Detention staff shall not notify ICE of the release date of any inmate.\n', 'plaintext').filter((f) => f.ruleId === 'cooperation-limit');
    assert.equal(leadWords(limit.evidence), '“notify ICE of the release” (ruled out or limited)');
    const [hold] = linter.lint('Staff shall hold the inmate on the ICE detainer for 48 hours.\n', 'plaintext').filter((f) => f.ruleId === 'detainer-hold');
    assert.match(leadWords(hold.evidence)!, /^“[^”]*hold[^”]*”$/);
  });
  it('drop an article, preposition or conjunction at either end of the matched words', () => {
    assert.equal(leadWords({ action: 'arrest a', treatment: 'directed', context: [] }), '“arrest”');
    // (A one-word act with the first context: "stop" read alike for profiling and a status-only stop.)
    assert.equal(leadWords({ action: 'stop', treatment: 'directed', context: ['Hispanic origin', 'ICE'] }), '“stop”, “Hispanic origin”');
    assert.equal(leadWords({ action: 'Hold the', treatment: 'directed', context: [] }), '“Hold”');
    assert.equal(leadWords({ action: 'and hold', treatment: 'directed', context: [] }), '“hold”');
    assert.equal(leadWords({ context: ['ICE at schools'] }), '“ICE at schools”');
    // (From the last modal: the words ran on from a subject that was an exception, or from a list's lead-in.)
    assert.equal(leadWords({ action: 'sworn officers of the Sheriff shall not share', treatment: 'forbidden', context: [] }), '“shall not share” (ruled out or limited)');
    assert.equal(leadWords({ action: 'apply The principal shall hold', treatment: 'directed', context: [] }), '“shall hold”');
    assert.equal(leadWords({ context: [] }), undefined);
  });
  it('keep the first word, whatever it is, and shorten long words', () => {
    assert.equal(leadWords({ action: 'to the', treatment: 'directed', context: [] }), '“to”');
    assert.ok(leadWords({ action: 'hold '.repeat(30), treatment: 'directed', context: [] })!.length <= 54);
  });
});
