// "not later than", "no later than", "not more than": a bound on a time or an amount, not a negation of the act.
// A county's "Not later than 48 hours before release, staff shall notify …" was read as forbidding the notice
// (a drafter's trial). Minimal pairs; no pack word.
import assert from 'node:assert/strict';
import { actPolarity } from '../src/language/actPolarity';
import { readFrames } from '../src/language/frames';

const polarityOf = (sentence: string, act: string) => {
  const at = sentence.indexOf(act);
  return actPolarity(readFrames(sentence), at, at + act.length).polarity;
};

describe('a bound is not a negation', () => {
  const pairs: Array<[string, string, 1 | -1]> = [
    ['Not later than two days before the hearing, the clerk shall mail the notice.', 'mail', 1],
    ['No later than two days before the hearing, the clerk shall mail the notice.', 'mail', 1],
    ['The clerk shall mail the notice not later than two days before the hearing.', 'mail', 1],
    ['The clerk shall keep the file for not more than ten days.', 'keep', 1],
    ['The clerk shall not mail the notice later than two days before the hearing.', 'mail', -1],
    ['The clerk shall not mail the notice.', 'mail', -1],
  ];
  for (const [sentence, act, polarity] of pairs) {
    it(`"${act}" in "${sentence}" is ${polarity === 1 ? 'affirmed' : 'negated'}`, () => assert.equal(polarityOf(sentence, act), polarity));
  }
});
