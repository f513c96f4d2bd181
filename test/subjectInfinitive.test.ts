// The act of a clause whose subject holds an infinitive ("The use of funds to keep records is prohibited"): the passive
// predicate after the subject is the act, not the infinitive inside it (src/language/frames.ts insideSubject).
import assert from 'node:assert/strict';
import { readFrames } from '../src/language/frames';

const mainOf = (sentence: string) => {
  const { main } = readFrames(sentence);
  return [main.act?.lemma, main.status];
};

describe('language: an infinitive inside the subject', () => {
  it('reads "The use of funds to keep records is prohibited" as a prohibition of the use', () => {
    assert.deepEqual(mainOf('The use of funds to keep records is prohibited.'), ['prohibit', 'prohibition']);
    assert.deepEqual(mainOf('The use of funds, including staff time, to keep records is not permitted.'), ['permit', 'prohibition']);
  });
  it('keeps the infinitive as the act where no passive predicate follows ("A form to keep records is sufficient")', () => {
    assert.notEqual(mainOf('A form to keep records is sufficient authority for the clerk to act.')[0], 'prohibit');
    assert.deepEqual(mainOf('Clerks are required to keep records.'), ['keep', 'directive']);
  });
});
