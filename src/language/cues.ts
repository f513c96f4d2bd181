// The cue tables: one named rule per English cue, each with an example. Clause splitting uses
// SUBORDINATORS; frames.ts uses MODAL_CUES and NEGATION_CUES over one clause's tokens.
import type { Token } from './tokens';

export type ConditionKind = 'unless' | 'onlyIf' | 'without' | 'regardlessOf' | 'except' | 'when';
/** What a condition does to its clause's rule: lifts it, narrows it, or says it does not matter. */
export type ConditionEffect = 'exception' | 'restriction' | 'irrelevant';
export type Force = 'obligation' | 'expectation' | 'permission' | 'ability' | 'hypothetical';

export const CONDITION_EFFECT: Record<ConditionKind, ConditionEffect> = {
  unless: 'exception',
  except: 'exception',
  without: 'exception',
  onlyIf: 'restriction',
  when: 'restriction',
  regardlessOf: 'irrelevant',
};

export interface Subordinator {
  words: string[];
  /** Undefined: a subordinate clause that is not a condition ("so that"). */
  kind?: ConditionKind;
  example: string;
}

/** Longest first: "only if" before "if", "regardless of whether" before "regardless of". */
export const SUBORDINATORS: Subordinator[] = [
  { words: ['if', 'and', 'only', 'if'], kind: 'onlyIf', example: 'The clerk may share records if and only if a judge signs.' },
  { words: ['regardless', 'of', 'whether'], kind: 'regardlessOf', example: 'The clerk shall hold records regardless of whether a judge signs.' },
  { words: ['irrespective', 'of', 'whether'], kind: 'regardlessOf', example: 'irrespective of whether a judge signs' },
  { words: ['provided', ',', 'however', ',', 'that'], kind: 'onlyIf', example: 'provided, however, that a judge signs' },
  { words: ['regardless', 'of'], kind: 'regardlessOf', example: 'regardless of the order' },
  { words: ['irrespective', 'of'], kind: 'regardlessOf', example: 'irrespective of the order' },
  { words: ['whether', 'or', 'not'], kind: 'regardlessOf', example: 'whether or not a judge signs' },
  { words: ['even', 'if'], kind: 'regardlessOf', example: 'even if a judge signs' },
  { words: ['only', 'if'], kind: 'onlyIf', example: 'The clerk shall hold records only if a judge signs an order.' },
  { words: ['only', 'when'], kind: 'onlyIf', example: 'only when a judge signs' },
  { words: ['only', 'upon'], kind: 'onlyIf', example: 'only upon a signed order' },
  { words: ['only', 'by'], kind: 'onlyIf', example: 'Visitors may enter only by appointment.' },
  { words: ['only', 'with'], kind: 'onlyIf', example: 'only with a signed order' },
  { words: ['only', 'after'], kind: 'onlyIf', example: 'only after a judge signs' },
  { words: ['only', 'through'], kind: 'onlyIf', example: 'only through the clerk' },
  { words: ['only', 'in', 'accordance', 'with'], kind: 'onlyIf', example: 'only in accordance with the order' },
  { words: ['only', 'pursuant', 'to'], kind: 'onlyIf', example: 'only pursuant to an order' },
  { words: ['only', 'in', 'response', 'to'], kind: 'onlyIf', example: 'The clerk may release records only in response to a subpoena.' },
  { words: ['only', 'in', 'compliance', 'with'], kind: 'onlyIf', example: 'only in compliance with an order' },
  { words: ['only', 'under'], kind: 'onlyIf', example: 'only under a signed order' },
  { words: ['only', 'in'], kind: 'onlyIf', example: 'Visitors may inspect records only in an emergency.' },
  { words: ['only', 'to', 'the', 'extent'], kind: 'onlyIf', example: 'only to the extent the law requires' },
  { words: ['provided', 'that'], kind: 'onlyIf', example: 'The clerk may share records, provided that a judge signs.' },
  { words: ['except', 'as'], kind: 'except', example: 'except as provided by law' },
  { words: ['except', 'when'], kind: 'except', example: 'except when a judge signs' },
  { words: ['except', 'that'], kind: 'except', example: 'except that a judge may sign' },
  { words: ['except', 'for'], kind: 'except', example: 'except for sealed records' },
  { words: ['except'], kind: 'except', example: 'The clerk shall release records except sealed ones.' },
  { words: ['unless'], kind: 'unless', example: 'The clerk shall not hold the records unless a judge signs an order.' },
  { words: ['absent'], kind: 'without', example: 'The clerk shall not release records absent a court order.' },
  { words: ['without'], kind: 'without', example: 'The clerk shall not release records without a court order.' },
  { words: ['whenever'], kind: 'when', example: 'whenever a judge asks' },
  { words: ['wherever'], kind: 'when', example: 'wherever a judge sits' },
  { words: ['where'], kind: 'when', example: 'Where a judge signs an order, the clerk shall hold the records.' },
  { words: ['when'], kind: 'when', example: 'Records shall be released when the order expires.' },
  { words: ['if'], kind: 'when', example: 'If a judge signs, the clerk shall hold the records.' },
  { words: ['as', 'long', 'as'], kind: 'onlyIf', example: 'The clerk may share records as long as a judge signs.' },
  { words: ['so', 'long', 'as'], kind: 'onlyIf', example: 'so long as a judge signs' },
  { words: ['now', 'that'], example: 'Now that the board has closed the vault, the clerk shall store the records in the annex.' },
  { words: ['given', 'that'], example: 'Given that the board has closed the vault, the clerk shall store the records.' },
  { words: ['even', 'though'], example: 'Even though the clerk holds records, the judge shall rule.' },
  { words: ['although'], example: 'Although the clerk may hold records, the judge shall rule.' },
  { words: ['though'], example: 'though the clerk holds records' },
  { words: ['because'], example: 'The clerk shall not hold records because a visitor asks.' },
  { words: ['until'], example: 'The clerk shall keep the records until the judge rules.' },
  { words: ['whether'], example: 'The clerk shall tell the judge whether the office will hold the records. (an indirect question)' },
  { words: ['so', 'that'], example: 'The clerk shall hold records so that the judge can inspect them.' },
  { words: ['in', 'order', 'that'], example: 'in order that the judge can inspect them' },
];

