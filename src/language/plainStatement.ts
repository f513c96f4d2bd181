// Whether a sentence states its act plainly: a directive or permission, with no negation, no condition,
// time or purpose clause, no word that denies, forbids or refuses, and nothing after its last clause but
// its final mark. Only then does a condition added at the sentence's end attach to the act and narrow what
// it affirms; elsewhere it would garble the provision or reverse it ("shall not release … only if …",
// "shall not refuse to hold … only if …", "…; and only if …"). In doubt, not plain.
import { DENYING_VERBS, FORBIDDING_VERBS, NEGATORS, REFUSING_VERBS } from './actWords';
import { matchSubordinator } from './cues';
import { readFrames } from './frames';
import type { Token } from './tokens';

/** Clauses that a condition at the sentence's end would attach to instead of the act. */
const DEPENDENT = new Set(['condition', 'subordinate']);
/** Words that say no without a negation cue ("the prohibition on …", "no later than"). */
const NAYSAYING = new Set(['no', 'none', 'nothing', 'nobody', 'neither', 'nor', 'cannot', 'prohibition', 'ban', 'refusal', 'denial', 'ineligible']);
/** Words that open a clause of time or purpose, beyond the subordinators clauses.ts splits at. */
const CLAUSE_OPENERS: string[][] = [['while'], ['till'], ['once'], ['upon'], ['provided'], ['in', 'order', 'to'], ['as', 'soon', 'as'], ['as', 'long', 'as']];

const opensClause = (tokens: Token[], at: number) => !!matchSubordinator(tokens, at) || CLAUSE_OPENERS.some((words) => words.every((w, k) => tokens[at + k]?.lower === w));
const saysNo = (t: Token) => NEGATORS.has(t.lemma) || NEGATORS.has(t.lower) || NAYSAYING.has(t.lower) || FORBIDDING_VERBS.has(t.lemma) || DENYING_VERBS.has(t.lemma) || REFUSING_VERBS.has(t.lemma);

/** `leadIn`: the words a list item is read after ("The clerk shall:"), without its colon. */
export function statesPlainly(sentence: string, leadIn?: string): boolean {
  const read = readFrames(leadIn ? `${leadIn.replace(/[\s:]+$/, '')} ${sentence}` : sentence);
  if (read.status !== 'directive' && read.status !== 'permission') return false;
  if (read.frames.some((f) => f.negations.length > 0 || f.conditions.length > 0 || DEPENDENT.has(f.role))) return false;
  const { tokens } = read;
  if (tokens.some((t, i) => saysNo(t) || opensClause(tokens, i))) return false;
  // A list's parts (";" or ":" before the final mark) or a last word that joins on ("…; and"): the end is not the act's clause.
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const last = words[words.length - 1];
  return !!last && last.pos !== 'CCONJ' && !tokens.some((t) => (t.text === ';' || t.text === ':') && t.start < last.end);
}
