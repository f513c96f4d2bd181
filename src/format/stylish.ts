// ESLint's "stylish" report: a header per file, one aligned line per finding, then a summary.
// Files without findings print nothing, and neither does a clean run.
import type { Severity } from '../rules/types';
import { oneBased } from './oneBased';
import { oneLine } from './oneLine';
import type { FileFindings } from './types';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatStylish(files: FileFindings[]): string {
  const blocks: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { file, findings } of files) {
    if (findings.length === 0) continue;
    const rows = findings.map((f) => {
      const { line, column } = oneBased(f.range);
      return [`${line}:${column}`, LABEL[f.severity], oneLine(f.message), f.ruleId];
    });
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c].length)));
    blocks.push([file, ...rows.map((row) => `  ${row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  ')}`)].join('\n'));
    for (const f of findings) {
      if (f.severity === 'error') counts.error++;
      else if (f.severity === 'warning') counts.warning++;
      else counts.info++; // information and hint
    }
  }
  if (blocks.length === 0) return '';
  const total = counts.error + counts.warning + counts.info;
  const summary = `${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  return `${blocks.join('\n\n')}\n\n${summary}\n`;
}
