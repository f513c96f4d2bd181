// What a clause does: directs, permits, forbids, defines, recites, states a purpose, reports what
// someone else does or proposes, says something is not required, or describes. First rule that fires wins.
import type { Force } from './cues';
import type { Token } from './tokens';
import { isQuoteMark } from './characters';
import { CRITERION_NOUNS, EMPOWERING_VERBS } from './actWords';

export type Status = 'directive' | 'permission' | 'prohibition' | 'definition' | 'recital' | 'purpose' | 'report' | 'nonRequirement' | 'description';

/** What the status rules read of one clause. */
export interface StatusInput {
  view: Token[];
  /** Index in `view` of the act's verb, or -1. */
  act: number;
  actLemma?: string;
  modalCue?: string;
  force?: Force;
  polarity: 1 | -1;
  /** The negation cues that set the polarity ("negativePronoun" for "Nothing …"). */
  negations: string[];
  passive: boolean;
  /** Lemmas of the subject's words. */
  actorLemmas: string[];
  hasComplement: boolean;
  /** A condition, subordinate or relative clause: it reports nothing by itself. */
  dependent: boolean;
  /** The caller says this subject is someone the text is not addressed to. */
  outsider: boolean;
  /** The clause is allowed only under a condition ("only if", "only with", "only upon"). */
  onlyUnder?: boolean;
}

export interface StatusRule {
  name: string;
  example: string;
  test(f: StatusInput): Status | undefined;
}

const REPORT_VERBS = new Set(['hold', 'rule', 'find', 'say', 'state', 'argue', 'propose', 'conclude', 'determine', 'opine', 'decide', 'note', 'claim', 'contend', 'report', 'recommend', 'suggest', 'observe', 'explain', 'assert', 'allege', 'announce', 'testify', 'write', 'warn']);
/** Nouns that make "X constitutes …" give a power rather than classify: "constitutes grounds for a stop". */
const GROUNDS = new Set([...CRITERION_NOUNS, 'cause', 'authority', 'authorization']);
/** Words that open a subject with what others generally do: "Many counties hold …". */
const GENERAL_QUANTIFIERS = new Set(['many', 'most', 'some', 'several', 'numerous', 'various']);
const OPINION_NOUNS = new Set(['opinion', 'judgment', 'judgement', 'estimation', 'assessment', 'view']);
const POSSESSIVES = new Set(['our', 'my', 'his', 'her', 'their', 'its']);
/** "In our opinion, …", "In the opinion of counsel, …", "In our view, …" ("In view of …" gives a reason, not a view). */
function inOpinion(view: Token[]): boolean {
  if (view[0]?.lower !== 'in') return false;
  const [det, noun] = [view[1]?.lower ?? '', view[2]?.lower ?? ''];
  return (POSSESSIVES.has(det) && OPINION_NOUNS.has(noun)) || (det === 'the' && noun === 'opinion' && view[3]?.lower === 'of');
}
/** A modal after the verb: the verb reports a clause that has its own ("Critics claim the policy would …"). */
const modalAfter = (f: StatusInput) => f.act >= 0 && f.view.slice(f.act + 1).some((t) => t.pos === 'AUX' && ['would', 'will', 'shall', 'must', 'may', 'could', 'should'].includes(t.lower));
const REQUIRING = new Set(['require', 'compel', 'obligate', 'mandate', 'direct']);
/** Verbs that put a person in an office; their negated present passive says who holds it. */
const DESIGNATING = new Set(['designate', 'deputize', 'deputise', 'appoint', 'commission']);
/** The speaker's own direction: "I have directed …", "We instruct …". */
const SPEAKERS = new Set(['i', 'we']);
const DIRECTING = new Set(['direct', 'instruct', 'order']);
/** "Nothing … shall be construed to require …": the verb after "construed to" is the one that counts. */
const construedTo = (f: StatusInput, verbs?: Set<string>) => f.actLemma === 'construe' && f.passive && at(f, 1)?.lower === 'to' && (!verbs || verbs.has(at(f, 2)?.lemma ?? ''));
/** The verb "construed to" governs, past an adverbial ("construed to in any way expand"). */
const construedVerb = (f: StatusInput) => f.view.slice(f.act + 2, f.act + 7).find((t) => t.pos === 'VERB');
const PROHIBITING = ['prohibit', 'prevent', 'bar', 'preclude', 'restrict'];
const DENYING = new Set([...PROHIBITING, 'limit', 'forbid']);
const PURPOSE_NOUNS = new Set(['purpose', 'intent', 'goal', 'objective', 'aim', 'intention']);
const at = (f: StatusInput, k: number) => f.view[f.act + k];
const present = (t: Token | undefined) => !!t && (t.lower === t.lemma || /[^s]s$/.test(t.lower));
const past = (t: Token | undefined) => !!t && t.lower !== t.lemma && !/(s|ing)$/.test(t.lower);
const auxBefore = (f: StatusInput) => f.view.slice(0, Math.max(0, f.act)).filter((t) => t.pos === 'AUX');
/** "currently", "presently", "at present", "at this time", "to date": the clause tells how things stand now. */
const currentAdverb = (view: Token[]) => view.some((t, i) => ['currently', 'presently'].includes(t.lower) || (t.lower === 'at' && (view[i + 1]?.lower === 'present' || (view[i + 1]?.lower === 'this' && view[i + 2]?.lower === 'time'))) || (t.lower === 'to' && view[i + 1]?.lower === 'date'));
/** "… no authority to share": an infinitive after the verb makes what it names a power or duty. */
const infinitiveAfter = (f: StatusInput) => f.view.slice(f.act + 1).some((t, i, rest) => t.lower === 'to' && rest[i + 1]?.pos === 'VERB');
const deontic = (f: StatusInput) => f.force !== undefined && f.force !== 'hypothetical';

