// The words a finding's "Why" names as the act: as a drafter reads the provision, from its verb.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, type Linter } from '../src/lint/lint';

describe('the act a finding names', () => {
  let linter: Linter;
  before(async () => {
    linter = createLinter((await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules);
  });
  const actOf = (sentence: string) => linter.lint(sentence, 'plaintext').find((f) => f.ruleId === 'detainer-hold')?.evidence?.action;

  it('starts at the clause\'s verb where the words matched come after it (a drafter\'s trial: "Why: “48 hours” is directed")', () => {
    assert.equal(actOf('If a detainer is accompanied by an administrative warrant, the shift supervisor shall keep the inmate in Unit 4 for up to 48 hours after release time.'), 'keep the inmate in Unit 4 for up to 48 hours');
  });

  it('starts at the verb only where it stands at most 14 words before the words matched, counted in words, not characters', () => {
    // Long names in between do not push the verb out of reach (this one stands 96 characters before "48 hours", 11 words)…
    const far = 'If a detainer is accompanied by an administrative warrant, the shift supervisor shall keep the inmate at the Northwestern Intergovernmental Correctional Rehabilitation Administration for up to 48 hours after release time.';
    assert.equal(actOf(far), 'keep the inmate at the Northwestern Intergovernmental Correctional Rehabilitation Administration for up to 48 hours');
    // …many words do (18), and the act is the words matched.
    const long = 'If a detainer is accompanied by an administrative warrant, the shift supervisor shall keep the inmate named in the detainer and in the booking record in Unit 4 for up to 48 hours after release time.';
    assert.equal(actOf(long), '48 hours');
  });

  it('is the words matched where they hold the verb, or name what is forbidden', () => {
    assert.equal(actOf('The jail shall hold any inmate on an ICE detainer for up to 48 hours.'), 'shall hold');
    assert.equal(actOf('Inmates subject to a detainer shall not be released on weekends.'), 'released');
  });

  it('quotes a prohibition lifted by a condition from its verb, not as "not hold" (trial 9: "“Not hold” is directed or allowed here")', () => {
    assert.equal(actOf('The jail shall not hold any inmate on an ICE detainer unless ICE asks.'), 'hold');
  });

  it('reads a hard-wrapped line break and its indent as one space (trial 8: "ask the drivers         involved")', () => {
    assert.equal(actOf('3.4 The jail shall keep the inmate in\n        custody for up to 48 hours on an ICE detainer.\n'), 'keep the inmate in custody');
  });
});
