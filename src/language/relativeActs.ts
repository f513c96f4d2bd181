// How an act in a relative clause reads. "Clerks who copy a file shall be disciplined", "Any clerk who copies a file is subject
// to discipline": a penalty on whoever does an act forbids the act that the relative clause on the penalized subject names
// (and one on whoever refuses it requires it). "shall adopt a rule which requires clerks to copy files": what a directed
// instrument directs is directed.
import type { ActPolarity } from './actPolarity';
import type { Frame, SentenceFrames } from './frames';
import { DIRECTING_VERBS, EMPOWERING_VERBS } from './actWords';

const PENALIZING_VERBS = new Set(['discipline', 'penalize', 'penalise', 'punish', 'fine', 'sanction', 'dismiss', 'prosecute']);
const PENALTY_NOUNS = new Set(['discipline', 'disciplinary', 'penalty', 'penalties', 'sanction', 'sanctions', 'prosecution', 'termination', 'dismissal', 'fine', 'fines']);

/** How the act at `t` in relative clause `f` reads: directed where `f` says what an instrument the host directs to be made
 *  directs; forbidden where `f` names whom its host penalizes (required where `f` says they refuse it: "who refuse to copy a
 *  file shall be disciplined"); else only described. */
export function relativeReading(read: SentenceFrames, f: Frame, stated: (g: Frame) => ActPolarity, t: number): [ActPolarity, string] {
  const content = instrumentContent(read, f, stated, t);
  if (content) return [content, 'instrumentContent'];
  return penalized(read, f, stated) ? [(f.polarity === -1 ? 1 : -1) as ActPolarity, 'penalizedAct'] : [0, 'relativeDescribes'];
}

// "shall adopt a rule which requires clerks to copy files": the instrument a clause directs to be made says what it directs.
const CREATING_VERBS = new Set(['adopt', 'develop', 'issue', 'establish', 'implement', 'create', 'enact', 'promulgate', 'draft', 'write', 'prepare', 'publish']);
// (The verbs that direct, and those that allow: "a procedure that authorizes clerks to seal records".)
const INSTRUMENT_VERBS = new Set([...DIRECTING_VERBS, ...EMPOWERING_VERBS]);

/** The act in the infinitive of relative clause `f` on the object of a directive to make an instrument: directed (or allowed)
 *  as the clause says; 0 where that is not the shape. */
function instrumentContent(read: SentenceFrames, f: Frame, stated: (g: Frame) => ActPolarity, t: number): ActPolarity {
  const host = f.host !== undefined ? read.frames[f.host] : undefined;
  if (!host?.act || host.act.elided || !CREATING_VERBS.has(host.act.lemma) || stated(host) !== 1 || f.span.start < host.act.span.start) return 0;
  if (!f.act || f.act.elided || !INSTRUMENT_VERBS.has(f.act.lemma) || t <= f.act.token) return 0;
  // The act is the infinitive the directing verb governs ("requires clerks to copy"), not another word of the clause.
  // ("a rule which does not require clerks to copy" neither directs nor forbids copying.)
  return f.polarity === 1 && read.tokens.slice(f.act.token + 1, t).some((x) => x.lower === 'to') ? 1 : 0;
}

function penalized(read: SentenceFrames, f: Frame, stated: (g: Frame) => ActPolarity): boolean {
  const host = f.host !== undefined ? read.frames[f.host] : undefined;
  // (The relative clause stands in the subject, before the host's verb, and the host states its penalty.)
  if (!host?.act || host.act.elided || f.span.start > host.act.span.start || stated(host) !== 1) return false;
  if (host.act.passive && PENALIZING_VERBS.has(host.act.lemma)) return true;
  if (host.act.lemma !== 'be') return false;
  // "is subject to discipline", "shall be guilty of a misdemeanor" (a bounded look after the verb).
  const after = read.tokens.slice(host.act.token + 1, host.act.token + 7);
  return after.some((t, i) => t.lower === 'guilty' || (t.lower === 'subject' && after[i + 1]?.lower === 'to' && after.slice(i + 2).some((x) => PENALTY_NOUNS.has(x.lower))));
}

/** "a presumption that releasing the person … shall not assure …": the gerund that opens a clause with an active verb is
 *  what the verb tells of, not what the clause's force directs or forbids. */
export function gerundSubject(read: SentenceFrames, f: Frame, t: number): boolean {
  return !!f.act && !f.act.passive && t < f.act.token && t === f.tokens[1] && read.tokens[t].lower.endsWith('ing');
}
