// "If a visitor asks for a key, decline": what a condition asks for is refused or granted by the clause it conditions
// ("decline", "refuse"; "do not answer"; "comply", "provide"), not merely named as the condition.
import type { ActPolarity } from './actPolarity';
import type { Frame, SentenceFrames } from './frames';
import { ASKING_VERBS, GRANTING_VERBS, REFUSING_VERBS } from './actWords';

/** Verbs that give what was asked for: "provide", "answer", "let … in". */
const ANSWERING_VERBS = new Set(['answer', 'respond', 'reply', 'provide', 'give', 'tell', 'assist', 'help', 'allow', 'permit', 'let']);

/** How word `t` in condition `f` reads: refused or granted by the host where `f` asks for it, else the condition itself. */
export function conditionAct(read: SentenceFrames, f: Frame, t: number, stated: (g: Frame) => ActPolarity): [ActPolarity, string] {
  const answer = answeredRequest(read, f, t, stated);
  return answer ? [answer, 'answeredRequest'] : [0, 'inCondition'];
}

function answeredRequest(read: SentenceFrames, f: Frame, t: number, stated: (g: Frame) => ActPolarity): ActPolarity {
  if (f.host === undefined || !f.act || f.act.elided || !ASKING_VERBS.has(f.act.lemma) || t <= f.act.token) return 0;
  const host = read.frames[f.host];
  if (!host.act || host.act.elided) return 0;
  if (REFUSING_VERBS.has(host.act.lemma)) return -stated(host) as ActPolarity;
  return GRANTING_VERBS.has(host.act.lemma) || ANSWERING_VERBS.has(host.act.lemma) ? stated(host) : 0;
}
