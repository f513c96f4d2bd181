// Where a missing provision goes: at the end of the section in which the draft first brings the rule
// to bear (its heading, and what follows up to the next heading of the same or a higher level), as a
// drafter would add it, rather than after whatever section happens to close the draft.
import type { ProseUnit } from './proseUnit';

/** A heading's place: where its line starts in the source, its level, its words. */
export interface HeadingMark {
  line: number;
  depth: number;
  text: string;
}

/** The headings among prose units, `shift` added to their source offsets (a block's start in its draft). */
export function headingMarks(units: readonly ProseUnit[], source: string, shift = 0): HeadingMark[] {
  const marks: HeadingMark[] = [];
  for (const unit of units) {
    if (unit.kind !== 'heading') continue;
    const first = unit.offsets.find((o) => o >= 0);
    if (first === undefined) continue;
    marks.push({ line: source.lastIndexOf('\n', first - 1) + 1 + shift, depth: unit.depth ?? 1, text: unit.text.trim() });
  }
  return marks;
}

/**
 * The section holding offset `at` of the draft: its heading's words, and the offset just after its last
 * non-blank character. Undefined when no heading stands above `at` or the section runs to the draft's
 * end: the provision then goes at the end of the draft.
 */
export function sectionAt(headings: readonly HeadingMark[], at: number, text: string): { heading: string; end: number } | undefined {
  let own = -1;
  while (own + 1 < headings.length && headings[own + 1].line <= at) own++;
  if (own < 0) return undefined;
  const { depth } = headings[own];
  let next = own + 1;
  while (next < headings.length && headings[next].depth > depth) next++;
  if (next === headings.length) return undefined;
  let end = headings[next].line;
  while (end > headings[own].line && /\s/.test(text[end - 1])) end--;
  return { heading: headings[own].text, end };
}
