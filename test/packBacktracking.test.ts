// Expressions built from pack data (concept phrases, glossary terms, caveat quotes) on texts made to
// make them backtrack: each completes (a hang is caught by the mocha timeout; before these fixes the
// texts below took far longer than any run) and still matches what the phrase says. Work, not time:
// sizes are chosen so that an exponential expression could never finish.
import assert from 'node:assert/strict';
import { buildPack, type PackTexts } from '../src/corpus/loadPack';
import { PackError } from '../src/corpus/packError';
import { withMarkers } from '../src/present/caveatMarkers';
import { createMentionTest } from '../src/present/glossaryTerms';
import { compileConcept, MAX_OPTIONAL_WORDS, phraseProblem } from '../src/rules/compilePhrase';
import type { Caveat, GlossaryTerm } from '../src/corpus/types';
import type { RuleSet } from '../src/rules/types';
import { bundledPackTexts } from './support/bundledTexts';

/** Every match of a concept's expression: [start, end] pairs. */
const matches = (phrases: string[], text: string) => [...text.matchAll(compileConcept(phrases))].map((m) => [m.index, m.index + m[0].length]);

describe('expressions built from pack data do not backtrack', () => {
  describe('concept phrases', () => {
    it('prefix words ("stop* stop* …") on words with runs of apostrophes: no match, and it ends', () => {
      const phrase = `${'stop* '.repeat(30)}recording`;
      assert.deepEqual(matches([phrase], `Deputies may ${"stop'''''''' ".repeat(30)}x recording.`), []);
      assert.deepEqual(matches([phrase], `${"stop'''' ".repeat(29)}stops recording`), [[0, 9 * 29 + 15]]);
    });

    it('a prefix word takes its whole tail, punctuation included, as before', () => {
      assert.deepEqual(matches(['detain*'], "the detainees' rights"), [[4, 14]]);
      assert.deepEqual(matches(['detain* by'], "detainees'' by ICE"), [[0, 14]]);
      assert.deepEqual(matches(['detain* by'], "detain'x by"), [[0, 11]]);
      assert.deepEqual(matches(['detain* by'], "detain'x'y, by"), [[0, 14]]);
      assert.deepEqual(matches(['!with detain* by'], 'held with detainees- by ICE'), []);
      assert.deepEqual(matches(['!with detain* by'], 'held by detainees- by ICE'), [[8, 21]]);
    });

    it('words of punctuation only ("stop - - … recording") on runs of dashes: no match, and it ends', () => {
      const phrase = `stop ${'- '.repeat(30)}recording`;
      assert.deepEqual(matches([phrase], `Deputies may stop ${'--- '.repeat(30)}x recording.`), []);
      assert.deepEqual(matches([phrase], `stop ${'-- '.repeat(30)}recording`), [[0, 5 + 3 * 30 + 9]]);
    });

    it('a word of punctuation only still needs its marks in the run between the words around it', () => {
      assert.deepEqual(matches(['stop - recording'], 'stop - recording'), [[0, 16]]);
      assert.deepEqual(matches(['stop - recording'], 'stop ,-; recording'), [[0, 18]]);
      assert.deepEqual(matches(['stop - recording'], 'stop ,; recording'), []);
      assert.deepEqual(matches(['stop - recording'], 'stop recording'), []);
      assert.deepEqual(matches(['stop & - recording'], 'stop && -- recording'), [[0, 20]]);
      assert.deepEqual(matches(['stop & - recording'], 'stop && recording'), []);
      // Last, it ends where it did: after its marks, not after the rest of the run.
      assert.deepEqual(matches(['stop -'], 'stop -, x'), [[0, 6]]);
      // The bundled pack's "(stopped|detained), (detained|stopped)": the comma is a word of its own.
      assert.deepEqual(matches(['(stopped|detained), (detained|stopped)'], 'stopped , detained'), [[0, 18]]);
    });

    it(`more than ${MAX_OPTIONAL_WORDS} optional words: a PackError at the phrase (each doubles the ways to read a sentence)`, () => {
      assert.equal(phraseProblem(`stop ${'the? '.repeat(MAX_OPTIONAL_WORDS)}recording`), undefined);
      assert.match(phraseProblem(`stop ${'the? '.repeat(MAX_OPTIONAL_WORDS + 1)}recording`) ?? '', /optional words/);
      assert.match(phraseProblem(`stop ${'(the|a)? '.repeat(MAX_OPTIONAL_WORDS + 1)}recording`) ?? '', /optional words/);
      const bundled: PackTexts = bundledPackTexts();
      const rules = JSON.parse(bundled.rulesText) as RuleSet;
      (rules.concepts.hold as string[]).push(`hold ${'the? '.repeat(24)}inmate`);
      assert.throws(() => buildPack({ ...bundled, rulesText: JSON.stringify(rules, null, 2) }), (e) => e instanceof PackError && /optional words/.test(e.message));
    });
  });

  describe('glossary terms', () => {
    const term = (text: string): GlossaryTerm => ({ term: text, synonyms: [], entries: ['Q1'] }) as GlossaryTerm;

    it('a term of "-" words on a run of them: no mention, and it ends', () => {
      const mentions = createMentionTest(term(`a ${'- '.repeat(30)}b`));
      assert.equal(mentions(`a ${'- '.repeat(60)}c`), false);
      assert.equal(mentions(`a ${'- '.repeat(60)}b`), true);
    });

    it('hyphens inside words and between them read as before', () => {
      const mentions = createMentionTest(term('anti-sanctuary warrant'));
      assert.equal(mentions('its anti-sanctuary warrants'), true);
      assert.equal(mentions('its anti sanctuary warrants'), false);
      assert.equal(mentions('its anti-sanctuary - warrant'), true);
      assert.equal(createMentionTest(term('pre- trial'))('a pre-trial hold'), true);
    });
  });

  describe('caveat quotes', () => {
    const caveat = (quote: string) => ({ id: 'c', entries: ['Q1'], quote, kind: 'context', note: 'A note.', sources: [] }) as unknown as Caveat;

    it('a quote of "_" on a run of them with no match: not marked, and it ends', () => {
      const { marked } = withMarkers(`x ${'_'.repeat(60)}z`, [caveat(`${'_'.repeat(30)}q`)]);
      assert.equal(marked.size, 0);
    });

    it('a quote across emphasis markers is still marked after its last word', () => {
      const { text } = withMarkers('up to **48** hours, then', [caveat('up to 48 hours')]);
      assert.equal(text, 'up to **48** hours [context: see caveat 1], then');
      assert.equal(withMarkers('a *b_c* d', [caveat('a b_c')]).text, 'a *b_c [context: see caveat 1]* d');
    });
  });
});
