// How a clause treats a word group in it (an act the caller found by its own vocabulary): directed or allowed (+1),
// forbidden or limited (-1), or neither (0: reported, defined, a condition, a description). Read from the clause frames;
// each decision is one named rule with an example (actRules.ts), and the reading says which rule decided.
import type { Frame, SentenceFrames } from './frames';
import { restrictedBy } from './conditionReading';
import { tokenAt, frameOfToken, verbHost } from './frameIndex';
import { boundedAct, negatedInfinitive, negatedSeries, ownVerbGroup, localGovernor, governedBy, powerGiven, ditransitive, firstContent, outsiderInfinitive, nounComplement, policyStatement, predicateAdjective, timeReference, notSole, infinitiveBetween, quoted, requestFor, bareInfinitive, gerundFragment } from './actCues';
import { modifiesNoun } from './nounModifiers';
import { denyingChain } from './denyingChain';
import { conditionAct } from './answeredRequest';
import { gerundSubject, relativeReading } from './relativeActs';
import { outsiderRequest } from './outsiderRequest';
import { FORBIDDING_VERBS, DENYING_VERBS, NEGATORS, REFUSING_VERBS, ASKING_VERBS, DIRECTING_VERBS, MENTAL_VERBS, INTENDING_VERBS, GRANTING_VERBS, INFINITIVE_NOUNS, CEASING_VERBS, CONTACT_HEADS, CRITERION_NOUNS } from './actWords';

export type ActPolarity = 1 | -1 | 0;

export interface ActReading {
  polarity: ActPolarity;
  /** The name of the rule that decided. */
  rule: string;
  /** The frame the words stand in. */
  frame: number;
}

const BINDING = new Set(['directive', 'permission', 'prohibition']); // a provision's own words
/** Statuses of a main clause that hold for everything under it. (A report is left to each clause: a subject another body names may be only the recipient.) */
const SENTENCE_STATUSES = new Set(['definition', 'recital', 'purpose']);

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
    // A participle describing a noun inside the words ("ask persons reporting a crime whether …") is not their verb.
    if (tokens[i].pos !== 'VERB' || (verb >= 0 && modifiesNoun(tokens, i))) continue;
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
const sign = (f: Frame): ActPolarity => (f.status === 'prohibition' ? -1 : BINDING.has(f.status) ? 1 : 0);
/** How a clause states its act: a provision by its status, a plain present tense ("does not hold") by its polarity. */
const REQUEST_ADVERBS = new Set(['hereby', 'respectfully', 'strongly', 'also', 'further', 'therefore', 'not']);
const stated = (f: Frame): ActPolarity => (f.status === 'description' ? f.polarity : sign(f));

/** How the sentence treats the words at characters [start, end). */
export function actPolarity(read: SentenceFrames, start: number, end: number): ActReading {
  const refusing = refusingOpening(read, start, end);
  const t = refusing >= 0 ? refusing : actToken(read, start, end);
  const reading = refusing >= 0 ? refusedInWords(read, t, readAct(read, start, end, t)) : readAct(read, start, end, t);
  // "shall hold … only if a judge signs", "will only share … when required by law": a rule narrowed to a condition limits the act.
  const f = read.frames[reading.frame];
  // The limit is on the act and what it governs, not on a phrase before it ("Upon receipt of …, the jail shall hold … only if …").
  // (A passive's subject is what it acts on: "Access … will be permitted only upon …".)
  const governed = !!f?.act && (t >= f.act.token || f.act.passive);
  if (reading.polarity === 1 && governed && restrictedBy(read, reading.frame)) return { ...reading, polarity: -1, rule: 'onlyIfLimits' };
  return reading;
}

/** The words' first token where it is a refusing verb that governs more of the words ("decline requests to inspect"), else -1. */
function refusingOpening(read: SentenceFrames, start: number, end: number): number {
  const first = tokenAt(read.tokens, start);
  const token = read.tokens[first];
  if (!token || token.pos !== 'VERB' || !REFUSING_VERBS.has(token.lemma)) return -1;
  return token.end < end - 1 ? first : -1;
}

