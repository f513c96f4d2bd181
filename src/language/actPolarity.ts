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
const FORBIDDING_VERBS = new Set(['prohibit', 'forbid', 'bar', 'ban', 'prevent', 'preclude', 'enjoin', 'inhibit', 'impede', 'discourage']);
/** Verbs that withhold or cut back their object: "shall deny inspection", "visits shall be limited". */
const DENYING_VERBS = new Set(['cease', 'deny', 'refuse', 'decline', 'limit', 'restrict', 'delay', 'defer', 'suspend', 'withhold', 'curtail', 'terminate', 'revoke', 'reject', 'affect', 'impair', 'diminish', 'abridge', 'hinder', 'obstruct']);
const NEGATORS = new Set(['not', 'never', "n't"]);
const POSTPONING_VERBS = new Set(['delay', 'defer', 'suspend']);
/** Verbs that say no when words name them with their object ("will decline records requests"); "delay the release" names a delay. */
const REFUSING_VERBS = new Set(['refuse', 'decline', 'deny', 'withhold', 'restrict', 'limit', 'cease', 'refrain', 'exclude', 'reject']);
/** A report verb whose "to"-complement is what someone else asks for: "asks the clerk to hold". */
const ASKING_VERBS = new Set(['ask', 'request', 'seek', 'urge', 'petition', 'invite']);
/** Statuses that bind: a provision's own words. */
const BINDING = new Set(['directive', 'permission', 'prohibition']);
/** Statuses of a main clause that hold for everything under it. (A report is left to each clause: a subject another body names may be only the recipient.) */
const SENTENCE_STATUSES = new Set(['definition', 'recital', 'purpose']);

export interface ActRule {
  name: string;
  /** What the rule reads, and sentences it decides: [sentence, the act's words, the polarity they get]. */
  why: string;
  examples: Array<[string, string, ActPolarity]>;
}

