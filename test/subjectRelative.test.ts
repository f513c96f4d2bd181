// A relative clause in the subject ends where the host's verb group starts, also where a "that"-complement and a
// coordinate run inside it: the "no" of "… and has no pass" is not the host's ("shall call" is directed, not forbidden).
// (A county counsel's "Staff who observe that a patient … and has no identification shall notify ICE" read as a ban.)
import assert from 'node:assert/strict';
import { readFrames } from '../src/language/frames';

describe('a relative clause in the subject with a clause inside it', () => {
  it('gives the modal and its verb to the host', () => {
    const read = readFrames('Clerks who see that a visitor carries a bag and has no pass shall call the guard.');
    assert.equal(read.tokens[read.main.act!.token].lemma, 'call');
    assert.equal(read.main.polarity, 1);
    assert.equal(read.main.status, 'directive');
  });

  it('leaves a coordinate with its own modal where it is', () => {
    const read = readFrames('Clerks who see that a visitor carries a bag shall call the guard and shall not open it.');
    assert.deepEqual(read.frames.filter((f) => f.act && ['call', 'open'].includes(read.tokens[f.act.token].lemma)).map((f) => f.polarity), [1, -1]);
  });
});