// Grouped by first word, in table order: this runs at every token, and most tokens open none.
const BY_FIRST_WORD = new Map<string, Subordinator[]>();
for (const s of SUBORDINATORS) {
  const list = BY_FIRST_WORD.get(s.words[0]);
  if (list) list.push(s);
  else BY_FIRST_WORD.set(s.words[0], [s]);
}

/** "without exception", "without delay", "without fail": a manner, not a condition the act is done without. */
const MANNER_AFTER_WITHOUT = new Set(['exception', 'exceptions', 'delay', 'fail', 'hesitation', 'limitation', 'interruption', 'question', 'undue']);

export function matchSubordinator(tokens: Token[], at: number): Subordinator | undefined {
  const list = tokens[at] && BY_FIRST_WORD.get(tokens[at].lower);
  if (!list) return undefined;
  if (tokens[at].lower === 'without' && MANNER_AFTER_WITHOUT.has(tokens[at + 1]?.lower ?? '')) return undefined;
  for (const s of list) {
    let k = 1;
    while (k < s.words.length && tokens[at + k]?.lower === s.words[k]) k++;
    if (k === s.words.length) return s;
  }
  return undefined;
}

/** A clause's tokens in reading order (a relative clause or parenthetical inside it already removed). */
export type View = Token[];

export interface ModalCue {
  name: string;
  example: string;
  force: Force;
  /** The cue's own negation: "is prohibited from sharing" forbids sharing. */
  negates?: boolean;
  /** The first token's word or lemma is one of these (a token that is none opens no cue). */
  first: string[];
  /** Tokens matched at `k`, or 0. */
  match(v: View, k: number): number;
}

const word = (v: View, k: number, ...w: string[]) => !!v[k] && w.includes(v[k].lower);
const lemma = (v: View, k: number, ...w: string[]) => !!v[k] && w.includes(v[k].lemma);
/** "is authorized to", "are not authorized to": be, an optional not, the participle, to/from. */
function beParticiple(v: View, k: number, participles: string[], preps: string[]): number {
  if (!lemma(v, k, 'be')) return 0;
  let j = k + 1;
  while (word(v, j, 'not', "n't", 'also', 'hereby', 'expressly', 'specifically')) j++;
  if (!word(v, j, ...participles)) return 0;
  // "is authorized, but not required, to": a second participle joined to the first.
  let p = j + 1;
  if (word(v, p, ',')) p++;
  if (word(v, p, 'but', 'and', 'or')) {
    let q = p + 1;
    while (word(v, q, 'not', "n't")) q++;
    if (v[q] && /ed$/.test(v[q].lower)) p = word(v, q + 1, ',') ? q + 2 : q + 1;
  }
  return word(v, p, ...preps) ? p + 1 - k : 0;
}
// A Map, not an object: `"constructor" in {}` is true, and a sentence's words must not reach the prototype.
const MODAL_FORCE = new Map<string, Force>([
  ['shall', 'obligation'], ['must', 'obligation'], ['will', 'obligation'], ['should', 'expectation'], ['may', 'permission'],
  ['can', 'ability'], ['would', 'hypothetical'], ['could', 'hypothetical'], ['might', 'hypothetical'],
]);