/** Every rule `actPolarity` can name, in the order it tries them. Each example is a test (test/language.test.ts). */
export const ACT_RULES: ActRule[] = [
  { name: 'namesClause', why: 'words that open with a subordinator name the clause, as its host states it', examples: [['Tenants shall stay until they pay the rent.', 'until they pay', 1]] },
  { name: 'quoted', why: 'words inside a short quotation are a name', examples: [['Staff treat the form as a "request to hold" a file.', 'hold', 0]] },
  { name: 'sentenceStatus', why: 'a sentence that defines, recites or states a purpose does so for all it holds', examples: [["'Hold' means to keep a file.", 'keep', 0], ['The purpose of this policy is to guide clerks.', 'guide', 0]] },
  { name: 'withoutGerund', why: '"without" and the word it opens on are denied under the host\'s force', examples: [['The clerk shall act without first notifying the judge.', 'notifying', -1], ['Files shall be kept without access by visitors.', 'access', -1]] },
  { name: 'whenGerund', why: 'a "when" with a gerund and no subject is the host\'s own manner', examples: [['The clerk may consider age when deciding whether to admit a visitor.', 'admit', 1]] },
  { name: 'inCondition', why: 'an act inside a condition is the condition, not a directive', examples: [['The clerk shall not hold records unless a judge signs an order.', 'signs', 0]] },
  { name: 'inSubordinate', why: 'an act inside a purpose, reason or time clause is not directed', examples: [['The clerk shall hold records so that the judge can inspect them.', 'inspect', 0]] },
  { name: 'forbiddenInModifier', why: 'what a forbidding verb in a modifier governs is forbidden', examples: [['Policies that prohibit the sharing of records apply to staff.', 'sharing', -1]] },
  { name: 'relativeBinds', why: 'a relative clause with its own modal binds as it says', examples: [['A clerk who shall not hold records must say so.', 'hold', -1]] },
  { name: 'relativeOfObject', why: 'what could follow from a forbidden act is forbidden with it', examples: [['The clerk shall not take any step that could release the records.', 'release', -1]] },
  { name: 'relativeDescribes', why: 'a relative clause describes its noun', examples: [['Records that the clerk holds shall be listed.', 'holds', 0]] },
  { name: 'directedByHost', why: 'a directing verb directs its "that"-clause', examples: [['The judge directs that the records be held in the vault.', 'held', 1]] },
  { name: 'complementBinds', why: 'a "that"-clause with its own shall, must or may binds as it says', examples: [['We understand that staff shall not evict tenants.', 'evict', -1]] },
  { name: 'reportedByHost', why: 'what a report, belief or fear quotes is not directed', examples: [['The court held that the clerk must release records.', 'release', 0]] },
  { name: 'complementOfProvision', why: 'a provision directs its "that"-clause as the clause says it', examples: [['The clerk shall make sure that no deputy releases records.', 'releases', -1]] },
  { name: 'outsiderAllowed', why: 'a provision allowing or refusing another body an act limits or allows it', examples: [['Staff will not allow visitors to inspect the files.', 'inspect', -1]] },
  { name: 'outsiderAsks', why: 'what another body asks for or is allowed by someone else is not directed', examples: [['Staff shall answer requests from visitors to keep the files.', 'keep', 0]] },
  { name: 'modifiesNoun', why: 'a participle after a noun describes it', examples: [['Staff shall help all agencies, including those seeking records.', 'seeking', 0]] },
  { name: 'intended', why: 'what someone means to do is not done', examples: [['The council intends to keep the office open.', 'keep', 0]] },
  { name: 'askedFor', why: 'what the subject asks someone to do is not what the sentence directs', examples: [['The judge asks the clerk to hold the records.', 'hold', 0]] },
  { name: 'deniedByVerb', why: 'each forbidding or denying verb between the clause\'s verb and the words turns them round', examples: [['The clerk shall deny inspection of the records.', 'inspection', -1], ['Visits shall be limited to one a week.', 'Visits', -1], ['The clerk shall prohibit deputies from sharing records.', 'sharing', -1], ['Nothing in this policy prohibits the clerk from sharing records.', 'sharing', 1]] },
  { name: 'barOnForbidding', why: 'a provision that bars forbidding leaves the act to its actor', examples: [['The council shall not prohibit the clerk from sharing records.', 'sharing', 0]] },
  { name: 'ownVerbGroup', why: 'a verb group of its own that the clause split missed', examples: [['The clerk may file records and she may not share them.', 'share', -1]] },
  { name: 'negatedComplement', why: 'a negation right before a verb the clause\'s verb governs', examples: [['This includes not sharing records.', 'sharing', -1], ['The office has a policy against sharing records.', 'sharing', -1]] },
  { name: 'policyStatement', why: '"It is the policy of … to" directs; "it is not appropriate to" forbids', examples: [['It is the policy of the office to hold records.', 'hold', 1]] },
  { name: 'predicateAdjective', why: 'an adjective after a copula allows or bars what follows it', examples: [['Tenants are not eligible for parking.', 'parking', -1], ['Tenants are ineligible for parking.', 'parking', -1]] },
  { name: 'powerGiven', why: 'a power the clause gives is directed', examples: [['An order is sufficient authority to hold the records.', 'hold', 1], ['The board is hereby granted the power to hold records.', 'hold', 1]] },
  { name: 'copularComplement', why: 'what completes a copula is described', examples: [['A subpoena is a request to hold a record.', 'hold', 0]] },
  { name: 'notSole', why: 'the negation falls on "sole", not on the act', examples: [['Age shall not be the sole factor in denying a permit.', 'denying', 1]] },
  { name: 'nounComplement', why: 'a verb completing a power or purpose noun names an act and directs none', examples: [['The report describes the power to hold records.', 'hold', 0], ['The clerk keeps a log for the purpose of auditing files.', 'auditing', 0]] },
  { name: 'subjectDescribed', why: 'an act in the subject of a description is described', examples: [['Holding records is not a priority.', 'Holding', 0]] },
  { name: 'inSubject', why: 'words in a modifier of the subject are not directed', examples: [['All records currently being held will be released.', 'held', 0]] },
  { name: 'timeReference', why: 'a noun after a preposition of time names a moment', examples: [['The clerk shall keep the file past its release date.', 'release', 0]] },
  { name: 'status', why: 'the clause\'s status decides: prohibition -1; directive or permission +1; report, definition, recital, purpose, non-requirement 0', examples: [['The clerk shall not hold records.', 'hold', -1], ['The clerk may hold records.', 'hold', 1]] },
  { name: 'indicative', why: 'a provision in the present tense says what is done', examples: [['The clerk does not hold records.', 'hold', -1]] },
  { name: 'onlyIfLimits', why: 'a rule narrowed to a condition limits the act (the condition lifts it)', examples: [['The clerk shall hold records only if a judge signs an order.', 'hold', -1]] },
];

