// The user's severities over a check's findings: "off" drops a rule (its findings and its document-rule
// state), an unknown value keeps the rule's own, and each finding gets its id in draft order.
import type { Finding } from '../lint/finding';
import type { Severity } from '../rules/types';
import type { EngineFinding } from './engine';

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint']);

/** "pack/rule" (two packs share the rule id) → "rule". */
export const bareRuleId = (ruleId: string) => ruleId.slice(ruleId.indexOf('/') + 1);

const shownAs = new WeakMap<Finding, EngineFinding>();

export function withSeverity<F extends Finding & { packId?: string }, S extends { ruleId: string }>(
  findings: readonly F[],
  documentRules: readonly S[],
  severity: Readonly<Record<string, string>>,
): { findings: EngineFinding[]; documentRules: S[] } {
  const severityOf = (ruleId: string): string | undefined => severity[ruleId] ?? severity[bareRuleId(ruleId)];
  const shown: EngineFinding[] = [];
  findings.forEach((f, i) => {
    const wanted = severityOf(f.ruleId);
    if (wanted === 'off') return;
    const severity = wanted && SEVERITIES.has(wanted) ? (wanted as Severity) : f.severity;
    // A finding of a block the edit did not move is the same object again: so is what it shows, if nothing else changed.
    const last = shownAs.get(f);
    if (last && last.id === `f${i}` && last.severity === severity) return void shown.push(last);
    const finding = { ...f, severity, id: `f${i}`, packId: f.packId ?? '' };
    shownAs.set(f, finding);
    shown.push(finding);
  });
  return { findings: shown, documentRules: documentRules.filter((r) => severityOf(r.ruleId) !== 'off') };
}
