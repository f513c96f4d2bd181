// The tagger's misreadings of a clause's own verb that src/language/retagPredicates.ts repairs, each with a near miss.
import assert from 'node:assert/strict';
import { tokenize } from '../src/language/tokens';
import { readFrames } from '../src/language/frames';

const posOf = (sentence: string, word: string) => {
  const token = tokenize(sentence).find((t) => t.text === word);
  assert.ok(token, `no "${word}" in "${sentence}"`);
  return token.pos;
};

describe('language: repairs of a clause’s own verb', () => {
  it('presentVerbAfterSubject: "The clerk honors requests" has its verb; "The jail records clerk shall …" keeps its noun', () => {
    assert.equal(posOf('The clerk honors requests from tenants.', 'honors'), 'VERB');
    assert.notEqual(posOf('The jail records clerk shall keep the files.', 'records'), 'VERB');
  });
  it('presentVerbInRelative: "Information that a tenant reports to the clerk" has its verb; "Records that the clerk files show" keeps its noun', () => {
    assert.equal(posOf('Information that a tenant reports to the clerk shall be kept.', 'reports'), 'VERB');
    assert.notEqual(posOf('Records that the clerk files show the dates.', 'files'), 'VERB');
  });
  it('commandAfterCondition: "If a tenant requests a copy, decline." gives a command; a subject before "shall" is no command', () => {
    assert.equal(posOf('If a tenant requests a copy, decline.', 'decline'), 'VERB');
    assert.equal(posOf('If a tenant requests a copy, decline and note the time.', 'decline'), 'VERB');
    assert.equal(posOf('If a tenant requests a copy, staff and deputies shall refuse.', 'staff'), 'NOUN');
    assert.equal(posOf('A tenant requests a copy, decline noted.', 'decline'), 'NOUN');
    assert.equal(posOf('Unless required by law, or where identity is in question, no officer, agent, or employee shall inquire.', 'agent'), 'NOUN');
  });
  it('thatAfterOpeningVerb: "RESOLVED, That the clerk shall keep records" opens what is resolved; "That" as a subject keeps its reading', () => {
    assert.equal(posOf('RESOLVED, That the clerk shall keep records.', 'That'), 'SCONJ');
    assert.notEqual(posOf('That record shall be kept by the clerk.', 'That'), 'SCONJ');
    const frames = readFrames('RESOLVED, That no clerk shall keep records.');
    assert.deepEqual([frames.main.role, frames.main.status, frames.main.act?.lemma], ['complement', 'prohibition', 'keep']);
  });
  it('participleAfterDeterminer: "notify the evicted tenant" names the tenant; "have the tenant evicted" evicts', () => {
    assert.equal(posOf('The clerk shall notify the evicted tenant.', 'evicted'), 'ADJ');
    assert.equal(readFrames('The clerk shall notify the evicted tenant.').main.act?.lemma, 'notify');
    assert.equal(posOf('The clerk shall have the tenant evicted.', 'evicted'), 'VERB');
    // After a possessive too: "past their scheduled date of release" names a time, no act of scheduling.
    assert.equal(posOf('The clerk shall not keep files past their scheduled date of release.', 'scheduled'), 'ADJ');
  });
  it('nounEnding: a word ending as no verb does ("agency", "authority") is a noun, whatever the tagger read', () => {
    const sentence = 'The clerk shall not give records to any court, board, or records agency any privileged file.';
    assert.equal(posOf(sentence, 'agency'), 'NOUN');
    assert.equal(readFrames(sentence).frames.length, 1);
  });
  it('participleAfterPlural: "a report of files received and fees paid" describes the files; a noun in -ed ("a flower bed") stays one', () => {
    const sentence = 'The clerk will publish a report of files honored and fees paid.';
    assert.equal(posOf(sentence, 'honored'), 'VERB');
    assert.equal(readFrames(sentence).main.act?.lemma, 'publish');
    assert.equal(posOf('The clerk shall water the flower beds and the seed.', 'seed'), 'NOUN');
  });
});
