// What the editor shows, built by the engine: glossary terms found in drafts, entry and rule documents,
// hover text and topic states. The extension only wraps these strings in editor types.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createLinter } from '../src/lint/lint';
import { entryDocument, ENTRY_ANSWER_LINE } from '../src/present/entryDocument';
import { createTermFinder } from '../src/present/glossaryTerms';
import { findingHover, termHover, whyText } from '../src/present/hoverText';
import { ruleDocument } from '../src/present/ruleDocument';
import { topicStates } from '../src/present/topicStates';

const links = {
  openEntry: (id: string) => `open:${id}`,
  search: (query: string) => `search:${encodeURIComponent(query)}`,
  openRule: (id: string) => `rule:${id}`,
};

describe('what the editor shows', () => {
  let pack: Pack;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
  });

  describe('glossary terms in a draft', () => {
    const draft = 'The jail may honor an ICE detainer only with judicial warrants. Deputies under the 287(g) agreement and the MOU must train.';

    it('finds the longest term at each place, plurals and parenthesised terms included', () => {
      const found = createTermFinder(pack.glossary).find(draft).map((m) => [m.text, m.term.term]);
      assert.deepEqual(found, [
        ['ICE detainer', 'detainer'],
        ['judicial warrants', 'judicial warrant'],
        ['287(g) agreement', '287(g)'],
        ['MOU', 'memorandum of understanding'],
      ]);
    });

    it('gives the term under an offset, with its exact span', () => {
      const finder = createTermFinder(pack.glossary);
      const at = draft.indexOf('warrants');
      const match = finder.at(draft, at);
      assert.equal(match?.term.term, 'judicial warrant');
      assert.equal(draft.slice(match!.start, match!.end), 'judicial warrants');
      assert.equal(finder.at(draft, draft.indexOf('Deputies')), undefined);
    });

    it('does not match a term inside a longer word', () => {
      assert.deepEqual(createTermFinder(pack.glossary).find('NICE ICEBERG retraining MOUSE'), []);
    });
  });

  describe('entry documents', () => {
    it('shows the corpus answer verbatim, then the caveats with their sources, set apart', () => {
      const text = entryDocument(pack, 'Q3')!;
      const q3 = pack.entries.find((e) => e.id === 'Q3')!;
      assert.ok(text.startsWith(`# Q3. ${q3.question}\n`));
      const [corpusPart, caveatPart] = text.split('\n## Caveats\n');
      assert.ok(corpusPart.includes(q3.answerMarkdown.trim()), 'the answer as written');
      assert.equal(text.split('\n')[ENTRY_ANSWER_LINE], q3.answerMarkdown.trim().split('\n')[0], 'links land on the answer');
      for (const caveat of pack.caveats.filter((c) => c.entries.includes('Q3'))) {
        assert.ok(caveatPart.includes(caveat.note.slice(0, 40)), `caveat ${caveat.id} is shown`);
        for (const source of caveat.sources) assert.ok(caveatPart.includes(source.url ? `${source.title} <${source.url}>` : source.title), `source of ${caveat.id}`);
      }
      assert.match(caveatPart, /\n- Unverified, on “788\.25 RSMo”: /);
      assert.doesNotMatch(text, /\*\*|\]\(/, 'no emphasis or link syntax to show as is in a text editor');
    });

    it('says so for an entry with no caveat of its own', () => {
      const bare = pack.entries.find((e) => !pack.caveats.some((c) => c.entries.includes(e.id)));
      if (bare) assert.match(entryDocument(pack, bare.id)!, /None recorded for this entry/);
      assert.equal(entryDocument(pack, 'Q99'), undefined);
    });
  });

  describe('rule documents', () => {
    it('explain every rule with the questions it rests on and its suggestion', () => {
      for (const rule of pack.rules.rules) {
        const text = ruleDocument(pack, rule.id)!;
        assert.ok(text.startsWith(`# ${rule.id}: `), rule.id);
        for (const id of rule.restsOn) assert.ok(text.includes(`**${id}.**`), `${rule.id} names ${id}`);
        assert.equal(text.includes('## Suggested wording'), Boolean(rule.suggestion), `${rule.id} suggestion`);
      }
      assert.match(ruleDocument(pack, 'suppression-without-reason')!, /checks: suppression comments/);
      assert.equal(ruleDocument(pack, 'no-such-rule'), undefined);
    });
  });

  describe('hovers', () => {
    it('on a term: the corpus sentence about it, its entry and topic, a caveat and links', () => {
      const term = pack.glossary.find((t) => t.term === 'judicial warrant')!;
      const text = termHover(pack, term, links);
      assert.match(text, /^\*\*judicial warrant\*\* · .*, Q2 \(Detainers\)/);
      assert.match(text, /> Therefore, local law enforcement agencies are encouraged to rely on warrants issued by a judge or magistrate/);
      assert.match(text, /Sources:/);
      assert.match(text, /\[Open Q2\]\(open:Q2\)/);
      assert.match(text, /search:judicial%20warrant/);
    });

    it('on a finding: the rule, why it fired, the entries and the suggested wording', () => {
      const linter = createLinter(pack.rules);
      const [hold] = linter.lint('The jail shall hold inmates on ICE detainers for 48 hours.\n', 'markdown').filter((f) => f.ruleId === 'detainer-hold');
      const text = findingHover(pack, hold, links);
      assert.match(text, /^\*\*\[detainer-hold: .*\]\(rule:detainer-hold\)\*\*\n/);
      assert.ok(!text.includes(hold.message), 'the editor already shows the message above the hover');
      assert.match(text, /\nWhy: “shall hold” is directed or allowed here, with “detainers”; no judicial warrant is required\.\n/);
      assert.match(text, /Rests on: \[Q2\]\(open:Q2\) Can local law enforcement/);
      assert.match(text, /Suggested wording: \*No person shall be held solely/);
      const missing = linter.lint('The jail shall hold inmates on ICE detainers for 48 hours.\n', 'markdown').find((f) => f.ruleId === 'missing-notice')!;
      assert.match(findingHover(pack, missing, links), /checks the whole draft: something it should provide is missing/);
    });
  });

  describe('why a rule fired', () => {
    const evidence = (sentence: string, ruleId: string) => createLinter(pack.rules).lint(sentence, 'markdown').find((f) => f.ruleId === ruleId)?.evidence;

    it('names the act as written and how the sentence treats it, even for an inverse act', () => {
      assert.deepEqual(evidence('An inmate shall not be released while an immigration hold is pending.', 'detainer-hold'), {
        action: 'released',
        treatment: 'forbidden',
        context: ['immigration hold'],
        notRequired: ['judicial-warrant'],
      });
      assert.equal(whyText(evidence('An inmate shall not be released while an immigration hold is pending.', 'detainer-hold')!), '“released” is forbidden or limited here, with “immigration hold”; no judicial warrant is required.');
    });

    it('names every word that made a context-only rule fire', () => {
      const found = evidence('ICE agents may make arrests at schools and hospitals.', 'sensitive-location');
      assert.equal(found?.action, undefined);
      assert.match(whyText(found!), /^“schools” and “ICE” appear together\.$/);
    });
  });

  describe('topic states for a draft', () => {
    it('marks conflicts from findings, addressed topics from terms, and the rest not mentioned', () => {
      const draft = 'The jail shall hold inmates on ICE detainers for 48 hours.\n\nOfficers may file a complaint with the review board.\n';
      const findings = createLinter(pack.rules).lint(draft, 'markdown');
      const states = new Map(topicStates(pack, findings, createTermFinder(pack.glossary).find(draft)).map((s) => [s.topicId, s]));
      assert.equal(states.get('detainers')?.state, 'conflicts');
      assert.equal(states.get('detainers')?.findings, findings.filter((f) => f.entries.some((id) => ['Q2', 'Q5'].includes(id))).length);
      const complaints = pack.topics.find((t) => t.entries.some((id) => pack.glossary.find((g) => g.term === 'complaints')!.entries.includes(id)))!;
      assert.equal(states.get(complaints.id)?.state, 'addresses');
      assert.ok([...states.values()].some((s) => s.state === 'not-mentioned'));
      assert.equal(states.size, pack.topics.length);
    });
  });
});
