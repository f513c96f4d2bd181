// Where a drafter reads a rule's explanation, what the guidance corpus says and what verified law says stand apart, each
// under its own label: the finding hover and the rule page.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createLinter } from '../src/lint/lint';
import { findingHover } from '../src/present/hoverText';
import { explanationParts } from '../src/present/ruleExplanation';
import { ruleDocument } from '../src/present/ruleDocument';

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
});
