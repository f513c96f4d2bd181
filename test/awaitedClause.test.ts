// What a clause names as awaited or absent ("until a supervisor arrives", "when no supervisor is on duty") is not there
// when the act is done: the grammar layer says so, with no domain word, and a rule's exception for acts by such a person
// does not cover the clerk who acts in the meantime.
import assert from 'node:assert/strict';
import { AWAITED_EXAMPLES, inAwaitedClause, mayNameAwaited } from '../src/language/awaitedClause';
import { NEGATION_CUES } from '../src/language/cues';
import { readFrames } from '../src/language/frames';

const awaited = (sentence: string, word: string) => inAwaitedClause(readFrames(sentence), sentence.indexOf(word));

describe('awaited or absent clauses', () => {
  it('read each example\'s supervisor as awaited or absent', () => {
    for (const example of AWAITED_EXAMPLES) assert.ok(awaited(example, 'supervisor'), example);
  });

  it('read the minimal pairs as present', () => {
    assert.ok(!awaited('The supervisor shall keep the records until the clerk arrives.', 'supervisor'), 'the actor, not the one awaited');
    assert.ok(!awaited('When the supervisor is on duty, the clerk shall keep the records.', 'supervisor'), 'a condition not negated');
    assert.ok(!awaited('If verification cannot be made from the papers of the prisoner, the clerk shall keep the records.', 'prisoner'), 'negated, but not said of the prisoner');
    assert.ok(!awaited('No supervisor shall keep the records.', 'supervisor'), 'a "no" that directs');
    assert.ok(!awaited('The clerk shall keep the records until the end of the term regardless of whether a supervisor asks.', 'regardless'), 'in an "until" clause, but not what is awaited');
  });

  it('guards the clause reading with words no such clause lacks: "until" and every negation cue', () => {
    for (const example of AWAITED_EXAMPLES) assert.ok(mayNameAwaited(example), example);
    for (const cue of NEGATION_CUES) assert.ok(mayNameAwaited(cue.example), cue.name);
    assert.ok(!mayNameAwaited('When the supervisor is on duty, the clerk shall keep the records.'));
  });
});
