// The fixes of a finding and the finding of a rule in a draft, as the fix tests ask for them.
import assert from 'node:assert/strict';
import type { Pack } from '../../src/corpus/types';
import { suggestedFixes } from '../../src/fix/suggestedFixes';
import type { Finding } from '../../src/lint/finding';
import type { DraftFormat, Linter } from '../../src/lint/lint';

/** The fixes offered for a finding, with the rule as the pack has it and the linter saying what still flags. */
export const fixesFor = (pack: Pack, linter: Linter, text: string, finding: Finding) =>
  suggestedFixes({ text, finding, rule: pack.rules.rules.find((r) => r.id === finding.ruleId), stillFlags: (s, leadIn) => linter.flagsSentence(finding.ruleId, s, leadIn) });

/** The first finding of the rule in the text; fails the test where there is none. */
export function findingIn(linter: Linter, text: string, ruleId: string, format: DraftFormat = 'markdown'): Finding {
  const found = linter.lint(text, format).find((f) => f.ruleId === ruleId);
  assert.ok(found, `${ruleId} is found in: ${text}`);
  return found;
}

/** The text with the edits made (from the last, so earlier offsets hold). */
export function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}
