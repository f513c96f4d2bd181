// An act made to wait on someone's leave: "shall obtain approval prior to contacting …" limits the contact.
import type { Frame } from './frames';
import type { Token } from './tokens';
/** Nouns of leave given beforehand: what needs one first is limited by it. */
const LEAVE_NOUNS = new Set(['approval', 'authorization', 'authorisation', 'permission', 'consent', 'clearance']);
const LEAVE_VERBS = new Set(['approve', 'authorize', 'authorise', 'clear']);
/** "shall obtain approval prior to contacting …", "must seek authorization before responding …", "must first approve
 *  notification to …": an act the clause makes wait on someone's leave is limited, not directed. */
export function approvalFirst(tokens: Token[], f: Frame, t: number): boolean {
  const act = f.act && !f.act.elided ? f.act.token : -1;
  if (act < 0 || t <= act) return false;
  // "must first approve notification": the leave is the verb, "first" before it, what it approves after it.
  if (LEAVE_VERBS.has(tokens[act].lemma) && tokens[act - 1]?.lower === 'first') return true;
  // ("prior to making contact with …": the words may open on the noun after a light gerund.)
  const gerund = (i: number) => tokens[i]?.pos === 'VERB' && tokens[i].lower.endsWith('ing');
  const g = gerund(t) ? t : gerund(t - 1) ? t - 1 : -1;
  const k = tokens[g - 1]?.lower === 'first' ? g - 2 : g - 1;
  const before = g > 0 && (tokens[k]?.lower === 'before' || (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'prior'));
  if (!before) return false;
  // The leave is named in the clause before "before": its object ("obtain approval") or its passive subject ("Approval will be obtained").
  return f.tokens.some((i) => i < k && LEAVE_NOUNS.has(tokens[i].lemma));
}
