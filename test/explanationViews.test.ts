// Where a drafter reads a rule's explanation, what the guidance corpus says and what verified law says stand apart, each
// under its own label: the finding hover, the rule page and the compliance report.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createEngine } from '../src/engine/engine';
import { createLinter } from '../src/lint/lint';
import type { Rule } from '../src/rules/types';
import { findingHover } from '../src/present/hoverText';
import { explanationParts } from '../src/present/ruleExplanation';
import { ruleDocument } from '../src/present/ruleDocument';
import { draftReport } from '../src/report/model';
import { reportWriter } from '../src/report/writers';
import { buildSearchIndex } from '../src/search/searchIndex';

const links = { openEntry: (id: string) => `open:${id}`, search: (q: string) => `search:${q}`, openRule: (id: string) => `rule:${id}` };
const DRAFT = '# Jail policy\n\nThe jail shall hold inmates on ICE detainers for 48 hours.\n';

describe('a rule explained in two labelled parts', () => {
  let pack: Pack;
  let hold: Rule;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    hold = pack.rules.rules.find((r) => r.id === 'detainer-hold')!;
  });

  it('labels the corpus part with the entries it names and its doubt, and the law part as verified law', () => {
    const labels = (id: string) => explanationParts(pack.rules.rules.find((r) => r.id === id)!).map((p) => (p.detail ? `${p.label} (${p.detail})` : p.label));
    assert.deepEqual(labels('detainer-hold'), ['What the guidance corpus says (Q2, Q5; partly unverified)', 'What verified sources say']);
    assert.deepEqual(labels('sensitive-location'), ['What the guidance corpus says (Q11; out of date)', 'What verified sources say']);
    assert.deepEqual(labels('sanctuary-limit'), ['What the guidance corpus says (Q14, Q3, Q17; partly unverified)', 'What verified sources say']);
    assert.deepEqual(labels('status-inquiry'), ['What the guidance corpus says (Q10)']);
    assert.deepEqual(explanationParts({ restsOn: [] }), []);
  });

  it('shows them in a detainer-hold finding hover after the actions, the corpus first, each under its label; 8 CFR 287.7(a) in the law part', () => {
    const [finding] = createLinter(pack.rules).lint(DRAFT, 'markdown').filter((f) => f.ruleId === 'detainer-hold');
    const paragraphs = findingHover(pack, finding, links).split('\n\n');
    assert.match(paragraphs[1], /\[Open Q2\]\(open:Q2\) · \[Open Q5\]\(open:Q5\) · \*Not legal advice\.\*$/);
    assert.equal(paragraphs.length, 4);
    const [corpus, law] = paragraphs.slice(2);
    assert.ok(corpus.startsWith('**What the guidance corpus says** (Q2, Q5; partly unverified): The corpus calls detainers non-binding requests'), corpus);
    assert.match(corpus, /\(unverified, see the caveats on Q2 and Q5\)\.$/);
    assert.ok(law.startsWith('**What verified sources say**: Federal rules call a detainer a request (8 CFR 287.7(a)).'), law);
    assert.doesNotMatch(law, /\bQ\d+\b(?<!caveat on Q2)/, 'the law part names no entry but the caveat with its sources');
    assert.ok(!paragraphs.join('\n').includes(hold.message), 'the message is the diagnostic above the hover, not repeated');
  });

  it('tells a drafter who declines a 287(g) agreement that federal law requires none, pointing to the Q6 note and its source', () => {
    const [finding] = createLinter(pack.rules).lint('# Agreements\n\nThe City shall not enter into any 287(g) agreement.\n', 'markdown').filter((f) => f.ruleId === 'cooperation-limit');
    const law = findingHover(pack, finding, links).split('\n\n').find((p) => p.startsWith('**What verified sources say**'))!;
    assert.match(law, /federal law requires no state or locality to enter a 287\\?\(g\\?\) agreement \(8 U\.S\.C\. 1357\\?\(g\\?\)\\?\(9\\?\); see the context note on Q6\)/);
    const note = pack.caveats.find((c) => c.entries.includes('Q6') && c.note.includes('1357(g)(9)'))!;
    assert.equal(note.kind, 'context');
    assert.ok(note.sources.some((s) => s.title.startsWith('Pub. L. 104-208, § 133')), 'the statute is cited where it was read');
  });

  it('gives each its own heading on the rule page, after what the rule flags', () => {
    const page = ruleDocument(pack, 'detainer-hold')!;
    const at = (text: string) => page.indexOf(text);
    assert.ok(at('## What it flags\n\nThis sentence holds a person') > 0, page);
    assert.ok(at('## What it flags') < at('## What the guidance corpus says (Q2, Q5; partly unverified)\n\nThe corpus calls detainers non-binding requests'), page);
    assert.ok(at('## What the guidance corpus says') < at('## What verified sources say\n\nFederal rules call a detainer a request (8 CFR 287.7(a)).'), page);
    assert.ok(at('## What verified sources say') < at('## Examples'), page);
    assert.match(page.split('\n')[4], /^Not legal advice\./);
    assert.ok(!ruleDocument(pack, 'status-inquiry')!.includes('What verified sources say'), 'a rule with no law part has no law heading');
  });

  it('gives each its own paragraph in the compliance report, after the finding\'s message, in HTML and Markdown', () => {
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    const report = draftReport('jail.md', DRAFT, engine.check({ text: DRAFT, format: 'markdown' }), engine.packs);
    assert.equal(report.findings.find((f) => f.ruleId === 'detainer-hold')!.lawSays, hold.lawSays);
    assert.equal(report.missingProvisions.find((m) => m.ruleId === 'missing-notice')!.corpusSays, pack.rules.rules.find((r) => r.id === 'missing-notice')!.corpusSays);
    const render = (format: 'html' | 'md') => {
      const writer = reportWriter(format, { tool: { name: 'policy-guidance', version: '0' } });
      return [writer.begin(), writer.draft(report), writer.end()].join('');
    };
    const html = render('html');
    const message = html.indexOf(`<p class="message">${hold.message}</p>`);
    assert.ok(message > 0, html);
    const [corpus, law] = html.slice(message).split('</p>').slice(1, 3);
    assert.ok(corpus.startsWith('<p class="says corpus"><span class="says-label">What the guidance corpus says</span> (Q2, Q5; partly unverified): The corpus calls detainers'), corpus);
    assert.ok(law.startsWith('<p class="says law"><span class="says-label">What verified sources say</span>: Federal rules call a detainer a request (8 CFR 287.7(a)).'), law);
    const md = render('md').split('\n');
    const why = md.findIndex((l) => l.startsWith('  - Why: This sentence holds a person'));
    assert.match(md[why + 1], /^ {2}- \*\*What the guidance corpus says\*\* \(Q2, Q5; partly unverified\): The corpus calls detainers/);
    assert.match(md[why + 2], /^ {2}- \*\*What verified sources say\*\*: Federal rules call a detainer a request \(8 CFR 287\.7\(a\)\)\./);
  });
});
