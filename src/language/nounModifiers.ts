// Participles that describe a noun rather than act ("those conducting operations", "an inmate held for the
// court"): the act rules (actPolarity.ts) read such a verb as no act of the clause.
import type { Token } from './tokens';
import { participleForm } from './clauseEdges';

/** "those conducting operations", "any visitor seeking to inspect": t is (or follows "to" after) a participle right after a noun.
 *  `end`: where the words read as the act end; a noun inside them is the act's own ("continued custody"). */
export function modifiesNoun(tokens: Token[], t: number, end = Infinity): boolean {
  let k = t;
  if (tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.pos === 'VERB' && tokens[k - 2].lower.endsWith('ing')) k -= 2;
  const verb = tokens[k];
  const prev = tokens[k - 1];
  // "notify the evicted tenant": a participle the tagger (or participleAfterDeterminer) reads as an adjective before its noun
  // (unless the noun is among the act's words: "the continued tenancy").
  if (verb?.pos === 'ADJ' && participleForm(verb) && !verb.lower.endsWith('ing') && tokens[k + 1]?.pos === 'NOUN') return tokens[k + 1].start >= end;
  // ", being held for the court": a participle after "being" describes whoever it follows.
  if (verb?.pos === 'VERB' && prev?.lower === 'being' && tokens[k - 2]?.text === ',') return true;
  // "the name of the person stopped or searched": a past participle after a preposition's noun (not "keep the person seated").
  // ("… stopped or searched": so does a second participle joined to it.)
  // "visit an inmate held for the court": so does one with a preposition after it, after a verb's object, unless
  // the verb takes a complement there ("keep the person held for …").
  const pastAfterNoun = (v: number) => tokens[v]?.pos === 'VERB' && tokens[v - 1]?.pos === 'NOUN' && participleForm(tokens[v]) && !tokens[v].lower.endsWith('ing') && (afterPreposition(tokens, v - 1) || (tokens[v + 1]?.pos === 'ADP' && afterPlainObject(tokens, v - 1)));
  if (verb && participleForm(verb) && (pastAfterNoun(k) || (prev?.pos === 'CCONJ' && pastAfterNoun(k - 2)))) return true;
  if (!verb || !prev || !verb.lower.endsWith('ing')) return false;
  // "those conducting operations": the tagger may read the participle after "those" as a noun.
  if (['those', 'anyone', 'someone', 'everyone'].includes(prev.lower)) return verb.pos === 'VERB' || verb.pos === 'NOUN';
  // With an object after it ("agencies seeking records"), not a compound ("information sharing with …").
  const next = tokens[k + 1];
  return verb.pos === 'VERB' && prev.pos === 'NOUN' && !!next && (['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM'].includes(next.pos) || next.lower === 'to');
}

/** Where the noun phrase ending at token n starts (at most six words back). */
export function nounPhraseStart(tokens: Token[], n: number): number {
  let k = n;
  while (k > 0 && n - k < 6 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k - 1].pos)) k--;
  return k;
}

/** Whether the noun phrase ending at token n follows a preposition ("of the person"). */
// ("a log of files received, visitors admitted and turned away": an item of a series after the preposition counts too.)
function afterPreposition(tokens: Token[], n: number): boolean {
  let start = nounPhraseStart(tokens, n);
  for (let items = 0; items < 8 && (tokens[start - 1]?.text === ',' || tokens[start - 1]?.pos === 'CCONJ'); items++) {
    const before = tokens[start - 2]?.pos === 'CCONJ' || tokens[start - 2]?.text === ',' ? start - 3 : start - 2;
    if (!(tokens[before]?.pos === 'VERB' && participleForm(tokens[before]) && tokens[before - 1]?.pos === 'NOUN')) break;
    start = nounPhraseStart(tokens, before - 1);
  }
  return tokens[start - 1]?.pos === 'ADP';
}

/** Verbs whose object can take a participle that completes it ("keep the person seated", "have the car towed"). */
const COMPLEMENT_VERBS = new Set(['keep', 'leave', 'have', 'get', 'hold', 'find', 'consider', 'deem', 'make', 'see', 'want', 'need', 'render', 'declare', 'report', 'order', 'like', 'hear', 'feel', 'prefer']);

/** Whether the noun phrase ending at token n is the object of a verb that takes no complement after it. */
function afterPlainObject(tokens: Token[], n: number): boolean {
  const verb = tokens[nounPhraseStart(tokens, n) - 1];
  return verb?.pos === 'VERB' && !COMPLEMENT_VERBS.has(verb.lemma);
}
