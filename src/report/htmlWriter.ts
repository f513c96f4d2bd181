// The compliance report as one self-contained HTML file (no scripts, no external resources; a print stylesheet). Pack
// and draft text is always escaped: it never becomes markup, links or HTML. Pure.
import { safeUrl } from '../present/caveatText';
import type { Source } from '../corpus/types';
import type { Severity } from '../rules/types';
import { REPORT_NOTICE, type DraftReport, type EntryReport } from './model';
import type { ExplanationPart } from '../present/ruleExplanation';
import { bySeverity, coversText, explanationOf, groupFindings, plural, summaryText, suppressionRules, suppressionStatus, type ComplianceReportWriter, type FindingGroup, type ReportMeta } from './reportText';
import { REPORT_CSS } from './style';

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

/** What the corpus says and what verified law says, a paragraph each under its label (styled as the caveats of their kind). */
const saysHtml = (parts: readonly ExplanationPart[]) =>
  parts.map((p) => `<p class="says ${p.kind}"><span class="says-label">${escapeHtml(p.label)}</span>${p.detail ? ` (${escapeHtml(p.detail)})` : ''}: ${escapeHtml(p.text)}</p>`).join('');

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
    saysHtml(explanationOf(first)),
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
            `<li><strong>${escapeHtml(m.title)}</strong> <code>${escapeHtml(m.ruleId)}</code>${m.suppressed ? ' <span class="badge suppressed">suppressed: see the register</span>' : ''}<p class="message">${escapeHtml(m.message)}</p>${saysHtml(explanationOf(m))}${m.suggestion ? `<p class="suggestion"><span class="label">Wording to consider</span> ${escapeHtml(m.suggestion)}</p>` : ''}${m.suppressed ? entriesHtml(m.entries) : entriesBriefHtml(m.entries)}</li>`,
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
