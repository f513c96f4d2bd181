// A baseline's sentence keys: a renumbered section still matches, a changed word does not, and baselines written before
// labels were dropped still match.
import assert from 'node:assert/strict';
import { BaselineMatcher, hashText, normaliseSentence } from '../src/format/baseline';
import type { Finding } from '../src/lint/finding';

const HOLD = 'The jail shall hold any inmate subject to an ICE detainer for 48 hours.';
const finding = (excerpt: string): Finding => ({ ruleId: 'detainer-hold', severity: 'warning', message: '', entries: [], start: 0, end: excerpt.length, range: { start: { line: 0, character: 0 }, end: { line: 0, character: excerpt.length } }, excerpt });
const isDocumentRule = () => false;

describe('baseline keys', () => {
  it('ignore the section number or list label a sentence opens with (a drafter renumbers sections)', () => {
    const key = normaliseSentence(HOLD);
    for (const label of ['5.2 ', '5.9. ', '(c) ', 'c. ', '1. ', '3) ', 'Section 5.2. ', 'Sec. 12 ', '§ 5.3 ', 'Section 5.2. (a) ', '(iv) ']) {
      assert.equal(normaliseSentence(label + HOLD), key, label);
    }
  });
  it('keep the words that are not a label, and any change of a word', () => {
    assert.notEqual(normaliseSentence('48 hours after release, staff shall notify ICE.'), normaliseSentence('hours after release, staff shall notify ICE.'));
    assert.notEqual(normaliseSentence(HOLD.replace('48', '72')), normaliseSentence(HOLD));
    assert.equal(normaliseSentence('(c)'), '(c)', 'a label alone stays as it is');
  });
  it('match a baseline written before labels were dropped (its hash of the labelled sentence), once', () => {
    const labelled = `5.2 ${HOLD}`;
    const legacy = hashText(labelled.toLowerCase());
    const matcher = new BaselineMatcher({ version: 1, files: { 'a.md': [{ ruleId: 'detainer-hold', hash: legacy, count: 1 }] } });
    assert.deepEqual(matcher.newFindings('a.md', [finding(labelled), finding(labelled)], isDocumentRule).length, 1);
    assert.equal(matcher.matched, 1);
  });
  it('match a renumbered sentence against a baseline written now', () => {
    const matcher = new BaselineMatcher({ version: 1, files: { 'a.md': [{ ruleId: 'detainer-hold', hash: hashText(normaliseSentence(`5.2 ${HOLD}`)), count: 1 }] } });
    assert.deepEqual(matcher.newFindings('a.md', [finding(`5.9 ${HOLD}`)], isDocumentRule), []);
  });
});
