// What the HTML and Markdown compliance reports share: the writer's shape, findings grouped by rule and message, what
// the corpus and verified law say of a rule in labelled parts, and the summary and register in words. Pure.
import { explanationParts, type ExplanationPart } from '../present/ruleExplanation';
import type { Severity } from '../rules/types';
import type { DraftReport, EntryReport, FindingReport, SuppressionReport } from './model';

export interface ReportMeta {
  tool: { name: string; version: string };
}

export interface ComplianceReportWriter {
  begin(): string;
  draft(report: DraftReport): string;
  end(): string;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Findings of one rule with one message: shown once with the entries and caveats, then each sentence. */
export interface FindingGroup {
  first: FindingReport;
  findings: FindingReport[];
}

export function groupFindings(findings: readonly FindingReport[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.packId}\u0000${f.ruleId}\u0000${f.message}`;
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { first: f, findings: [f] });
  }
  return [...groups.values()];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
export const bySeverity = (a: FindingGroup, b: FindingGroup) => SEVERITY_ORDER[a.first.severity] - SEVERITY_ORDER[b.first.severity] || a.first.line - b.first.line;

export const summaryText = ({ summary }: DraftReport) =>
  `${plural(summary.conflicts, 'conflict')} (errors and warnings), ${plural(summary.notes, 'note')}, ${plural(summary.missingProvisions, 'missing provision')}, ${plural(summary.suppressions, 'suppression')}`;

export const suppressionStatus = (s: SuppressionReport) => (s.unused ? 'suppresses nothing (unused)' : `hid ${plural(s.suppressed, 'finding')}: ${s.suppressedRules.join(', ')}`);
export const suppressionRules = (s: SuppressionReport) => (s.rules.length ? s.rules.join(', ') : 'all rules');
export const coversText = (s: SuppressionReport) => (s.covers ? (s.covers.from === s.covers.to ? `line ${s.covers.from}` : `lines ${s.covers.from}–${s.covers.to}`) : 'nothing');

/** What the guidance corpus says and what verified law says of a finding's or missing provision's rule, each labelled. */
export const explanationOf = (r: { entries: readonly EntryReport[]; corpusSays?: string; lawSays?: string }): ExplanationPart[] =>
  explanationParts({ restsOn: r.entries.map((e) => e.id), corpusSays: r.corpusSays, lawSays: r.lawSays });
