// The compliance report (src/report/, `policy-guidance report`): rendered from the example ordinance,
// in Markdown and HTML, with every section a reviewer needs; HTML that is self-contained, prints
// cleanly and never lets draft or pack text become markup.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createEngine } from '../src/engine/engine';
import type { DraftFormat } from '../src/lint/lint';
import { draftReport, REPORT_NOTICE, type DraftReport } from '../src/report/model';
import { reportWriter, type ComplianceFormat } from '../src/report/writers';
import { buildSearchIndex } from '../src/search/searchIndex';

const ROOT = join(__dirname, '..');
const EXAMPLE = 'examples/restrictive-city-ordinance.md';
const TOOL = { name: 'policy-guidance', version: '0.0.0-test' };
const SHARE = "City employees shall not share any person's immigration status";
const KEPT = '<!-- policy-guidance-disable-next-line sanctuary-limit -- counsel: sharing stays as 8 U.S.C. 1373 allows; see memo 2025-07 -->';
const STALE = '<!-- policy-guidance-disable-next-line profiling -- reviewed in 2024 -->';

function render(format: ComplianceFormat, reports: DraftReport[]): string {
  const writer = reportWriter(format, { tool: TOOL });
  return [writer.begin(), ...reports.map((r) => writer.draft(r)), writer.end()].join('');
}

