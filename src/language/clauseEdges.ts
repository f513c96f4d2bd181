// Where clauses start and end: the word-order tests clauses.ts asks at each token (a relative clause's end, a
// series, a new subject, a condition set off by commas).
import { matchSubordinator } from './cues';
import type { Token } from './tokens';

const MODAL_WORDS = new Set(['shall', 'must', 'may', 'will', 'should', 'can', 'would', 'could', 'might']);
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'wherein', 'whereby']);
export const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** An inflected form that is not the -s form: a past tense or participle, or an -ing form ("held", "holding"). */
export const participleForm = (t: Token) => t.lower !== t.lemma && !/[^s]s$/.test(t.lower);
export const isPredicate = (t: Token) => t.pos === 'AUX' || t.pos === 'VERB';
export const isModal = (t: Token) => MODAL_WORDS.has(t.lower) && t.pos !== 'NOUN';

/**
 * A condition between commas that its host reads on past: straight after a modal ("shall not, if informed …,
 * report"), or with no verb of its own ("shall be made, when practicable, to determine").
 */
export function interjection(tokens: Token[], at: number, cueLength: number): boolean {
  if (tokens[at - 1]?.text !== ',') return false;
  let close = -1;
  for (let k = at + cueLength; k < tokens.length && k < at + 40; k++) {
    if (tokens[k].text === ',') {
      close = k;
      break;
    }
    if (tokens[k].text === ';' || tokens[k].text === ':') return false;
  }
  if (close < 0 || !tokens[close + 1]) return false;
  let before = at - 2;
  while (before >= 0 && ['not', "n't"].includes(tokens[before].lower)) before--;
  if (before >= 0 && isModal(tokens[before])) return true;
  for (let k = at + cueLength; k < close; k++) if (isPredicate(tokens[k])) return false;
  return true;
}

/**
 * "shall not prohibit an officer from assisting or cooperating", "shall not enter … to conduct or assist":
 * the conjunction joins a verb the clause's own verb governs, not a second predicate. True when the
 * nearest verb before it is not the clause's first verb and the verb after it has no modal.
 */
export function coordinatesComplement(tokens: Token[], clause: number[], at: number): boolean {
  if (isModal(tokens[at + 1])) return false;
  // A gerund the tagger read as a noun ("from communicating or cooperating") counts as a verb here.
  const verbal = (k: number) => tokens[k].pos === 'VERB' || (tokens[k].pos === 'NOUN' && tokens[k].lower.endsWith('ing') && tokens[k - 1]?.pos === 'ADP');
  const verbs = clause.filter((k) => k < at && verbal(k));
  // "calls upon the clerk to file records and states that …": an -s form goes with the finite verb, not the infinitive.
  const next = tokens[at + 1];
  const last = tokens[verbs[verbs.length - 1]];
  if (next?.pos === 'VERB' && next.lower !== next.lemma && /[^s]s$/.test(next.lower) && last && last.lower === last.lemma) return false;
  return verbs.length > 1 && verbs[verbs.length - 1] !== verbs[0];
}

/** ", record, or disclose …": a comma inside a series of verbs ("inquire into, record, or disclose"), closed by a conjunction and a verb.
 *  The conjunction is looked for up to 12 tokens on ("stop, question, interrogate, investigate, or arrest"): a bound, so the check stays linear. */
export function seriesFollows(tokens: Token[], comma: number): boolean {
  const nominal = (t: Token | undefined) => !!t && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos);
  let nouns = true;
  for (let k = comma + 1; k < tokens.length && k <= comma + 12; k++) {
    // ", record, or disclose": a series of verbs; ", apprehension, or detention of …": a series of nouns.
    // ("a clerk, aide, or guard from …": the series' last noun, after a comma of its own, unless it opens a new clause.)
    if (tokens[k].pos === 'CCONJ') return startsPredicate(tokens, k + 1) || (nouns && nominal(tokens[k + 1]) && (k > comma + 1 || (nominal(tokens[comma - 1]) && !newSubjectFollows(tokens, k + 1))));
    if (isPredicate(tokens[k]) && isModal(tokens[k])) return false;
    if (!nominal(tokens[k]) && tokens[k].text !== ',') nouns = false;
  }
  return false;
}

/** ", a school or a clinic, decline": a series of nouns joined by "and" or "or" that ends at a comma goes on the clause before it
 *  (a fronted condition's own list), where ", officers and deputies shall" is the next clause's subject. Looks 12 tokens on. */
