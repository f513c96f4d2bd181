// The linter's own findings about suppression comments: a missing reason, an unknown rule, and a
// suppression that hides nothing (unused-suppression). One place for the whole-draft and the
// block-by-block checks, so both say the same.
import { BUILTIN_RULES } from './builtinRules';
import type { Finding } from './finding';
import type { LineIndex } from './positions';
import type { DirectiveProblem, SuppressionEntry } from './suppressions';

// A message names this many rules at most, then how many more: a comment may name thousands.
const LISTED = 10;

/** '"a", "b"', or '"a", … "j" and 5 more'. */
function quoted(names: readonly string[]): string {
  const listed = names.slice(0, LISTED).map((r) => `"${r}"`).join(', ');
  return names.length > LISTED ? `${listed} and ${(names.length - LISTED).toLocaleString('en-US')} more` : listed;
}

export function suppressionFindings(problems: readonly DirectiveProblem[], register: readonly SuppressionEntry[], text: string, lines: Pick<LineIndex, 'range'>): Finding[] {
  const found: Finding[] = [];
  const builtin = (id: string, message: (meta: { message: string }) => string, start: number, end: number) => {
    const meta = BUILTIN_RULES.find((r) => r.id === id)!;
    found.push({ ruleId: meta.id, severity: meta.severity, message: message(meta), entries: [], start, end, range: lines.range(start, end), excerpt: text.slice(start, end) });
  };
  for (const problem of problems) {
    const id = problem.kind === 'missing-reason' ? 'suppression-without-reason' : 'suppression-unknown-rule';
    const names = problem.rules ?? [problem.detail];
    const hint = problem.didYouMean ? ` Did you mean "${problem.didYouMean}"?` : '';
    const unknown = (meta: { message: string }) => (names.length === 1 ? `${meta.message} (${quoted(names)})${hint}` : `This suppression names ${names.length.toLocaleString('en-US')} rules that do not exist (${quoted(names)}).`);
    builtin(id, (meta) => (problem.kind === 'unknown-rule' ? unknown(meta) : meta.message), problem.comment.start, problem.comment.end);
  }
  for (const entry of register) {
    // A comment naming only unknown rules already has its finding (suppression-unknown-rule).
    const named = entry.rules.length > 0;
    if (named ? entry.unusedRules.length === 0 : !entry.unused) continue;
    const what = !named ? 'all rules' : quoted(entry.unusedRules);
    const partly = !entry.unused;
    builtin('unused-suppression', (meta) => (partly ? `This suppression names rules that suppress nothing where it applies (${what}): remove them from it.` : `${meta.message} (${what})`), entry.start, entry.end);
  }
  return found;
}
