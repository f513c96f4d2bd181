// The `rules` listing: one aligned line per rule.
import { columnWidth } from './columnWidth';
import type { RuleInfo } from './types';

export function formatRulesTable(rules: RuleInfo[]): string {
  const rows = [['RULE', 'SEVERITY', 'SCOPE', 'ENTRIES', 'TITLE'], ...rules.map((r) => [r.id, r.severity, r.scope, r.restsOn.join(', ') || '-', r.title])];
  const widths = [0, 1, 2, 3].map((c) => columnWidth(rows.map((row) => row[c])));
  return `${rows.map((row) => row.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join('  ')).join('\n')}\n`;
}
