// Each bundled rule's explanation in its parts: the message, one sentence, says what the flagged text does (the editor's
// diagnostic); corpusSays what the guidance corpus says, with its entries and its doubts; lawSays, where the law says
// something else, what verified sources say, each with its citation.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { entriesNamed } from '../src/corpus/entryMentions';
import type { Pack } from '../src/corpus/types';

// A citation of law: "8 CFR 287.7(a)", "8 U.S.C. 1373", "RSMo 67.307", "Mo. Const.", "Galarza v. Szalczyk".
const LAW_CITATION = /\b\d+ CFR\b|\bU\.S\.C\.|\bRSMo \d|\bConst\.|\b[A-Z][a-z]+ v\. [A-Z]/;

describe('bundled rule explanations in parts', () => {
  let pack: Pack;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
  });

  it('give every rule a one-sentence message that names no entry, and a corpus part that names its entries', () => {
    const ids = pack.entries.map((e) => e.id);
    for (const rule of pack.rules.rules) {
      assert.ok(rule.message.length <= 220, `${rule.id}: the diagnostic is one sentence (${rule.message.length} characters)`);
      assert.deepEqual(entriesNamed(rule.message, ids), [], `${rule.id}: the message says what the sentence does, not what the corpus says`);
      assert.match(rule.corpusSays, /^The (corpus|county's guidance)\b/, rule.id);
      assert.ok(entriesNamed(rule.corpusSays, rule.restsOn).length > 0, rule.id);
    }
  });

  it('cite the law only in the law part, and leave it out where the message cited none', () => {
    for (const rule of pack.rules.rules) {
      assert.doesNotMatch(rule.corpusSays, LAW_CITATION, `${rule.id}: a citation of law in the corpus part`);
      // Its source: a citation, or the caveat that lists it (the rescission of the federal policy Q11 cites, ICE's form guidance).
      if (rule.lawSays) assert.match(rule.lawSays, new RegExp(`${LAW_CITATION.source}|\\(see the (?:caveat|context note) on Q\\d+\\)`), `${rule.id}: the law part cites its source`);
    }
    const withoutLaw = pack.rules.rules.filter((r) => r.lawSays === undefined).map((r) => r.id);
    assert.deepEqual(withoutLaw, ['status-inquiry', 'missing-verification', 'missing-reporting']);
  });

  it('keep the detainer-hold federal rule and the courts on both sides in the law part, the unverified guidance in the corpus part', () => {
    const hold = pack.rules.rules.find((r) => r.id === 'detainer-hold')!;
    assert.match(hold.lawSays!, /^Federal rules call a detainer a request \(8 CFR 287\.7\(a\)\)\. Courts differ: Miranda-Olivares v\. Clackamas County .*City of El Cenizo v\. Texas/);
    assert.match(hold.corpusSays, /non-binding requests .*\(Q2\); it attributes this to Attorney General guidance that could not be found \(unverified, see the caveats on Q2 and Q5\)\.$/);
  });
});
