// How a clause treats a word group in it (an act the caller found by its own vocabulary): directed or
// allowed (+1), forbidden or limited (-1), or neither (0: reported, defined, a condition, a description).
// Read from the clause frames, not from character distances. Each decision is one named rule with an
// example (ACT_RULES), and the reading says which rule decided.
import type { Frame, SentenceFrames } from './frames';
import type { Token } from './tokens';

export type ActPolarity = 1 | -1 | 0;

export interface ActReading {
  polarity: ActPolarity;
  /** The name of the rule that decided. */
  rule: string;
  /** The frame the words stand in. */
  frame: number;
}

/** Verbs that forbid their object: "prohibits officers from sharing" forbids the sharing. */
const FORBIDDING_VERBS = new Set(['prohibit', 'forbid', 'bar', 'ban', 'prevent', 'preclude', 'enjoin']);
/** Verbs that withhold or cut back their object: "shall deny inspection", "visits shall be limited". */
const DENYING_VERBS = new Set(['deny', 'refuse', 'decline', 'limit', 'restrict', 'delay', 'defer', 'suspend', 'withhold', 'curtail', 'terminate', 'revoke', 'reject', 'affect', 'impair', 'diminish', 'abridge', 'hinder', 'obstruct']);
const NEGATORS = new Set(['not', 'never', "n't"]);
/** A report verb whose "to"-complement is what someone else asks for: "asks the clerk to hold". */
const ASKING_VERBS = new Set(['ask', 'request', 'seek', 'urge', 'petition', 'invite']);
/** Statuses that bind: a provision's own words. */
const BINDING = new Set(['directive', 'permission', 'prohibition']);
/** Statuses of a main clause that hold for everything under it. (A report is left to each clause: a subject another body names may be only the recipient.) */
const SENTENCE_STATUSES = new Set(['definition', 'recital', 'purpose']);

export interface ActRule {
  name: string;
  example: string;
}

/** Every rule `actPolarity` can name, in the order it tries them, with an example of each. */
export const ACT_RULES: ActRule[] = [
  { name: 'sentenceStatus', example: "'Hold' means to *keep* a person. / The purpose of this policy is to *guide* clerks. (0: the sentence defines, recites, states a purpose or reports)" },
  { name: 'inCondition', example: 'The clerk shall not hold records unless a judge *signs* an order. (signs: 0)' },
  { name: 'inSubordinate', example: 'The clerk shall hold records so that the judge can *inspect* them. (inspect: 0)' },
  { name: 'relativeDescribes', example: 'Records that the clerk *holds* shall be listed. (holds: 0)' },
  { name: 'relativeBinds', example: 'A clerk who shall not *hold* records … (hold: -1, the relative clause has its own modal)' },
  { name: 'relativeOfObject', example: 'The clerk shall not take any step that could *release* records. (release: -1)' },
  { name: 'reportedByHost', example: 'The court held that the clerk must *release* records. (release: 0)' },
  { name: 'complementOfProvision', example: 'The clerk shall ensure that no deputy *releases* records. (releases: -1)' },
  { name: 'askedFor', example: 'The judge asks the clerk to *hold* records. (hold: 0)' },
  { name: 'forbiddenByVerb', example: 'The clerk shall prohibit deputies from *sharing* records. (sharing: -1)' },
  { name: 'deniedByVerb', example: 'The clerk shall deny *inspection* of records. / *Visits* shall be limited to one a week. (-1)' },
  { name: 'negatedComplement', example: 'This includes not *sharing* records. (-1)' },
  { name: 'forbiddingNegated', example: 'Nothing in this policy prohibits the clerk from *sharing* records. (sharing: +1)' },
  { name: 'barOnForbidding', example: 'The council shall not prohibit the clerk from *sharing* records. (sharing: 0, left to the clerk)' },
  { name: 'nounComplement', example: 'The clerk has the authority to *hold* records. / for the purpose of *holding* records (0)' },
  { name: 'copularComplement', example: 'A subpoena is a request to *hold* a record. / It is not necessary to *notify* the clerk. (0)' },
  { name: 'subjectDescribed', example: '*Holding* records is not a priority. (Holding: 0)' },
  { name: 'status', example: 'The clerk shall not *hold* records. (the clause status decides: prohibition -1, directive or permission +1; report, definition, recital, purpose, non-requirement 0)' },
  { name: 'onlyIfLimits', example: 'The clerk shall *hold* records only if a judge signs an order. (hold: -1, a limit; the condition lifts it)' },
  { name: 'indicative', example: 'The clerk does not *hold* records. (a provision in the present tense: -1)' },
];