/**
 * "directs the clerk to decline records requests", "It is the policy … to refuse to honor …": words that open on a refusing
 * verb are denied by it, under whatever the clause does with that verb (the clause's own refusing verb already is).
 */
function refusedInWords(read: SentenceFrames, t: number, reading: ActReading): ActReading {
  const own = read.frames[reading.frame]?.act;
  if (reading.polarity === 0 || (own && own.token === t && !own.passive)) return reading;
  return { ...reading, polarity: -reading.polarity as ActPolarity, rule: 'refusedInWords' };
}

/**
 * How a forbidding verb in a modifier treats the words, or undefined where none governs them: "Policies that prohibit the
 * sharing of records apply" forbids it (-1); under a prohibition the forbidding is forbidden ("No official shall adopt a
 * policy that prohibits employees from communicating …": +1), also through nouns coordinated after the clause's verb ("No
 * body shall enact an ordinance, policy, or resolution that would prevent …") and a verb coordinated in the relative
 * clause ("a policy that prohibits or restricts officials from …").
 */
function forbiddenInModifier(read: SentenceFrames, k: number, t: number): ActPolarity | undefined {
  const f = read.frames[k];
  const host = f.host !== undefined ? read.frames[f.host] : undefined;
  const relative = f.role === 'relative' ? f : f.role === 'coordinate' && f.sharesSubject && host?.role === 'relative' ? host : undefined;
  const modifier = f.role === 'relative' || (f.act && t < f.act.token);
  const outer = verbHost(read, relative?.host !== undefined ? read.frames[relative.host] : undefined);
  const forbidding = (i: number) => i >= 0 && (FORBIDDING_VERBS.has(read.tokens[i].lemma) || DENYING_VERBS.has(read.tokens[i].lemma));
  // In a relative clause the verb governs all after it ("… that restricts officials from communicating with regard to
  // reporting"), but not past an infinitive of purpose ("… from cooperating with officials to verify status" says what for).
  const infinitive = (v: number) => read.tokens.slice(v + 1, t + 1).some((x, j) => x.lower === 'to' && read.tokens[v + j + 2]?.pos === 'VERB' && !read.tokens[v + j + 2].lower.endsWith('ing'));
  const relativeVerb = relative && f.act && !f.act.elided && t > f.act.token && !infinitive(f.act.token) ? f.act.token : -1;
  // (Also where the outer clause's own verb forbids: "The statute prohibits a city from enacting any policy that limits officials from …".)
  const outerForbids = outer?.status === 'prohibition' || (!!outer?.act && !outer.act.passive && outer.polarity === 1 && FORBIDDING_VERBS.has(read.tokens[outer.act.token].lemma));
  if ((modifier && forbidding(localGovernor(read.tokens, t))) || forbidding(relativeVerb)) return outerForbids ? 1 : -1;
  return undefined;
}

