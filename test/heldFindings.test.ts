// New findings wait while the sentence under the cursor is being typed (src/vscode/heldFindings.ts):
// checked on the engine's real findings for a draft typed word by word.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createEngine, type Engine } from '../src/engine/engine';
import { buildSearchIndex } from '../src/search/searchIndex';
import type { DraftReport, PackFinding } from '../src/vscode/draftFindings';
import { endsSentence, heldFindings, sentenceAround, withoutFindings } from '../src/vscode/heldFindings';

const HEAD = "# Jail policy\n\nDeputies may consider an arrestee's accent in deciding whether to refer the arrestee to ICE. Inmates will be fed three times a day.\n\n";
const TYPED = 'Officers shall hold the person on the ICE detainer';

describe('findings held while a sentence is typed', () => {
  let engine: Engine;
  let isDocumentRule: (f: PackFinding) => boolean;
  before(async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    isDocumentRule = (f) => pack.rules.rules.find((r) => r.id === f.ruleId)?.scope === 'document';
  });
  const report = (text: string): DraftReport => {
    const out = engine.check({ text, format: 'markdown' });
    return { version: 1, findings: out.findings, topics: new Map(Object.entries(out.topics)), suppressions: out.suppressions };
  };
  const rules = (findings: PackFinding[]) => findings.map((f) => f.ruleId).sort();

  it('holds a new finding on the unfinished sentence at the cursor, and a new missing provision it brings in; shown findings stay', () => {
    const before = report(HEAD).findings;
    const text = HEAD + TYPED;
    const now = report(text).findings;
    const held = heldFindings(now, before, text, text.length, isDocumentRule);
    assert.deepEqual(rules(held), ['detainer-hold', 'missing-notice', 'missing-verification']);
    assert.ok(held.every((f) => !before.some((b) => b.ruleId === f.ruleId && b.start === f.start)), 'only new findings wait');
    // The sentence above, flagged before, and the missing provision shown before stay.
    assert.deepEqual(rules(now.filter((f) => !held.includes(f))), ['missing-reporting', 'profiling']);
  });

  it('holds nothing once the sentence is finished, or where the cursor is not in it', () => {
    const before = report(HEAD).findings;
    for (const mark of ['.', ';', '.”', '. ']) {
      const text = `${HEAD + TYPED}${mark}`;
      assert.deepEqual(heldFindings(report(text).findings, before, text, text.length, isDocumentRule), [], `after “${mark}”`);
    }
    const text = HEAD + TYPED;
    const inTheSentenceAbove = HEAD.indexOf('be fed');
    // (typingHold.ts holds nothing there: the drafter did not type in that sentence.)
    assert.ok(!heldFindings(report(text).findings, before, text, inTheSentenceAbove, isDocumentRule).some((f) => f.ruleId === 'detainer-hold'));
  });

  it('keeps showing a finding the sentence had before it was edited', () => {
    const first = `${HEAD}Officers shall hold the person on the ICE detainer for 48 hours.`;
    const before = report(first).findings;
    // The drafter goes on typing inside the flagged sentence: its finding stays, nothing new waits.
    const at = first.indexOf(' for 48');
    const text = `${first.slice(0, at)} and notify ICE${first.slice(at)}`;
    const cursor = at + ' and notify ICE'.length;
    assert.deepEqual(heldFindings(report(text).findings, before, text, cursor, isDocumentRule), []);
    assert.ok(heldFindings(report(text).findings, [], text, cursor, isDocumentRule).some((f) => f.ruleId === 'detainer-hold'), 'it would wait were it new');
  });

  it('counts the topics without the held findings', () => {
    const text = HEAD + TYPED;
    const full = report(text);
    const held = heldFindings(full.findings, report(HEAD).findings, text, text.length, isDocumentRule);
    const shown = withoutFindings(full, held);
    assert.deepEqual(rules(shown.findings), rules(full.findings.filter((f) => !held.includes(f))));
    const detainers = (r: DraftReport) => r.topics.get('missouri-ag-ice')!.find((t) => t.topicId === 'detainers')!;
    assert.equal(detainers(shown).conflicts, detainers(report(HEAD)).conflicts, 'the Detainers topic counts what the Problems panel shows');
    assert.ok(detainers(shown).findings.every((f) => !held.includes(f)));
    assert.equal(withoutFindings(full, []), full);
  });

  it('reads the sentence around the cursor and whether the text before it ends one', () => {
    const text = 'One. Two words here\n\nThree.';
    assert.deepEqual(sentenceAround(text, text.indexOf('words')), { start: 5, end: text.indexOf('\n\n') });
    assert.deepEqual(sentenceAround(text, 2), { start: 0, end: 4 });
    assert.equal(endsSentence('Hold them.', 10), true);
    assert.equal(endsSentence('Hold “them.” ', 13), true);
    assert.equal(endsSentence('Hold them', 9), false);
    assert.equal(endsSentence('Hold them:', 10), true);
  });
});