export const MODAL_CUES: ModalCue[] = [
  {
    name: 'modalVerb',
    example: 'The clerk shall hold the records. (also must, will, should, may, can; would/could/might are hypothetical)',
    force: 'obligation', // per word, see forceOf
    first: [...MODAL_FORCE.keys()],
    match: (v, k) => (v[k] && v[k].pos === 'AUX' && MODAL_FORCE.has(v[k].lemma) ? 1 : v[k] && v[k].pos !== 'NOUN' && MODAL_FORCE.has(v[k].lower) ? 1 : 0),
  },
  {
    name: 'beAuthorized',
    example: 'Deputies are authorized to inspect records. (authorized, permitted, allowed, empowered, entitled)',
    force: 'permission',
    first: ['be'],
    match: (v, k) => beParticiple(v, k, ['authorized', 'authorised', 'permitted', 'allowed', 'empowered', 'entitled'], ['to']),
  },
  {
    name: 'beRequired',
    example: 'The clerk is required to hold records. (required, obligated, obliged, directed, instructed, ordered)',
    force: 'obligation',
    first: ['be'],
    match: (v, k) => beParticiple(v, k, ['required', 'obligated', 'obliged', 'directed', 'mandated', 'instructed', 'ordered'], ['to']),
  },
  {
    name: 'beProhibited',
    example: 'The clerk is prohibited from sharing records. (prohibited, forbidden, barred, precluded, prevented, banned, discouraged)',
    force: 'obligation',
    negates: true,
    first: ['be'],
    match: (v, k) => beParticiple(v, k, ['prohibited', 'forbidden', 'barred', 'precluded', 'prevented', 'banned', 'enjoined', 'discouraged'], ['from', 'to']),
  },
  {
    name: 'beExpected',
    example: 'The clerk is expected to hold records. (expected, encouraged: what the text asks of its reader)',
    force: 'expectation',
    first: ['be'],
    match: (v, k) => beParticiple(v, k, ['expected', 'encouraged'], ['to']),
  },
  {
    name: 'beTo',
    example: 'Records are to be held in the vault. (be + to be + participle: obligation; "The policy is to guide" describes)',
    force: 'obligation',
    first: ['be'],
    match: (v, k) => (lemma(v, k, 'be') && v[k].pos === 'AUX' && word(v, k + 1, 'to') && word(v, k + 2, 'be') && v[k + 3]?.pos === 'VERB' ? 2 : 0),
  },
  {
    name: 'beAble',
    example: 'The clerk is able to admit visitors. / The clerk will be able to admit visitors. (an ability, as "can" says)',
    force: 'ability',
    first: ['be'],
    match: (v, k) => beParticiple(v, k, ['able'], ['to']),
  },
  {
    name: 'beGoingTo',
    example: 'The clerk is going to hold the records. / We are not going to release records. (a future, as "will" says)',
    force: 'obligation',
    first: ['be'],
    match: (v, k) => {
      const n = beParticiple(v, k, ['going'], ['to']);
      return n > 0 && (v[k + n]?.pos === 'VERB' || lemma(v, k + n, 'be')) ? n : 0;
    },
  },
  {
    name: 'haveAuthority',
    example: 'The clerk has the authority to admit visitors. / The clerk has a right to admit visitors. (authority, power, discretion, right)',
    force: 'permission',
    first: ['have'],
    // ("has discretion to admit": the article may be left out.)
    match: (v, k) => {
      const n = lemma(v, k, 'have') ? (word(v, k + 1, 'the', 'full', 'a') ? k + 2 : k + 1) : -1;
      return n > 0 && word(v, n, 'authority', 'power', 'discretion', 'right') && word(v, n + 1, 'to') ? n + 2 - k : 0;
    },
  },
  {
    name: 'needTo',
    example: 'The clerk needs to hold records. / The clerk need not hold records. (need to, need not: "need not" does not require)',
    force: 'obligation',
    first: ['need', 'needs'],
    match: (v, k) => (lemma(v, k, 'need') ? (word(v, k + 1, 'to') ? 2 : word(v, k + 1, 'not') ? 1 : 0) : 0),
  },
  {
    name: 'haveDuty',
    example: 'The clerk has a duty to hold records. (duty, obligation; "has no duty to" does not require)',
    force: 'obligation',
    first: ['have'],
    match: (v, k) => (lemma(v, k, 'have') && word(v, k + 1, 'a', 'the', 'an', 'no') && word(v, k + 2, 'duty', 'obligation') && word(v, k + 3, 'to') ? 4 : 0),
  },
];