export function seriesEndsAtComma(tokens: Token[], comma: number): boolean {
  let joined = false;
  for (let k = comma + 1; k < tokens.length && k <= comma + 12; k++) {
    if (tokens[k].pos === 'CCONJ') joined = true;
    else if (tokens[k].text === ',') {
      // (", no agency, or agent thereof, or court shall …": the next clause's subject runs on past the comma.)
      if (joined) return !!tokens[k + 1] && tokens[k + 1].pos !== 'CCONJ' && !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k + 1].pos);
    } else if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k].pos)) return false;
  }
  return false;
}

/**
 * "that is or will be used", "has been or may be held": the conjunction joins two auxiliaries of one verb group (the clause so
 * far ends in one). "is authorized but not required to …": it joins two participles of one "be … to" group.
 */
export function joinsAuxiliaries(tokens: Token[], clause: number[], conjunction: number): boolean {
  if (clause[clause.length - 1] !== conjunction - 1) return false;
  if (tokens[conjunction - 1].pos === 'AUX' && tokens[conjunction + 1]?.pos === 'AUX') return true;
  const participle = (k: number) => !!tokens[k] && /ed$/.test(tokens[k].lower) && tokens[k].pos !== 'NOUN';
  // ("is authorized, but not required, to": commas may set the second participle off.)
  const first = tokens[conjunction - 1].text === ',' ? conjunction - 2 : conjunction - 1;
  let k = conjunction + 1;
  while (['not', "n't"].includes(tokens[k]?.lower ?? '')) k++;
  const to = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  return participle(first) && tokens[first - 1]?.lemma === 'be' && participle(k) && tokens[to]?.lower === 'to';
}

/** A verb that can head a clause: a modal, an auxiliary, or a verb that is no infinitive, gerund or participle after a noun ("an arrest made in …"). */
export function finiteAt(tokens: Token[], k: number): boolean {
  const [t, prev] = [tokens[k], tokens[k - 1]];
  if (prev?.text === '-') return false; // the second half of "County-owned"
  if (t.pos === 'AUX') return true;
  if (t.pos !== 'VERB' || prev?.lower === 'to' || t.lower.endsWith('ing')) return false;
  return !(prev && NOMINAL.has(prev.pos) && participleForm(t));
}

/** "do not …", "shall not …", "may not …" at i. */
export function negatedGroupAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && (isModal(t) || ['do', 'does', 'did'].includes(t.lower)) && ['not', "n't"].includes(tokens[i + 1]?.lower ?? '');
}

/** "hold", "not hold", "shall release", "never releases": a verb group starts at `i`. */
export function startsPredicate(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && ['not', 'also', 'then', 'never', 'thereafter', 'promptly', 'immediately'].includes(tokens[k].lower)) k++;
  return !!tokens[k] && isPredicate(tokens[k]);
}

/** ", and the judge shall sign": a noun phrase, then a modal or verb before the next comma. */
export function newSubjectFollows(tokens: Token[], i: number): boolean {
  if (!tokens[i] || !['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(tokens[i].pos)) return false;
  for (let k = i + 1; k < tokens.length && tokens[k].text !== ',' && tokens[k].text !== ';'; k++) {
    // ("…, and no officer or employee shall sign": a conjunction between two nouns is inside the subject.)
    const joinsNouns = tokens[k].pos === 'CCONJ' && NOMINAL.has(tokens[k - 1].pos) && NOMINAL.has(tokens[k + 1]?.pos ?? '');
    if (matchSubordinator(tokens, k) || (tokens[k].pos === 'CCONJ' && !joinsNouns)) return false;
    // "…, or other place of worship to conduct", "…, or accent in deciding", "…, or origin … permitted by": an infinitive, a
    // gerund or a participle after a noun is no predicate of a new subject.
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && prev.lower !== 'to' && !t.lower.endsWith('ing') && !(NOMINAL.has(prev.pos) && participleForm(t)))) return true;
  }
  return false;
}

/** A verb in a past-participle form (not -ing). */
const pastParticiple = (t: Token | undefined) => !!t && t.pos === 'VERB' && participleForm(t) && !t.lower.endsWith('ing');

