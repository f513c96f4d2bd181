// ESLint's "stylish" report: a header per file, one aligned line per finding with the sentence it was
// raised on below it; then, once for each rule found, what the guidance corpus says and what verified law says,
// each on a line under its label; then a summary.
// Files without findings print nothing, and neither does a clean run.
import type { Severity } from '../rules/types';
import { columnWidth } from './columnWidth';
import { explanationParts, partHeading } from '../present/ruleExplanation';
import { rulesById } from './ruleInfo';
import { NOT_LEGAL_ADVICE } from './notice';
import { oneBased } from './oneBased';
import { oneLine } from './oneLine';
import type { FileFindings, ReportWriter, RuleInfo } from './types';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

// How much of the sentence found a report line quotes.
const EXCERPT = 120;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The stylish report written file by file: a block per file with findings, one line at a time. */
export class StylishWriter implements ReportWriter {
  private readonly counts = { error: 0, warning: 0, info: 0, hint: 0 };
  private blocks = 0;
  private readonly rules: Map<string, RuleInfo>;
  /** The rules found so far, in the order first found: each explained once, at the end. */
  private readonly found = new Set<string>();

  constructor(rules: readonly RuleInfo[] = []) {
    this.rules = rulesById(rules);
  }

  begin(): string {
    return '';
  }

  *file({ file, findings }: FileFindings): Iterable<string> {
    if (findings.length === 0) return;
    // The rule id before the message, which is last, so short messages are not padded out to the longest; the sentence
    // found, quoted, on the line below. What the corpus and the law say is said once per rule, at the end.
    const rows = findings.map((f) => {
      const { line, column } = oneBased(f.range);
      return [`${line}:${column}`, LABEL[f.severity], f.ruleId, oneLine(f.message)];
    });
    const widths = [0, 1, 2].map((c) => columnWidth(rows.map((row) => row[c])));
    const indent = ' '.repeat(2 + widths[0] + 2);
    for (const f of findings) {
      if (f.severity === 'error') this.counts.error++;
      else if (f.severity === 'warning') this.counts.warning++;
      else if (f.severity === 'hint') this.counts.hint++;
      else this.counts.info++;
      this.found.add(f.ruleId);
    }
    yield `${this.blocks++ > 0 ? '\n' : ''}${file}\n`;
    for (let i = 0; i < rows.length; i++) {
      yield `  ${rows[i].map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  ')}\n`;
      const excerpt = oneLine(findings[i].excerpt).trim();
      if (excerpt) yield `${indent}> ${excerpt.length > EXCERPT ? `${excerpt.slice(0, EXCERPT - 1).trimEnd()}…` : excerpt}\n`;
    }
  }

  end(): string {
    if (this.blocks === 0) return '';
    const { error, warning, info, hint } = this.counts;
    // (Hints are named only where there are some: a severity override makes them.)
    const hints = hint ? `, ${plural(hint, 'hint')}` : '';
    return `${this.explanations()}\n${plural(error + warning + info + hint, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info')}${hints})\n${NOT_LEGAL_ADVICE}\n`;
  }

  /** Each rule found that says what the corpus and the law say: its id, then a line for each part under its label. */
  private explanations(): string {
    const blocks = [...this.found].flatMap((id) => {
      const parts = explanationParts(this.rules.get(id) ?? { restsOn: [] });
      return parts.length ? [`  ${id}\n${parts.map((part) => `    ${partHeading(part)}: ${oneLine(part.text)}\n`).join('')}`] : [];
    });
    return blocks.length ? `\nWhat the guidance corpus and verified sources say, rule by rule:\n${blocks.join('')}` : '';
  }
}

/** The whole report as one string, for callers with few findings. */
export function formatStylish(files: FileFindings[], rules: readonly RuleInfo[] = []): string {
  const writer = new StylishWriter(rules);
  return [writer.begin(), ...files.flatMap((file) => [...writer.file(file)]), writer.end()].join('');
}