describe('compliance report', () => {
  let pack: Pack;
  let example: string;
  /** The example ordinance with one suppression that hides a finding and one that hides nothing. */
  let suppressed: string;
  const reportOf = (file: string, text: string, packs: Pack[] = [pack], format: DraftFormat = 'markdown') => {
    const engine = createEngine(packs.map((p) => ({ pack: p, index: () => buildSearchIndex(p) })));
    return draftReport(file, text, engine.check({ text, format }), engine.packs);
  };

  before(async () => {
    pack = await loadPackFromDir(join(ROOT, 'corpus', 'missouri-ag-ice'));
    example = readFileSync(join(ROOT, EXAMPLE), 'utf8');
    suppressed = example.replace(SHARE, `${KEPT}\n${SHARE}`).replace('This ordinance shall take effect', `${STALE}\nThis ordinance shall take effect`);
    assert.notEqual(suppressed, example);
  });

  it('models the example: topic states with their sentences, findings with entries and caveats, missing provisions, the register', () => {
    const report = reportOf(EXAMPLE, suppressed);
    const topic = (label: string) => report.topics.find((t) => t.label === label)!;
    assert.equal(topic('Detainers').state, 'conflicts');
    assert.ok(topic('Detainers').sentences.some((s) => s.ruleId === 'detainee-rights' && /shall not be informed of the detainer/.test(s.text)));
    // The ordinance releases people "regardless of whether a detainer has been lodged": it handles no detainer, so the
    // checks for a draft that does (verification, notice) do not apply, and the topic is only mentioned.
    assert.equal(topic('ICE requests for assistance').state, 'mentioned');
    assert.equal(topic('Community trust').state, 'not-mentioned');
    assert.ok(topic('Liability and lawsuits').sentences.some((s) => s.term === 'Fourth Amendment' && s.text.startsWith('WHEREAS, detaining a person solely')));

    const rights = report.findings.find((f) => f.ruleId === 'detainee-rights')!;
    assert.equal(rights.line, example.split('\n').findIndex((l) => l.includes('shall not be informed')) + 2, 'its 1-based line (one comment line inserted above it)');
    assert.deepEqual(rights.entries.map((e) => e.id), ['Q9', 'Q5']);
    assert.ok(rights.entries[0].caveats.some((c) => c.kind === 'outdated' && c.label === 'Out of date in the corpus' && c.sources.length > 0));

    assert.deepEqual(report.missingProvisions.map((m) => [m.ruleId, m.suppressed]), [['missing-reporting', false]]);
    assert.ok(report.missingProvisions[0].suggestion);

    assert.deepEqual(
      report.suppressions.map((s) => [s.rules, s.reason, s.suppressed, s.unused]),
      [
        [['sanctuary-limit'], 'counsel: sharing stays as 8 U.S.C. 1373 allows; see memo 2025-07', 1, false],
        [['profiling'], 'reviewed in 2024', 0, true],
      ],
    );
    assert.ok(!report.findings.some((f) => f.ruleId === 'sanctuary-limit'), 'the suppressed finding is not a finding');
    assert.ok(report.findings.some((f) => f.ruleId === 'unused-suppression' && f.line === report.suppressions[1].line));
    assert.deepEqual(report.packs, [{ id: 'missouri-ag-ice', title: pack.meta.title, source: pack.meta.source }]);
  });

  it('quotes a term sentence whole across an abbreviation ("U.S. Immigration"), as the linter cuts sentences', () => {
    const draft = '# Jail policy\n\nThe jail shall log every detainer or other request from U.S. Immigration and Customs Enforcement. Staff shall keep the log.\n';
    const quoted = reportOf('draft.md', draft).topics.flatMap((t) => t.sentences).map((s) => s.text);
    assert.ok(quoted.includes('The jail shall log every detainer or other request from U.S. Immigration and Customs Enforcement.'), quoted.join(' | '));
  });

  it('quotes a hard-wrapped sentence whole, over its lines, and not into the item or heading next to it (a county counsel\'s trial: “… verify that it is a Form I-247A, that it”)', () => {
    const draft = '# Jail policy\n\n## Detainers\n\nWhen a detainer is received, the supervisor shall verify that it names the\n  inmate and that it is signed by an authorized\n  officer. Staff shall record the\nimmigration status each arrestee states.\n- Staff shall log the immigration status of each visitor.\n';
    const quoted = reportOf('draft.md', draft).topics.flatMap((t) => t.sentences).map((s) => s.text);
    assert.ok(quoted.includes('Staff shall record the immigration status each arrestee states.'), quoted.join(' | '));
    assert.ok(!quoted.some((q) => q.includes('visitor') && q.includes('arrestee')), quoted.join(' | '));
  });

  it('quotes a term sentence without emphasis marks, and a bold run-in heading apart from its sentence (a drafter\'s trial: “**3.3 Status verification.”)', () => {
    const draft = '# Jail policy\n\n**3.3 Booking.** Staff shall record the *immigration status* each arrestee states.\n';
    const quoted = reportOf('draft.md', draft).topics.flatMap((t) => t.sentences).filter((s) => s.term).map((s) => s.text);
    assert.ok(quoted.includes('Staff shall record the immigration status each arrestee states.'), quoted.join(' | '));
    assert.ok(!render('md', [reportOf('draft.md', draft)]).includes('“**'), 'no raw emphasis in the quotes');
    assert.match(render('md', [reportOf('draft.md', draft)]), /line 3 mentions “immigration status”: “Staff shall record/);
  });

  it('backs a covered topic with the sentence that meets its check, and lists a term only under the topic that explains it (the UX trial)', () => {
    const draft = '# Jail policy\n\n## Detainers\n\nAll jail staff shall receive annual training on this policy.\n\nThe jail shall keep a record of each ICE detainer and each ICE request received and the action taken on it.\n';
    const topic = (id: string) => reportOf('jail.md', draft).topics.find((t) => t.topicId === id)!;
    const oversight = topic('oversight-and-reporting');
    assert.equal(oversight.state, 'covered');
    assert.deepEqual(oversight.sentences.map((x) => [x.line, x.provides]), [[7, 'missing-reporting']]);
    assert.ok(oversight.sentences[0].text.startsWith('The jail shall keep a record'));
    assert.ok(!topic('oversight-and-reporting').sentences.some((x) => x.term?.toLowerCase() === 'training'), '"training" is explained under Training');
    assert.ok(topic('training').sentences.some((x) => x.term?.toLowerCase() === 'training'));
  });

  it('Markdown: every section, the packs and the notice', () => {
    const text = render('md', [reportOf(EXAMPLE, suppressed)]);
    for (const heading of ['# Policy compliance report', '## Draft: examples/restrictive-city-ordinance.md', '### Topics', '### Findings (', '### Missing provisions (1)', '### Exceptions register (2)']) {
      assert.ok(text.includes(heading), heading);
    }
    assert.ok(text.includes(REPORT_NOTICE.slice(0, 40)));
    assert.match(text, /- \*\*Detainers\*\*: conflicts \(1\)\./);
    assert.match(text, /line \d+ \(`detainee-rights`\): “A person held on a detainer shall not be informed/);
    assert.match(text, /\*Out of date in the corpus\*, on “Right to a bond hearing”/, 'a finding’s entry with its caveat');
    assert.match(text, /- \*\*ICE interactions with no record-keeping or reporting\*\* \(`missing-reporting`\)/);
    assert.match(text, /\| line \d+ \| sanctuary-limit \| counsel: sharing stays as 8 U.S.C. 1373 allows; see memo 2025-07 \| line \d+ \| hid 1 finding: sanctuary-limit \|/);
    assert.match(text, /\| profiling \| reviewed in 2024 \| line \d+ \| suppresses nothing \(unused\) \|/);
    assert.match(text, /Source: Seed Q\\&A \(20 questions\), origin unverified; see caveats.json. Date: not given by the pack/);
  });

  it('HTML: every section, self-contained, with a print stylesheet', () => {
    const html = render('html', [reportOf(EXAMPLE, suppressed), reportOf('examples/second.md', example)]);
    assert.match(html, /^<!DOCTYPE html>/);
    for (const heading of ['<h1>Policy compliance report</h1>', '<h3>Topics</h3>', '<h3>Findings', '<h3>Missing provisions', '<h3>Exceptions register']) assert.ok(html.includes(heading), heading);
    assert.match(html, /<div class="notice" role="note"><strong>Not legal advice\.<\/strong> Parts of the guidance corpus are unverified/);
    assert.equal((html.match(/<section class="draft"/g) ?? []).length, 2);
    assert.match(html, /<tr class="state-conflicts"><th scope="row">Detainers<\/th>/);
    assert.match(html, /<li class="caveat outdated"><span class="caveat-kind">Out of date in the corpus<\/span> on “Right to a bond hearing”/);
    assert.match(html, /<td>counsel: sharing stays as 8 U\.S\.C\. 1373 allows; see memo 2025-07<\/td>/);
    assert.match(html, /<tr class="unused">.*reviewed in 2024.*suppresses nothing \(unused\)/);
    // Nothing loaded from elsewhere, nothing run; links only to the web addresses of caveat sources.
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(|\ssrc=/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href, /^https?:\/\//);
    // Printing: each draft after the first starts a page; findings and rows are not split.
    assert.match(html, /@media print \{[\s\S]*section\.draft \+ section\.draft \{ break-before: page; \}[\s\S]*article\.finding, tr, li\.caveat, \.says, \.notice \{ break-inside: avoid; \}/);
  });

  it('HTML escapes draft and pack text: a <script> in a draft, tags in a pack, never become markup', () => {
    const hostile = structuredClone(pack);
    hostile.meta.title = 'County <b>pack</b> & co';
    const caveat = hostile.caveats.find((c) => c.entries.includes('Q2'))!; // detainer-hold rests on Q2
    caveat.note = '<img src=x onerror=alert(1)> "quoted"';
    caveat.sources = [{ title: 'evil', url: 'javascript:alert(1)' }];
    const draft = '# Jail <script>alert("draft")</script>\n\nThe jail shall hold any inmate on an ICE detainer <script>alert(1)</script> for 48 hours.\n\n<!-- policy-guidance-disable-next-line profiling -- <b>reason</b> -->\nText.\n';
    // Plain text: the sentence keeps its tags as words (in Markdown they are HTML, and not prose).
    const html = render('html', [reportOf('drafts/<script>.md', draft, [hostile], 'plaintext'), reportOf('drafts/b.md', draft, [hostile])]);
    assert.doesNotMatch(html, /<script|<img|<b>|href="javascript/i); // a non-web source address stays text
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the draft’s sentence, escaped');
    assert.ok(html.includes('drafts/&lt;script&gt;.md'));
    assert.ok(html.includes('County &lt;b&gt;pack&lt;/b&gt; &amp; co'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;'));
    assert.ok(html.includes('&lt;b&gt;reason&lt;/b&gt;'));
    const markdown = render('md', [reportOf('drafts/<script>.md', draft, [hostile], 'plaintext'), reportOf('drafts/b.md', draft, [hostile])]);
    assert.doesNotMatch(markdown, /(?<!\\)<(script|img|b>)|\]\(javascript/i, "every < is escaped (\\<)");
  });

  it('shows a pack’s date when pack.json gives one', () => {
    const dated = structuredClone(pack);
    dated.meta.date = '2025-03-01';
    const report = reportOf('a.md', 'The jail opens at 8.\n', [dated]);
    assert.equal(report.packs[0].date, '2025-03-01');
    assert.match(render('html', [report]), /Source: Seed Q&amp;A \(20 questions\), origin unverified; see caveats\.json · Date: 2025-03-01/);
  });

  it('JSON: the model with the notice and the tool, draft by draft', () => {
    const reports = [reportOf(EXAMPLE, suppressed), reportOf('b.md', 'Nothing here.\n')];
    const json = JSON.parse(render('json', reports));
    assert.equal(json.notice, REPORT_NOTICE);
    assert.deepEqual(json.tool, TOOL);
    assert.deepEqual(json.drafts, JSON.parse(JSON.stringify(reports)));
    assert.deepEqual(JSON.parse(render('json', [])).drafts, []);
  });

  it('policy-guidance report writes it for files, exits 0 whatever it finds, and 2 for a bad format', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
    const md = cli('report', '--format', 'md', EXAMPLE);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^# Policy compliance report\n/);
    assert.match(md.stdout, /## Draft: examples\/restrictive-city-ordinance\.md/);
    const html = cli('report', EXAMPLE);
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    const off = cli('report', '--format', 'md', '--severity', 'detainee-rights=off', EXAMPLE);
    assert.doesNotMatch(off.stdout, /`detainee-rights`/);
    const bad = cli('report', '--format', 'pdf', EXAMPLE);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown report format "pdf" \(expected html, md, json\)/);
  });
});
