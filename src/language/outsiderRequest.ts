// A question another body asks: "refer all Bureau inquiries about a tenant's status to counsel", "questions from the Bureau
// about a tenant". The words name what the other body asks about; the clause directs what is done with its questions.
// (A request *for* something is read by what the clause does with it: "Requests from the Bureau for records shall be
// declined" refuses the records.)
import type { SentenceFrames } from './frames';

/** Nouns that name an asking. */
const ASKING_NOUNS = new Set(['inquiry', 'question', 'request', 'query']);
/** What a question is about. */
const ABOUT = new Set(['about', 'regarding', 'concerning', 'into', 'as']);

/** Whether token t is an asking noun about something whose asker is an outsider: right before it ("visitor inquiries about",
 *  "the Bureau's question about") or after "from"/"by" right after it ("inquiries from the Bureau about"). */
export function outsiderRequest(read: SentenceFrames, t: number): boolean {
  const tokens = read.tokens;
  if (tokens[t]?.pos !== 'NOUN' || !ASKING_NOUNS.has(tokens[t].lemma)) return false;
  let k = t - 1;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === '’s') k--;
  if (k >= 0 && read.outsider[k]) return ABOUT.has(tokens[t + 1]?.lower ?? '');
  if (!['from', 'by'].includes(tokens[t + 1]?.lower ?? '')) return false;
  let outsider = false;
  let i = t + 2;
  for (; i < tokens.length && i < t + 7 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[i].pos); i++) outsider ||= read.outsider[i];
  return outsider && ABOUT.has(tokens[i]?.lower ?? '');
}
