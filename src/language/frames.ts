// Clause frames: per clause its modality, polarity, act (verb, object), actor and conditions, and the
// sentence's status. Built from the cue tables in cues.ts and status.ts, over clauses.ts's split.
import { range, splitClauses, type Clause, type Role } from './clauses';
import { CONDITION_EFFECT, MODAL_CUES, NEGATION_CUES, TRANSPARENT_VERBS, forceOf, mayOpenModal, mayOpenNegation, type ConditionEffect, type ConditionKind, type Force } from './cues';
import { isQuoteMark } from './characters';
import { isModal } from './clauseEdges';
import { emptySpan, span, type Span } from './spans';
import { statusOf, type Status } from './status';
import { tokenize, type Token } from './tokens';

export type { Span } from './spans';

export interface Condition {
  kind: ConditionKind;
  effect: ConditionEffect;
  /** The cue words ("only if") and the condition itself ("a judge signs an order"). */
  cue: Span;
  span: Span | null;
}

export interface Frame {
  role: Role;
  /** A coordinate predicate that shares its host's subject ("shall hold and *release* records"). */
  sharesSubject: boolean;
  /** Index of the frame this one belongs to. */
  host?: number;
  /** The clause's tokens (indices into the sentence's tokens; a relative clause inside is left out). */
  tokens: number[];
  span: Span;
  modality: { cue: string; word: string; force: Force } | null;
  polarity: 1 | -1;
  /** Names of the negation cues that flipped the polarity, in order. */
  negations: string[];
  /** `elided`: the clause has no verb of its own and shares its host's ("may, but is not required to, share"). */
  act: { lemma: string; token: number; span: Span; object: Span | null; passive: boolean; elided: boolean } | null;
  /** Who acts: the subject, or the by-phrase of a passive verb. */
  actor: Span | null;
  conditions: Condition[];
  status: Status;
  statusRule: string;
}

export interface SentenceFrames {
  tokens: Token[];
  /** Per token: whether it names someone the text does not direct (FrameOptions.isOutsider). */
  outsider: boolean[];
  /** Per token: the frame whose own tokens hold it, or -1 (a subordinator, a bracket). */
  frameOf: number[];
  frames: Frame[];
  /** The frame that carries the sentence's status (its main clause). */
  main: Frame;
  status: Status;
  statusRule: string;
}

export interface FrameOptions {
  /** Subjects the text does not direct ("<third party> may…" is then a report): decided by the caller. */
  isOutsider?: (head: Token) => boolean;
}

const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** `tokens`: the sentence's, if already tokenized (tokenize). */
export function readFrames(sentence: string, options: FrameOptions = {}, tokens = tokenize(sentence)): SentenceFrames {
  const clauses = splitClauses(tokens);
  const frames: Frame[] = [];
  for (let c = 0; c < clauses.length; c++) frames.push(readClause(sentence, tokens, clauses, c, frames, options));
  shareObjects(frames, clauses);
  // "BE IT RESOLVED that …": the enacted clause carries the sentence.
  const enacted = frames[0].statusRule === 'enactingClause' ? frames.find((f) => f.role === 'complement' && f.host === 0) : undefined;
  const main = enacted ?? frames[0];
  const outsider = tokens.map((t) => !!options.isOutsider?.(t));
  const frameOf = new Array<number>(tokens.length).fill(-1);
  frames.forEach((f, k) => {
    for (const i of f.tokens) frameOf[i] = k;
  });
  return { tokens, outsider, frameOf, frames, main, status: main.status, statusRule: main.statusRule };
}

/** "shall neither hold nor release records": the first verb's object is the one its coordinate names. */
function shareObjects(frames: Frame[], clauses: Clause[]): void {
  frames.forEach((f, c) => {
    if (!f.act || f.act.object || f.act.passive || f.act.elided) return;
    const next = frames.find((o, k) => k > c && o.host === c && clauses[k].sharesSubject && o.role === 'coordinate');
    if (next?.act?.object && !next.act.elided) f.act = { ...f.act, object: next.act.object };
  });
}

