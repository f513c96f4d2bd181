// The compliance report written draft by draft (begin, a piece per draft, end), as HTML, Markdown or
// JSON. Pack and draft text is always escaped: it never becomes markup, links or HTML. Pure.
import { safeUrl } from '../present/caveatText';
import type { Source } from '../corpus/types';
import { indentedJson } from '../format/jsonPieces';
import type { Severity } from '../rules/types';
import { REPORT_NOTICE, type DraftReport, type EntryReport, type FindingReport, type SuppressionReport } from './model';
import { REPORT_CSS } from './style';

export type ComplianceFormat = 'html' | 'md' | 'json';

export interface ReportMeta {
  tool: { name: string; version: string };
}

export interface ComplianceReportWriter {
  begin(): string;
  draft(report: DraftReport): string;
  end(): string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Findings of one rule with one message: shown once with the entries and caveats, then each sentence. */
interface FindingGroup {
  first: FindingReport;
  findings: FindingReport[];
}

function groupFindings(findings: readonly FindingReport[]): FindingGroup[] {
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
const bySeverity = (a: FindingGroup, b: FindingGroup) => SEVERITY_ORDER[a.first.severity] - SEVERITY_ORDER[b.first.severity] || a.first.line - b.first.line;

const summaryText = ({ summary }: DraftReport) =>
  `${plural(summary.conflicts, 'conflict')} (errors and warnings), ${plural(summary.notes, 'note')}, ${plural(summary.missingProvisions, 'missing provision')}, ${plural(summary.suppressions, 'suppression')}`;

const suppressionStatus = (s: SuppressionReport) => (s.unused ? 'suppresses nothing (unused)' : `hid ${plural(s.suppressed, 'finding')}: ${s.suppressedRules.join(', ')}`);
const suppressionRules = (s: SuppressionReport) => (s.rules.length ? s.rules.join(', ') : 'all rules');
const coversText = (s: SuppressionReport) => (s.covers ? (s.covers.from === s.covers.to ? `line ${s.covers.from}` : `lines ${s.covers.from}–${s.covers.to}`) : 'nothing');

// ---------------------------------------------------------------------------------------------- HTML

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function sourcesHtml(sources: readonly Source[]): string {
  return sources
    .map((s) => {
      const url = safeUrl(s.url);
      return url ? `<a href="${escapeHtml(url)}">${escapeHtml(s.title)}</a>` : `${escapeHtml(s.title)}${s.url ? ` (${escapeHtml(s.url)})` : ''}`;
    })
    .join('; ');
}

function entriesHtml(entries: readonly EntryReport[]): string {
  if (entries.length === 0) return '';
  const items = entries.map((e) => {
    const caveats = e.caveats.length
      ? `<ul class="caveats">${e.caveats
          .map((c) => `<li class="caveat ${c.kind}"><span class="caveat-kind">${escapeHtml(c.label)}</span> on “${escapeHtml(c.quote)}”: ${escapeHtml(c.note)} <span class="sources">Sources: ${sourcesHtml(c.sources)}</span></li>`)
          .join('')}</ul>`
      : '<p class="no-caveats">No caveat on this entry.</p>';
    return `<li><span class="entry-id">${escapeHtml(e.id)}.</span> ${escapeHtml(e.question)}${caveats}</li>`;
  });
  return `<div class="entries"><h5>Rests on</h5><ul>${items.join('')}</ul></div>`;
}

const severityBadge = (severity: Severity) => `<span class="badge ${severity}">${severity === 'information' ? 'note' : severity}</span>`;
const where = (p: { line: number; column: number }) => `<span class="loc">line ${p.line}</span>`;

/** Entries named briefly, with how many caveats each has: where the findings above show them in full. */
function entriesBriefHtml(entries: readonly EntryReport[]): string {
  if (entries.length === 0) return '';
  const items = entries.map((e) => `<li><span class="entry-id">${escapeHtml(e.id)}.</span> ${escapeHtml(e.question)}${e.caveats.length ? ` <span class="hint">(${plural(e.caveats.length, 'caveat')}: see the finding above)</span>` : ''}</li>`);
  return `<div class="entries"><h5>Rests on</h5><ul>${items.join('')}</ul></div>`;
}

function findingGroupHtml({ first, findings }: FindingGroup): string {
  const sentences = findings.some((f) => f.sentence !== undefined)
    ? `<ol class="sentences">${findings
        .map((f) => `<li>${where(f)} ${f.leadIn ? `<span class="lead-in">${escapeHtml(f.leadIn)} …</span> ` : ''}<q>${escapeHtml(f.sentence ?? '')}</q></li>`)
        .join('')}</ol>`
    : '<p class="whole-draft">About the draft as a whole.</p>';
  const suggestion = first.suggestion ? `<p class="suggestion"><span class="label">Wording to consider</span> ${escapeHtml(first.suggestion)}</p>` : '';
  return [
    `<article class="finding ${first.severity}">`,
    `<h4>${severityBadge(first.severity)} ${escapeHtml(first.title)} <code>${escapeHtml(first.ruleId)}</code>${findings.length > 1 ? ` <span class="count">× ${findings.length}</span>` : ''}</h4>`,
    sentences,
    `<p class="message">${escapeHtml(first.message)}</p>`,
    suggestion,
    entriesHtml(first.entries),
    '</article>',
  ].join('');
}

function draftHtml(report: DraftReport, index: number): string {
  const packs = report.packs
    .map((p) => `<li><strong>${escapeHtml(p.title)}</strong> <code>${escapeHtml(p.id)}</code><br>Source: ${escapeHtml(p.source)}${p.date ? ` · Date: ${escapeHtml(p.date)}` : ' · Date: not given by the pack'}</li>`)
    .join('');
  const topics = report.topics
    .map((t) => {
      const sentences = t.sentences.length
        ? `<ul class="topic-sentences">${t.sentences
            .map((s) =>
              s.wholeDraft
                ? `<li>${where(s)} <code>${escapeHtml(s.ruleId ?? '')}</code> <span class="whole-draft">the draft as a whole: ${escapeHtml(s.text)}</span></li>`
                : `<li>${where(s)} ${s.ruleId ? `<code>${escapeHtml(s.ruleId)}</code> ` : s.provides ? `<span class="term">has what <code>${escapeHtml(s.provides)}</code> asks for:</span> ` : s.term ? `<span class="term">mentions “${escapeHtml(s.term)}”:</span> ` : ''}<q>${escapeHtml(s.text)}</q></li>`,
            )
            .join('')}${t.moreSentences ? `<li class="more">and ${t.moreSentences} more</li>` : ''}</ul>`
        : '';
      return `<tr class="state-${t.state}"><th scope="row">${escapeHtml(t.label)}</th><td class="state"><span class="state-label">${escapeHtml(t.stateText)}</span></td><td><p class="explanation">${escapeHtml(t.explanation)}</p>${sentences}</td></tr>`;
    })
    .join('');
  const groups = groupFindings(report.findings).sort(bySeverity);
  const findings = groups.length ? groups.map(findingGroupHtml).join('') : '<p class="none">No findings.</p>';
  const missing = report.missingProvisions.length
    ? `<ul class="missing">${report.missingProvisions
        .map(
          (m) =>
            `<li><strong>${escapeHtml(m.title)}</strong> <code>${escapeHtml(m.ruleId)}</code>${m.suppressed ? ' <span class="badge suppressed">suppressed: see the register</span>' : ''}<p class="message">${escapeHtml(m.message)}</p>${m.suggestion ? `<p class="suggestion"><span class="label">Wording to consider</span> ${escapeHtml(m.suggestion)}</p>` : ''}${m.suppressed ? entriesHtml(m.entries) : entriesBriefHtml(m.entries)}</li>`,
        )
        .join('')}</ul>`
    : '<p class="none">None: every provision the checks ask for in this draft’s scope is present.</p>';
  const register = report.suppressions.length
    ? `<table class="register"><thead><tr><th>Place</th><th>Rules</th><th>Reason</th><th>Covers</th><th>Effect</th></tr></thead><tbody>${report.suppressions
        .map(
          (s) =>
            `<tr class="${s.unused ? 'unused' : ''}"><td>${where(s)}</td><td><code>${escapeHtml(suppressionRules(s))}</code></td><td>${s.reason ? escapeHtml(s.reason) : '<span class="missing-reason">no reason given</span>'}</td><td>${coversText(s)}</td><td>${escapeHtml(suppressionStatus(s))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="none">No suppressions: every finding is reported.</p>';
  return [
    `<section class="draft" id="draft-${index + 1}">`,
    `<h2><span class="kicker">Draft</span> ${escapeHtml(report.file)}</h2>`,
    `<p class="summary">${escapeHtml(summaryText(report))}</p>`,
    `<div class="packs"><h3 class="inline">Checked against</h3><ul>${packs}</ul></div>`,
    `<h3>Topics</h3><table class="topics"><thead><tr><th>Topic</th><th>State</th><th>Why: the sentences behind it</th></tr></thead><tbody>${topics}</tbody></table>`,
    `<h3>Findings <span class="count">${report.findings.length}</span></h3>${findings}`,
    `<h3>Missing provisions <span class="count">${report.missingProvisions.length}</span></h3>${missing}`,
    `<h3>Exceptions register <span class="count">${report.suppressions.length}</span></h3><p class="hint">Every suppression comment in the draft, with its reason and what it hides.</p>${register}`,
    `<p class="notice small" role="note">${escapeHtml(REPORT_NOTICE)}</p>`,
    '</section>',
  ].join('\n');
}

export class HtmlReportWriter implements ComplianceReportWriter {
  private drafts = 0;
  constructor(private readonly meta: ReportMeta) {}

  begin(): string {
    return [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
      // No scripts, no external resources: the report opens, prints and archives as one file.
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
      `<title>Compliance report · ${escapeHtml(this.meta.tool.name)}</title>`,
      `<style>${REPORT_CSS}</style></head><body>`,
      '<header class="report-head">',
      '<h1>Policy compliance report</h1>',
      `<p class="generator">Made by ${escapeHtml(this.meta.tool.name)} ${escapeHtml(this.meta.tool.version)} from the drafts and guidance packs below.</p>`,
      `<div class="notice" role="note"><strong>Not legal advice.</strong> ${escapeHtml(REPORT_NOTICE.replace(/^Not legal advice\. /, ''))}</div>`,
      '</header><main>',
    ].join('\n');
  }

  draft(report: DraftReport): string {
    return `${draftHtml(report, this.drafts++)}\n`;
  }

  end(): string {
    return `</main><footer class="report-foot"><p>${escapeHtml(REPORT_NOTICE)}</p></footer></body></html>\n`;
  }
}

// ------------------------------------------------------------------------------------------ Markdown

/**
 * Pack and draft text as inline Markdown text: one line, and every character that could start markup
 * (emphasis, a link or image, HTML, an entity, a heading, a table cell, code) escaped. Unlike hovers,
 * a report is not rendered where a link could run a command, so ":" and parentheses stay readable.
 */
const md = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]<>#|!~&]/g, '\\$&');
/** A quoted sentence on one line: Markdown-escaped, line breaks folded. */
const mdQuote = (text: string) => `“${md(text.trim())}”`;

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
    lines.push(`  - Why: ${md(first.message)}`);
    if (first.suggestion) lines.push(`  - Wording to consider: ${mdQuote(first.suggestion)}`);
    lines.push(...entriesMd(first.entries, '  '));
  }
  lines.push('', `### Missing provisions (${report.missingProvisions.length})`, '');
  if (report.missingProvisions.length === 0) lines.push('None: every provision the checks ask for in this draft’s scope is present.');
  for (const m of report.missingProvisions) {
    lines.push(`- **${md(m.title)}** (\`${m.ruleId}\`)${m.suppressed ? ': suppressed, see the register' : ''}`, `  - ${md(m.message)}`);
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

// ---------------------------------------------------------------------------------------------- JSON

/** `{ notice, tool, drafts: [...] }`: the model as it is, written a draft at a time. */
export class JsonReportWriter implements ComplianceReportWriter {
  private drafts = 0;
  constructor(private readonly meta: ReportMeta) {}

  begin(): string {
    return `{\n  "notice": ${JSON.stringify(REPORT_NOTICE)},\n  "tool": ${JSON.stringify(this.meta.tool)},\n  "drafts": [`;
  }

  draft(report: DraftReport): string {
    return `${this.drafts++ > 0 ? ',' : ''}\n${indentedJson(report, 2)}`;
  }

  end(): string {
    return `${this.drafts > 0 ? '\n  ' : ''}]\n}\n`;
  }
}

export function reportWriter(format: ComplianceFormat, meta: ReportMeta): ComplianceReportWriter {
  if (format === 'json') return new JsonReportWriter(meta);
  if (format === 'md') return new MarkdownReportWriter(meta);
  return new HtmlReportWriter(meta);
}
