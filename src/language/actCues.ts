// Token-level cues the act rules (actPolarity.ts) read: each a named piece of English word order over one clause frame.
import type { ActPolarity } from './actPolarity';
import type { Frame, SentenceFrames } from './frames';
import type { Token } from './tokens';
import { isQuoteMark } from './characters';
import { isModal } from './clauseEdges';
import { nounPhraseStart } from './nounModifiers';
import { approvalFirst } from './approvalFirst';
import { overTheBound } from './overTheBound';
import { NEGATORS, DEONTIC_MODALS, NOUN_PREPOSITIONS, INFINITIVE_NOUNS, APPROVING, DISAPPROVING, ALLOWING_ADJECTIVES, BARRING_ADJECTIVES, BARRING_NOUNS, TIME_PREPOSITIONS, CRITERION_NOUNS } from './actWords';

/** Whether token t stands inside a quotation of at most six words (a name: "a 'request to hold'"). */
export function quoted(tokens: Token[], t: number): boolean {
  const isQuote = (k: number) => isQuoteMark(tokens[k]?.text ?? '') || /^``|''$/.test(tokens[k]?.text ?? '');
  let open = -1;
  for (let k = t - 1; k >= 0 && k >= t - 7; k--) if (isQuote(k)) { open = k; break; }
  if (open < 0) return false;
  let before = 0;
  for (let k = 0; k < open; k++) if (isQuote(k)) before++;
  if (before % 2 === 1) return false;
  for (let k = t + 1; k < tokens.length && k <= open + 7; k++) if (isQuote(k)) return true;
  return false;
}

/** "may not participate", "do not assist" right before the verb: its own modal or "do", with or without "not". */
export function ownVerbGroup(tokens: Token[], t: number): ActPolarity {
  let k = t - 1;
  let negated = false;
  while (k >= 0 && (tokens[k].pos === 'ADV' || NEGATORS.has(tokens[k].lower))) {
    if (NEGATORS.has(tokens[k].lower)) negated = true;
    k--;
  }
  const w = tokens[k]?.lower ?? '';
  if (w === 'cannot') return -1;
  if (DEONTIC_MODALS.has(w) || ((w === 'do' || w === 'does') && negated)) return negated ? -1 : 1;
  return 0;
}

/** The verb right before token t, with only its object's words between ("prohibiting participation", "that prohibit the sharing"), or -1. */
export function localGovernor(tokens: Token[], t: number): number {
  // "prohibits a clerk, aide, or guard from sharing": before "from", the object may be a series.
  const series = tokens[t - 1]?.lower === 'from';
  for (let i = t - 1; i >= 0 && i >= t - (series ? 12 : 4); i--) {
    if (tokens[i].pos === 'VERB') return i;
    // Only the object's words between: "prohibit information-sharing", "limit the office's participation".
    if (series && (tokens[i].text === ',' || tokens[i].pos === 'CCONJ')) continue;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV'].includes(tokens[i].pos) && !['from', '-', "'s", '’s'].includes(tokens[i].lower)) return -1;
  }
  return -1;
}

/** Whether frame k stands under frame m: through conditions, relatives, complements and shared-subject coordinates, not a clause with its own subject. */
export function governedBy(read: SentenceFrames, k: number, m: number): boolean {
  for (let f = read.frames[k]; ; f = read.frames[k]) {
    if (k === m) return true;
    if (f.host === undefined || (f.role === 'coordinate' && !f.sharesSubject)) return false;
    k = f.host;
  }
}

const RULE_NOUNS = new Set(['policy', 'practice', 'procedure']);
const RULE_MAKING_VERBS = new Set(['adopt', 'establish', 'implement', 'maintain', 'follow', 'enact', 'have']);

/** "is sufficient authority to V", "shall have the authority to V", "are hereby granted the power to V": the clause gives the power
 *  ("shall adopt a policy to V": the rule it makes). */
