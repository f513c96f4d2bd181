// Drafting notes left in a draft: the citations the search's quote button inserts read
// "[drafting note: see … (unverified; not legal authority)]" and are live text, so each is listed until it
// is removed and none reaches the adopted text unnoticed (a drafter's trial: nothing listed them).
import { BUILTIN_RULES } from './builtinRules';
import type { Finding } from './finding';
import type { LineIndex } from './positions';

// Up to the closing bracket on the same line; a note left unclosed is marked up to 300 characters. No
// nested quantifier: one pass over the text.
const NOTE = /\[drafting note:[^\]\r\n]{0,300}\]?/gi;

export function draftingNoteFindings(text: string, lines: Pick<LineIndex, 'range'>): Finding[] {
  const meta = BUILTIN_RULES.find((r) => r.id === 'drafting-note')!;
  const found: Finding[] = [];
  for (const m of text.matchAll(NOTE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    found.push({ ruleId: meta.id, severity: meta.severity, message: meta.message, entries: [], start, end, range: lines.range(start, end), excerpt: m[0] });
  }
  return found;
}
