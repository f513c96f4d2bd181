// The words a finding's row leads with in the Problems panel, as a spelling checker leads with the word. They
// must not read as the opposite of the sentence: an act the sentence rules out says so ("shall not notify ICE …"
// had led with “notify ICE of the release”), and a match's trailing article or preposition is dropped ("arrest a").
import { shorten } from '../fix/suggestedFixes';

/** What a finding rests on, as far as its row needs it. */
export interface LeadEvidence {
  action?: string;
  treatment?: 'directed' | 'forbidden';
  context: string[];
}

const TRAILING = /(?:\s+(?:a|an|the|any|such|of|to|for|from|in|on|at|by|with|and|or|their|his|her|its))+$/i;
const LEADING = /^(?:(?:and|or|but)\s+)+/i;
const MODAL = /\b(?:shall|must|may|will|should|can|cannot)\b/gi;

/** "“notify ICE of the release” (ruled out or limited)", "“shall hold”", or undefined where no words are known. */
export function leadWords(evidence: LeadEvidence | undefined, max = 50): string | undefined {
  const raw = evidence?.action ?? evidence?.context[0];
  if (!raw) return undefined;
  const spaced = raw.replace(/\s+/g, ' ').trim();
  // From the last modal on, where the words run on from a subject or a list's lead-in: "sworn officers of the Sheriff
  // shall not share" (the officers were the exception to "County employees other than …"), "apply The principal shall hold".
  const modal = [...spaced.matchAll(MODAL)].pop();
  const words = modal && modal.index! > 0 ? spaced.slice(modal.index) : spaced;
  const trimmed = words.replace(LEADING, '').replace(TRAILING, '') || words;
  // A one-word act says little alone ("stop" read the same for profiling and a status-only stop): the first context joins it.
  const context = evidence?.action && !/\s/.test(trimmed) ? evidence.context[0]?.replace(/\s+/g, ' ').trim() : undefined;
  const quoted = context && !trimmed.toLowerCase().includes(context.toLowerCase()) ? `“${trimmed}”, “${shorten(context, max - trimmed.length)}”` : `“${shorten(trimmed, max)}”`;
  return evidence?.action && evidence.treatment === 'forbidden' ? `${quoted} (ruled out or limited)` : quoted;
}
