// Which findings wait while a drafter types. A spelling checker does not mark the word being typed
// (cSpell's hideIssuesWhileTyping); here the unit is the sentence: a finding the draft did not have
// before waits while the sentence under the cursor is unfinished (trials saw "Officers shall hold the
// person on the ICE detainer" flagged before its "unless …" was typed). It shows once the sentence ends
// (. ! ? ; or : before the cursor), the cursor leaves the sentence, or typing pauses (typingHold.ts).
// Findings already shown stay, and a finding that goes away goes at once. Editor-free, so it is tested
// in Node; the editor's side is typingHold.ts.
import type { DraftReport, PackFinding } from './draftFindings';
import { findingCounts, type TopicState } from '../present/topicStates';

/** Offsets [start, end) of the sentence around `offset`: back to the end of the last sentence or a blank
 *  line, on to the end of this one (its mark included) or a blank line. Looks at most 2,000 characters
 *  either way. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const from = Math.max(0, offset - 2000);
  const before = text.slice(from, offset);
  let start = from;
  for (const m of before.matchAll(/[.!?;:]["'”’)\]*_]*\s+|\n[ \t]*\n/g)) start = from + m.index + m[0].length;
  const after = text.slice(offset, offset + 2000);
  const next = /[.!?;:](?=["'”’)\]*_]*(?:\s|$))|\n[ \t]*\n/.exec(after);
  const end = next ? offset + next.index + (next[0].startsWith('\n') ? 0 : 1) : Math.min(text.length, offset + 2000);
  return { start, end };
}

/** Whether the text just before `offset` ends a sentence: its mark, then perhaps closing quotes,
 *  brackets, emphasis and spaces. */
export function endsSentence(text: string, offset: number): boolean {
  return /[.!?;:]["'”’)\]*_]*\s*$/.test(text.slice(Math.max(0, offset - 80), offset));
}

const overlaps = (f: Pick<PackFinding, 'start' | 'end'>, span: { start: number; end: number }) => f.start <= span.end && f.end >= span.start;
const sameRule = (a: Pick<PackFinding, 'ruleId' | 'packId'>, b: Pick<PackFinding, 'ruleId' | 'packId'>) => a.ruleId === b.ruleId && a.packId === b.packId;

/**
 * The findings of a check to hold back while the sentence around `cursor` is being typed: those on it
 * that no shown finding of the same rule was on, and new document-rule findings (a missing provision
 * the words being typed bring into scope, shown on the title). None when the sentence is finished.
 * `shown` are the findings on screen, from an earlier version: edits since were at the cursor, so text
 * before it kept its offsets. `sentence` is sentenceAround's, where the caller has it already.
 */
export function heldFindings<F extends PackFinding>(
  findings: readonly F[],
  shown: readonly PackFinding[],
  text: string,
  cursor: number,
  isDocumentRule: (f: PackFinding) => boolean,
  sentence = sentenceAround(text, cursor),
): F[] {
  if (endsSentence(text, cursor)) return [];
  return findings.filter((f) =>
    isDocumentRule(f) ? !shown.some((s) => sameRule(s, f)) : overlaps(f, sentence) && !shown.some((s) => sameRule(s, f) && overlaps(s, sentence)),
  );
}

/** The report as shown with some findings held back: the findings, and each topic's counts and state
 *  without them (a topic whose only conflicts wait reads "mentioned": the sentence uses its words). */
export function withoutFindings(report: DraftReport, held: readonly PackFinding[]): DraftReport {
  if (!held.length) return report;
  const out = new Set(held);
  const topics = new Map(
    [...report.topics].map(([packId, statuses]) => [
      packId,
      statuses.map((status) => {
        if (!status.findings.some((f) => out.has(f))) return status;
        const findings = status.findings.filter((f) => !out.has(f));
        const { conflicts, notes } = findingCounts(findings);
        const state: TopicState = conflicts ? 'conflicts' : status.covered.length ? 'covered' : 'mentioned';
        return { ...status, findings, conflicts, notes, state };
      }),
    ]),
  );
  return { ...report, findings: report.findings.filter((f) => !out.has(f)), topics };
}
