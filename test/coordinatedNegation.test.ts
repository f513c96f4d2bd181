// A "no" on each of two coordinated subjects is one negation ("No clerk, and no visitor, may copy …"), not two that
// cancel: a federal bill's "no … entity, and no individual, may prohibit … from notifying" read as a prohibition.
import assert from 'node:assert/strict';
import { readFrames } from '../src/language/frames';

const polarity = (sentence: string) => readFrames(sentence).main.polarity;

describe('coordinated negative subjects', () => {
  it('read "no X, and no Y, may …" as negated once', () => {
    assert.equal(polarity('No clerk, and no visitor, may copy the records.'), -1);
    assert.equal(polarity('No clerk and no visitor may copy the records.'), -1);
    assert.equal(polarity('No clerk or visitor may copy the records.'), -1);
  });

  it('still count a "no" after a verb, or in a clause of its own', () => {
    assert.equal(polarity('No clerk may refuse no visitor.'), 1, 'a "no" on the object turns the negated verb round');
    const read = readFrames('No clerk shall copy any record, and no visitor shall read one.');
    assert.deepEqual(read.frames.filter((f) => f.act).map((f) => f.polarity), [-1, -1]);
  });
});