/** The index of the token that covers or follows character `at`, or -1. */
function tokenAt(tokens: Token[], at: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end > at) return i;
  return -1;
}

/** The words' verb, if they have one ("order shall take" → take), else their first token. */
function actToken(tokens: Token[], start: number, end: number): number {
  const first = tokenAt(tokens, start);
  if (first < 0) return -1;
  for (let i = first; i < tokens.length && tokens[i].start < end; i++) if (tokens[i].pos === 'VERB') return i;
  return first;
}

/** The frame whose own tokens include token `t` (a relative clause's tokens are its own, not its host's). */
export function frameOfToken(read: SentenceFrames, t: number): number {
  const k = read.frames.findIndex((f) => f.tokens.includes(t));
  if (k >= 0) return k;
  // A token no clause keeps (a bracket, a comma between clauses): the nearest frame before it.
  let best = 0;
  read.frames.forEach((f, i) => {
    if (f.tokens.length && f.tokens[0] <= t && f.tokens[0] >= (read.frames[best].tokens[0] ?? 0)) best = i;
  });
  return best;
}

/** The frame of character `at`. */
export function frameAt(read: SentenceFrames, at: number): number {
  const t = tokenAt(read.tokens, at);
  return t < 0 ? read.frames.length - 1 : frameOfToken(read, t);
}

const sign = (f: Frame): ActPolarity => (f.status === 'prohibition' ? -1 : BINDING.has(f.status) ? 1 : 0);

/** How the sentence treats the words at characters [start, end). */
export function actPolarity(read: SentenceFrames, start: number, end: number): ActReading {
  const t = actToken(read.tokens, start, end);
  const k = t < 0 ? 0 : frameOfToken(read, t);
  const f = read.frames[k];
  const out = (polarity: ActPolarity, rule: string): ActReading => ({ polarity, rule, frame: k });
  // What a denying verb directs is that its object be denied: "shall deny inspection" forbids inspection.
  const denied = (g: Frame, rule: string) => {
    const r = g.status === 'description' ? g.polarity : sign(g);
    return out((-r || 0) as ActPolarity, rule);
  };
  const host = f.host !== undefined ? read.frames[f.host] : undefined;

  // "'Hold' means …", "WHEREAS …", "The purpose of this policy is to …", "The court held that …": the whole sentence.
  if (SENTENCE_STATUSES.has(read.main.status) && governedBy(read, k, read.frames.indexOf(read.main))) return out(0, 'sentenceStatus');
  if (f.role === 'condition') return out(0, 'inCondition');
  if (f.role === 'subordinate') return out(0, 'inSubordinate');
  if (f.role === 'relative') {
    if (BINDING.has(f.status)) return out(sign(f), 'relativeBinds');
    // "shall not take any action that could expose …": what could follow from the forbidden act is forbidden with it.
    if (f.modality?.force === 'hypothetical' && host && BINDING.has(host.status)) return out(sign(host), 'relativeOfObject');
    return out(0, 'relativeDescribes');
  }
  if (f.role === 'complement' && host) {
    if (!BINDING.has(host.status)) return out(0, 'reportedByHost');
    // "shall ensure that no deputy releases": the host directs what the complement says, as the complement says it.
    const own: ActPolarity = BINDING.has(f.status) ? sign(f) : f.polarity;
    return out((own * (host.status === 'prohibition' ? -1 : 1)) as ActPolarity, 'complementOfProvision');
  }

  const act = f.act && !f.act.elided ? f.act.token : -1;
  if (act >= 0 && t > act) {
    const verb = read.tokens[act];
    // "asks the clerk to hold": what the subject asks for is not what the sentence directs.
    if (ASKING_VERBS.has(verb.lemma) && !f.modality && infinitiveBetween(read.tokens, act, t)) return out(0, 'askedFor');
    if (FORBIDDING_VERBS.has(verb.lemma) && !f.act!.passive) {
      if (f.polarity === 1) return out(sign(f) === 0 && f.status !== 'description' ? 0 : -1, 'forbiddenByVerb');
      return f.negations.includes('negativePronoun') ? out(1, 'forbiddingNegated') : out(0, 'barOnForbidding');
    }
    if (DENYING_VERBS.has(verb.lemma)) return denied(f, 'deniedByVerb');
    // "This includes not assisting the board": a negation right before a verb the clause's own verb governs.
    if (NEGATORS.has(read.tokens[t - 1]?.lower ?? '')) {
      const r = f.status === 'description' ? f.polarity : sign(f);
      return out((-r || 0) as ActPolarity, 'negatedComplement');
    }
  }
  // "Visits … shall be limited", "Requests from the board … shall be declined": the subject of a passive denying verb is denied.
  if (act >= 0 && t < act && f.act!.passive && DENYING_VERBS.has(read.tokens[act].lemma)) return denied(f, 'deniedByVerb');
  // "will decline records requests": the words name the denying verb itself.
  if (act >= 0 && t === act && !f.act!.passive && (DENYING_VERBS.has(read.tokens[act].lemma) || FORBIDDING_VERBS.has(read.tokens[act].lemma))) return denied(f, 'deniedByVerb');
  // "… is a request … to maintain custody", "it is not necessary to notify": what completes a copula is described.
  if (act >= 0 && t > act && read.tokens[act].lemma === 'be' && f.status === 'description') return out(0, 'copularComplement');
  // "the authority to enforce", "for the purpose of enforcing", "a role in enforcing": a verb that completes a noun names an act; it directs none.
  if (t !== act && nounComplement(read.tokens, t)) return out(0, 'nounComplement');
  if (act >= 0 && t < act && f.status === 'description') return out(0, 'subjectDescribed');
  const read1 = f.status === 'description' ? out(f.polarity, 'indicative') : out(sign(f), 'status');
  // "shall hold … only if a judge signs": a rule narrowed to a condition limits the act.
  if (read1.polarity === 1 && restrictedBy(read, k, 'onlyIf')) return out(-1, 'onlyIfLimits');
  return read1;
}

