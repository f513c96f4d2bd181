// Words that name only what is awaited or absent: "until a supervisor arrives", "when no supervisor is on duty",
// "if the supervisor is not available". What such a clause names is not there when the act is done, so it cannot be
// what makes the act the kind a rule lets pass (a rule's exception for acts by supervisors does not cover the clerk
// who acts while one is awaited).
import type { SentenceFrames } from './frames';
import { frameAt, tokenAt } from './frameIndex';

export const AWAITED_EXAMPLES = [
  'The clerk shall keep the records until a supervisor arrives.',
  'When no supervisor is on duty, the clerk shall keep the records.',
  'If the supervisor is not available, the clerk shall keep the records.',
  'Records requested, no supervisor on duty: keep them in the vault.',
];

/** Whether character `at` follows a "no" in a clause with no modal, or is the subject of an "until" clause or of a negated
 *  condition ("if the supervisor is not available"; not "if verification cannot be made from the papers of the prisoner"). */
export function inAwaitedClause(read: SentenceFrames, at: number): boolean {
  const f = read.frames[frameAt(read, at)];
  if (!f) return false;
  // "no supervisor on duty", "there is no agreement": said of what is not there (not "No supervisor shall …", which directs).
  const t = tokenAt(read.tokens, at);
  if (read.tokens[t - 1]?.lower === 'no' && !f.modality) return true;
  if (f.role !== 'condition' && f.role !== 'subordinate') return false;
  // Said of the clause's subject only: in "until their release date regardless of whether …" the rest is no one awaited.
  const subject = !!f.actor && !f.act?.passive && at >= f.actor.start && at < f.actor.end;
  const until = read.tokens[f.tokens[0] - 1]?.lower === 'until' || read.tokens[f.tokens[0]]?.lower === 'until';
  return subject && (until || (f.role === 'condition' && f.polarity === -1));
}

// The words without which no clause names what is awaited or absent: "until", and the negation cues (cues.ts).
const AWAITED_WORDS = /\b(?:until|no|not|never|nothing|nobody|none|neither|nor|refus\w*|declin\w*|fail\w*|neglect\w*|hesitat\w*|refrain\w*)\b|n['’]t\b/i;

/** A cheap test on the words before reading clauses: false where no clause of the text can name what is awaited. */
export const mayNameAwaited = (text: string) => AWAITED_WORDS.test(text);