/** The index of the token that covers or follows character `at`, or -1. */
function tokenAt(tokens: Token[], at: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end > at) return i;
  return -1;
}

/**
 * The words' verb, if they have one, else their first token: of several, the one in the clause nearest the sentence's
 * main clause, and of those the last ("order shall take" → take, "refuse to hold" → hold, "stay … until they prove" → stay).
 */
function actToken(read: SentenceFrames, start: number, end: number): number {
  const tokens = read.tokens;
  const first = tokenAt(tokens, start);
  if (first < 0) return -1;
  let verb = -1;
  let best = Infinity;
  for (let i = first; i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].pos !== 'VERB') continue;
    const depth = depthOf(read, frameOfToken(read, i));
    if (depth <= best) [verb, best] = [i, depth];
  }
  return verb >= 0 ? verb : first;
}

function depthOf(read: SentenceFrames, k: number): number {
  let depth = 0;
  for (let f = read.frames[k]; f.host !== undefined && depth < read.frames.length; f = read.frames[f.host]) depth++;
  return depth;
}

/** Whether token t stands inside a quotation of at most six words (a name: "a 'request to hold'"). */
function quoted(tokens: Token[], t: number): boolean {
  const isQuote = (k: number) => /^['"‘’“”]$/.test(tokens[k]?.text ?? '') || /^``|''$/.test(tokens[k]?.text ?? '');
  let open = -1;
  for (let k = t - 1; k >= 0 && k >= t - 7; k--) if (isQuote(k)) { open = k; break; }
  if (open < 0) return false;
  let before = 0;
  for (let k = 0; k < open; k++) if (isQuote(k)) before++;
  if (before % 2 === 1) return false;
  for (let k = t + 1; k < tokens.length && k <= open + 7; k++) if (isQuote(k)) return true;
  return false;
}

/** The frame whose own tokens include token `t` (a relative clause's tokens are its own, not its host's). */
export function frameOfToken(read: SentenceFrames, t: number): number {
  const k = read.frameOf[t] ?? -1;
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
  const reading = readAct(read, start, end);
  // "shall hold … only if a judge signs", "will only share … when required by law": a rule narrowed to a condition limits the act.
  const f = read.frames[reading.frame];
  // The limit is on the act and what it governs, not on a phrase before it ("Upon receipt of …, the jail shall hold … only if …").
  const governed = !!f?.act && actToken(read, start, end) >= f.act.token;
  if (reading.polarity === 1 && governed && restrictedBy(read, reading.frame)) return { ...reading, polarity: -1, rule: 'onlyIfLimits' };
  return reading;
}

function readAct(read: SentenceFrames, start: number, end: number): ActReading {
  // Words that open with a subordinator ("until they prove …") name the condition as the host clause states it.
  const opening = tokenAt(read.tokens, start);
  if (opening >= 0 && read.frameOf[opening] < 0) {
    const k = frameOfToken(read, opening + 1);
    const g = read.frames[k];
    if (g && (g.role === 'condition' || g.role === 'subordinate') && g.host !== undefined && g.tokens[0] === opening + 1) {
      const h = read.frames[g.host];
      return { polarity: h.status === 'description' ? h.polarity : sign(h), rule: 'namesClause', frame: g.host };
    }
  }
  const t = actToken(read, start, end);
  // Words that name a denying verb themselves ("the release will be delayed … to permit") are read as a whole.
  const inWords = (i: number) => read.tokens[i].start >= start && read.tokens[i].end <= end;
  const k = t < 0 ? 0 : frameOfToken(read, t);
  const f = read.frames[k];
  const out = (polarity: ActPolarity, rule: string): ActReading => ({ polarity, rule, frame: k });
  // What a denying verb directs is that its object be denied: "shall deny inspection" forbids inspection.
  const denied = (g: Frame, rule: string) => {
    const r = g.status === 'description' ? g.polarity : sign(g);
    return out((-r || 0) as ActPolarity, rule);
  };
  const host = f.host !== undefined ? read.frames[f.host] : undefined;

  if (t >= 0 && quoted(read.tokens, t)) return out(0, 'quoted');
  // "'Hold' means …", "WHEREAS …", "The purpose of this policy is to …", "The court held that …": the whole sentence.
  if (SENTENCE_STATUSES.has(read.main.status) && governedBy(read, k, read.frames.indexOf(read.main))) return out(0, 'sentenceStatus');
  // "shall act without first notifying the supervisor": "without" and a gerund negate the act under the host's force.
  const kind = f.role === 'condition' && host ? host.conditions.find((c) => c.span?.start === f.span.start)?.kind : undefined;
  const hostSign = () => (host!.status === 'description' ? host!.polarity : sign(host!));
  // "shall act without first notifying", "housed … without access to the telephone": "without" and what it opens on are denied.
  if (kind === 'without' && t === firstContent(read.tokens, f)) return out((-hostSign() || 0) as ActPolarity, 'withoutGerund');
  // "may consider … when deciding whether to ask": a "when" with a gerund and no subject is the host's own manner.
  const lead = firstContent(read.tokens, f);
  if (kind === 'when' && lead >= 0 && read.tokens[lead].pos === 'VERB' && read.tokens[lead].lower.endsWith('ing') && t > lead) return out(hostSign(), 'whenGerund');
  if (f.role === 'condition') return out(0, 'inCondition');
  if (f.role === 'subordinate') return out(0, 'inSubordinate');
  // "policies that prohibit information-sharing", "District policies prohibiting participation": what a forbidding verb in
  // a modifier governs is forbidden, whatever the sentence does with the noun it modifies.
  const governor = localGovernor(read.tokens, t);
  const modifier = f.role === 'relative' || (f.act && t < f.act.token);
  if (modifier && governor >= 0 && (FORBIDDING_VERBS.has(read.tokens[governor].lemma) || DENYING_VERBS.has(read.tokens[governor].lemma))) return out(-1, 'forbiddenInModifier');
  if (f.role === 'relative') {
    if (BINDING.has(f.status)) return out(sign(f), 'relativeBinds');
    // "any agreement permitting the Bureau access … is hereby terminated": what the subject does is denied with it.
    if (host?.act?.passive && DENYING_VERBS.has(host.act.lemma) && f.span.start < host.act.span.start && !ditransitive(read.tokens, host.act.token)) return denied(host, 'deniedByVerb');
    // "shall not take any action that could expose …": what could follow from the forbidden act is forbidden with it.
    if (f.modality?.force === 'hypothetical' && host && BINDING.has(host.status)) return out(sign(host), 'relativeOfObject');
    return out(0, 'relativeDescribes');
  }
  // "BE IT RESOLVED that …": the enacted clause reads as a sentence of its own.
  const enacted = f.role === 'complement' && host?.statusRule === 'enactingClause';
  if (f.role === 'complement' && host && !enacted) {
    // "The Sheriff directs that any prisoner … be kept in custody": a directing verb directs its complement.
    if (host.act && DIRECTING_VERBS.has(host.act.lemma) && !host.act.passive) {
      const by = host.status === 'description' ? host.polarity : sign(host);
      const own: ActPolarity = BINDING.has(f.status) ? sign(f) : f.polarity;
      return out((by * own) as ActPolarity, 'directedByHost');
    }
    // "We understand that staff shall not evict": a complement with its own "shall", "must" or "may" binds as it says.
    if (BINDING.has(f.status) && f.modality && ['shall', 'must', 'may'].includes(f.modality.word.split(' ')[0])) return out(sign(f), 'complementBinds');
    // "should not fear that officers will call": what someone fears, believes or hopes is no act directed.
    if (!BINDING.has(host.status) || (host.act && MENTAL_VERBS.has(host.act.lemma))) return out(0, 'reportedByHost');
    // "shall ensure that no deputy releases": the host directs what the complement says, as the complement says it.
    const own: ActPolarity = BINDING.has(f.status) ? sign(f) : f.polarity;
    return out((own * (host.status === 'prohibition' ? -1 : 1)) as ActPolarity, 'complementOfProvision');
  }

  const act = f.act && !f.act.elided ? f.act.token : -1;
  // "requests from the Bureau to keep", "The order authorizes Bureau officers to enter": what another body asks for or is allowed.
  // A provision's own "will not allow the Bureau to interview" limits it.
  const asked = outsiderInfinitive(read, t);
  if (asked === 'allowed' && f.modality && BINDING.has(f.status)) return out(sign(f), 'outsiderAllowed');
  if (asked) return out(0, 'outsiderAsks');
  // "all agencies, including those conducting operations", "any visitor seeking to inspect": a participle after a noun describes it.
  if (act >= 0 && t > act && modifiesNoun(read.tokens, t)) return out(0, 'modifiesNoun');
  if (act >= 0 && t > act) {
    const verb = read.tokens[act];
    // "The council intends to keep the office open": what someone means to do is not done.
    if (INTENDING_VERBS.has(verb.lemma) && !f.modality && infinitiveBetween(read.tokens, act, t)) return out(0, 'intended');
    // "asks the clerk to hold": what the subject asks for is not what the sentence directs.
    if (ASKING_VERBS.has(verb.lemma) && !f.modality && infinitiveBetween(read.tokens, act, t)) return out(0, 'askedFor');
    // Forbidding and denying verbs between the clause's verb and the words each turn them round: "shall deny inspection" forbids
    // it, "Nothing … shall be construed to prevent the clerk from declining to hold" forbids nothing.
    const chain = denyingChain(read, k, act, t).filter((i) => !inWords(i));
    if (chain.length) {
      // The clause's own polarity, not its status: "Nothing shall prohibit" is a permission because of the verb it negates.
      const base = BINDING.has(f.status) || f.status === 'description' ? f.polarity : 0;
      if (base === 0) return out(0, 'deniedByVerb');
      // "shall not prohibit officers from sharing" leaves it to them; "Nothing … prohibits", "This policy does not prohibit" allow it.
      const from = read.tokens.slice(chain[0] + 1, t).some((x) => x.lower === 'from');
      if (f.polarity === -1 && from && f.modality && f.modality.force !== 'hypothetical' && !f.negations.includes('negativePronoun')) return out(0, 'barOnForbidding');
      return out((chain.length % 2 === 1 ? -base : base) as ActPolarity, 'deniedByVerb');
    }
    // "… and they generally may not participate": a verb group of its own that the clause split missed.
    const group = ownVerbGroup(read.tokens, t);
    if (group) return out(group, 'ownVerbGroup');
    // "This includes not assisting the board": a negation right before a verb the clause's own verb governs.
    if (NEGATORS.has(read.tokens[t - 1]?.lower ?? '') || read.tokens[t - 1]?.lower === 'against') {
      const r = f.status === 'description' ? f.polarity : sign(f);
      return out((-r || 0) as ActPolarity, 'negatedComplement');
    }
  }
  // "Visits … shall be limited", "Requests from the board … shall be declined": the subject of a passive denying verb is denied.
  if (act >= 0 && t < act && f.act!.passive && DENYING_VERBS.has(read.tokens[act].lemma) && !inWords(act) && !ditransitive(read.tokens, act)) return denied(f, 'deniedByVerb');
  // "will decline records requests": the words name the denying verb itself.
  if (act >= 0 && t === act && !f.act!.passive && (REFUSING_VERBS.has(read.tokens[act].lemma) || FORBIDDING_VERBS.has(read.tokens[act].lemma))) return denied(f, 'deniedByVerb');
  // "It is the policy of the office to honor …": the policy directs its infinitive.
  const policy = act >= 0 && t > act && read.tokens[act].lemma === 'be' ? policyStatement(read.tokens, f, act) : 0;
  if (policy) return out((policy * f.polarity) as ActPolarity, 'policyStatement');
  // "are not eligible for release", "are ineligible for appointments": an adjective that allows or bars what follows it.
  const adjective = act >= 0 && t > act && read.tokens[act].lemma === 'be' ? predicateAdjective(read.tokens, act, t) : 0;
  if (adjective) return out((adjective * (f.status === 'description' ? f.polarity : sign(f) || f.polarity)) as ActPolarity, 'predicateAdjective');
  // "is sufficient authority to continue custody", "shall have the authority to enforce": a power the clause gives is directed.
  if (t > act && powerGiven(read, k, t)) return out(f.status === 'description' ? f.polarity : sign(f), 'powerGiven');
  // "… is a request … to maintain custody", "it is not necessary to notify": what completes a copula is described.
  if (act >= 0 && t > act && read.tokens[act].lemma === 'be' && f.status === 'description') return out(0, 'copularComplement');
  const read1 = f.status === 'description' ? out(f.polarity, 'indicative') : out(sign(f), 'status');
  // "shall not be the sole factor in …": the negation is the quantifier's, not the act's.
  if (read1.polarity === -1 && notSole(read.tokens, f)) return out(1, 'notSole');
  // "the authority to enforce", "for the purpose of enforcing", "a role in enforcing": a verb that completes a noun names an
  // act and directs none, unless the clause forbids it ("prohibited from transporting … for the purpose of releasing").
  const complement = (t !== act || !f.modality) && nounComplement(read.tokens, t);
  // A forbidden power stays forbidden ("shall not include authority to engage in …"); "Nothing … shall confer authority to" grants none.
  if (complement && (read1.polarity !== -1 || (complement === 'power' && f.negations.includes('negativePronoun')))) return out(0, 'nounComplement');
  if (act >= 0 && t < act && f.status === 'description') return out(0, 'subjectDescribed');
  // "all persons currently being held … will be released", "Requests by counsel to meet …": words in a modifier of the subject.
  if (act >= 0 && t < act && f.tokens.some((i) => i < t && (read.tokens[i].pos === 'ADP' || read.tokens[i].pos === 'VERB' || read.tokens[i].pos === 'AUX'))) return out(0, 'inSubject');
  // "past his release date", "prior to release": a noun after a preposition of time names a moment, not an act.
  if ((read.tokens[t].pos === 'NOUN' || (read.tokens[t].pos === 'VERB' && read.tokens[t].lower === read.tokens[t].lemma)) && timeReference(read.tokens, t)) return out(0, 'timeReference');
  return read1;
}

/** Words after an act that "only" before it narrows it to: "shall only share … under the circumstances described", "… in accordance with …". */
const NARROWING = new Set(['when', 'if', 'where', 'upon', 'after', 'under', 'pursuant', 'accordance', 'as']);

function restrictedBy(read: SentenceFrames, frame: number): boolean {
  const f = read.frames[frame];
  const host = f.role === 'coordinate' && f.host !== undefined ? read.frames[f.host] : undefined;
  // "only if", "only when", "only upon" (not "provided that": a proviso on an act does not limit it).
  const onlyIf = (g: Frame) => g.conditions.some((c) => c.kind === 'onlyIf' && /\bonly\b/i.test(c.cue.text));
  // "shall only share … when required by law": "only" between the modal and the verb, and something after it to narrow to.
  // What narrows: a condition, or a narrowing word after the verb, in the clause or a coordinate that shares its subject ("collected and disclosed in accordance with").
  const own = (g: Frame) => g.conditions.length > 0 || g.tokens.some((i) => g.act && i > g.act.token && NARROWING.has(read.tokens[i].lower));
  const narrows = (g: Frame) => own(g) || read.frames.some((c) => c.role === 'coordinate' && c.sharesSubject && read.frames[c.host ?? -1] === g && own(c));
  const only = (g: Frame) => !!g.act && !g.act.elided && g.tokens.some((i) => i < g.act!.token && read.tokens[i].lower === 'only');
  if (onlyIf(f) || (only(f) && narrows(f))) return true;
  return !!host && (onlyIf(host) || (only(host) && (narrows(host) || f.conditions.length > 0 || f.tokens.some((i) => NARROWING.has(read.tokens[i].lower)))));
}

const DEONTIC_MODALS = new Set(['shall', 'must', 'may', 'will', 'should', 'can', 'cannot']);
/** "may not participate", "do not assist" right before the verb: its own modal or "do", with or without "not". */
function ownVerbGroup(tokens: Token[], t: number): ActPolarity {
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
function localGovernor(tokens: Token[], t: number): number {
  for (let i = t - 1; i >= 0 && i >= t - 4; i--) {
    if (tokens[i].pos === 'VERB') return i;
    // Only the object's words between: "prohibit information-sharing", "limit the office's participation".
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV'].includes(tokens[i].pos) && !['from', '-', "'s", '’s'].includes(tokens[i].lower)) return -1;
  }
  return -1;
}

/** Whether frame k stands under frame m: through conditions, relatives, complements and shared-subject coordinates, not a clause with its own subject. */
function governedBy(read: SentenceFrames, k: number, m: number): boolean {
  for (let f = read.frames[k]; ; f = read.frames[k]) {
    if (k === m) return true;
    if (f.host === undefined || (f.role === 'coordinate' && !f.sharesSubject)) return false;
    k = f.host;
  }
}

/** Prepositions after which a gerund completes a noun: "purpose of enforcing", "role in enforcing", "guidelines for investigating". */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'about', 'toward', 'towards', 'regarding', 'concerning']);
/** Nouns whose "to"-infinitive names a power, duty or wish, not an act done: "the authority to enforce" (but "an attempt to determine" determines). */
const INFINITIVE_NOUNS = new Set(['authority', 'power', 'right', 'duty', 'obligation', 'ability', 'responsibility', 'discretion', 'permission', 'capacity', 'intent', 'intention', 'decision', 'freedom', 'opportunity', 'option', 'role', 'mandate', 'license', 'authorization', 'willingness', 'desire']);

