// Generic repairs of the tagger's known misses on legal prose (bench/nlp/REPORT.md), applied in order.
// Each rule is about English word order, never about a particular word of any domain.
import { isQuoteMark } from './characters';
import type { Token } from './tokens';
import { afterModalAside } from './modalAside';
import { MODIFIER_RETAGS } from './retagModifiers';
import { PREDICATE_RETAGS } from './retagPredicates';

export interface Retag {
  name: string;
  /** A sentence the rule repairs, and how. */
  example: string;
  apply(tokens: Token[]): void;
}

const MODALS = new Set(['shall', 'must', 'may', 'will', 'should', 'can', 'could', 'would', 'might']);
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'all', 'each', 'every', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'such']);
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'each', 'every', 'another', 'the']);
const SUBORDINATORS = new Set(['that', 'if', 'unless', 'when', 'whenever', 'until', 'before', 'after', 'once', 'because', 'while']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
/** Words that open a noun phrase: a verb after one is a noun ("This Act"). */
const PHRASE_OPENERS = new Set(['this', 'that', 'these', 'those', 'the', 'a', 'an', 'each', 'every', 'any']);
/** Words a verb may sit after without changing that it is the verb: "shall not hold", "shall also hold". */
const BETWEEN_MODAL_AND_VERB = new Set(['not', "n't", 'never', 'neither', 'also', 'only', 'immediately', 'promptly', 'either']);

const isBase = (t: Token) => t.lower === t.lemma;
const quote = (t: Token | undefined) => !!t && isQuoteMark(t.text);

/** "limited" → limit, "denied" → deny, "barred" → bar, "required" → require: enough for a participle the tagger read as an adjective. */
export function participleLemma(word: string): string {
  if (word.endsWith('ied')) return word.slice(0, -3) + 'y';
  const doubled = /([bdglmnprt])\1ed$/.exec(word);
  if (doubled) return word.slice(0, -3);
  const stem = word.slice(0, -2);
  return /(?:us|ag|iz|is|at|ir|ur|uc|ov|iv|rv|rc|ng|dg|bl|pl|tl)$/.test(stem) ? stem + 'e' : stem;
}

/** Participles not in -ed the tagger may read as adjectives after "be" ("shall be forbidden"). */
const IRREGULAR_PARTICIPLES = new Map([['forbidden', 'forbid'], ['given', 'give'], ['taken', 'take'], ['withdrawn', 'withdraw'], ['withheld', 'withhold'], ['written', 'write']]);

function toVerb(t: Token): void {
  t.pos = 'VERB';
}

/** -ing forms that work as prepositions before a noun phrase ("Information regarding a person's status"). */
const PREPOSITIONAL_ING = new Set(['regarding', 'concerning', 'including', 'involving', 'respecting', 'pertaining', 'excluding', 'following', 'pending', 'notwithstanding']);

export const RETAGS: Retag[] = [
  {
    name: 'prepositionalIng',
    example: "Information regarding a person's status shall not be shared. → \"regarding\" is ADP, not the clause's verb.",
    apply(tokens) {
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'VERB' || !PREPOSITIONAL_ING.has(t.lower)) continue;
        const prev = tokens[i - 1];
        if (prev.pos === 'AUX' || prev.lower === 'to' || MODALS.has(prev.lower)) continue;
        t.pos = 'ADP';
      }
    },
  },
  {
    name: 'quotedTerm',
    example: "'Hold' means to keep. / \"Hold request\" means … → the quoted words (up to six) are a name: NOUNs, not verbs.",
    apply(tokens) {
      for (let i = 0; i < tokens.length; i++) {
        if (!quote(tokens[i])) continue;
        const close = tokens.findIndex((t, k) => k > i && k <= i + 7 && quote(t));
        if (close < 0) continue;
        for (let k = i + 1; k < close; k++) {
          if (!/^[A-Za-z]/.test(tokens[k].text) || tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ') continue;
          tokens[k].pos = 'NOUN';
          tokens[k].lemma = tokens[k].lower;
        }
        i = close;
      }
    },
  },
  {
    name: 'pluralLemma',
    example: 'The lessees… / "Tenants, Lessees and Guests" → an unknown or capitalised plural keeps its -s as lemma; strip it (lessee).',
    apply(tokens) {
      for (const t of tokens) {
        // The ending first: it rules out most nouns before upper-casing allocates.
        if (!NOMINAL.has(t.pos) || t.lemma !== t.lower || !t.lower.endsWith('s') || !/[a-z]{3}s$/.test(t.lower) || /(ss|us|is|ics)$/.test(t.lower)) continue;
        if (t.text === t.text.toUpperCase()) continue;
        t.pos = 'NOUN';
        if (/ies$/.test(t.lower)) t.lemma = t.lower.slice(0, -3) + 'y';
        else if (/(ss|x|ch|sh)es$/.test(t.lower)) t.lemma = t.lower.slice(0, -2);
        else t.lemma = t.lower.slice(0, -1);
      }
    },
  },
  {
    name: 'verbAfterModal',
    example: 'The clerk may, but is not required to, share the records. / shall neither hold… / shall, in a timely manner, report … → "share", "hold", "report" are VERBs.',
    apply(tokens) {
      for (let i = 1; i < tokens.length; i++) {
        // "shall not Use agency moneys" (a list item joined to its lead-in): a capitalised word too.
        const capitalised = tokens[i].pos === 'PROPN' && /^[A-Z][a-z]+$/.test(tokens[i].text);
        if (!((tokens[i].pos === 'NOUN' && isBase(tokens[i])) || capitalised)) continue;
        let k = i - 1;
        while (k > 0 && (BETWEEN_MODAL_AND_VERB.has(tokens[k].lower) || tokens[k].text === ',')) k--;
        if (capitalised) tokens[i].lemma = tokens[i].lower;
        const before = tokens[k];
        // "required to, share": `to` read as a preposition before a comma.
        const toComma = before.lower === 'to' && tokens[k + 1]?.text === ',';
        if (MODALS.has(before.lower) || toComma || afterModalAside(tokens, i, MODALS)) toVerb(tokens[i]);
      }
    },
  },
  {
    name: 'verbBeforeDeterminer',
    example: 'unless a judge signs an order / may the clerk release a record / clerks who keep files → "signs", "release", "keep" are VERBs.',
    apply(tokens) {
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i];
        const prev = tokens[i - 1];
        // ("clerks who keep files": after "who" a noun-like word with a noun after it is the relative clause's verb.)
        if (t.pos === 'NOUN' && prev.lower === 'who' && (tokens[i + 1].pos === 'NOUN' || tokens[i + 1].pos === 'ADJ')) toVerb(t);
        if (t.pos !== 'NOUN' || !DETERMINERS.has(tokens[i + 1].lower)) continue;
        // A noun right after another noun, and before a determiner, is the predicate of that noun.
        if (NOMINAL.has(prev.pos) || (prev.pos === 'PRON' && prev.lower !== 'its')) toVerb(t);
      }
    },
  },
  {
    name: 'verbEndingClause',
    example: 'provided that a judge signs. / unless the court orders, … → "signs", "orders" are VERBs.',
    apply(tokens) {
      for (let i = 3; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'NOUN' || tokens[i - 1].pos !== 'NOUN' || tokens[i - 2].pos !== 'DET' || !/[^s]s$/.test(t.lower)) continue;
        const lead = tokens[i - 3];
        const next = tokens[i + 1];
        // After "that/if/unless/when the <noun>", an -s word with nothing after it is that noun's verb.
        const opensClause = ['SCONJ', 'ADP', 'ADV'].includes(lead.pos) && SUBORDINATORS.has(lead.lower);
        if (opensClause && (!next || next.pos === 'PUNCT' || next.pos === 'ADV')) toVerb(t);
      }
    },
  },
  {
    name: 'imperativeWithoutVerb',
    example: 'Release the records. → a sentence with no verb that opens with a bare noun opens with a command.',
    apply(tokens) {
      const first = tokens.findIndex((t) => t.pos !== 'PUNCT');
      const [t, next] = [tokens[first], tokens[first + 1]];
      if (!t || t.pos !== 'NOUN' || !isBase(t) || !next || !['DET', 'NOUN', 'PRON', 'ADJ'].includes(next.pos)) return;
      if (!tokens.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) toVerb(t);
    },
  },
  {
    name: 'gerundModifier',
    example: 'Filing staff will sort the records. → "Filing" before a noun and its verb is a modifier (NOUN).',
    apply(tokens) {
      for (let i = 0; i + 2 < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) continue;
        const [noun, verb] = [tokens[i + 1], tokens[i + 2]];
        // "…system and booking records shall": after a noun and a conjunction too.
        const opens = i === 0 || tokens[i - 1].pos === 'DET' || tokens[i - 1].pos === 'PUNCT' || (tokens[i - 1].pos === 'CCONJ' && tokens[i - 2]?.pos === 'NOUN');
        if (opens && noun.pos === 'NOUN' && (verb.pos === 'AUX' || verb.pos === 'VERB')) {
          t.pos = 'NOUN';
          t.lemma = t.lower;
        }
      }
    },
  },
  {
    name: 'coordinatedVerb',
    example: 'shall neither hold nor release records → "release" is a VERB like "hold".',
    apply(tokens) {
      for (let i = 2; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos === 'NOUN' && isBase(t) && tokens[i - 1].pos === 'CCONJ' && tokens[i - 2].pos === 'VERB' && isBase(tokens[i - 2])) toVerb(t);
      }
    },
  },
  {
    name: 'pluralNounBeforeModal',
    example: 'Telephone calls to a clerk shall be logged. → "calls" after a noun, with the modal still to come and no verb before it, is a plural NOUN.',
    apply(tokens) {
      const modal = tokens.findIndex((t) => t.pos === 'AUX' && MODALS.has(t.lower));
      for (let i = 1; i < modal; i++) {
        const [prev, t] = [tokens[i - 1], tokens[i]];
        // Only before any verb or relative pronoun: the first such word ends the search.
        if (prev.pos === 'VERB' || prev.pos === 'AUX' || ['that', 'who', 'which', 'whom'].includes(prev.lower)) break;
        // ("The order requires the clerk to … shall": before a determiner it has an object, so it is the verb.)
        if (t.pos !== 'VERB' || !/[^s]s$/.test(t.lower) || prev.pos !== 'NOUN' || DETERMINERS.has(tokens[i + 1]?.lower ?? '')) continue;
        t.pos = 'NOUN';
        t.lemma = t.lower.slice(0, -1);
      }
    },
  },
  {
    name: 'participleAfterBe',
    example: 'Visits shall be limited to one a week. / Visits shall be forbidden. → "limited", "forbidden" after "be" are passive VERBs (limit, forbid), not adjectives.',
    apply(tokens) {
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'ADJ' || !(/[a-z]{3}ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower))) continue;
        let k = i - 1;
        while (k > 0 && (tokens[k].pos === 'ADV' || tokens[k].lower === 'not')) k--;
        if (tokens[k].lemma !== 'be') continue;
        t.pos = 'VERB';
        t.lemma = IRREGULAR_PARTICIPLES.get(t.lower) ?? participleLemma(t.lower);
      }
    },
  },
  {
    name: 'verbBeforeThat',
    example: 'Form 12 requests that the clerk hold the file. / The order lists fees and states that "the clerk" shall … → "requests", "states" before "that" and a noun phrase (after a noun or "and") are VERBs.',
    apply(tokens) {
      for (let i = 1; i + 2 < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'NOUN' || tokens[i + 1].lower !== 'that' || !/[^s]s$/.test(t.lower)) continue;
        const next = tokens[quote(tokens[i + 2]) ? i + 3 : i + 2];
        if (!next || !['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(next.pos) || !(NOMINAL.has(tokens[i - 1].pos) || tokens[i - 1].pos === 'CCONJ')) continue;
        t.pos = 'VERB';
        t.lemma = t.lower.slice(0, -1);
      }
    },
  },
  {
    name: 'nounAfterDeterminer',
    example: 'This Act does not apply. / After the date of this Act, … → "Act" after "This" and before a verb or a comma is a NOUN.',
    apply(tokens) {
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'VERB' || !PHRASE_OPENERS.has(tokens[i - 1].lower)) continue;
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        // ("the officers that act, …": after "that" a verb may end a relative clause.)
        const endsPhrase = prev.lower !== 'that' && [',', ';', ':', ')'].includes(next.text);
        if (next.pos !== 'AUX' && !(next.pos === 'VERB' && /[^s]s$/.test(next.lower)) && !endsPhrase) continue;
        t.pos = 'NOUN';
        t.lemma = t.lower;
      }
    },
  },
  {
    name: 'nounCompound',
    example: 'place a records hold on any file / a 48-hour hold. → "hold" is a NOUN: a bare verb cannot follow a singular noun.',
    apply(tokens) {
      for (let i = 1; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'VERB' || !isBase(t) || !NOMINAL.has(tokens[i - 1].pos)) continue;
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        // An object after it means it is a verb after all ("let the clerk hold the records").
        if (next && ['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos)) continue;
        if (next && next.lower === 'to') continue;
        const det = determinerOf(tokens, i - 1);
        const singular = prev.lemma === prev.lower && !/[^s]s$/.test(prev.lower);
        if (singular || (det !== undefined && SINGULAR_DETERMINERS.has(det) && det !== 'the')) t.pos = 'NOUN';
      }
    },
  },
  {
    name: 'hyphenatedParticiple',
    example: 'No city-owned lot shall be used. / a county-owned and controlled lot → "owned" (and "controlled" joined to it before a noun) is part of an adjective, not a verb.',
    apply(tokens) {
      for (let i = 2; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'VERB' || !t.lower.endsWith('ed')) continue;
        const dash = tokens[i - 1];
        const head = tokens[i - 2];
        if (dash.text !== '-' || dash.start !== head.end || t.start !== dash.end) continue;
        t.pos = 'ADJ';
        // "county-owned and controlled parking lot": the participle joined to it before a noun is an adjective too.
        const [and, second, noun] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
        if (and?.pos === 'CCONJ' && second?.pos === 'VERB' && second.lower.endsWith('ed') && noun?.pos === 'NOUN') second.pos = 'ADJ';
      }
    },
  },
  {
    name: 'toDate',
    example: 'To date the clerk has kept no records. → "To date" ("so far") is an adverbial, not an infinitive: "date" is no act.',
    apply(tokens) {
      for (let i = 0; i + 2 < tokens.length; i++) {
        if (tokens[i].lower !== 'to' || tokens[i + 1].lower !== 'date') continue;
        const opens = i === 0 || tokens[i - 1].text === ',' || (tokens[i - 1].pos === 'PUNCT' && i === 1);
        const after = tokens[i + 2];
        if (!opens) continue;
        if (after.text === ',' || ['DET', 'PRON', 'PROPN'].includes(after.pos)) tokens[i].pos = tokens[i + 1].pos = 'ADV';
      }
    },
  },
  ...MODIFIER_RETAGS,
  ...PREDICATE_RETAGS,
];

/** The determiner that opens the noun phrase ending at `i` ("a records hold" → "a"). */
function determinerOf(tokens: Token[], i: number): string | undefined {
  let k = i;
  while (k >= 0 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[k].pos)) k--;
  return k >= 0 && tokens[k].pos === 'DET' ? tokens[k].lower : undefined;
}