function readAct(read: SentenceFrames, start: number, end: number, t: number): ActReading {
  // Words that open with a subordinator ("until they prove …") name the condition as the host clause states it.
  const opening = tokenAt(read.tokens, start);
  if (opening >= 0 && read.frameOf[opening] < 0) {
    const k = frameOfToken(read, opening + 1);
    const g = read.frames[k];
    if (g && (g.role === 'condition' || g.role === 'subordinate') && g.host !== undefined && g.tokens[0] === opening + 1) {
      const h = read.frames[g.host];
      return { polarity: stated(h), rule: 'namesClause', frame: g.host };
    }
  }
  // Words that name a denying verb themselves ("the release will be delayed … to permit") are read as a whole.
  const inWords = (i: number) => read.tokens[i].start >= start && read.tokens[i].end <= end;
  const k = t < 0 ? 0 : frameOfToken(read, t);
  const f = read.frames[k];
  const out = (polarity: ActPolarity, rule: string): ActReading => ({ polarity, rule, frame: k });
  // What a denying verb directs is that its object be denied: "shall deny inspection" forbids inspection.
  const denied = (g: Frame, rule: string) => out((-stated(g) || 0) as ActPolarity, rule);
  const host = f.host !== undefined ? read.frames[f.host] : undefined;

  if (t >= 0 && quoted(read.tokens, t)) return out(0, 'quoted');
  // "'Hold' means …", "WHEREAS …", "The purpose of this policy is to …", "The court held that …": the whole sentence.
  // ("WHEREAS: …; and …", "'Term' means: …" recite or define all that follows, across ";" and ":".)
  const whole = read.main.status === 'recital' || read.main.status === 'definition';
  if (SENTENCE_STATUSES.has(read.main.status) && (whole || governedBy(read, k, read.frames.indexOf(read.main)))) return out(0, 'sentenceStatus');
  const kind = f.role === 'condition' && host ? host.conditions.find((c) => c.span?.start === f.span.start)?.kind : undefined;
  // "shall act without first notifying", "housed … without access to the telephone": "without" and what it opens on are denied.
  // (Under a permission it is the manner the act may take: "may designate deputies without entering into an agreement".)
  if (kind === 'without' && t === firstContent(read.tokens, f)) return out(host!.status === 'permission' ? 0 : ((-stated(host!) || 0) as ActPolarity), 'withoutGerund');
  const bounded = boundedAct(read.tokens, f, t, stated(f));
  if (bounded) return out(...bounded);
  // "may consider … when deciding whether to ask": a "when" with a gerund and no subject is the host's own manner.
  const lead = firstContent(read.tokens, f);
  // (Only where the host allows or directs: "shall not be considered when setting bond" says nothing of the bond.)
  if (kind === 'when' && lead >= 0 && read.tokens[lead].pos === 'VERB' && read.tokens[lead].lower.endsWith('ing') && t > lead && stated(host!) === 1 && !modifiesNoun(read.tokens, t)) return out(1, 'whenGerund');
  if (f.role === 'condition') return out(...conditionAct(read, f, t, stated));
  // "shall not consider age in deciding whether to admit": a question weighed, not directed (allowed with a weighing allowed).
  const whetherTo = t >= 2 && read.tokens[t - 1].lower === 'to' && (read.tokens[t - 2].lower === 'whether' || (read.tokens[t - 2].lower === 'not' && read.tokens[t - 4]?.lower === 'whether'));
  if (whetherTo && stated(f) !== 1) return out(0, 'openQuestion');
  if (f.role === 'subordinate') return out(0, 'inSubordinate');
  // "policies that prohibit information-sharing", "District policies prohibiting participation": what a forbidding verb in
  // a modifier governs is forbidden, whatever the sentence does with the noun it modifies.
  const modified = forbiddenInModifier(read, k, t);
  if (modified !== undefined) return out(modified, 'forbiddenInModifier');
  if (f.role === 'relative') {
    // "It shall be the policy of the office that clerks verify records": the "that" clause is the policy's content.
    // (Not a relative clause on the infinitive's object: "It is the policy … to decline requests that are not supported by …".)
    const afterInfinitive = host?.act && read.tokens.slice(host.act.token + 1, f.tokens[0]).some((x) => x.pos === 'VERB');
    const policy = host?.act && !afterInfinitive && read.tokens[f.tokens[0]]?.lower === 'that' && read.tokens[host.act.token].lemma === 'be' ? policyStatement(read.tokens, host, host.act.token) : 0;
    if (policy) return out((policy * host!.polarity * (BINDING.has(f.status) ? sign(f) : f.polarity)) as ActPolarity, 'policyContent');
    // "shall not enter into any agreement (or any other agreement) under which clerks are authorized to …": what the refused
    // instrument would allow or direct is refused with it (a verbless coordinate object shares its host's verb).
    const owner = verbHost(read, host);
    const instrument = /^(?:under|by|through|pursuant)$/.test(read.tokens[f.tokens[0]]?.lower ?? '') && owner?.act && f.span.start > owner.act.span.start;
    if (instrument && BINDING.has(f.status) && stated(owner!) === -1) return out(-1, 'refusedInstrument');
    if (BINDING.has(f.status)) return gerundSubject(read, f, t) ? out(0, 'gerundSubject') : out(sign(f), 'relativeBinds');
    // "any agreement permitting the Bureau access … is hereby terminated": what the subject does is denied with it.
    if (host?.act?.passive && DENYING_VERBS.has(host.act.lemma) && f.span.start < host.act.span.start && !ditransitive(read.tokens, host.act.token)) return denied(host, 'deniedByVerb');
    // "shall not take any action that could expose …": what could follow from the forbidden act is forbidden with it.
    // ("beyond the time the tenant would otherwise leave" names a time: nothing follows from the act.)
    const ofTime = CONTACT_HEADS.has(read.tokens[f.tokens[0] - (read.tokens[f.tokens[0]]?.lower === 'that' ? 2 : 1)]?.lemma ?? '');
    if (f.modality?.force === 'hypothetical' && host && BINDING.has(host.status) && !ofTime) return out(sign(host), 'relativeOfObject');
    return out(...relativeReading(read, f, stated, t));
  }
  // "The form requests that the agency notify the board … and keep the file …": a predicate joined to what is asked,
  // believed or reported is asked, believed or reported with it.
  const complementHost = f.role === 'coordinate' && f.sharesSubject && host?.role === 'complement' && host.host !== undefined ? read.frames[host.host] : undefined;
  const asksOrReports = (g: Frame) => g.status === 'report' || (!!g.act && (MENTAL_VERBS.has(g.act.lemma) || (ASKING_VERBS.has(g.act.lemma) && !g.modality)));
  if (complementHost && !BINDING.has(host!.status) && asksOrReports(complementHost)) return out(0, 'reportedByHost');
  // "BE IT RESOLVED that …": the enacted clause reads as a sentence of its own.
  const enacted = f.role === 'complement' && host?.statusRule === 'enactingClause';
  if (f.role === 'complement' && host && !enacted) {
    // "The Sheriff directs that any prisoner … be kept in custody": a directing verb directs its complement.
    if (host.act && DIRECTING_VERBS.has(host.act.lemma) && !host.act.passive) {
      // "The Bureau keeps a rule which provides that its agents will not …": what another body's instrument directs is reported.
      const owner = host.role === 'relative' && host.host !== undefined ? read.frames[host.host] : undefined;
      if (owner?.actor && read.tokens.some((x, i) => read.outsider[i] && x.start >= owner.actor!.start && x.end <= owner.actor!.end)) return out(0, 'reportedByHost');
      // ("… provides that no state is required to enter …": what is not required is neither directed nor forbidden.)
      if (f.status === 'nonRequirement') return out(0, 'directedByHost');
      const own: ActPolarity = BINDING.has(f.status) ? sign(f) : f.polarity;
      return out((stated(host) * own) as ActPolarity, 'directedByHost');
    }
    // "We understand that staff shall not evict": a complement with its own "shall", "must" or "may" binds as it says.
    if (BINDING.has(f.status) && f.modality && ['shall', 'must', 'may'].includes(f.modality.word.split(' ')[0])) return out(sign(f), 'complementBinds');
    // "should not fear that officers will call": what someone fears, believes or hopes is no act directed.
    if (!BINDING.has(host.status) || (host.act && MENTAL_VERBS.has(host.act.lemma))) return out(0, 'reportedByHost');
    // "shall ensure that no deputy releases": the host directs what the complement says, as the complement says it.
    const own: ActPolarity = BINDING.has(f.status) ? sign(f) : f.polarity;
    return out((own * (host.status === 'prohibition' ? -1 : 1)) as ActPolarity, 'complementOfProvision');
  }

  // "Copying any file a visitor asks for.": a sentence that only names an activity (a list item cut from its lead-in, a title)
  // directs nothing, whatever its verbs deny ("Prohibiting certain acts …; exceptions; penalties.").
  // ("Key provisions include: Authorizing officers to …": so does each item after a colon.)
  const listed = f === read.main || read.tokens[f.tokens[0] - 1]?.text === ':';
  if (listed && gerundFragment(read, f)) return out(0, 'gerundFragment');
  const act = f.act && !f.act.elided ? f.act.token : -1;
  // "past his release date", "prior to release": a noun after a preposition of time names a moment, not an act.
  if (t !== act && (read.tokens[t].pos === 'NOUN' || (read.tokens[t].pos === 'VERB' && read.tokens[t].lower === read.tokens[t].lemma)) && timeReference(read.tokens, t)) return out(0, 'timeReference');
  // "are not eligible for release", "are ineligible for appointments": an adjective that allows or bars what follows it.
  const adjective = act >= 0 && t > act && read.tokens[act].lemma === 'be' ? predicateAdjective(read.tokens, act, t) : 0;
  if (adjective) return out((adjective * (stated(f) || f.polarity)) as ActPolarity, 'predicateAdjective');
  // "Requests from visitors to inspect files shall be honored", "shall comply with requests to inspect": granting a request
  // directs what it asks for, whoever asks ("shall not honor …" forbids it); "shall decline requests to inspect" refuses it.
  const verbLemma = act >= 0 && t !== act && requestFor(read.tokens, t) >= 0 ? read.tokens[act].lemma : '';
  if (GRANTING_VERBS.has(verbLemma)) return out(stated(f), 'requestGranted');
  if (REFUSING_VERBS.has(verbLemma) && !f.act!.passive) return out(-stated(f) as ActPolarity, 'requestRefused');
  // "requests from the Bureau to keep", "The order authorizes Bureau officers to enter": what another body asks for or is allowed.
  // A provision's own "will not allow the Bureau to interview" limits it.
  const asked = outsiderInfinitive(read, t);
  if (asked === 'allowed' && f.modality && BINDING.has(f.status)) return out(sign(f), 'outsiderAllowed');
  if (asked || outsiderRequest(read, t)) return out(0, 'outsiderAsks');
  // "all agencies, including those conducting operations", "any visitor seeking to inspect": a participle after a noun describes it.
  if (act >= 0 && t > act && modifiesNoun(read.tokens, t, end)) return out(0, 'modifiesNoun');
  if (act >= 0 && t > act) {
    const verb = read.tokens[act];
    // "The council intends to keep the office open": what someone means to do is not done.
    if (INTENDING_VERBS.has(verb.lemma) && !f.modality && infinitiveBetween(read.tokens, act, t)) return out(0, 'intended');
    // "asks the clerk to hold": what the subject asks for is not what the sentence directs. A request in the passive with
    // no one named as asking ("The clerk is requested to hold …") is the text's own, as a resolution asks an officer it cannot order.
    if (ASKING_VERBS.has(verb.lemma) && !f.modality && infinitiveBetween(read.tokens, act, t)) {
      const between = read.tokens.slice(act + 1, t);
      // ("Clerks are often asked to share records" tells what happens: an adverb other than the asking one's own describes.)
      const describing = f.tokens.some((i) => i < act && read.tokens[i].pos === 'ADV' && !REQUEST_ADVERBS.has(read.tokens[i].lower));
      const ownRequest = f.act?.passive && !describing && !between.some((x) => x.lower === 'by');
      const refused = between.some((x) => NEGATORS.has(x.lower)) ? -1 : 1;
      // ("is not requested to hold" asks nothing.)
      return ownRequest ? out(f.polarity === 1 ? refused : 0, 'ownRequest') : out(0, 'askedFor');
    }
    // Forbidding and denying verbs between the clause's verb and the words each turn them round: "shall deny inspection" forbids
    // it, "Nothing … shall be construed to prevent the clerk from declining to hold" forbids nothing.
    // "shall stop sharing", "shall abstain from sharing": the gerund a ceasing verb governs is not done.
    const gerundOf = (v: number) => t === v + 1 || (t === v + 2 && read.tokens[v + 1].lower === 'from');
    if (CEASING_VERBS.has(verb.lemma) && read.tokens[t].lower.endsWith('ing') && gerundOf(act)) return denied(f, 'deniedByVerb');
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
    // ("… to not collect or keep records": the negation reaches each verb of the series.)
    // ("directs officers not to share": the negation before the infinitive's "to".)
    const notTo = read.tokens[t - 1]?.lower === 'to' && NEGATORS.has(read.tokens[t - 2]?.lower ?? '');
    if (NEGATORS.has(read.tokens[t - 1]?.lower ?? '') || notTo || read.tokens[t - 1]?.lower === 'against' || negatedSeries(read.tokens, act, t)) return denied(f, 'negatedComplement');
    // "Such duties include filing records", "The program may include audits": what a thing takes in is named, not directed.
    // ("The clerk's duties include filing records" gives a duty: a subject naming a power or duty directs what it includes.)
    const dutySubject = f.tokens.some((i) => i < act && INFINITIVE_NOUNS.has(read.tokens[i].lemma));
    if (verb.lemma === 'include' && !f.act!.passive && f.polarity === 1 && f.status !== 'directive' && !dutySubject) return out(0, 'included');
  }
  // "Visits … shall be limited", "Requests from the board … shall be declined": the subject of a passive denying verb is denied.
  // ("Sharing records shall be prohibited" forbids it, "… shall not be prohibited" allows it; without a modal the status says so.)
  const forbiddenWithModal = FORBIDDING_VERBS.has(read.tokens[act]?.lemma ?? '') && !!f.modality;
  if (act >= 0 && t < act && f.act!.passive && (DENYING_VERBS.has(read.tokens[act].lemma) || forbiddenWithModal) && !inWords(act) && !ditransitive(read.tokens, act)) return denied(f, 'deniedByVerb');
  // "will decline records requests": the words name the denying verb itself.
  if (act >= 0 && t === act && !f.act!.passive && (REFUSING_VERBS.has(read.tokens[act].lemma) || FORBIDDING_VERBS.has(read.tokens[act].lemma))) return denied(f, 'deniedByVerb');
  // "It is the policy of the office to honor …": the policy directs its infinitive.
  const policy = act >= 0 && t > act && read.tokens[act].lemma === 'be' ? policyStatement(read.tokens, f, act) : 0;
  // "It is the practice of the office NOT to comply", "… to never investigate": a negation in the infinitive counts too.
  const infinitiveNot = negatedInfinitive(read.tokens, act, t);
  if (policy) return out((infinitiveNot === 'outer' ? 0 : policy * f.polarity * (infinitiveNot ? -1 : 1)) as ActPolarity, 'policyStatement');
  // "is sufficient authority to continue custody", "shall have the authority to enforce": a power the clause gives is directed.
  if (t > act && powerGiven(read, k, t)) return out(stated(f), 'powerGiven');
  // "… is a request … to maintain custody", "it is not necessary to notify": what completes a copula is described.
  if (act >= 0 && t > act && read.tokens[act].lemma === 'be' && f.status === 'description') return out(0, 'copularComplement');
  // "to copy any file a visitor asks for;": a bare infinitive (a power or aim listed apart from what grants it) directs nothing.
  if (f.status === 'description' && !f.modality && bareInfinitive(read.tokens, read.main)) return out(0, 'bareInfinitive');
  const read1 = f.status === 'description' ? out(f.polarity, 'indicative') : out(sign(f), 'status');
  // "shall not be the sole factor in …": the negation is the quantifier's, not the act's; what the factor is for is weighed.
  if (read1.polarity === -1 && notSole(read.tokens, f, t)) return f.tokens.some((i) => i < t && CRITERION_NOUNS.has(read.tokens[i].lemma)) ? out(0, 'weighedAct') : out(1, 'notSole');
  // "the authority to enforce", "for the purpose of enforcing", "a role in enforcing": a verb that completes a noun names an
  // act and directs none, unless the clause forbids it ("prohibited from transporting … for the purpose of releasing").
  const complement = (t !== act || !f.modality) && nounComplement(read.tokens, t);
  // A forbidden power stays forbidden ("shall not include authority to engage in …"); "Nothing … shall confer authority to" grants none.
  if (complement && (read1.polarity !== -1 || complement === 'criterion' || (complement === 'power' && f.negations.includes('negativePronoun')))) return out(0, 'nounComplement');
  if (act >= 0 && t < act && f.status === 'description') return out(0, 'subjectDescribed');
  // "all persons currently being held … will be released", "Requests by counsel to meet …": words in a modifier of the subject.
  if (act >= 0 && t < act && f.tokens.some((i) => i < t && (read.tokens[i].pos === 'ADP' || read.tokens[i].pos === 'VERB' || read.tokens[i].pos === 'AUX'))) return out(0, 'inSubject');
  return read1;
}
