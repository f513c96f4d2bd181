// Repairs of the tagger's reading of nouns and of words that modify a noun.
// About English word order only, like retag.ts (whose RETAGS these join, last).
import { isModal, participleForm } from './clauseEdges';
import { participleLemma, type Retag } from './retag';
import type { Token } from './tokens';

/** What may stand right before a noun phrase's modifier: its start, a determiner or possessive, a list's comma or conjunction. */
const OPENS_PHRASE = new Set(['DET', 'CCONJ', 'PRON']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my']);

// Endings no English verb has: "agency", "tenancy", "authority", "witness" (the tagger read "or law-enforcement agency" as a verb).
const NOUN_ENDING = /(?:ency|ancy|ity|ness)$/;

export const MODIFIER_RETAGS: Retag[] = [
  {
    name: 'nounEnding',
    example: 'The clerk shall not give records to any court, board, or records agency without a permit. → "agency" ends as no verb does: a noun.',
    apply(tokens: Token[]) {
      for (const t of tokens) if (t.pos === 'VERB' && NOUN_ENDING.test(t.lower)) t.pos = 'NOUN';
    },
  },
  {
    name: 'participleBeforeSubjectNoun',
    example: 'Trained staff may question a visitor. / No funds, vehicles or paid staff time shall be used. → "Trained", "paid" before the subject\'s noun, with the modal still to come and no verb before, are adjectives.',
    apply(tokens: Token[]) {
      const modal = tokens.findIndex((t) => t.pos === 'AUX' && isModal(t));
      for (let i = 0; i + 1 < modal; i++) {
        const t = tokens[i];
        const prev = tokens[i - 1];
        // Only before any verb or relative pronoun: the first such word ends the search.
        if (prev && (prev.pos === 'VERB' || prev.pos === 'AUX' || ['that', 'who', 'which', 'whom'].includes(prev.lower))) break;
        // A past form (not the base, not -ing, not -s), then the noun it modifies.
        if (t.pos !== 'VERB' || !participleForm(t) || t.lower.endsWith('ing') || tokens[i + 1].pos !== 'NOUN') continue;
        const opens = !prev || OPENS_PHRASE.has(prev.pos) || prev.text === ',';
        // "its elected officials" but not "them paid": a pronoun only as a possessive determiner.
        if (!opens || (prev?.pos === 'PRON' && !POSSESSIVES.has(prev.lower))) continue;
        t.pos = 'ADJ';
      }
    },
  },
  {
    name: 'participleAfterDeterminer',
    example: 'The clerk shall notify the evicted tenant. / The clerk shall not keep files past their scheduled date of release. → "evicted", "scheduled" between a determiner (or a possessive) and its noun modify the noun: the clause\'s act is "notify" (not "The clerk shall have the tenant evicted.", where no determiner and noun enclose it).',
    apply(tokens: Token[]) {
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'VERB' || !participleForm(t) || t.lower.endsWith('ing')) continue;
        const prev = tokens[i - 1];
        if ((prev.pos === 'DET' || POSSESSIVES.has(prev.lower)) && tokens[i + 1].pos === 'NOUN') t.pos = 'ADJ';
      }
    },
  },
  {
    name: 'participleAfterPlural',
    example: 'The clerk shall publish a report of files received and fees paid. / a list of tenants evicted → "received", "evicted" read as nouns after a plural noun, with a conjunction, a comma or the end after them, are participles that describe it (not "a bed", "the hundred").',
    apply(tokens: Token[]) {
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i];
        const prev = tokens[i - 1];
        if (t.pos !== 'NOUN' || t.lemma !== t.lower || !/[^e]ed$/.test(t.lower) || t.lower.length < 6) continue;
        if (prev.pos !== 'NOUN' || prev.lemma === prev.lower) continue;
        const next = tokens[i + 1];
        if (next && !['CCONJ', 'PUNCT', 'ADP'].includes(next.pos)) continue;
        t.pos = 'VERB';
        t.lemma = participleLemma(t.lower);
      }
    },
  },
];