function readClause(sentence: string, tokens: Token[], clauses: Clause[], c: number, done: Frame[], options: FrameOptions): Frame {
  const clause = clauses[c];
  const idx = clause.tokens;
  const v = idx.map((i) => tokens[i]);
  const host = clause.host !== undefined && clause.host < c ? done[clause.host] : undefined;

  // Modality: the last cue before the verb wins ("shall be required to"), but would/could/might stay.
  let modal: { cue: string; word: string; force: Force; at: number; len: number; negates: boolean } | null = null;
  const fronted = frontedPhraseEnd(v);
  const from = Math.max(fronted, gerundSubjectEnd(v));
  for (let k = from; k < v.length; k++) {
    if (modal && modal.force === 'hypothetical') break;
    if (mayOpenModal(v[k])) for (const cue of MODAL_CUES) {
      const n = cue.match(v, k);
      if (n) {
        modal = { cue: cue.name, word: v.slice(k, k + n).map((t) => t.lower).join(' '), force: forceOf(cue, v, k), at: k, len: n, negates: !!cue.negates };
        k += n - 1;
        break;
      }
    }
    // The verb group starts at the first verb, but not at an infinitive or participle inside the subject ("requests … to keep records shall be …").
    if (v[k]?.pos === 'VERB' && !(modal && k < modal.at + modal.len) && !insideSubject(v, k)) break;
  }

  // The act: the first verb after the modality, through "refuse to", "continue to"; quoted terms are nouns.
  // A copula with no modal before a noun or adjective is the act itself ("A subpoena is a request to hold …").
  let act = modal ? -1 : copulaAt(v, from);
  // "may not have a bond hearing": "have" before a noun phrase is the verb, not an auxiliary.
  const isVerb = (t: Token, k: number) => t.pos === 'VERB' || (t.lemma === 'have' && ['DET', 'NOUN', 'ADJ', 'NUM', 'PRON'].includes(v[k + 1]?.pos ?? ''));
  if (act < 0) act = v.findIndex((t, k) => isVerb(t, k) && k >= from && (!modal || k >= modal.at + modal.len) && (modal !== null || v[k - 1]?.lower !== 'to' || !insideSubject(v, k)));
  // "shall be eligible for …": after a modal, a copula before an adjective or noun is the act.
  if (modal && (act < 0 || copulaAt(v, modal.at + modal.len) >= 0 && copulaAt(v, modal.at + modal.len) < act)) {
    const copula = copulaAt(v, modal.at + modal.len, true);
    if (copula >= 0) act = copula;
  }
  while (act >= 0 && TRANSPARENT_VERBS.has(v[act].lemma) && ['to', 'from'].includes(v[act + 1]?.lower ?? '') && v[act + 2]?.pos === 'VERB') act += 2;
  const reduced = clause.role === 'relative' && act === 0 && v[0].lower !== v[0].lemma && !/(s|ing)$/.test(v[0].lower);
  let beBefore = false;
  for (let k = modal ? modal.at + modal.len : 0; k < act && !beBefore; k++) beBefore = v[k].lemma === 'be' && v[k].pos === 'AUX';
  const passive = reduced || (act > 0 && beBefore && v[act].lower !== v[act].lemma && !/(s|ing)$/.test(v[act].lower));

  // Polarity: every negation cue before the act flips it (so "shall not refuse to hold" is +1).
  const negations: string[] = [];
  const limit = act >= 0 ? act : v.length;
  // ("is authorized but not required to": the "not" of the second participle leaves the permission as it is.)
  const ofSecondParticiple = (k: number) => !!modal && k > modal.at && k < modal.at + modal.len && v[k - 1].pos === 'CCONJ';
  // (A negation inside a fronted phrase with a verb of its own is that verb's: "Upon a request for a file not otherwise kept, …".)
  let frontedVerb = -1;
  for (let k = 0; k < fronted; k++) if (v[k].pos === 'VERB') frontedVerb = k;
  const ofFrontedVerb = (k: number) => k < fronted && k <= frontedVerb;
  // ("No clerk, and no visitor, may copy …": a "no" on each coordinated subject is one negation, not two that cancel.)
  let lastNo = -1;
  const coordinatedNo = (k: number) => lastNo >= 0 && v.slice(lastNo + 1, k).some((x) => x.pos === 'CCONJ') && !v.slice(lastNo + 1, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  for (let k = 0; k < limit; k++) {
    if (!mayOpenNegation(v[k]) || ofFrontedVerb(k)) continue;
    for (const cue of NEGATION_CUES) {
      if (!cue.match(v, k) || ofSecondParticiple(k)) continue;
      if (cue.name === 'noQuantifier' && coordinatedNo(k)) continue;
      if (cue.name === 'noQuantifier') lastNo = k;
      negations.push(cue.name);
    }
  }
  if (modal?.negates) negations.push(modal.cue);
  // "It is not the policy …": a negation right after a copula is the copula's.
  if (act >= 0 && v[act].lemma === 'be' && ['not', "n't", 'never'].includes(v[act + 1]?.lower ?? '')) negations.push('not');
  // "shall release no records": a "no" opening the object negates the act.
  if (act >= 0 && v[act + 1]?.lower === 'no' && NEGATION_CUES.find((n) => n.name === 'noQuantifier')!.match(v, act + 1)) negations.push('noObject');
  const ownModal = modal !== null;
  const connector = clause.sharesSubject ? v[0]?.lower : undefined;
  // A coordinate predicate shares its host's negation unless it says its own ("do not ask …, do not enter …").
  if (host && !ownModal && clause.sharesSubject && connector !== 'but' && connector !== 'nor' && negations.length === 0) negations.unshift(...host.negations);
  const polarity: 1 | -1 = negations.length % 2 === 0 ? 1 : -1;

  // Subject: before the verb group; after the modal when inverted ("may the clerk release").
  const predStart = modal ? modal.at : v.findIndex((t, k) => k >= from && (t.pos === 'AUX' || t.pos === 'VERB'));
  let subject = subjectBefore(v, predStart < 0 ? v.length : predStart);
  if (subject.length === 0 && modal && act > modal.at + modal.len) subject = range(modal.at + modal.len, act).filter((k) => NP.has(v[k].pos));
  let actor = span(sentence, tokens, subject.map((k) => idx[k]));
  if (!actor && clause.sharesSubject && host) actor = host.actor;

  let object: Span | null = null;
  if (act >= 0) {
    const after: number[] = [];
    for (let k = act + 1; k < v.length && (NP.has(v[k].pos) || v[k].text === "'s"); k++) {
      // A determiner after a noun starts another phrase ("release records no later than…").
      if (v[k].pos === 'DET' && after.length && v[after[after.length - 1]].pos !== 'DET' && v[after[after.length - 1]].pos !== 'ADJ') break;
      after.push(k);
    }
    object = span(sentence, tokens, after.map((k) => idx[k]));
    if (passive) {
      object = span(sentence, tokens, subject.map((k) => idx[k]));
      const by = v.findIndex((t, k) => k > act && t.lower === 'by');
      const agent: number[] = [];
      for (let k = by + 1; by > 0 && k < v.length && NP.has(v[k].pos); k++) agent.push(k);
      actor = span(sentence, tokens, agent.map((k) => idx[k]));
    }
  }
  let actFrame: Frame['act'] = null;
  if (act >= 0) actFrame = { lemma: v[act].lemma, token: idx[act], span: span(sentence, tokens, [idx[act]])!, object, passive, elided: false };
  else if (host?.act && (ownModal || clause.role === 'parenthetical')) actFrame = { ...host.act, elided: true };

  const conditions: Condition[] = [];
  clauses.forEach((other, k) => {
    if (other.role !== 'condition' || other.host !== c || !other.condition) return;
    const cue = span(sentence, tokens, other.condition.cue);
    if (cue) conditions.push({ kind: other.condition.kind, effect: CONDITION_EFFECT[other.condition.kind], cue, span: span(sentence, tokens, clauses[k].tokens) });
  });

  const hasComplement = clauses.some((o) => o.role === 'complement' && o.host === c);
  // The head noun stands before the subject's first preposition ("A person in custody": person).
  const firstAdp = subject.findIndex((k) => v[k].pos === 'ADP');
  let head: Token | undefined;
  for (let n = (firstAdp > 0 ? firstAdp : subject.length) - 1; n >= 0 && !head; n--) if (['NOUN', 'PROPN', 'PRON'].includes(v[subject[n]].pos)) head = v[subject[n]];
  const modality = modal ? { cue: modal.cue, word: modal.word, force: modal.force } : inherited(host, clause);
  const read = statusOf({
    view: v, act, actLemma: act >= 0 ? v[act].lemma : actFrame?.lemma, modalCue: modality?.cue, force: modality?.force, polarity, negations, passive,
    actorLemmas: subject.map((k) => v[k].lemma), hasComplement, dependent: ['condition', 'subordinate', 'relative'].includes(clause.role), outsider: !!head && !passive && !!options.isOutsider?.(head),
    onlyUnder: conditions.some((c) => c.kind === 'onlyIf' && (/\bonly\b/i.test(c.cue.text) || /\bonly\s*$/i.test(sentence.slice(Math.max(0, c.cue.start - 8), c.cue.start)))),
  });
  // What a report or recital quotes keeps that status: "the court held that the clerk must…".
  const quoted = clause.role === 'complement' && host && ['report', 'recital'].includes(host.status);
  // A relative clause describes a noun ("records held by the clerk"); it reports nothing by itself.
  if (clause.role === 'relative' && !['directive', 'permission', 'prohibition', 'nonRequirement'].includes(read.status)) Object.assign(read, { status: 'description', rule: 'relativeClause' });
  // "is closing the room and moving the files": a second -ing predicate goes on with its host's "is".
  const going = clause.role === 'coordinate' && clause.sharesSubject && host?.statusRule === 'progressive' && !modality && act >= 0 && v[act].lower.endsWith('ing');
  if (going && read.status === 'description') Object.assign(read, { status: 'report', rule: 'progressive' });
  return {
    role: clause.role, sharesSubject: !!clause.sharesSubject, host: clause.host, tokens: idx, span: span(sentence, tokens, idx) ?? emptySpan(tokens),
    modality, polarity, negations, act: actFrame, actor, conditions,
    status: quoted ? host.status : read.status, statusRule: quoted ? 'quotedByHost' : read.rule,
  };
}

/** An infinitive ("to keep") or a participle after a noun ("records kept", "staff filing") with a modal still to come. */
function insideSubject(v: Token[], k: number): boolean {
  // The modal-verb cue reads only the token at k, so it is asked in place (no copies).
  let modalAfter = false;
  let noAux: boolean | undefined; // asked once, at the first passive "be" after k (the scan before k is the clause's length)
  for (let j = k + 1; j < v.length && !modalAfter; j++) modalAfter = v[j].pos === 'AUX' && (MODAL_CUES[0].match(v, j) > 0 || (v[j].lemma === 'be' && passiveAfter(v, j) && (noAux ??= noAuxBefore(v, k))));
  if (!modalAfter) return false;
  // "A person's speaking a language …", "the holding of …": a gerund after a possessive or determiner is a noun.
  if (v[k].lower.endsWith('ing') && (v[k - 1]?.text === "'s" || v[k - 1]?.text === '’s' || v[k - 1]?.pos === 'DET')) return true;
  // "a properly completed form": a participle after a determiner (and adverbs) is an adjective.
  let j = k - 1;
  while (j >= 0 && v[j].pos === 'ADV') j--;
  if (v[k].lower !== v[k].lemma && (v[j]?.pos === 'DET' || v[j]?.pos === 'ADJ')) return true;
  // ("No unit as defined in § 6 may …": "as" and a participle gloss the subject.)
  const participle = v[k].lower !== v[k].lemma;
  return v[k - 1]?.lower === 'to' || v[k - 1]?.lower === 'being' || (!!v[k - 1] && (NP.has(v[k - 1].pos) || v[k - 1].lower === 'as') && participle);
}

/** "The use of funds to assist … is prohibited": before k no auxiliary has opened the verb group, so a passive "is …" after it can. */
const noAuxBefore = (v: Token[], k: number) => !v.slice(0, k).some((t) => t.pos === 'AUX');
/** "is prohibited", "are not permitted": "be" at j, then (past a negation) a past participle. */
function passiveAfter(v: Token[], j: number): boolean {
  const p = ['not', "n't"].includes(v[j + 1]?.lower ?? '') ? j + 2 : j + 1;
  return v[p]?.pos === 'VERB' && v[p].lower !== v[p].lemma && !/(?:s|ing)$/.test(v[p].lower);
}

/** "is a request", "is not necessary": the first verb group is "be" followed by no verb. */
function copulaAt(v: Token[], from: number, afterModal = false): number {
  const k = v.findIndex((t, i) => i >= from && (t.pos === 'AUX' || t.pos === 'VERB'));
  // A subject first: "BE IT RESOLVED" (and "NOW, THEREFORE, BE IT RESOLVED") opens with its verb.
  if (k < 0 || (!afterModal && k <= v.findIndex((t) => t.pos !== 'PUNCT' && t.pos !== 'ADV')) || v[k].lemma !== 'be' || v[k].pos !== 'AUX') return -1;
  // "shall be held": a passive after a modal has its participle for act.
  if (afterModal && v[k + 1]?.pos === 'VERB') return -1;
  let j = k + 1;
  while (v[j] && (v[j].pos === 'ADV' || v[j].pos === 'PART')) j++;
  return v[j] && ['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM', 'PRON'].includes(v[j].pos) ? k : -1;
}

/**
 * "In the course of their duties, e.g., traffic stops and taking reports, members shall not …": a fronted phrase that
 * opens with a preposition holds no verb of the clause; the clause reads on after its last comma before a modal.
 */
function frontedPhraseEnd(v: Token[]): number {
  const first = v.findIndex((t) => t.pos !== 'PUNCT');
  if (first < 0 || v[first].pos !== 'ADP') return 0;
  const modal = v.findIndex((t) => isModal(t) && t.pos === 'AUX');
  let comma = -1;
  for (let k = first + 1; k < modal; k++) if (v[k].text === ',') comma = k;
  return comma > 0 && v.slice(comma + 1, modal).some((t) => NP.has(t.pos)) ? comma + 1 : 0;
}

/**
 * A clause that opens with a gerund phrase before its verb group ("Assisting the board in auditing … is not
 * permitted", "Participating personnel are not authorized to …"): the gerund is the subject, and the
 * predicate starts at the first auxiliary. Returns where the predicate search starts (0 otherwise).
 */
function gerundSubjectEnd(v: Token[]): number {
  const first = v.findIndex((t) => t.pos !== 'PUNCT');
  if (first < 0 || v[first].pos !== 'VERB' || !v[first].lower.endsWith('ing')) return 0;
  // "… is not permitted", "… constitutes an arrest": the first auxiliary or present-tense verb after the gerund's phrase.
  const aux = v.findIndex((t, k) => k > first + 1 && (t.pos === 'AUX' || (t.pos === 'VERB' && /[^s]s$/.test(t.lower) && t.lower !== t.lemma)));
  return aux > first + 1 ? aux : 0;
}

/** A coordinate predicate with no modal of its own shares its host's: "shall neither hold nor release". */
function inherited(host: Frame | undefined, clause: Clause): Frame['modality'] {
  return host && clause.sharesSubject ? host.modality : null;
}

/** The subject: the noun phrase before the verb group, past a fronted phrase ("Under no circumstances", "Thereafter,"). */
function subjectBefore(v: Token[], end: number): number[] {
  let from = 0;
  for (let k = 0; k < end; k++) if (v[k].text === ',') from = k + 1;
  if (v[from]?.lower === 'whereas') from++;
  else if (v[from]?.pos === 'ADP' || v[from]?.pos === 'SCONJ') return [];
  const out = range(from, end).filter((k) => v[k].pos !== 'PUNCT' || isQuoteMark(v[k].text));
  while (out.length && ['CCONJ', 'ADV', 'PART'].includes(v[out[0]].pos)) out.shift();
  return out;
}