/** A past or -ing participle right after a noun, with the sentence's own modal or verb still to come. */
export function reducedRelative(tokens: Token[], i: number, skip: Set<number>): boolean {
  const t = tokens[i];
  // ("The telephone call ordinarily afforded at booking shall not …": an adverb may stand between the noun and its participle.)
  const prev = tokens[i - 1]?.pos === 'ADV' && /ly$/.test(tokens[i - 1].lower) ? tokens[i - 2] : tokens[i - 1];
  if (t.pos !== 'VERB' || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  if (!participleForm(t)) return false; // a base or -s form is finite
  for (let k = i + 1; k < tokens.length; k++) {
    if (skip.has(k)) continue;
    const w = tokens[k];
    // "…on Form 1 or Form 2 is": a conjunction between nouns is inside the phrase; before a verb it ends the search.
    // "A visitor suspected of theft or found in the vault may not …": a second participle goes on with the first.
    if (w.pos === 'CCONJ' && pastParticiple(tokens[k + 1])) continue;
    if (w.lower === 'that' || w.text === ';' || (w.pos === 'CCONJ' && startsPredicate(tokens, k + 1))) return false;
    if (isModal(w) || (w.pos === 'AUX' && w.lemma === 'be')) return true;
  }
  return false;
}

export function endsRelative(tokens: Token[], rel: number[], i: number): boolean {
  const t = tokens[i];
  // "who cannot prove …": a modal ends the relative clause only once it has a verb of its own, and not right after a
  // relative pronoun that opens a second relative ("who speaks … or who cannot produce …").
  if (isModal(t)) return rel.some((k) => isPredicate(tokens[k])) && !RELATIVE_PRONOUNS.has(tokens[i - 1]?.lower ?? '');
  if (!isPredicate(t)) return false;
  const sawVerb = rel.some((k) => isPredicate(tokens[k]));
  const prev = tokens[i - 1];
  // "who commit crimes and who are arrested", "that a person is … or speaks …": a second relative pronoun or a
  // conjunction carries the clause on.
  if (prev && (RELATIVE_PRONOUNS.has(prev.lower) || prev.pos === 'CCONJ')) return false;
  // "suspected of being …": an -ing form after a preposition is its object, no new verb group.
  if (prev?.pos === 'ADP' && t.lower.endsWith('ing')) return false;
  // A participle right after a noun describes it ("an order issued by …"): no new verb group.
  if (t.pos === 'VERB' && prev && NOMINAL.has(prev.pos) && participleForm(t)) return false;
  // A new verb group: not the participle of "are held", nor the verb of "wish to hold".
  return sawVerb && !!prev && !isPredicate(prev) && prev.pos !== 'PART' && prev.pos !== 'ADV';
}

/** "after the tenant is entitled to leave", "before the judge signs": a short subject, then an auxiliary or a present-tense
 *  verb. ("after the tenant's scheduled release": a participle after a possessive modifies a noun, so no clause.) */
export function clauseFollows(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + 12; k++) {
    const t = tokens[k];
    if (t.pos === 'AUX') return k > i;
    if (t.pos === 'VERB') return k > i && t.lower !== t.lemma && /[^s]s$/.test(t.lower);
    if (!['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'PART', 'CCONJ'].includes(t.pos)) return false;
  }
  return false;
}

/** ", searched …, or denied …" after "could be stopped …": a past participle after the comma goes on a passive series of the
 *  clause's own, whose "be" is shared. */
export function participleSeriesFollows(tokens: Token[], clause: readonly number[], comma: number): boolean {
  if (!pastParticiple(tokens[comma + 1]) && !(tokens[comma + 1]?.pos === 'CCONJ' && pastParticiple(tokens[comma + 2]))) return false;
  // (Its "be" looked for in the clause's last 128 tokens: a bound, so a clause of thousands of commas stays linear.)
  for (let n = clause.length - 1; n >= 0 && n >= clause.length - 128; n--) {
    const k = clause[n];
    if (tokens[k].lemma === 'be' && tokens[k].pos === 'AUX' && pastParticiple(tokens[k + 1])) return true;
  }
  return false;
}

/** "Once trained, …", "Once booked, …": a time word, a past participle and a comma open a clause with no subject of its own. */
export function reducedTimeClause(tokens: Token[], i: number): boolean {
  const v = tokens[i + 1];
  return !!v && v.pos === 'VERB' && v.lower !== v.lemma && /(?:ed|en)$/.test(v.lower) && tokens[i + 2]?.text === ',';
}

/** "a written notice, in a language the tenant reads, that the fee is due": a "that" after an aside set off by commas, where
 *  a noun stands before the aside, opens what the noun says (looked back at most twelve words). */
export function thatAfterAside(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'that' || tokens[i - 1]?.text !== ',') return false;
  for (let k = i - 2; k >= Math.max(1, i - 14); k--) if (tokens[k].text === ',') return tokens[k - 1].pos === 'NOUN';
  return false;
}

/** The relative clause inside a subject that the clause at `k` is nested in through "that"-complements and coordinates
 *  ("Staff who observe [that a patient speaks … [and has no identification]]"), or -1. */
export function subjectRelativeAbove(clauses: ReadonlyArray<{ role: string; host?: number; inSubject?: boolean }>, k: number): number {
  let c = k;
  while ((clauses[c].role === 'complement' || clauses[c].role === 'coordinate') && clauses[c].host !== undefined) c = clauses[c].host!;
  return c !== k && clauses[c].role === 'relative' && clauses[c].inSubject ? c : -1;
}