export const STATUS_RULES: StatusRule[] = [
  {
    name: 'enactingClause',
    example: 'BE IT RESOLVED that the clerk shall hold records. (resolved, ordained, enacted + that: the quoted clause decides)',
    test: (f) => (f.hasComplement && ['resolve', 'ordain', 'enact'].includes(f.actLemma ?? '') && !f.dependent ? 'description' : undefined),
  },
  { name: 'whereas', example: 'WHEREAS the clerk holds records;', test: (f) => (f.view[0]?.lower === 'whereas' ? 'recital' : undefined) },
  {
    name: 'findsThat',
    example: 'The council finds that records are kept. (finds, declares, recognizes, acknowledges + that, present tense)',
    test: (f) => (!f.force && f.hasComplement && ['find', 'declare', 'recognize', 'recognise', 'acknowledge'].includes(f.actLemma ?? '') && present(at(f, 0)) ? 'recital' : undefined),
  },
  { name: 'means', example: "'Hold' means to keep. / The term shall mean…", test: (f) => (f.actLemma === 'mean' && (present(at(f, 0)) || f.modalCue === 'shall') && f.force !== 'hypothetical' ? 'definition' : undefined) },
  {
    name: 'constitutes',
    example: 'Keeping a copy does not constitute holding a record. (constitute: what counts as what; "constitutes grounds for …" gives a power)',
    test: (f) => (f.actLemma === 'constitute' && !f.passive && !f.dependent && !f.view.slice(f.act + 1).some((t) => GROUNDS.has(t.lemma)) ? 'definition' : undefined),
  },
  { name: 'definedAs', example: 'Hold is defined as keeping a person.', test: (f) => (f.actLemma === 'define' && f.passive && at(f, 1)?.lower === 'as' ? 'definition' : undefined) },
  { name: 'citedAs', example: 'This Act may be cited as the Records Act. (a short title names the instrument)', test: (f) => (f.actLemma === 'cite' && f.passive && at(f, 1)?.lower === 'as' ? 'definition' : undefined) },
  { name: 'refersTo', example: 'The term hold refers to keeping.', test: (f) => (f.actLemma === 'refer' && at(f, 1)?.lower === 'to' && !f.force && present(at(f, 0)) ? 'definition' : undefined) },
  {
    name: 'termIncludes',
    example: 'The term record includes a file. / "Records" include files.',
    test: (f) => (['include', 'mean'].includes(f.actLemma ?? '') && (f.actorLemmas.includes('term') || f.actorLemmas.some(isQuoteMark)) && !deontic(f) ? 'definition' : undefined),
  },
  { name: 'purposeNoun', example: 'The purpose of this policy is to guide the clerk.', test: (f) => (f.actorLemmas.some((l) => PURPOSE_NOUNS.has(l)) && (!deontic(f) || f.modalCue === 'beTo') ? 'purpose' : undefined) },
  {
    name: 'intendedTo',
    example: 'This policy is intended to guide the clerk. (intended, designed + to)',
    test: (f) => (['intend', 'design'].includes(f.actLemma ?? '') && f.passive && at(f, 1)?.lower === 'to' && !deontic(f) ? 'purpose' : undefined),
  },
  {
    name: 'ownDirection',
    example: 'I have directed the clerks to hold records. / We hereby instruct staff not to release records. (I or we + direct, instruct, order, in the present or present perfect: the speaker gives the direction)',
    test: (f) => (!f.force && !f.dependent && !f.passive && SPEAKERS.has(f.actorLemmas.join(' ')) && DIRECTING.has(f.actLemma ?? '') && infinitiveAfter(f) && auxBefore(f).every((t) => ['have', 'has'].includes(t.lower)) && (auxBefore(f).length > 0 || present(at(f, 0))) ? 'directive' : undefined),
  },
  { name: 'conditionalWould', example: 'The bill would allow clerks to hold records. (would, could, might)', test: (f) => (f.force === 'hypothetical' && !f.dependent ? 'report' : undefined) },
  {
    name: 'reportedSpeech',
    example: 'The court held that the clerk must release records. (held, ruled, found, stated, proposed… + that, or past tense, or a clause with a modal: "Critics claim the policy would …")',
    test: (f) => (!f.force && !f.dependent && REPORT_VERBS.has(f.actLemma ?? '') && (f.hasComplement || past(at(f, 0)) || modalAfter(f)) ? 'report' : undefined),
  },
  {
    name: 'attributed',
    example: 'According to the board, the clerk must release records. / In our opinion, the clerk may release records. (what a source says or thinks: "In the opinion of counsel", "In our view")',
    test: (f) => (!f.dependent && ((f.view[0]?.lower === 'according' && f.view[1]?.lower === 'to') || inOpinion(f.view)) ? 'report' : undefined),
  },
  {
    name: 'generalSubject',
    example: 'Many offices hold records for a year. (many, most, some, several … with no modal: what others generally do)',
    test: (f) => (!f.force && !f.dependent && GENERAL_QUANTIFIERS.has(f.actorLemmas[0] ?? '') && f.actorLemmas.length > 1 ? 'report' : undefined),
  },
  {
    name: 'outsider',
    example: 'The visitor may inspect records. (the caller names "visitor" as someone the text does not direct; "The visitor shall not inspect records." and "The visitor may inspect records only with a permit." are limits the text sets)',
    test: (f) => (f.outsider && deontic(f) && f.polarity > 0 && !f.onlyUnder ? 'report' : undefined),
  },
  {
    name: 'outsiderDoes',
    example: 'The visitor asks whether the clerk keeps records. (someone the text does not direct, in the present tense with no modal: what they do)',
    test: (f) => (f.outsider && !f.force && !f.dependent && f.act >= 0 && f.polarity > 0 && !f.passive && auxBefore(f).length === 0 && present(at(f, 0)) ? 'report' : undefined),
  },
  {
    name: 'pastNarration',
    example: 'The clerk released the records. / Records were released. / The clerk has released the records.',
    test(f) {
      if (f.force || f.act < 0 || f.dependent) return undefined;
      const aux = auxBefore(f);
      const pastAux = aux.some((t) => ['was', 'were', 'had', 'did', 'has', 'have'].includes(t.lower));
      return pastAux || (aux.length === 0 && past(at(f, 0))) ? 'report' : undefined;
    },
  },
  {
    name: 'currentState',
    example: 'The office does not currently keep records. (currently, presently, at present, at this time, to date, before the verb and with no modal: how things stand, not a rule; "keeps no records of persons currently held" is not)',
    test: (f) => (!f.force && !f.dependent && f.act >= 0 && currentAdverb(f.view.slice(0, f.act)) ? 'report' : undefined),
  },
  {
    name: 'hasNone',
    example: 'The office has no agreement with the visitor. (has/have no … in the present, with no modal: what there is, not a rule; "Officers have no authority to share records" denies a power)',
    test: (f) => (!f.force && !f.dependent && f.actLemma === 'have' && !f.passive && present(at(f, 0)) && at(f, 1)?.lower === 'no' && !infinitiveAfter(f) ? 'report' : undefined),
  },
  {
    name: 'negatedDesignation',
    example: 'No clerk is designated to hold records. (designate, deputize, appoint, commission in the present passive, negated, with no modal: who holds an office, not a rule; "No clerk shall be designated …" forbids it)',
    test: (f) => (!f.force && !f.dependent && f.passive && f.polarity < 0 && DESIGNATING.has(f.actLemma ?? '') && auxBefore(f).some((t) => ['is', 'are', 'am'].includes(t.lower)) ? 'report' : undefined),
  },
  {
    name: 'progressive',
    example: 'The office is closing its records room. (is/are + -ing, no modal: what is happening; "We are not closing …" states the speaker\'s own practice)',
    test: (f) => (!f.force && !f.dependent && f.act >= 0 && !SPEAKERS.has(f.actorLemmas[0] ?? '') && f.view[f.act].lower.endsWith('ing') && f.view.slice(0, f.act).some((t) => t.pos === 'AUX' && ['is', 'are', 'am'].includes(t.lower)) ? 'report' : undefined),
  },
  {
    name: 'negatedRequire',
    example: 'Nothing in this policy shall require the clerk to hold records. (require, compel, obligate, mandate, direct, also "requires", "This section does not require" and "shall be construed to require"; "The clerk shall not require …" forbids requiring)',
    test: (f) => (f.force !== 'hypothetical' && f.polarity < 0 && (f.negations.includes('negativePronoun') || !f.force) && (REQUIRING.has(f.actLemma ?? '') && !f.passive || construedTo(f, REQUIRING)) ? 'nonRequirement' : undefined),
  },
  {
    name: 'nothingGrants',
    example: 'Nothing in this policy authorizes the clerk to hold records. (authorize, permit, allow, empower, entitle: the text grants no power, and forbids none)',
    test: (f) => (f.force !== 'hypothetical' && f.polarity < 0 && f.actorLemmas[0] === 'nothing' && EMPOWERING_VERBS.has(f.actLemma ?? '') && !f.passive ? 'nonRequirement' : undefined),
  },
  {
    name: 'negatedConstrual',
    example: 'This section shall not be construed to in any way expand the duties of the clerk to hold records. (a negated "construed to" tells how to read the text and sets no rule; "… construed to prohibit the clerk from …" permits through the verb it negates)',
    test: (f) => (f.polarity < 0 && construedTo(f) && !DENYING.has(construedVerb(f)?.lemma ?? '') ? 'nonRequirement' : undefined),
  },
  {
    name: 'negatedProhibit',
    example: 'Nothing in this policy shall prevent the clerk from sharing records. (prohibit, prevent, bar, preclude, restrict)',
    test: (f) => (deontic(f) && f.polarity < 0 && PROHIBITING.includes(f.actLemma ?? '') && !f.passive ? 'permission' : undefined),
  },
  {
    name: 'passiveProhibited',
    example: 'Sharing records is prohibited. (prohibited, forbidden, barred, restricted, precluded; "is not restricted" permits)',
    test: (f) => (!f.force && f.passive && ['prohibit', 'forbid', 'bar', 'restrict', 'preclude', 'prevent', 'ban', 'enjoin'].includes(f.actLemma ?? '') ? (f.polarity > 0 ? 'prohibition' : 'permission') : undefined),
  },
  {
    name: 'passivePermitted',
    example: 'Sharing records is not permitted. (permitted, allowed, authorized: negated forbids, else permits)',
    test: (f) => (!f.force && f.passive && ['permit', 'allow', 'authorize', 'authorise'].includes(f.actLemma ?? '') ? (f.polarity < 0 ? 'prohibition' : 'permission') : undefined),
  },
  {
    name: 'notRequired',
    example: 'The clerk is not required to share records. / The clerk need not share records. / The clerk has no duty to share records. (Not "is required to refrain from sharing": there the requirement stands and forbids.)',
    test: (f) => (['beRequired', 'needTo', 'haveDuty'].includes(f.modalCue ?? '') && f.polarity < 0 && f.negations.some((n) => n !== 'refuseTo') ? 'nonRequirement' : undefined),
  },
  {
    name: 'modalForce',
    example: 'shall/must/will/should → directive; may/can/is authorized → permission; any of them negated → prohibition.',
    test(f) {
      if (!deontic(f)) return undefined;
      if (f.polarity < 0) return 'prohibition';
      return f.force === 'permission' || f.force === 'ability' ? 'permission' : 'directive';
    },
  },
  {
    name: 'imperative',
    example: 'Hold the records. / Do not release records.',
    test(f) {
      const first = f.view.findIndex((t) => t.pos !== 'PUNCT');
      const lead = f.view[first];
      const isDo = lead?.lower === 'do' && ['not', "n't"].includes(f.view[first + 1]?.lower ?? '');
      if (f.actorLemmas.length > 0 || !lead || !(isDo || (f.act === first && lead.lower === lead.lemma))) return undefined;
      return f.polarity < 0 ? 'prohibition' : 'directive';
    },
  },
  { name: 'description', example: 'The clerk holds records.', test: () => 'description' },
];

export function statusOf(f: StatusInput): { status: Status; rule: string } {
  for (const rule of STATUS_RULES) {
    const status = rule.test(f);
    if (status) return { status, rule: rule.name };
  }
  return { status: 'description', rule: 'description' };
}
