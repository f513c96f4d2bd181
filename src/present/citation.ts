// Citations a drafter inserts into a draft. A draft is the text of a law: the citation must read as a
// drafting note pointing at an unverified Q&A, never as legal authority. Its form is a setting
// (policyGuidance.citationFormat), a template with {id}, {pack}, {packTitle} and {question}.
import type { Caveat, Pack } from '../corpus/types';
import { caveatsFor } from './caveatText';

export const DEFAULT_CITATION_FORMAT = '[drafting note: see {pack} guidance Q&A, {id} (unverified; not legal authority)]';

export function formatCitation(template: string, pack: Pack, entryId: string): string {
  const entry = pack.entries.find((e) => e.id === entryId);
  const values: Record<string, string> = { id: entryId, pack: pack.meta.id, packTitle: pack.meta.title, question: entry?.question ?? '' };
  const text = (template.trim() || DEFAULT_CITATION_FORMAT).replace(/\{(id|pack|packTitle|question)\}/g, (_, name: string) => values[name]);
  return text;
}

/** The text to insert after `before` (the draft's text up to the cursor): a space first when the
 *  cursor is right after a word or punctuation, so "warrant" + citation does not run together. */
export function citationInsertText(before: string, citation: string): string {
  return before.length && !/[\s([{“"'‘-]$/.test(before) ? ` ${citation}` : citation;
}

/** The entry's caveats that doubt a passage (unverified or outdated), which a citation should not hide. */
export function doubtfulCaveats(pack: Pack, entryId: string): Caveat[] {
  return caveatsFor(pack, entryId).filter((c) => c.kind === 'unverified' || c.kind === 'outdated');
}

/** "2 unverified passages", "1 outdated passage", "1 unverified and 1 outdated passage"; "" when none. */
export function doubtfulSummary(caveats: Caveat[]): string {
  const unverified = caveats.filter((c) => c.kind === 'unverified').length;
  const outdated = caveats.filter((c) => c.kind === 'outdated').length;
  const total = unverified + outdated;
  if (!total) return '';
  const parts = [unverified ? `${unverified} unverified` : '', outdated ? `${outdated} outdated` : ''].filter(Boolean);
  return `${parts.join(' and ')} passage${total === 1 ? '' : 's'}`;
}