function restrictedBy(read: SentenceFrames, frame: number, kind: string): boolean {
  const f = read.frames[frame];
  // "shall only share … when required by law": "only" before the verb makes its "when" a limit.
  const only = (g: Frame) => !!g.act && g.tokens.some((i) => i < g.act!.token && read.tokens[i].lower === 'only') && g.conditions.some((c) => c.kind === 'when');
  const has = (g: Frame) => g.conditions.some((c) => c.kind === kind) || only(g);
  return has(f) || (f.role === 'coordinate' && f.host !== undefined && has(read.frames[f.host]));
}

/** Whether frame k stands under frame m: through conditions, relatives, complements and shared-subject coordinates, not a clause with its own subject. */
function governedBy(read: SentenceFrames, k: number, m: number): boolean {
  for (let f = read.frames[k]; ; f = read.frames[k]) {
    if (k === m) return true;
    if (f.host === undefined || (f.role === 'coordinate' && !f.sharesSubject)) return false;
    k = f.host;
  }
}

/** A gerund or infinitive right after a noun and its preposition or "to": "purpose of enforcing", "authority to enforce". */
function nounComplement(tokens: Token[], t: number): boolean {
  const verb = tokens[t];
  if (verb.pos !== 'VERB') return false;
  let k = t - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const link = tokens[k];
  if (!link || !(link.pos === 'ADP' || (link.lower === 'to' && link.pos === 'PART'))) return false;
  if (link.pos === 'ADP' && !verb.lower.endsWith('ing')) return false;
  return tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN';
}

/** A "to" before a verb between the asking verb and the act: "asks the clerk to hold". */
function infinitiveBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (tokens[i].lower === 'to' && (tokens[i + 1]?.pos === 'VERB' || i + 1 === to)) return true;
  return false;
}

/** Whether the frame's rule is lifted or narrowed by a condition ("unless …", "only if …", "without …"). */
export function isConditional(read: SentenceFrames, frame: number): boolean {
  const conditions = (k: number) => read.frames[k].conditions.filter((c) => c.effect !== 'irrelevant');
  const f = read.frames[frame];
  if (conditions(frame).length) return true;
  // A coordinate predicate shares its host's conditions: "shall not hold or transfer … unless …".
  return f.role === 'coordinate' && f.host !== undefined && conditions(f.host).length > 0;
}

/**
 * Whether words at [start, end) are stated as a requirement: "unless accompanied by a court order",
 * "shall not hold without a court order", "only if a judge signs" yes; "regardless of whether…",
 * "may hold without an order", "is not required" no.
 */
export function isRequirement(read: SentenceFrames, start: number): boolean {
  const k = frameAt(read, start);
  const f = read.frames[k];
  if (f.role === 'condition') {
    const host = f.host !== undefined ? read.frames[f.host] : undefined;
    const kind = host?.conditions.find((c) => c.span?.start === f.span.start)?.kind;
    if (kind === 'regardlessOf') return false;
    // "shall not hold … without an order" requires it; "may hold … without an order" does not.
    if (kind === 'without') return !!host && host.polarity === -1;
    return f.polarity === 1;
  }
  return f.polarity === 1 && f.status !== 'nonRequirement';
}
