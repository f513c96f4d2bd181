// What the editor shows, built by the engine: glossary terms found in drafts, entry and rule documents,
// hover text and topic states. The extension only wraps these strings in editor types.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createLinter } from '../src/lint/lint';
import { CAVEAT_MARKER } from '../src/present/caveatMarkers';
import { entryDocument, entryAnswerLine } from '../src/present/entryDocument';
import { createTermFinder } from '../src/present/glossaryTerms';
import { findingHover, HOVER_FOOTER, joinHovers, termHover, whyText } from '../src/present/hoverText';
import { ruleDocument } from '../src/present/ruleDocument';
import { escapeMarkdown } from '../src/present/caveatText';
import { citationInsertText, DEFAULT_CITATION_FORMAT, doubtfulCaveats, doubtfulSummary, formatCitation } from '../src/present/citation';
import { findingCounts, topicStateExplanation, topicStates, topicStateText } from '../src/present/topicStates';

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
      assert.deepEqual(createTermFinder(pack.glossary).find('MOU_2 ICE9 detainers_'), [], 'digits and underscores are word characters');
    });

    it('lets any white space or hyphens stand between a term\'s words: tabs, line breaks, no-break spaces', () => {
      const found = (text: string) => createTermFinder(pack.glossary).find(text).map((m) => m.text);
      assert.deepEqual(found('an ICE\tdetainer, a judicial\u00a0warrant, a judicial -\nwarrant'), ['ICE\tdetainer', 'judicial\u00a0warrant', 'judicial -\nwarrant']);
      assert.deepEqual(found('an ICE\u200bdetainer'), ['ICE', 'detainer'], 'a zero-width space is no white space: two terms, not "ICE detainer"');
    });
  });

  describe('entry documents', () => {
    it('opens with a banner: corpus text as written, not legal advice, how many passages are marked', () => {
      const lines = entryDocument(pack, 'Q3')!.split('\n');
      assert.equal(lines[2], 'Corpus text, quoted as written. Not legal advice. 3 passages of this entry are marked unverified where they stand, and in the caveats below; the rest of the entry was not checked either. 3 more notes give context.');
      assert.match(entryDocument(pack, 'Q11')!.split('\n')[2], /1 passage of this entry is marked outdated where it stands/);
    });

    it('marks each caveated passage where it stands, keeping the corpus words verbatim', () => {
      const text = entryDocument(pack, 'Q3')!;
      const q3 = pack.entries.find((e) => e.id === 'Q3')!;
      assert.ok(text.startsWith(`# Q3. ${q3.question}\n`));
      const [corpusPart, caveatPart] = text.split('\n## Caveats\n');
      // The marker sits right after the passage, not forty lines below.
      assert.ok(corpusPart.includes('1. 788.25 RSMo [unverified: see caveat 2]: Missouri law prohibits'), corpusPart);
      assert.ok(corpusPart.includes('2. S-CRED Program [unverified: see caveat 4]: '));
      // Take the markers out and the answer is the corpus's, character for character.
      const answer = corpusPart.slice(corpusPart.indexOf('## What the corpus says\n\n') + '## What the corpus says\n\n'.length).trim();
      assert.equal(answer.replace(CAVEAT_MARKER, ''), q3.answerMarkdown.trim());
      assert.equal(text.split('\n')[entryAnswerLine(pack, 'Q3')].replace(CAVEAT_MARKER, ''), q3.answerMarkdown.trim().split('\n')[0], 'links land on the answer');
      const caveats = pack.caveats.filter((c) => c.entries.includes('Q3'));
      caveats.forEach((caveat, i) => {
        assert.ok(caveatPart.includes(`\n${i + 1}. `), `caveat ${i + 1} is numbered`);
        assert.ok(caveatPart.includes(caveat.note.slice(0, 40)), `caveat ${caveat.id} is shown`);
        for (const source of caveat.sources) assert.ok(caveatPart.includes(source.url ? `${source.title} <${source.url}>` : source.title), `source of ${caveat.id}`);
      });
      assert.match(caveatPart, /\n2\. Unverified in the corpus, on “788\.25 RSMo”: /);
      assert.doesNotMatch(text, /\*\*|\]\(/, 'no emphasis or link syntax to show as is in a text editor');
    });

    it('keeps every entry verbatim once its markers are taken out, and marks every caveat it can place', () => {
      for (const entry of pack.entries) {
        const text = entryDocument(pack, entry.id)!;
        const lines = text.split('\n');
        const answer = lines.slice(entryAnswerLine(pack, entry.id), lines.indexOf('## Caveats') - 1).join('\n');
        assert.equal(answer.replace(CAVEAT_MARKER, ''), entry.answerMarkdown.trim(), entry.id);
        assert.equal(lines[0].replace(CAVEAT_MARKER, ''), `# ${entry.id}. ${entry.question}`, entry.id);
        const caveats = pack.caveats.filter((c) => c.entries.includes(entry.id));
        caveats.forEach((c, i) => assert.ok(text.includes(`[${c.kind}: see caveat ${i + 1}]`), `${entry.id}: caveat ${c.id} is marked where it stands`));
      }
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
        for (const id of rule.restsOn) assert.ok(text.includes(`\n- ${id}. `), `${rule.id} names ${id}`);
        assert.equal(text.includes('## Suggested wording'), Boolean(rule.suggestion), `${rule.id} suggestion`);
      }
      assert.match(ruleDocument(pack, 'suppression-without-reason')!, /checks: suppression comments/);
      assert.match(ruleDocument(pack, 'detainer-hold')!.split('\n')[4], /^Not legal advice\. The rule rests on a guidance corpus that is unverified in parts/);
      assert.equal(ruleDocument(pack, 'no-such-rule'), undefined);
    });
  });

  describe('hovers', () => {
    it('on a term: the corpus sentence about it, its entry and topic, a caveat and links', () => {
      const term = pack.glossary.find((t) => t.term === 'judicial warrant')!;
      const text = termHover(pack, term, links);
      assert.match(text, /^\*\*judicial warrant\*\* · .*, Q2 \(Detainers; 2 unverified passages\)/);
      assert.match(text, /> Therefore, local law enforcement agencies are encouraged to rely on warrants issued by a judge or magistrate/);
      assert.match(text, /Sources:/);
      assert.match(text, /\[Open Q2\]\(open:Q2\)/);
      assert.match(text, /search:judicial%20warrant/);
    });

    it('on a finding: the rule with its title and one line of why, then its actions as links, with no list of entries repeated', () => {
      const linter = createLinter(pack.rules);
      const [hold] = linter.lint('The jail shall hold inmates on ICE detainers for 48 hours.\n', 'markdown').filter((f) => f.ruleId === 'detainer-hold');
      const [rewrite, insert] = [(f: { ruleId: string }) => ({ label: `Fix ${f.ruleId}`, title: `Fix "${f.ruleId}" in full`, link: `fix:${f.ruleId}`, kind: 'rewrite' as const }), (f: { ruleId: string }) => ({ label: `Insert ${f.ruleId}`, title: '', link: `insert:${f.ruleId}`, kind: 'insert' as const })];
      const actionLinks = { ...links, fixes: (f: { ruleId: string }) => [rewrite(f), insert(f)], suppress: (f: { ruleId: string }) => `suppress:${f.ruleId}` };
      const text = findingHover(pack, hold, actionLinks);
      assert.ok(!text.includes(hold.message), 'the editor already shows the message above the hover'); // Why, actions, corpus, law: each under its label.
      const why = '. Why: “shall hold” is directed or allowed here, with “detainers”; no judicial warrant is required.';
      const actions = '[Fix detainer-hold](fix:detainer-hold "Fix \\"detainer-hold\\" in full") · [Insert detainer-hold](insert:detainer-hold) · [Open Q2](open:Q2) · [Open Q5](open:Q5) · [Suppress…](suppress:detainer-hold) · *Not legal advice.*';
      const { title, corpusSays, lawSays } = pack.rules.rules.find((r) => r.id === 'detainer-hold')!;
      assert.equal(text, `**[detainer-hold](rule:detainer-hold)** · ${title}${why}\n\n${actions}\n\n**What the guidance corpus says** (Q2, Q5; partly unverified): ${escapeMarkdown(corpusSays)}\n\n**What verified sources say**: ${escapeMarkdown(lawSays!)}`);
      assert.doesNotMatch(text, /Rests on|compliant/i);
      assert.match(findingHover(pack, hold, { ...actionLinks, fixes: (f) => [insert(f)] }), /\*\(its condition cannot be added to this sentence as written: revise it yourself\)\* · \[Open Q2\]/);
      const missing = linter.lint('The jail shall hold inmates on ICE detainers for 48 hours.\n', 'markdown').find((f) => f.ruleId === 'missing-notice')!;
      const documentHover = findingHover(pack, missing, actionLinks);
      assert.match(documentHover, /Why: it checks the whole draft, and something the draft should provide is missing\./);
      assert.match(documentHover, /\[Fix missing-notice\]\(fix:missing-notice "/);
    });

    it('end with one short line: not legal advice, parts of the corpus unverified', () => {
      const joined = joinHovers(['a', 'b']);
      assert.equal(joined, `a\n\n---\n\nb\n\n---\n\n${HOVER_FOOTER}`);
      assert.match(HOVER_FOOTER, /^\*Not legal advice\. Parts of the corpus are unverified/);
      assert.ok(!HOVER_FOOTER.includes('\n'));
    });
  });

  describe('citations', () => {
    it('read as a drafting note on an unverified Q&A by default, and follow a template setting', () => {
      assert.equal(formatCitation(DEFAULT_CITATION_FORMAT, pack, 'Q2'), '[drafting note: see missouri-ag-ice guidance Q&A, Q2 (unverified; not legal authority)]');
      assert.equal(formatCitation('(see {packTitle}, {id})', pack, 'Q3'), `(see ${pack.meta.title}, Q3)`);
      assert.equal(formatCitation('  ', pack, 'Q3'), formatCitation(DEFAULT_CITATION_FORMAT, pack, 'Q3'), 'an empty setting falls back to the default');
    });

    it('keep a space before them after a word, and none after a space or an opening bracket', () => {
      assert.equal(citationInsertText('Holds need a judicial warrant', '[note]'), ' [note]');
      assert.equal(citationInsertText('Holds need a judicial warrant.', '[note]'), ' [note]');
      assert.equal(citationInsertText('Holds need a judicial warrant ', '[note]'), '[note]');
      assert.equal(citationInsertText('(', '[note]'), '[note]');
      assert.equal(citationInsertText('', '[note]'), '[note]');
    });

    it('count an entry’s unverified and outdated passages for search results', () => {
      assert.equal(doubtfulSummary(doubtfulCaveats(pack, 'Q3')), '3 unverified passages');
      assert.equal(doubtfulSummary(doubtfulCaveats(pack, 'Q11')), '1 outdated passage');
      assert.equal(doubtfulSummary(doubtfulCaveats(pack, 'Q20')), '');
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
      assert.equal(whyText(evidence('An inmate shall not be released while an immigration hold is pending.', 'detainer-hold')!), '“released” is ruled out or limited here, with “immigration hold”; no judicial warrant is required.');
    });

    it('names every word that made a context-only rule fire', () => {
      const found = evidence('ICE agents may make arrests at schools and hospitals.', 'sensitive-location');
      assert.equal(found?.action, undefined);
      assert.match(whyText(found!), /^“schools” and “ICE” appear together\.$/);
    });
  });

  describe('topic states for a draft', () => {
    const statesOf = (draft: string) => {
      const { findings, documentRules } = createLinter(pack.rules).check(draft, 'markdown');
      return new Map(topicStates(pack, findings, createTermFinder(pack.glossary).find(draft), documentRules).map((s) => [s.topicId, s]));
    };

    it('counts error and warning findings on a topic as its conflicts, and lists them under it', () => {
      const draft = 'The jail shall hold inmates on ICE detainers for 48 hours.\n\nOfficers may file a complaint with the review board.\n';
      const states = statesOf(draft);
      const detainers = states.get('detainers')!;
      assert.equal(detainers.state, 'conflicts');
      // detainer-hold (Q2, Q5) and missing-notice (Q5) are warnings; missing-verification (Q5, Q13, unverified) a note.
      assert.deepEqual(detainers.findings.map((f) => f.ruleId).sort(), ['detainer-hold', 'missing-notice', 'missing-verification']);
      assert.equal(detainers.conflicts, 2);
      assert.equal(topicStateText(detainers), 'conflicts (2) · notes (1)');
      assert.equal(states.get('oversight-and-reporting')?.state, 'mentioned', 'complaints is the term Q12 explains (the entry its hover quotes)');
      assert.equal(states.get('state-ag-policy')?.state, 'not-mentioned', 'Q18 also speaks of complaints, but a term counts for the entry that explains it');
      assert.equal(states.get('community-trust')?.state, 'not-mentioned');
      assert.equal(states.size, pack.topics.length);
    });

    it('counts a term the corpus never uses for the entry the glossary relates it to', () => {
      // The corpus never says "287(g)"; the glossary relates it to Q4 (Agreements and 287(g)).
      assert.equal(statesOf('The 287(g) program is described in the appendix.\n').get('agreements-and-287g')?.state, 'mentioned');
    });

    it('shows a topic as covered when a provision it needs is present, and an information finding as a note, not a conflict', () => {
      const draft = [
        '# Detainers',
        '',
        'No inmate shall be held on an ICE detainer unless a judicial warrant signed by a judge accompanies it.',
        'Before acting on any detainer, the shift supervisor shall verify its authenticity.',
        'The jail shall notify the individual in writing of any detainer lodged against them.',
        'The records unit shall log each detainer received and report annually.',
        'Officers shall ask about immigration status in routine traffic stops.',
        '',
      ].join('\n');
      const states = statesOf(draft);
      const detainers = states.get('detainers')!;
      assert.equal(detainers.state, 'covered');
      assert.deepEqual(detainers.covered, ['missing-verification', 'missing-notice']);
      assert.match(topicStateExplanation(detainers, pack), /^The draft provides what these checks ask for, so none is raised: “[^”]+”; “[^”]+”/);
      const inquiries = states.get('status-inquiries')!;
      assert.deepEqual([inquiries.state, inquiries.conflicts, inquiries.notes], ['mentioned', 0, 1], 'status-inquiry is information');
      assert.equal(topicStateText(inquiries), 'notes (1)');
      assert.match(topicStateExplanation(inquiries, pack), /1 note \(information findings, not conflicts\)/);
      assert.deepEqual(findingCounts(createLinter(pack.rules).lint(draft, 'markdown')), { conflicts: 0, notes: 1 });
    });

    it('says that a conflict counts under every topic its rule rests on (so topic counts can add up to more than the badge)', () => {
      // A drafter's trial: "Training: conflicts (1)" was the patrol-arrest warning, also counted under "State AG policy".
      const states = statesOf('# Policy\n\nDeputies may arrest a person for a civil immigration violation during a traffic stop.\n');
      const counted = [...states.values()].filter((s) => s.findings.some((f) => f.ruleId === 'unauthorized-enforcement'));
      assert.ok(counted.length >= 2, counted.map((s) => s.topicId).join(', '));
      for (const status of counted) assert.match(topicStateExplanation(status, pack), /^1 conflict \(a warning or error finding\) rests on this topic's questions; a finding that rests on questions of several topics counts under each/);
    });

    it('counts a finding only under the topics whose rules the pack lists: a training section is covered, not in conflict, beside an enforcement warning', () => {
      // A drafter's trial: "Training: conflicts (1)" on a draft with a training section. unauthorized-enforcement
      // cites Q8 (Training) as background only; pack.json's training topic counts missing-training alone.
      const draft = [
        '# Policy',
        '',
        'Deputies may arrest a person for a civil immigration violation during a traffic stop.',
        '',
        'Deputies shall assist ICE in immigration enforcement operations.',
        '',
        '## Training',
        '',
        'All deputies shall complete annual training on federal immigration law and its constitutional limits.',
        '',
      ].join('\n');
      const states = statesOf(draft);
      assert.deepEqual(pack.topics.find((t) => t.id === 'training')?.rules, ['missing-training']);
      const training = states.get('training')!;
      assert.deepEqual([training.state, training.conflicts, training.findings.map((f) => f.ruleId), training.covered], ['covered', 0, [], ['missing-training']]);
      for (const id of ['state-ag-policy', 'agreements-and-287g']) {
        assert.deepEqual([states.get(id)!.state, states.get(id)!.findings.map((f) => f.ruleId)], ['conflicts', ['unauthorized-enforcement']], id);
      }
      const listed = { ...training, state: 'conflicts' as const, conflicts: 1 };
      assert.match(topicStateExplanation(listed, pack), /findings of missing-training, the rules this topic counts/);
      // Likewise Information sharing counts sanctuary-limit alone: Q3 cites "788.25 RSMo" on stops, which status-only-stop cites.
      const stop = statesOf('# Policy\n\nOfficers may detain a person solely to determine the person\'s immigration status.\n');
      assert.deepEqual(['information-sharing', 'state-ag-policy'].map((id) => stop.get(id)!.findings.map((f) => f.ruleId)), [[], ['status-only-stop']]);
    });

    it('says what a number counts, and that a mentioned topic is not checked further', () => {
      const states = statesOf('The County holds town hall meetings to build public trust with residents.\n');
      const trust = states.get('community-trust')!;
      assert.equal(trust.state, 'mentioned');
      assert.equal(topicStateText(trust), 'mentioned');
      assert.match(topicStateExplanation(trust, pack), /uses terms this topic explains/);
      assert.equal(topicStateText(states.get('liability-and-lawsuits')!), 'not mentioned');
    });
  });
});
