// A topic's state as the Guidance view's narrow row shows it, beside the full state its tooltip gives.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createEngine } from '../src/engine/engine';
import type { Finding } from '../src/lint/finding';
import { conflictsText, topicStateExplanation, topicStateLine, topicStateShort, topicStateText, type TopicStatus } from '../src/present/topicStates';
import { buildSearchIndex } from '../src/search/searchIndex';

describe('a topic state in a narrow row', () => {
  it('is the notes counted (a conflicted topic’s count is its badge), "covered", "mentioned", or nothing when not mentioned', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    const draft = '# Jail policy\n\nThe jail shall hold inmates on ICE detainers for 48 hours. Officers may ask a victim about immigration status.\n';
    const states = new Map(engine.check({ text: draft, format: 'markdown' }).topics[pack.meta.id].map((s) => [s.topicId, s]));
    const both = (id: string) => [topicStateShort(states.get(id)!), topicStateText(states.get(id)!)];
    assert.deepEqual(both('detainers'), ['1 note', 'conflicts (2) · notes (1)']);
    assert.deepEqual(both('status-inquiries'), ['1 note', 'notes (1)']);
    assert.deepEqual(both('community-trust'), ['', 'not mentioned']);
    for (const status of states.values()) assert.ok(topicStateShort(status).length <= 'mentioned'.length, topicStateText(status));
  });

  it('says in full when the answers its findings rest on are not all verified (a drafter\'s trial: "State AG policy" showed 5 conflicts on Q1 and said nothing of it)', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    const draft = '# Policy\n\nOfficers may stop any person solely to determine immigration status.\n';
    const states = engine.check({ text: draft, format: 'markdown' }).topics[pack.meta.id];
    const conflicted = states.filter((s) => s.conflicts > 0);
    assert.ok(conflicted.length > 0);
    for (const status of conflicted) assert.match(topicStateExplanation(status, pack), /the answers they rest on are not all verified \(Q\d+: \d+ (?:unverified|outdated)[^)]*\): read their caveats/);
    const quiet = states.find((s) => s.state === 'not-mentioned')!;
    assert.doesNotMatch(topicStateExplanation(quiet, pack), /not all verified/);
  });

  it('gives the conflicts\' count once in a tooltip, where the state line before it gave it already', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    const draft = '# Jail policy\n\nThe jail shall hold inmates on ICE detainers for 48 hours.\n';
    const detainers = engine.check({ text: draft, format: 'markdown' }).topics[pack.meta.id].find((s) => s.topicId === 'detainers')!;
    const tooltip = `${topicStateLine(detainers, pack)}. ${topicStateExplanation(detainers, pack, true)}`;
    assert.equal(tooltip.match(/\d+ conflicts?\b/g)?.length, 1, tooltip);
    assert.match(tooltip, /Conflicts are warning or error findings that rest on this topic's questions/);
    assert.match(topicStateExplanation(detainers, pack), /^\d+ conflicts? \(/, 'alone (the report) it still counts them');
  });

  it('counts a topic whose only finding a suppression comment hid as mentioned, and says so (a drafter\'s trial: it read "not mentioned")', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    const share = "City employees shall not share any person's immigration status with ICE.";
    const stateOf = (draft: string) => engine.check({ text: draft, format: 'markdown' }).topics[pack.meta.id].find((s) => s.topicId === 'information-sharing')!;
    assert.equal(stateOf(`# Policy\n\n${share}\n`).state, 'conflicts');
    const hidden = stateOf(`# Policy\n\n<!-- policy-guidance-disable-next-line sanctuary-limit -- council vote of May 2026 -->\n${share}\n`);
    assert.deepEqual([hidden.state, hidden.suppressed], ['mentioned', 1]);
    assert.match(topicStateExplanation(hidden, pack), /1 finding on it hidden by suppression comments \(see the exceptions register\)/);
    assert.equal(stateOf('# Policy\n\nInmates are booked in the order of arrival.\n').state, 'not-mentioned');
  });
});

describe('a topic\'s conflicts and the passages they rest on', () => {
  // Entries of the bundled pack by their caveats: Q4 and Q10 have context notes only, Q2 and Q5 unverified passages, Q9 an
  // out-of-date one.
  const status = (...findings: Array<[Finding['severity'], string[]]>): TopicStatus => {
    const all = findings.map(([severity, entries], i) => ({ ruleId: `rule-${i}`, severity, entries }) as unknown as Finding);
    const conflicts = all.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
    return { topicId: 'detainers', state: conflicts ? 'conflicts' : 'mentioned', conflicts, notes: all.length - conflicts, findings: all, covered: [] };
  };

  it('says how many conflicts rest on passages the pack marks unverified or out of date, and of which kind', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    assert.equal(conflictsText(status(['warning', ['Q4']], ['warning', ['Q2', 'Q4']]), pack), '2 conflicts (1 rests on an unverified passage)');
    assert.equal(conflictsText(status(['warning', ['Q4']], ['error', ['Q10']]), pack), '2 conflicts', 'context notes doubt nothing');
    assert.equal(conflictsText(status(['warning', ['Q9']]), pack), '1 conflict (it rests on an out-of-date passage)');
    assert.equal(conflictsText(status(['warning', ['Q9', 'Q5']]), pack), '1 conflict (it rests on unverified and out-of-date passages)');
    assert.equal(conflictsText(status(['warning', ['Q2']], ['warning', ['Q5']]), pack), '2 conflicts (both rest on unverified passages)');
    assert.equal(conflictsText(status(['warning', ['Q2']], ['warning', ['Q9']], ['warning', ['Q4']]), pack), '3 conflicts (2 rest on unverified or out-of-date passages)');
    assert.equal(conflictsText(status(['warning', ['Q2']], ['warning', ['Q5']], ['error', ['Q5']]), pack), '3 conflicts (all 3 rest on unverified passages)');
    // Notes are not conflicts: one resting on an unverified passage is not counted among them.
    assert.equal(topicStateLine(status(['warning', ['Q4']], ['information', ['Q2']]), pack), '1 conflict · 1 note');
    // A topic with no conflicts reads as topicStateText has it.
    assert.equal(topicStateLine(status(['information', ['Q2']]), pack), 'notes (1)');
  });

  it('counts them so in a checked draft: both rules on the patrol sentence of the example jail policy rest on Q1, unverified', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    const draft = '# Policy\n\nDeputies may arrest persons for civil immigration violations when they encounter them on patrol.\n';
    const ag = engine.check({ text: draft, format: 'markdown' }).topics[pack.meta.id].find((s) => s.topicId === 'state-ag-policy')!;
    assert.deepEqual(ag.findings.map((f) => f.ruleId).sort(), ['status-only-stop', 'unauthorized-enforcement']);
    assert.equal(topicStateLine(ag, pack), '2 conflicts (both rest on unverified passages)');
  });
});
