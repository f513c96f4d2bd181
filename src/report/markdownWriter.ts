// The compliance report as Markdown. Pack and draft text is always escaped: it never becomes markup, links or HTML. Pure.
import { safeUrl } from '../present/caveatText';
import type { Source } from '../corpus/types';
import { REPORT_NOTICE, type DraftReport, type EntryReport } from './model';
import type { ExplanationPart } from '../present/ruleExplanation';
import { bySeverity, coversText, explanationOf, groupFindings, plural, summaryText, suppressionRules, suppressionStatus, type ComplianceReportWriter, type ReportMeta } from './reportText';

/**
 * Pack and draft text as inline Markdown text: one line, and every character that could start markup
 * (emphasis, a link or image, HTML, an entity, a heading, a table cell, code) escaped. Unlike hovers,
 * a report is not rendered where a link could run a command, so ":" and parentheses stay readable.
 */
const md = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]<>#|!~&]/g, '\\$&');
/** A quoted sentence on one line: Markdown-escaped, line breaks folded. */
const mdQuote = (text: string) => `“${md(text.trim())}”`;

/** What the corpus says and what verified law says, an item each, its label in bold. */
const saysMd = (parts: readonly ExplanationPart[]) => parts.map((p) => `  - **${md(p.label)}**${p.detail ? ` (${md(p.detail)})` : ''}: ${md(p.text)}`);

function sourcesMd(sources: readonly Source[]): string {
  return sources.map((s) => (safeUrl(s.url) ? `[${md(s.title)}](${safeUrl(s.url)})` : md(s.title))).join('; ');
}

function entriesMd(entries: readonly EntryReport[], indent: string): string[] {
  if (entries.length === 0) return [];
  const lines = [`${indent}- Rests on:`];
  for (const e of entries) {
    lines.push(`${indent}  - **${md(e.id)}.** ${md(e.question)}`);
    for (const c of e.caveats) lines.push(`${indent}    - *${c.label}*, on ${mdQuote(c.quote)}: ${md(c.note)} Sources: ${sourcesMd(c.sources)}`);
    if (e.caveats.length === 0) lines.push(`${indent}    - No caveat on this entry.`);
  }
  return lines;
}

function draftMd(report: DraftReport): string {
  const lines = [`## Draft: ${md(report.file)}`, '', summaryText(report), '', 'Checked against:', ''];
  for (const p of report.packs) lines.push(`- **${md(p.title)}** (\`${p.id}\`). Source: ${md(p.source)}. Date: ${p.date ? md(p.date) : 'not given by the pack'}.`);
  lines.push('', `> **${md(REPORT_NOTICE)}**`, '', '### Topics', '');
  for (const t of report.topics) {
    lines.push(`- **${md(t.label)}**: ${md(t.stateText)}. ${md(t.explanation)}`);
    for (const s of t.sentences) {
      const why = s.ruleId ? ` (\`${s.ruleId}\`)` : s.provides ? ` has what \`${s.provides}\` asks for` : s.term ? ` mentions ${mdQuote(s.term)}` : '';
      lines.push(`  - line ${s.line}${why}: ${s.wholeDraft ? `the draft as a whole: ${md(s.text)}` : mdQuote(s.text)}`);
    }
    if (t.moreSentences) lines.push(`  - and ${t.moreSentences} more`);
  }
  lines.push('', `### Findings (${report.findings.length})`, '');
  if (report.findings.length === 0) lines.push('No findings.');
  for (const { first, findings } of groupFindings(report.findings).sort(bySeverity)) {
    lines.push(`- **${first.severity}** · ${md(first.title)} (\`${first.ruleId}\`)${findings.length > 1 ? ` × ${findings.length}` : ''}`);
    for (const f of findings) lines.push(`  - line ${f.line}: ${f.sentence !== undefined ? `${f.leadIn ? `${mdQuote(f.leadIn)} … ` : ''}${mdQuote(f.sentence)}` : 'the draft as a whole'}`);
    lines.push(`  - Why: ${md(first.message)}`, ...saysMd(explanationOf(first)));
    if (first.suggestion) lines.push(`  - Wording to consider: ${mdQuote(first.suggestion)}`);
    lines.push(...entriesMd(first.entries, '  '));
  }
  lines.push('', `### Missing provisions (${report.missingProvisions.length})`, '');
  if (report.missingProvisions.length === 0) lines.push('None: every provision the checks ask for in this draft’s scope is present.');
  for (const m of report.missingProvisions) {
    lines.push(`- **${md(m.title)}** (\`${m.ruleId}\`)${m.suppressed ? ': suppressed, see the register' : ''}`, `  - ${md(m.message)}`, ...saysMd(explanationOf(m)));
    if (m.suggestion) lines.push(`  - Wording to consider: ${mdQuote(m.suggestion)}`);
    if (m.suppressed) lines.push(...entriesMd(m.entries, '  '));
    else if (m.entries.length) lines.push(`  - Rests on: ${m.entries.map((e) => `**${md(e.id)}**${e.caveats.length ? ` (${plural(e.caveats.length, 'caveat')}: see the finding above)` : ''}`).join(', ')}`);
  }
  lines.push('', `### Exceptions register (${report.suppressions.length})`, '');
  if (report.suppressions.length === 0) lines.push('No suppressions: every finding is reported.');
  else {
    lines.push('| place | rules | reason | covers | effect |', '|---|---|---|---|---|');
    for (const s of report.suppressions) lines.push(`| line ${s.line} | ${md(suppressionRules(s))} | ${s.reason ? md(s.reason) : '*no reason given*'} | ${coversText(s)} | ${md(suppressionStatus(s))} |`);
  }
  return `${lines.join('\n')}\n`;
}

export class MarkdownReportWriter implements ComplianceReportWriter {
  private drafts = 0;
  constructor(private readonly meta: ReportMeta) {}

  begin(): string {
    return `# Policy compliance report\n\n> **${md(REPORT_NOTICE)}**\n\nMade by ${md(this.meta.tool.name)} ${md(this.meta.tool.version)}.\n`;
  }

  draft(report: DraftReport): string {
    return `${this.drafts++ > 0 ? '\n---\n' : ''}\n${draftMd(report)}`;
  }

  end(): string {
    return '';
  }
}