/** "is sufficient authority to V", "shall have the authority to V", "are hereby granted the power to V": the clause gives the power. */
function powerGiven(read: SentenceFrames, frame: number, t: number): boolean {
  const [tokens, f] = [read.tokens, read.frames[frame]];
  let k = t - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  // "sufficient authority for the jail to maintain": a "for"-phrase may stand between the power and its verb.
  let p = k - 1;
  for (let q = k - 1; q > k - 6 && q > 0; q--) if (tokens[q].lower === 'for' && ['authority', 'power'].includes(tokens[q - 1]?.lemma ?? '')) p = q - 1;
  if (tokens[k]?.lower !== 'to' || !['authority', 'power'].includes(tokens[p]?.lemma ?? '')) return false;
  let j = p - 1;
  while (j >= 0 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  const giver = tokens[j];
  if (!giver || read.frameOf[j] !== frame) return false;
  return (giver.lemma === 'be' && giver.pos === 'AUX') || (giver.lemma === 'have' && !!f.modality && f.modality.force !== 'hypothetical') || ['grant', 'give', 'vest'].includes(giver.lemma);
}

const DIRECTING_VERBS = new Set(['direct', 'order', 'require', 'mandate', 'instruct', 'command', 'ensure', 'provide', 'stipulate']);
const MENTAL_VERBS = new Set(['fear', 'believe', 'think', 'know', 'expect', 'hope', 'understand', 'worry', 'feel', 'assume', 'suspect', 'doubt']);
const INTENDING_VERBS = new Set(['intend', 'plan', 'hope', 'want', 'wish', 'propose', 'aim', 'expect', 'mean']);

/** "shall not be denied access": a passive with an object after it; its subject receives, it is not what is denied. */
function ditransitive(tokens: Token[], act: number): boolean {
  return ['DET', 'NOUN', 'ADJ', 'PROPN'].includes(tokens[act + 1]?.pos ?? '');
}

/** The clause's first token that is no punctuation or enumeration. */
function firstContent(tokens: Token[], f: Frame): number {
  return f.tokens.find((i) => tokens[i].pos !== 'PUNCT' && tokens[i].pos !== 'ADV') ?? -1;
}

/** "those conducting operations", "any visitor seeking to inspect": t is (or follows "to" after) a participle right after a noun. */
function modifiesNoun(tokens: Token[], t: number): boolean {
  let k = t;
  if (tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.pos === 'VERB' && tokens[k - 2].lower.endsWith('ing')) k -= 2;
  const verb = tokens[k];
  const prev = tokens[k - 1];
  if (!verb || !prev || !verb.lower.endsWith('ing')) return false;
  // "those conducting operations": the tagger may read the participle after "those" as a noun.
  if (['those', 'anyone', 'someone', 'everyone'].includes(prev.lower)) return verb.pos === 'VERB' || verb.pos === 'NOUN';
  return verb.pos === 'VERB' && prev.pos === 'NOUN';
}

/** "requests from <outsider> to hold", "authorizes <outsider> officers to enter": an infinitive another body asks for or is allowed. */
function outsiderInfinitive(read: SentenceFrames, t: number): 'asked' | 'allowed' | undefined {
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
function nounComplement(tokens: Token[], t: number): 'power' | 'gerund' | undefined {
  const verb = tokens[t];
  if (verb.pos !== 'VERB') return undefined;
  let k = t - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const link = tokens[k];
  const noun = tokens[k - 1];
  if (!link || !noun || !(noun.pos === 'NOUN' || noun.pos === 'PROPN')) return undefined;
  if (link.lower === 'to' && link.pos === 'PART') return INFINITIVE_NOUNS.has(noun.lemma) ? 'power' : undefined;
  return link.pos === 'ADP' && NOUN_PREPOSITIONS.has(link.lower) && verb.lower.endsWith('ing') ? 'gerund' : undefined;
}

/**
 * The forbidding or denying verbs of the clause from its verb (unless passive: its status says that) up to token t, a
 * coordinated pair counted once ("prohibit or in any way restrict").
 */
function denyingChain(read: SentenceFrames, k: number, act: number, t: number): number[] {
  const [tokens, f] = [read.tokens, read.frames[k]];
  const chain: number[] = [];
  let lastVerbWasDenying = false;
  for (let i = act; i < t; i++) {
    if (read.frameOf[i] !== k) continue;
    // An object between two verbs makes the second its own ("prevent the clerk from declining").
    if (['NOUN', 'PROPN', 'PRON'].includes(tokens[i].pos)) lastVerbWasDenying = false;
    if (tokens[i].pos !== 'VERB') continue;
    // A passive forbidding verb's status says it ("is prohibited from"); a passive denying verb still denies what it names ("shall be denied care").
    // "delay", "defer" and "suspend" deny their passive subject ("visits shall be suspended"), not their object ("delay the release" holds).
    const denying = (DENYING_VERBS.has(tokens[i].lemma) && !(POSTPONING_VERBS.has(tokens[i].lemma) && !(i === act && f.act!.passive))) || (FORBIDDING_VERBS.has(tokens[i].lemma) && !(i === act && f.act!.passive));
    if (denying && !lastVerbWasDenying) chain.push(i);
    lastVerbWasDenying = denying;
  }
  return chain;
}

/** "It is the policy of the office to honor …", "It shall be the practice of … to": an expletive subject, a policy noun, an infinitive. */
/** "It is the policy of … to", "It is (not) an appropriate use of … to", "It is unlawful to": +1 or -1 as the words say, 0 if not such a clause. */
function policyStatement(tokens: Token[], f: Frame, act: number): 1 | -1 | 0 {
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
const APPROVING = new Set(['appropriate', 'permissible', 'proper', 'acceptable', 'lawful', 'legal', 'permitted']);
const DISAPPROVING = new Set(['inappropriate', 'impermissible', 'improper', 'unacceptable', 'unlawful', 'illegal']);

const ALLOWING_ADJECTIVES = new Set(['eligible', 'entitled', 'available', 'free', 'permitted', 'allowed', 'authorized', 'welcome']);
const BARRING_ADJECTIVES = new Set(['ineligible', 'unavailable', 'unlawful', 'illegal', 'impermissible', 'unauthorized']);
/** The adjective right after a copula: +1 if it allows what follows ("eligible for"), -1 if it bars it ("ineligible for"), else 0. */
function predicateAdjective(tokens: Token[], act: number, t: number): 1 | -1 | 0 {
  for (let i = act + 1; i < t && i < act + 4; i++) {
    if (ALLOWING_ADJECTIVES.has(tokens[i].lower)) return 1;
    if (BARRING_ADJECTIVES.has(tokens[i].lower)) return -1;
  }
  return 0;
}

const TIME_PREPOSITIONS = new Set(['before', 'after', 'past', 'until', 'upon', 'pending', 'following', 'prior', 'beyond', 'since']);
/** A noun whose phrase opens with a preposition of time ("past his or her release date", "prior to release"). */
function timeReference(tokens: Token[], t: number): boolean {
  let i = t - 1;
  while (i >= 0 && !TIME_PREPOSITIONS.has(tokens[i].lower) && ['DET', 'ADJ', 'PRON', 'CCONJ', 'PART'].includes(tokens[i].pos) && t - i < 6) i--;
  if (tokens[i]?.lower === 'to' && tokens[i - 1]?.lower === 'prior') return true;
  return !!tokens[i] && TIME_PREPOSITIONS.has(tokens[i].lower);
}

/** "shall not be the sole factor", "not solely": the clause's negation falls on a quantifier. */
function notSole(tokens: Token[], f: Frame): boolean {
  return f.tokens.some((i) => {
    if (!NEGATORS.has(tokens[i].lower)) return false;
    let k = i + 1;
    while (tokens[k] && (tokens[k].lemma === 'be' || tokens[k].pos === 'DET')) k++;
    return !!tokens[k] && ['sole', 'solely', 'only', 'exclusive', 'exclusively', 'primary', 'single'].includes(tokens[k].lower);
  });
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