export function powerGiven(read: SentenceFrames, frame: number, t: number): boolean {
  const [tokens, f] = [read.tokens, read.frames[frame]];
  let k = t - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  // "authority to continue to keep": a verb that takes the act's infinitive stands between the power and the act.
  while (tokens[k]?.lower === 'to' && tokens[k - 1]?.pos === 'VERB' && tokens[k - 2]?.lower === 'to') k -= 2;
  // "sufficient authority for the jail to maintain": a "for"-phrase may stand between the power and its verb.
  let p = k - 1;
  for (let q = k - 1; q > k - 6 && q > 0; q--) if (tokens[q].lower === 'for' && ['authority', 'power'].includes(tokens[q - 1]?.lemma ?? '')) p = q - 1;
  // "sufficient authority for that continued custody": the power may name its act as a noun after "for".
  let n = t - 1;
  const participle = (i: number) => tokens[i]?.pos === 'VERB' && tokens[i].lower.endsWith('ed');
  while (n >= 0 && (['DET', 'ADJ', 'NUM'].includes(tokens[n].pos) || participle(n))) n--;
  const named = (tokens[t]?.pos !== 'VERB' || participle(t)) && tokens[n]?.lower === 'for' && ['authority', 'power'].includes(tokens[n - 1]?.lemma ?? '');
  if (named) p = n - 1;
  // ("shall adopt a policy to keep …": a rule the clause makes directs its act as a power given does.)
  const rule = RULE_NOUNS.has(tokens[p]?.lemma ?? '');
  if (!named && (tokens[k]?.lower !== 'to' || !(rule || ['authority', 'power'].includes(tokens[p]?.lemma ?? '')))) return false;
  let j = p - 1;
  while (j >= 0 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  const giver = tokens[j];
  if (!giver || read.frameOf[j] !== frame) return false;
  const binding = !!f.modality && f.modality.force !== 'hypothetical';
  if (rule) return binding && RULE_MAKING_VERBS.has(giver.lemma);
  return (giver.lemma === 'be' && giver.pos === 'AUX') || (giver.lemma === 'have' && binding) || ['grant', 'give', 'vest'].includes(giver.lemma);
}

/** "shall not be denied access": a passive with an object after it; its subject receives, it is not what is denied. */
export function ditransitive(tokens: Token[], act: number): boolean {
  return ['DET', 'NOUN', 'ADJ', 'PROPN'].includes(tokens[act + 1]?.pos ?? '');
}

/** The clause's first token that is no punctuation or enumeration. */
export function firstContent(tokens: Token[], f: Frame): number {
  return f.tokens.find((i) => tokens[i].pos !== 'PUNCT' && tokens[i].pos !== 'ADV') ?? -1;
}

/** "requests from <outsider> to hold", "authorizes <outsider> officers to enter": an infinitive another body asks for or is allowed. */
export function outsiderInfinitive(read: SentenceFrames, t: number): 'asked' | 'allowed' | undefined {
  const tokens = read.tokens;
  let k = t - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'to') return undefined;
  let i = k - 1;
  let outsider = false;
  for (; i >= 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ'].includes(tokens[i].pos) && k - i < 9; i--) if (read.outsider[i]) outsider = true;
  if (!outsider || i < 0) return undefined;
  if (['from', 'by'].includes(tokens[i].lower) && ['request', 'order', 'demand', 'direction'].includes(tokens[i - 1]?.lemma ?? '')) return 'asked';
  if (['authorize', 'allow', 'permit', 'enable', 'empower'].includes(tokens[i].lemma)) return 'allowed';
  return ['ask', 'request', 'direct'].includes(tokens[i].lemma) ? 'asked' : undefined;
}

/**
 * A gerund or infinitive right after a noun and its preposition or "to": "authority to enforce", "a request from the board
 * to hold" (a power or a wish: 'power'), "purpose of enforcing", "role in enforcing" (named: 'gerund').
 */
export function nounComplement(tokens: Token[], t: number): 'power' | 'gerund' | 'criterion' | undefined {
  const verb = tokens[t];
  if (verb.pos !== 'VERB') return undefined;
  let k = t - 1;
  // "a role in identifying, investigating, and apprehending": a gerund in a series goes back to the series' first (at most eight back).
  for (let j = k; verb.lower.endsWith('ing') && j >= 1 && t - j < 16 && [',', 'and', 'or'].includes(tokens[j].lower); ) {
    const prev = tokens[j - 1];
    const gerund = (prev.pos === 'VERB' || prev.pos === 'NOUN') && prev.lower.endsWith('ing');
    if (gerund) k = j - 2;
    else if (![',', 'and', 'or'].includes(prev.lower)) break;
    j = gerund ? j - 2 : j - 1;
  }
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const link = tokens[k];
  const noun = tokens[k - 1];
  if (!link || !noun || !(noun.pos === 'NOUN' || noun.pos === 'PROPN')) return undefined;
  // "respond to requests to assist": what a request asks for, right after it, is named, not directed.
  // ("shall not use race as a reason to contact the board": what a criterion is for, as with "a basis for admitting" below.)
  if (link.lower === 'to' && link.pos === 'PART') return CRITERION_NOUNS.has(noun.lemma) ? 'criterion' : INFINITIVE_NOUNS.has(noun.lemma) || noun.lemma === 'request' ? 'power' : undefined;
  // ("assist the clerks in filing records": after the object of a verb of helping, "in" + gerund completes the verb.)
  if (link.lower === 'in' && helpedObject(tokens, k - 1)) return undefined;
  // (The tagger may read "for" before a gerund as a subordinator.)
  if (!((link.pos === 'ADP' || link.lower === 'for') && NOUN_PREPOSITIONS.has(link.lower) && verb.lower.endsWith('ing'))) return undefined;
  // "shall not use age as a basis for admitting": what a criterion is for is not what the clause forbids.
  return CRITERION_NOUNS.has(noun.lemma) ? 'criterion' : 'gerund';
}

const HELPING_VERBS = new Set(['assist', 'help', 'aid', 'support', 'join']);

/** Whether the noun phrase ending at token n is the object of a verb of helping ("assist the clerks"). */
function helpedObject(tokens: Token[], n: number): boolean {
  const verb = tokens[nounPhraseStart(tokens, n) - 1];
  return verb?.pos === 'VERB' && HELPING_VERBS.has(verb.lemma);
}

/** "It is the policy of the office to honor …", "It shall be the practice of … to": an expletive subject, a policy noun, an infinitive. */
/** "It is the policy of … to", "It is (not) an appropriate use of … to", "It is unlawful to": +1 or -1 as the words say, 0 if not such a clause. */
export function policyStatement(tokens: Token[], f: Frame, act: number): 1 | -1 | 0 {
  const subject = f.tokens.filter((i) => i < act && tokens[i].pos !== 'AUX' && tokens[i].pos !== 'PART');
  if (subject.length !== 1 || tokens[subject[0]].lower !== 'it') return 0;
  let k = act + 1;
  while (tokens[k] && (tokens[k].pos === 'PART' || ['not', 'never'].includes(tokens[k].lower))) k++;
  for (let j = k; j < k + 3 && tokens[j]; j++) {
    if (APPROVING.has(tokens[j].lower)) return 1;
    if (DISAPPROVING.has(tokens[j].lower)) return -1;
  }
  while (tokens[k] && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k++;
  return tokens[k] && ['policy', 'practice', 'duty', 'responsibility', 'obligation', 'intent', 'goal'].includes(tokens[k].lemma) ? 1 : 0;
}

/** The adjective right after a copula: +1 if it allows what follows ("eligible for"), -1 if it bars it ("ineligible for", and
 *  "a violation", "an offense"), else 0. */
export function predicateAdjective(tokens: Token[], act: number, t: number): 1 | -1 | 0 {
  for (let i = act + 1; i <= t && i < act + 4; i++) {
    if (ALLOWING_ADJECTIVES.has(tokens[i].lower)) return 1;
    if (BARRING_ADJECTIVES.has(tokens[i].lower) || (BARRING_NOUNS.has(tokens[i].lemma) && tokens[i].pos === 'NOUN')) return -1;
  }
  return 0;
}

/** A noun whose phrase opens with a preposition of time ("past his or her release date", "prior to release"). */
export function timeReference(tokens: Token[], t: number): boolean {
  let i = t - 1;
  while (i >= 0 && !TIME_PREPOSITIONS.has(tokens[i].lower) && ['DET', 'ADJ', 'PRON', 'CCONJ', 'PART'].includes(tokens[i].pos) && t - i < 6) i--;
  if (tokens[i]?.lower === 'to' && tokens[i - 1]?.lower === 'prior') return true;
  return !!tokens[i] && TIME_PREPOSITIONS.has(tokens[i].lower);
}

/** "shall not be the sole factor", "not solely": the clause's negation falls on a quantifier. */
export function notSole(tokens: Token[], f: Frame, t = -1): boolean {
  const sole = (k: number) => !!tokens[k] && SOLE.has(tokens[k].lower);
  // "shall not stop anyone solely because of …": the words read are the basis, and the quantifier stands right before them.
  // (The caller asks only where the act is denied: "shall not", "or fine" after it, "is prohibited from".)
  if (t > 0 && sole(t - 1) && BASIS_OPENERS.has(tokens[t].lower)) return true;
  return f.tokens.some((i) => {
    if (!NEGATORS.has(tokens[i].lower)) return false;
    let k = i + 1;
    // ("shall not by itself be the basis", "shall not alone be a ground": the negation falls on "by itself" as on "sole";
    // "shall not by itself prompt an inquiry" still forbids the prompting. Commas around it change nothing:
    // "shall not, by itself, be grounds".)
    const comma = (at: number) => (tokens[at]?.text === ',' ? 1 : 0);
    const from = k + comma(k);
    const alone = tokens[from]?.lower === 'alone' ? 1 : ['by', 'in'].includes(tokens[from]?.lower) && REFLEXIVE.has(tokens[from + 1]?.lower) ? 2 : 0;
    if (alone && tokens[from + alone + comma(from + alone)]?.lemma === 'be') return true;
    while (tokens[k] && (tokens[k].lemma === 'be' || tokens[k].pos === 'DET')) k++;
    // ("shall not use age as the sole basis for …": the negation is the quantifier's there too.)
    return sole(k) || f.tokens.some((j) => j > i && tokens[j].lower === 'as' && (sole(j + 1) || (tokens[j + 1]?.pos === 'DET' && sole(j + 2))));
  });
}
const SOLE = new Set(['sole', 'solely', 'only', 'exclusive', 'exclusively', 'primary', 'single']);
/** Words that open what an act rests on: "because of", "on the basis of", "based on", "due to". */
const BASIS_OPENERS = new Set(['because', 'on', 'based', 'due', 'upon']);
const REFLEXIVE = new Set(['itself', 'themselves', 'himself', 'herself']);

/** A "to" before a verb between the asking verb and the act: "asks the clerk to hold". */
export function infinitiveBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (tokens[i].lower === 'to' && (tokens[i + 1]?.pos === 'VERB' || i + 1 === to)) return true;
  return false;
}

/** "to not collect, use or keep": a verb later in a series whose first verb a negation stands before (t is a later verb). */
export function negatedSeries(tokens: Token[], from: number, t: number): boolean {
  let k = t - 1;
  let joined = false;
  while (k > from && (tokens[k].pos === 'CCONJ' || tokens[k].text === ',' || tokens[k].pos === 'VERB')) {
    if (tokens[k].pos !== 'VERB') joined = true;
    k--;
  }
  return joined && k > from && NEGATORS.has(tokens[k].lower) && tokens[k + 1].pos === 'VERB';
}

/** "… NOT to comply", "… to never investigate": a negation just before the infinitive's "to" or between it and the verb at t ('own'), or before an earlier infinitive the verb's serves ('outer'). */
export function negatedInfinitive(tokens: Token[], from: number, t: number): 'own' | 'outer' | false {
  let to = -1;
  for (let i = t - 1; i > from; i--) if (tokens[i].lower === 'to') { to = i; break; }
  if (to < 0) return false;
  if (NEGATORS.has(tokens[to - 1]?.lower ?? '')) return 'own';
  for (let i = to + 1; i < t; i++) if (NEGATORS.has(tokens[i].lower)) return 'own';
  // "… not to enter into contracts to hold records": a later infinitive serves a negated one, and is not directed.
  for (let i = to - 1; i > from; i--) if (tokens[i].lower === 'to' && NEGATORS.has(tokens[i - 1]?.lower ?? '')) return 'outer';
  return false;
}

/** "requests from visitors to inspect …", "a request by counsel to meet": the request noun whose "to" opens the act at t, or -1. */
export function requestFor(tokens: Token[], t: number): number {
  if (tokens[t - 1]?.lower !== 'to') return -1;
  // Back over the requester's phrase ("from the visiting staff", "by counsel"), a few words at most.
  for (let k = t - 2; k >= 0 && k >= t - 8; k--) {
    const w = tokens[k];
    if ((w.pos === 'NOUN' || w.pos === 'PROPN') && (w.lemma === 'request' || w.lemma === 'demand')) return k;
    if (!['NOUN', 'PROPN', 'ADP', 'DET', 'ADJ', 'NUM'].includes(w.pos)) return -1;
  }
  return -1;
}

/**
 * A clause that is a gerund phrase, in a sentence with no modal and with no finite verb after it: an activity named
 * ("Copying files kept by …"), or a noun its participle describes ("Resolution calling on the board to …", a title).
 */
export function gerundFragment(read: SentenceFrames, main: Frame): boolean {
  const tokens = read.tokens;
  const lead = firstContent(tokens, main);
  if (lead < 0 || main.modality || main.status !== 'description' || tokens.some(isModal)) return false;
  const act = main.act && !main.act.elided ? main.act.token : -1;
  const participle = act > lead && tokens[act].lower.endsWith('ing') && ['NOUN', 'PROPN'].includes(tokens[act - 1].pos) && main.tokens.every((i) => i >= act || ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[i].pos));
  if (participle) return !main.tokens.some((i) => tokens[i].pos === 'AUX');
  if (!tokens[lead].lower.endsWith('ing') || (tokens[lead].pos !== 'VERB' && tokens[lead].pos !== 'NOUN')) return false;
  // ("Copying files and keeping the copies": the gerunds may go on; a finite verb would make the first the subject.)
  return !main.act || main.act.elided || (tokens[main.act.token].lower.endsWith('ing') && !main.tokens.some((i) => tokens[i].pos === 'AUX'));
}

