// Twenty ways a draft conditions a detainer hold on a judicial warrant, or does not: detainer-hold passes the first
// kind and flags the second (the bundled pack, read as a drafter writes).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, type Linter } from '../src/lint/lint';

const REQUIRES_A_JUDGE = [
  'The jail shall not hold anyone on an ICE detainer unless a judge has signed a warrant.',
  'The jail shall hold a person on an ICE detainer only if a judicial warrant accompanies it.',
  'The jail may hold a person on an ICE detainer if it is accompanied by a warrant signed by a judge.',
  'Absent a judicial warrant, no person shall be held on an ICE detainer.',
  'No person shall be held on an ICE detainer without a judicial warrant.',
  'A person may be held on an ICE detainer only when a federal judge has issued a warrant.',
  'The jail will honor ICE detainers that are supported by a judicial warrant.',
  'The jail will honor only those ICE detainers that are accompanied by a judicial warrant.',
  'Except where a judicial warrant is presented, the jail shall not hold anyone on an ICE detainer.',
  "The jail shall not extend any person's detention on an ICE detainer in the absence of a judicial warrant.",
  'ICE detainers shall be honored only if accompanied by a criminal warrant signed by a judge.',
  'The jail may decline to hold a person on an ICE detainer unless a judicial warrant is presented.',
  'No inmate shall be held on a detainer that is not accompanied by a judicial warrant.',
];
const HOLDS_WITHOUT_ONE = [
  'The jail shall hold a person on an ICE detainer unless a judge orders the person released.',
  'The jail shall hold a person on an ICE detainer if ICE provides an administrative warrant.',
  'The jail may hold a person on an ICE detainer whether or not a judicial warrant accompanies it.',
  'The jail shall honor ICE detainers regardless of whether a judge has signed a warrant.',
  'The jail shall honor ICE detainers; a judicial warrant is not required.',
  'The jail shall honor all ICE detainers, including those not accompanied by a judicial warrant.',
  'The jail shall hold a person on an ICE detainer for up to 48 hours even without a judicial warrant.',
  'The jail shall honor ICE detainers that are accompanied by an administrative warrant.',
  'No inmate shall be held on a detainer that is not accompanied by an administrative warrant signed by an immigration officer.',
];

describe('detainer-hold: a hold conditioned on a judicial warrant, or not', function () {
  this.timeout(60000);
  let linter: Linter;
  before(async () => (linter = createLinter((await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules)));
  const flags = (s: string) => linter.lint(s, 'markdown').some((f) => f.ruleId === 'detainer-hold');
  it('passes every hold that requires a judge', () => assert.deepEqual(REQUIRES_A_JUDGE.filter(flags), []));
  it('flags every hold that does not', () => assert.deepEqual(HOLDS_WITHOUT_ONE.filter((s) => !flags(s)), []));
});
