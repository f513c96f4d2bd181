// The HTML report's one stylesheet, inline: system fonts only, no external resources. On paper (a
// browser's Print → Save as PDF) each draft starts a page, nothing interactive is shown, and a finding
// or a table row is not split across pages where it fits on one.
export const REPORT_CSS = `
:root { --ink: #1d2430; --muted: #5b6575; --line: #d8dde5; --paper: #fff; --band: #f5f7fa;
  --error: #b3261e; --warning: #9a5b00; --information: #1f5f99; --hint: #56606e; --ok: #2e6b3a; }
* { box-sizing: border-box; }
html { background: var(--band); }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 2rem 3rem; background: var(--paper); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .25rem; padding-top: 1rem; border-top: 3px solid var(--ink); overflow-wrap: anywhere; }
h2 .kicker { display: block; font-size: .75rem; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
h3.inline { font-size: .8rem; margin: 0 0 .25rem; border: 0; padding: 0; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
h4 { font-size: 1rem; margin: 0 0 .4rem; }
h5 { font-size: .8rem; margin: .6rem 0 .2rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
code { font: .85em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--band); padding: 0 .25em; border-radius: 3px; }
q { quotes: "\\201C" "\\201D"; }
a { color: var(--information); }
.generator, .hint, .summary, .explanation, .whole-draft { color: var(--muted); }
.summary { font-weight: 600; margin: .25rem 0 1rem; }
.notice { border: 2px solid var(--warning); background: #fff6e5; padding: .75rem 1rem; border-radius: 6px; margin: 1rem 0; }
.notice.small { border-width: 1px; padding: .4rem .75rem; font-size: .85rem; }
.packs ul { margin: 0; padding-left: 1.1rem; }
.packs li { margin-bottom: .25rem; }
.count { display: inline-block; min-width: 1.6em; padding: 0 .4em; border-radius: 1em; background: var(--band); border: 1px solid var(--line); font-size: .8rem; text-align: center; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--line); }
thead th { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border-bottom: 2px solid var(--line); }
table.topics th[scope=row] { width: 11rem; }
table.topics td.state { width: 9.5rem; }
.state-label { display: inline-block; padding: .05rem .5rem; border-radius: 1em; font-size: .8rem; font-weight: 600; background: var(--band); white-space: nowrap; }
.state-conflicts .state-label { background: #fde8e6; color: var(--error); }
.state-covered .state-label { background: #e5f3e8; color: var(--ok); }
.state-mentioned .state-label { background: #e6eff8; color: var(--information); }
.state-not-mentioned { color: var(--muted); }
.explanation, .provisions { margin: 0 0 .25rem; }
ul.topic-sentences, ol.sentences { margin: .25rem 0; padding-left: 1.1rem; }
ul.topic-sentences li, ol.sentences li { margin: .15rem 0; }
.loc { display: inline-block; min-width: 4.2rem; font-size: .78rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.term { color: var(--information); font-size: .85rem; }
.lead-in { color: var(--muted); }
article.finding { border: 1px solid var(--line); border-left: 5px solid var(--hint); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
article.finding.error { border-left-color: var(--error); }
article.finding.warning { border-left-color: var(--warning); }
article.finding.information { border-left-color: var(--information); }
.badge { display: inline-block; font-size: .7rem; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; padding: .05rem .45rem; border-radius: 3px; color: #fff; background: var(--hint); vertical-align: .1em; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.information { background: var(--information); }
.badge.suppressed { background: var(--muted); }
.message { margin: .4rem 0; }
.says { margin: .4rem 0; padding: .3rem .6rem; border-left: 3px solid var(--warning); background: #fffaf0; }
.says.law { border-left-color: var(--information); background: var(--band); }
.says-label { font-weight: 700; }
.suggestion { margin: .4rem 0; padding: .4rem .6rem; background: #eef6ef; border-radius: 4px; }
.label { font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: var(--ok); margin-right: .4rem; }
.entries ul { margin: 0; padding-left: 1.1rem; }
.entry-id { font-weight: 700; }
ul.caveats { list-style: none; padding-left: 0; margin: .25rem 0 .5rem; }
li.caveat { font-size: .85rem; border-left: 3px solid var(--warning); padding: .15rem 0 .15rem .6rem; margin: .25rem 0; background: #fffaf0; }
li.caveat.context { border-left-color: var(--information); background: var(--band); }
.caveat-kind { font-weight: 700; }
.sources { color: var(--muted); }
.no-caveats { font-size: .85rem; color: var(--muted); margin: .1rem 0 .4rem; }
ul.missing { padding-left: 1.1rem; }
ul.missing > li { margin-bottom: .9rem; }
table.register tr.unused td { color: var(--muted); }
.missing-reason { color: var(--error); font-weight: 600; }
.none { color: var(--muted); font-style: italic; }
.report-foot { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); font-size: .8rem; color: var(--muted); }
/* Beside a draft in the editor (a preview about 500 px wide) the topics table is read row by row, one cell under the
   other, and the register scrolls sideways: three columns had squeezed the sentences to a word or two a line. */
@media (max-width: 40rem) {
  body { padding: 1rem; }
  table.topics thead { display: none; }
  table.topics, table.topics tbody, table.topics tr, table.topics th, table.topics td { display: block; width: auto !important; }
  table.topics tr { border-bottom: 1px solid var(--line); padding: .35rem 0; }
  table.topics th, table.topics td { border: 0; padding: .1rem 0; }
  table.register { display: block; overflow-x: auto; }
}
@media print {
  @page { margin: 16mm 14mm; }
  html, body { background: #fff; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav, .no-print { display: none !important; }
  section.draft + section.draft { break-before: page; }
  h2 { margin-top: 0; border-top: 0; padding-top: 0; }
  h3, h4, h5 { break-after: avoid; }
  article.finding, tr, li.caveat, .says, .notice { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .sources a[href]::after { content: " <" attr(href) ">"; font-size: .9em; overflow-wrap: anywhere; }
}
`;
