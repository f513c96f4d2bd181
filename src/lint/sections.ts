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

// Words too common in headings to say what a section is about.
const PLAIN = new Set(['requirement', 'person', 'persons', 'general', 'policy', 'procedure']);
/** A title's or heading's words of six letters or more, lower-cased, a plural "s" dropped ("Records" → "record"). */
const wordsOf = (text: string) => new Set((text.toLowerCase().match(/[a-z]{6,}/g) ?? []).map((w) => (/[^s]s$/.test(w) ? w.slice(0, -1) : w)).filter((w) => !PLAIN.has(w)));

/**
 * Where a document rule's missing provision goes. Its title reads "what brings it to bear with no what it asks for"
 * ("Detainers handled with no notice to the person"): the first section whose heading names what it asks for
 * ("Notice and inmate rights"), else one naming what brings it to bear ("Detainers and custody"), else the section in
 * which the draft first brings it to bear (`at`). The draft's title, above every section, names no section.
 * (Two drafters' trials: the notice went to the end of a "287(g) Task Force Model" section, above "Detainers and custody".)
 */
export function sectionFor(ruleTitle: string, headings: readonly HeadingMark[], at: number, text: string): { heading: string; end: number } | undefined {
  const [brings, asks = ''] = ruleTitle.split(/ with no /);
  const sections = headings.filter((h, i) => !(i === 0 && h.depth === 1));
  // What brings the rule to bear is looked for from the section where the draft first does so on: above it, a subject
  // line ("SUBJECT: IMMIGRATION DETAINERS AND …") names the whole draft's matter, no section of it.
  let own = -1;
  for (const h of headings) if (h.line <= at) own = h.line;
  // (Of what brings it to bear, only a plural noun that opens the title, "Detainers handled …": a title that opens on
  // an adjective or a name, "Immigration enforcement …", names the draft's whole matter.)
  const opening = /^[A-Za-z]{5,}s\b/.exec(brings)?.[0] ?? '';
  for (const [wanted, from] of [[wordsOf(asks), -1], [wordsOf(opening), own]] as const) {
    const named = sections.find((h) => h.line >= from && [...wordsOf(h.text)].some((w) => wanted.has(w)));
    // (The last section runs to the draft's end: undefined puts the provision there.)
    if (named) return sectionAt(headings, named.line, text);
  }
  return sectionAt(headings, at, text);
}

