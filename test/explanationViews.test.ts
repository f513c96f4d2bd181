// Where a drafter reads a rule's explanation, what the guidance corpus says and what verified law says stand apart, each
// under its own label: the finding hover, the rule page and the compliance report.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createEngine } from '../src/engine/engine';
import { createLinter } from '../src/lint/lint';
import { findingHover } from '../src/present/hoverText';
import { explanationParts } from '../src/present/ruleExplanation';
import { ruleDocument } from '../src/present/ruleDocument';
import { draftReport } from '../src/report/model';
import { reportWriter } from '../src/report/writers';
import { buildSearchIndex } from '../src/search/searchIndex';

const links = { openEntry: (id: string) => `open:${id}`, search: (q: string) => `search:${q}`, openRule: (id: string) => `rule:${id}` };

const HOLD = {
  message: 'This sentence holds a person (or delays their release) on an ICE detainer, immigration hold or administrative warrant without requiring a judicial warrant.',
  corpusSays: 'The corpus calls detainers non-binding requests (Q2); it attributes this to guidance that could not be found (unverified, see the caveats on Q2 and Q5).',
  lawSays: 'Federal rules call a detainer a request (8 CFR 287.7(a)).',
};

describe('a rule explained in two labelled parts', () => {
  let pack: Pack;
  before(async () => {
    const bundled = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    pack = { ...bundled, rules: { ...bundled.rules, rules: bundled.rules.rules.map((r) => (r.id === 'detainer-hold' ? { ...r, ...HOLD } : r)) } };
  });

  it('labels the corpus part with the entries it names and its doubt, and the law part as verified law', () => {
    const hold = pack.rules.rules.find((r) => r.id === 'detainer-hold')!;
    assert.deepEqual(
      explanationParts(hold).map(({ label, detail }) => [label, detail]),
      [
        ['What the guidance corpus says', 'Q2, Q5; partly unverified'],
        ['What verified law says', undefined],
      ],
    );
    assert.deepEqual(explanationParts({ restsOn: ['Q11'], corpusSays: 'The corpus cites ICE guidance (Q11), which is out of date.' })[0].detail, 'Q11; out of date');
    assert.deepEqual(explanationParts({ restsOn: ['Q10'], corpusSays: 'The corpus urges caution (Q10).' }).map((p) => p.detail), ['Q10']);
    assert.deepEqual(explanationParts({ restsOn: [] }), []);
  });

  it('shows them in the finding hover after the actions, the corpus first, each under its label', () => {
    const [finding] = createLinter(pack.rules).lint('The jail shall hold inmates on ICE detainers for 48 hours.\n', 'markdown').filter((f) => f.ruleId === 'detainer-hold');
    const paragraphs = findingHover(pack, finding, links).split('\n\n');
    assert.match(paragraphs[1], /\[Open Q2\]\(open:Q2\) · \[Open Q5\]\(open:Q5\) · \*Not legal advice\.\*$/);
    assert.deepEqual(paragraphs.slice(2), [
      '**What the guidance corpus says** (Q2, Q5; partly unverified): The corpus calls detainers non-binding requests (Q2); it attributes this to guidance that could not be found (unverified, see the caveats on Q2 and Q5).',
      '**What verified law says**: Federal rules call a detainer a request (8 CFR 287.7(a)).',
    ]);
    assert.ok(!paragraphs.join('\n').includes(HOLD.message), 'the message is the diagnostic above the hover, not repeated');
  });

  it('gives each its own heading on the rule page, after what the rule flags', () => {
    const page = ruleDocument(pack, 'detainer-hold')!;
    const at = (text: string) => page.indexOf(text);
    assert.ok(at('## What it flags') < at(HOLD.message), page);
    assert.ok(at(HOLD.message) < at('## What the guidance corpus says (Q2, Q5; partly unverified)\n\nThe corpus calls detainers non-binding requests (Q2)'), page);
    assert.ok(at('## What the guidance corpus says') < at('## What verified law says\n\nFederal rules call a detainer a request (8 CFR 287.7(a)).'), page);
    assert.ok(at('## What verified law says') < at('## Examples'), page);
    assert.match(page.split('\n')[4], /^\*Not legal advice\./);
  });

  it('gives each its own paragraph in the compliance report, after the finding\'s message, in HTML and Markdown', () => {
    const text = '# Jail policy\n\nThe jail shall hold inmates on ICE detainers for 48 hours.\n';
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    const report = draftReport('jail.md', text, engine.check({ text, format: 'markdown' }), engine.packs);
    const hold = report.findings.find((f) => f.ruleId === 'detainer-hold')!;
    assert.equal(hold.lawSays, HOLD.lawSays);
    const render = (format: 'html' | 'md') => {
      const writer = reportWriter(format, { tool: { name: 'policy-guidance', version: '0' } });
      return [writer.begin(), writer.draft(report), writer.end()].join('');
    };
    const html = render('html');
    const message = html.indexOf(`<p class="message">${HOLD.message}</p>`);
    assert.ok(message > 0, html);
    assert.equal(
      html.slice(message).split('</p>').slice(1, 3).join('</p>'),
      '<p class="says corpus"><span class="says-label">What the guidance corpus says</span> (Q2, Q5; partly unverified): The corpus calls detainers non-binding requests (Q2); it attributes this to guidance that could not be found (unverified, see the caveats on Q2 and Q5).' +
        '</p><p class="says law"><span class="says-label">What verified law says</span>: Federal rules call a detainer a request (8 CFR 287.7(a)).',
    );
    const md = render('md').split('\n');
    const why = md.findIndex((l) => l.startsWith('  - Why: This sentence holds a person'));
    assert.match(md[why + 1], /^ {2}- \*\*What the guidance corpus says\*\* \(Q2, Q5; partly unverified\): The corpus calls detainers/);
    assert.equal(md[why + 2], '  - **What verified law says**: Federal rules call a detainer a request (8 CFR 287.7(a)).');
  });
});
