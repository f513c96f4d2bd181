// The user's severities over a check's findings: "off" drops a rule (its findings and its document-rule
// state), an unknown value keeps the rule's own, and each finding gets its id in draft order.
import type { Finding } from '../lint/finding';
import type { Severity } from '../rules/types';
import type { EngineFinding, SuppressedFinding } from './engine';

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint']);

/** "pack/rule" (two packs share the rule id) → "rule". */
export const bareRuleId = (ruleId: string) => ruleId.slice(ruleId.indexOf('/') + 1);

/** A finding under the user's severity, with its id (`prefix` and its index), or undefined where its rule is "off". */
function underSeverity<F extends Finding & { packId?: string }>(f: F, severity: Readonly<Record<string, string>>, id: string): EngineFinding | undefined {
  const wanted = severity[f.ruleId] ?? severity[bareRuleId(f.ruleId)];
  if (wanted === 'off') return undefined;
  return { ...f, severity: wanted && SEVERITIES.has(wanted) ? (wanted as Severity) : f.severity, id, packId: f.packId ?? '' };
}

export function withSeverity<F extends Finding & { packId?: string }, S extends { ruleId: string }>(
  findings: readonly F[],
  documentRules: readonly S[],
  severity: Readonly<Record<string, string>>,
): { findings: EngineFinding[]; documentRules: S[] } {
  const shown: EngineFinding[] = [];
  findings.forEach((f, i) => {
    const finding = underSeverity(f, severity, `f${i}`);
    if (finding) shown.push(finding);
  });
  const off = (ruleId: string) => (severity[ruleId] ?? severity[bareRuleId(ruleId)]) === 'off';
  return { findings: shown, documentRules: documentRules.filter((r) => !off(r.ruleId)) };
}

/** The findings suppression comments hid, under the same severities (an "off" rule's are dropped), each with the comments' reasons. */
export function hiddenWithSeverity<F extends Finding & { packId?: string }>(hidden: ReadonlyArray<{ finding: F; reasons: string[] }>, severity: Readonly<Record<string, string>>): SuppressedFinding[] {
  const shown: SuppressedFinding[] = [];
  hidden.forEach(({ finding: f, reasons }, i) => {
    const finding = underSeverity(f, severity, `s${i}`);
    if (finding) shown.push({ ...finding, reasons });
  });
  return shown;
}