/** Every cue's possible first words: most tokens are none, and are passed over without asking each cue. */
const openers = (cues: Array<{ first: string[] }>) => new Set(cues.flatMap((c) => c.first));
const MODAL_OPENERS = openers(MODAL_CUES);
export const mayOpenModal = (t: Token | undefined) => !!t && (MODAL_OPENERS.has(t.lower) || MODAL_OPENERS.has(t.lemma));

export function forceOf(cue: ModalCue, v: View, k: number): Force {
  return cue.name === 'modalVerb' ? (MODAL_FORCE.get(v[k].lemma) ?? MODAL_FORCE.get(v[k].lower))! : cue.force;
}

export interface NegationCue {
  name: string;
  example: string;
  /** The first token's word or lemma is one of these (a token that is none opens no cue). */
  first: string[];
  /** Does token k (before the act) flip the clause's polarity? */
  match(v: View, k: number): boolean;
}

/** "no later than", "not more than": a bound on a time or an amount, not a negation of the clause. */
const boundAt = (v: Token[], k: number) => word(v, k, 'later', 'more', 'less', 'sooner', 'fewer', 'longer', 'greater', 'earlier') && word(v, k + 1, 'than');

export const NEGATION_CUES: NegationCue[] = [
  {
    name: 'not',
    example: 'The clerk shall not hold the records. (not "not only", "including but not limited to", "not to exceed", "not exceeding", "not later than")',
    first: ['not', "n't"],
    match: (v, k) => word(v, k, 'not', "n't") && !word(v, k + 1, 'only', 'exceeding') && !(word(v, k + 1, 'to') && word(v, k + 2, 'exceed')) && !word(v, word(v, k + 1, 'be') ? k + 2 : k + 1, 'limited') && !boundAt(v, k + 1),
  },
  { name: 'never', example: 'The clerk never releases records.', first: ['never'], match: (v, k) => word(v, k, 'never') },
  {
    name: 'noQuantifier',
    example: 'No clerk shall release any record. / Under no circumstances may the clerk release a record. / The clerk will no longer hold records. (not "no later than")',
    first: ['no'],
    match: (v, k) => word(v, k, 'no') && !boundAt(v, k + 1),
  },
  { name: 'negativePronoun', example: 'Nothing in this policy shall require the clerk to hold records.', first: ['nothing', 'nobody', 'none', 'neither'], match: (v, k) => word(v, k, 'nothing', 'nobody', 'none', 'neither') },
  { name: 'nor', example: 'The clerk shall neither hold nor release records. ("release" clause)', first: ['nor'], match: (v, k) => k === 0 && word(v, k, 'nor') },
  {
    name: 'refuseTo',
    example: 'The clerk shall not refuse to hold the records. (refuse, decline, fail, neglect, hesitate to; refrain from)',
    first: ['refuse', 'decline', 'fail', 'neglect', 'hesitate', 'refrain'],
    match: (v, k) => (lemma(v, k, 'refuse', 'decline', 'fail', 'neglect', 'hesitate') && word(v, k + 1, 'to')) || (lemma(v, k, 'refrain') && word(v, k + 1, 'from')),
  },
];

const NEGATION_OPENERS = openers(NEGATION_CUES);
export const mayOpenNegation = (t: Token | undefined) => !!t && (NEGATION_OPENERS.has(t.lower) || NEGATION_OPENERS.has(t.lemma));

/** Verbs whose "to"-complement is the real act: "continue to hold" holds. */
export const TRANSPARENT_VERBS = new Set(['refuse', 'decline', 'fail', 'neglect', 'hesitate', 'refrain', 'continue', 'attempt', 'try', 'seek', 'agree', 'undertake', 'endeavor', 'endeavour', 'need', 'begin', 'cease']);
