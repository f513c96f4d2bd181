// Headings set in running text: "(2) Inquiries about immigration status." before the provision, a
// plain-text title line ("Section 4. Holding Persons for Other Agencies"). A heading names a topic and
// directs nothing, however much of a rule's vocabulary it holds. English only: no pack's words here.

// Section labels before the title: "(2)", "4.", "(c)", "§ 12-3", "Sec. 4.1", "Article II".
const LABEL = /^(?:\s*(?:(?:§{1,2}|sec(?:tion)?\.?|article|art\.|part|chapter|rule)\s*)?(?:\(?[0-9]{1,4}(?:[.-][0-9]{1,4}){0,3}[.):]?|\(?[a-z][.)]|\([ivxlc]{1,6}\)|[IVXLC]{1,6}\.)(?=\s|$))+/i;
// Words that make a clause: a modal, an auxiliary, a negation. A title has none.
export const CLAUSE_WORD = /\b(?:shall|must|may|will|should|can|cannot|could|would|might|is|are|was|were|be|been|being|has|have|had|do|does|did|not|no|never|nor)\b/i;
// A first word that names rather than commands: "Inquiries", "Detainers", "Holding", "Cooperation".
// Base-form verbs that end like this ("Bring", "Process", "Address") are commands.
const NOMINAL_FIRST = /^[A-Z][a-z]*(?:ing|tions?|sions?|ities|ity|ances?|ences?|ies|[^su]s)$/;
const VERB_LOOKALIKE = /^(?:bring|string|spring|swing|sting|cling|fling|sling|wring|sing|ring)$/i;
const MAX_WORDS = 12;
const CAPITALS = /^[A-Z][A-Z0-9 ,&/'’().-]*$/;
const CAPS_ONLY = /^[A-Z][A-Z0-9 &/'’().-]*$/;
// What makes a line in capitals a provision rather than a title: a modal or a negation.
const DIRECTING_WORD = /\b(?:shall|must|may|will|should|cannot|not|no|never|nor)\b/i;
// A title that starts with a noun is short and has no series in it; "Immigration enforcement activity on
// campuses disrupts instruction, harms attendance, and creates fear." is a sentence.
const MAX_NOMINAL_WORDS = 8;

/** Whether a sentence is a heading or title rather than a provision (see above). */
export function isHeadingFragment(sentence: string): boolean {
  const label = LABEL.exec(sentence);
  const title = sentence.slice(label ? label[0].length : 0).replace(/[\s.:\-–—]+$/, '').trim();
  if (title.length === 0 || title.length > 120 || /[;!?]/.test(title)) return false;
  const words = title.split(/\s+/);
  // A labelled line in capitals is a title though it has a verb: "ARTICLE IV. COUNTY INMATES WHO ARE THE SUBJECT OF DETAINERS".
  if (label && CAPITALS.test(title) && words.length <= MAX_WORDS && !DIRECTING_WORD.test(title)) return true;
  // ("No. 2026-14" is a number, not a negation.)
  if (words.length > MAX_WORDS || CLAUSE_WORD.test(title.replace(/\bno\.\s*(?=\d)/gi, ''))) return false;
  const first = words[0].replace(/^["“'‘(]+|[,"”'’)]+$/g, '');
  if (NOMINAL_FIRST.test(first) && !VERB_LOOKALIKE.test(first) && words.length <= MAX_NOMINAL_WORDS && !title.includes(',')) return true;
  // After a section label a short name is a title: "Section 5. Sensitive locations." (an adjective before the noun).
  const last = words[words.length - 1].replace(/[^A-Za-z]+$/, '');
  if (label && words.length <= 4 && /^[A-Z]/.test(title) && NOMINAL_FIRST.test(last[0]?.toUpperCase() + last.slice(1)) && !VERB_LOOKALIKE.test(last)) return true;
  // A short line in capitals ("II. ORDER", "PURPOSE") is a title however few its words.
  // ("RESOLUTION NO. 2026-14": an abbreviation's full stop inside.)
  if (CAPS_ONLY.test(title) && /[A-Z]{3}/.test(title) && words.length <= MAX_NOMINAL_WORDS) return true;
  // Title case: every longer word capitalised ("Verification of Status", "IMMIGRATION DETAINERS").
  const long = words.map((w) => w.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '')).filter((w) => w.length >= 4);
  return long.length >= 2 && long.every((w) => /^[A-Z]/.test(w));
}

/** Whether a plain-text line is a title line: a heading with no sentence punctuation at its end. */
export function isTitleLine(line: string): boolean {
  // After a section label a title may end on a full stop: "Section 5. County Resources." standing alone.
  const open = !/[.;:,!?]["”’)]*\s*$/.test(line) || (SECTION_LABEL.test(line) && /[^.]\.\s*$/.test(line));
  return open && isHeadingFragment(line);
}
const SECTION_LABEL = /^\s*(?:§{1,2}|sec(?:tion)?\.?|article|art\.)\s*[0-9IVXLC]{1,4}(?:[.-][0-9]{1,4}){0,3}\.?\s/i;

/** A title line set apart as a manual sets its sections: numbered ("428.4.2 HOLDS", "Section 5.", "§ 12") or in capitals. */
export function isSectionTitleLine(line: string): boolean {
  const numbered = SECTION_LABEL.test(line) || /^\s*\d+(?:\.\d+)+\.?\s/.test(line);
  return (numbered || (CAPS_ONLY.test(line.trim()) && /[A-Z]{3}/.test(line))) && isTitleLine(line);
}