/** A main clause that opens with "to" and a verb and has no modal: a bare infinitive ("to copy any file …;"). */
export function bareInfinitive(tokens: Token[], main: Frame): boolean {
  const lead = firstContent(tokens, main);
  return lead >= 0 && !main.modality && tokens[lead].lower === 'to' && tokens[lead + 1]?.pos === 'VERB';
}

/** "shall not close the file before notifying the owner": what must come first is required, not denied with the act it
 *  comes before (a gerund right after "before" or "until", "first" allowed between). */
export function beforeGerund(tokens: Token[], t: number): boolean {
  const token = tokens[t];
  if (!token || token.pos !== 'VERB' || !token.lower.endsWith('ing')) return false;
  const k = tokens[t - 1]?.lower === 'first' ? t - 2 : t - 1;
  return ['before', 'until'].includes(tokens[k]?.lower ?? '');
}

/** What a clause's force leaves of an act it bounds: under a prohibition, what must come first ("before notifying") is
 *  required and the act up to a length of time ("for more than 48 hours") allowed; under a directive or permission, an act
 *  made to wait on someone's approval is limited, and one a required step comes before ("shall verify … before placing")
 *  is neither directed nor forbidden. Undefined where none of these applies. */
export function boundedAct(tokens: Token[], f: Frame, t: number, force: ActPolarity): [ActPolarity, string] | undefined {
  if (force === -1 && beforeGerund(tokens, t)) return [1, 'beforeGerund'];
  if (force === -1 && overTheBound(tokens, f, t)) return [1, 'overTheBound'];
  if (force === 1 && approvalFirst(tokens, f, t)) return [-1, 'approvalFirst'];
  if (force === 1 && beforeGerund(tokens, t)) return [0, 'stepBefore'];
  return undefined;
}
