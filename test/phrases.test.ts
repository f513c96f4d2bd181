// Phrase syntax (how a pack's phrases compile) and the anchor-word shortcut (a phrase runs only on
// sentences holding its anchor word, with the same results as running every phrase).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadPackFromDir } from '../src/cli/packDir';
import { SentenceReading } from '../src/lint/matchSentence';
import { compileRules, type CompiledRules } from '../src/rules/compileRules';
import { compileConcept, phraseToPattern, expandLemmas, phraseProblem } from '../src/rules/compilePhrase';
import type { RuleSet } from '../src/rules/types';
import { readLabelled } from './support/labelled';

describe('phrase syntax', () => {
  const matches = (phrase: string, text: string) => [...text.matchAll(compileConcept([phrase]))].map((m) => m[0]);
  it('matches whole words in any case', () => assert.deepEqual(matches('hold', 'HOLD, holder, hold'), ['HOLD', 'hold']));
  it('expands a prefix', () => assert.deepEqual(matches('detain*', 'detained and detainers'), ['detained', 'detainers']));
  it('allows up to six words for a lone *', () => {
    assert.deepEqual(matches('keep * custody', 'keep the person in custody'), ['keep the person in custody']);
    assert.deepEqual(matches('keep * custody', 'keep a b c d e f g custody'), []);
  });
  it('groups alternatives of several words', () => assert.deepEqual(matches('provide * (release date|notice)', 'provide ICE the release date'), ['provide ICE the release date']));
  it('keeps 287(g) literal and does not match inside non-judicial', () => {
    assert.deepEqual(matches('287(g)', 'a 287(g) agreement'), ['287(g)']);
    assert.deepEqual(matches('judicial warrant', 'a non-judicial warrant'), []);
  });
  it('reads "!word" as "not followed by that word"', () => assert.deepEqual(matches('school|schools !resource', 'school resource officers at schools'), ['schools']));
  it('reads a first "!word" as "not preceded by that word", across a comma', () => {
    assert.deepEqual(matches('!with ICE to arrest', 'operations with ICE to arrest; a request from ICE to arrest'), ['ICE to arrest']);
    assert.deepEqual(matches('!with ICE to arrest', 'work with, ICE to arrest'), []);
    assert.deepEqual(matches('!with|alongside ICE', 'forthwith ICE, alongside ICE'), ['ICE']);
  });
  it('rejects a first "!word" with a prefix star (its lookbehind stays bounded) or before a word the phrase may lack', () => {
    assert.match(phraseProblem('!with* ICE') ?? '', /named in full/);
    assert.match(phraseProblem('!with the? ICE') ?? '', /a word the phrase always has/);
    assert.match(phraseProblem('!with * ICE') ?? '', /a word the phrase always has/);
  });
  it('treats an optional first word as optional', () => assert.ok(new RegExp(phraseToPattern('(in order)? to check')).test('to check')));
});

describe('anchor-word shortcut', () => {
  let rules: CompiledRules;
  let ruleSet: RuleSet;
  before(async () => {
    ruleSet = (await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules;
    rules = compileRules(ruleSet);
  });

  /** The shortcut must find, for every concept, exactly what running every phrase finds. */
  function assertSameAsFullRun(sentence: string): void {
    const reading = new SentenceReading(sentence, rules);
    for (const [concept, phrases] of rules.phrases) {
      const full = new Set<string>();
      for (const { pattern } of phrases) {
        // Overlapping matches, as the reader finds them: each start position once.
        for (let from = 0; from <= sentence.length; ) {
          pattern.lastIndex = from;
          const m = pattern.exec(sentence);
          if (!m) break;
          full.add(`${m.index}:${m[0].length}`);
          from = m.index + 1;
        }
      }
      const fast = new Set(reading.matches(concept).map((x) => `${x.start}:${x.end - x.start}`));
      assert.deepEqual(fast, full, `${concept} in "${sentence}"`);
    }
  }

  it('finds exactly what running every phrase finds, on every labelled sentence', () => {
    for (const file of ['dev.txt', 'holdout.txt']) for (const { sentence } of readLabelled(join(__dirname, 'labelled', file))) assertSameAsFullRun(sentence);
  });

  it('keys words with punctuation inside by a piece ("287(g)" by "287"), so no phrase runs on every sentence', () => {
    assert.deepEqual(rules.alwaysRun, []);
    for (const sentence of ['Deputies designated under a 287(g) agreement may do so.', 'Form I-247D was received.', 'I.C.E. asked.', 'Non-citizens and foreign-born residents.', 'A Spanish-speaking caller.']) assertSameAsFullRun(sentence);
    assert.ok(new SentenceReading('Form I-247D was received.', rules).matches('detainer-basis').length > 0);
  });

  it('finds exactly what running every phrase finds, on random text built from the phrases’ own words', () => {
    const words = [...new Set(Object.values(ruleSet.concepts).flat().flatMap((phrase) => phrase.split(/[\s|()?*]+/)).filter((w) => w.length > 0))];
    const dressed = fc.tuple(fc.constantFrom(...words), fc.constantFrom('', '(', '"', '“', 'non-'), fc.constantFrom('', ',', '.', ')', '’s', '-related', ';', '))(’s')).map(([w, a, b]) => a + w + b);
    fc.assert(fc.property(fc.array(dressed, { minLength: 1, maxLength: 14 }), (parts) => assertSameAsFullRun(parts.join(' '))), { numRuns: 300 });
  });
});

describe('"+noun": a noun and its plural', () => {
  it('writes the forms out before the phrase is compiled, inside groups too', () => {
    assert.equal(expandLemmas('administrative +warrant'), 'administrative warrant|warrants');
    assert.equal(expandLemmas('(+policy|practice) against'), '(policy|policies|practice) against');
    assert.equal(expandLemmas('+person in custody'), 'person|persons|people in custody');
    assert.ok(compileConcept([expandLemmas('signed +order')]).test('Both signed orders were filed.'));
  });
  it('is a pack error unless it stands before a lower-case noun', () => {
    for (const bad of ['+Warrant', '+warrant* issued', '+ warrant', 'warrant +']) assert.match(phraseProblem(bad) ?? '', /"\+"/, bad);
    assert.equal(phraseProblem('judicial +warrant'), undefined);
  });
});

describe('"~verb": a verb in all its forms', () => {
  it('writes the forms out before the phrase is compiled, inside groups too', () => {
    assert.equal(expandLemmas('~hold * in custody'), 'hold|holds|held|holding * in custody');
    assert.equal(expandLemmas('(~retain) * custody'), '(retain|retains|retained|retaining) * custody');
    const concept = compileConcept([expandLemmas('~share * records')]);
    assert.ok(concept.test('The clerk shared the records.'));
  });
  it('is a pack error unless it stands before a lower-case verb', () => {
    for (const bad of ['~Hold records', '~hold* records', '~ hold', 'hold ~']) assert.match(phraseProblem(bad) ?? '', /"~"/, bad);
    assert.equal(phraseProblem('~hold * in custody'), undefined);
  });
});
