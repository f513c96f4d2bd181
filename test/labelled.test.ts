// Precision and recall per rule on the labelled sentences (see test/labelled/LABELLING.md).
// dev.txt must meet the bar; holdout.txt was written separately and is reported, not tuned on.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, type Linter } from '../src/lint/lint';
import { formatScore, readLabelled, score } from './support/labelled';
import { FROZEN, isTuningSet } from './support/frozen';
import { scoreDocuments } from './support/documents';

const PRECISION = 0.95;
const RECALL = 0.9;

type Floor = { precision: number; recall: number } | { falseAtMost: number };

// The tuning sets, each with a floor well under the dev bar: it catches a collapse, not a tuning miss.
const FLOORS = [
  ['holdout.txt', { precision: 0.9, recall: 0.8 }],
  ['real-b.txt', { precision: 0.9, recall: 0.8 }],
  ['real-a.txt', { precision: 0.8, recall: 0.55 }],
  ['blind-c.txt', { precision: 0.7, recall: 0.5 }],
  ['blind-d.txt', { precision: 0.7, recall: 0.55 }],
  ['real-e.txt', { precision: 0.7, recall: 0.6 }],
  ['real-f.txt', { precision: 0.6, recall: 0.55 }],
  ['real-g.txt', { precision: 0.3, recall: 0.4 }],
  ['real-h.txt', { precision: 0.55, recall: 0.4 }],
  ['real-j.txt', { precision: 0.45, recall: 0.4 }],
  ['real-i.txt', { precision: 0.5, recall: 0.4 }],
  ['real-k.txt', { precision: 0.3, recall: 0.2 }],
  ['real-l.txt', { precision: 0.55, recall: 0.55 }],
  ['real-m.txt', { precision: 0.3, recall: 0.25 }],
  ['real-n.txt', { precision: 0.4, recall: 0.3 }],
  ['real-o.txt', { precision: 0.4, recall: 0.45 }],
  ['real-p.txt', { precision: 0.45, recall: 0.5 }],
  ['real-q.txt', { precision: 0.3, recall: 0.4 }],
  ['real-r.txt', { precision: 0.45, recall: 0.4 }],
  ['real-s.txt', { precision: 0.4, recall: 0.35 }],
  ['real-t.txt', { precision: 0.55, recall: 0.35 }],
  // Small sets (real-u.txt: 3 positives, real-z.txt: 10, real-ac.txt: 11, real-ad.txt: 12) have low floors: one sentence moves them a lot.
  ['real-u.txt', { precision: 0.2, recall: 0.2 }],
  ['real-z.txt', { precision: 0.7, recall: 0.3 }],
  ['real-ac.txt', { precision: 0.4, recall: 0.5 }],
  ['real-ad.txt', { precision: 0.5, recall: 0.5 }],
  ['real-v.txt', { precision: 0.7, recall: 0.5 }],
  ['real-w.txt', { precision: 0.4, recall: 0.35 }],
  // real-ae.txt has no positive sentence: only its false findings can be counted (3 when it was added here).
  ['real-ae.txt', { falseAtMost: 5 }],
  // real-aa.txt: first look P 0.643 R 0.333, after the thirty-fourth change 0.765 / 0.520.
  ['real-aa.txt', { precision: 0.6, recall: 0.4 }],
  // real-ab.txt: first look (start 0098928 and dbe0855 alike) P 0.600 R 0.310; after tuning on it 0.750 / 0.621.
  ['real-ab.txt', { precision: 0.6, recall: 0.5 }],
  ['real-x.txt', { precision: 0.15, recall: 0.4 }],
] as const satisfies ReadonlyArray<readonly [string, Floor]>;

describe('labelled sentences', () => {
  let linter: Linter;
  let rules: string[];

  before(async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
    rules = pack.rules.rules.filter((r) => r.scope === 'sentence').map((r) => r.id);
  });

  it('dev.txt has at least 200 sentences and every rule in both polarities', () => {
    const sentences = readLabelled(join(__dirname, 'labelled', 'dev.txt'));
    assert.ok(sentences.length >= 200, `only ${sentences.length} sentences`);
    for (const rule of rules) {
      const positives = sentences.filter((s) => s.labels.has(rule)).length;
      assert.ok(positives >= 15, `${rule}: ${positives} positive sentences`);
    }
    const known = new Set(rules);
    for (const s of sentences) for (const label of s.labels) assert.ok(known.has(label), `line ${s.line}: unknown rule "${label}"`);
  });

  it(`meets precision >= ${PRECISION} and recall >= ${RECALL} for every rule on dev.txt`, () => {
    const { scores, misses } = score(linter, readLabelled(join(__dirname, 'labelled', 'dev.txt')), rules);
    const report = scores.map((s) => `${s.rule}: ${formatScore(s)}`).join('\n');
    const below = scores.filter((s) => s.precision < PRECISION || s.recall < RECALL);
    const detail = misses.map((m) => `  ${m.kind} ${m.rule} (dev.txt:${m.line}) ${m.sentence}`).join('\n');
    assert.deepEqual(below.map((s) => s.rule), [], `below the bar:\n${report}\nmisses:\n${detail}`);
  });

  // The other sets are reported, with a floor well under the dev bar: it catches a collapse, not a tuning
  // miss. holdout.txt was written apart from dev.txt; real-a.txt quotes real statutes and policies (its
  // labels are the noisiest); real-b.txt is hard statutory phrasing; blind-c.txt quotes other real
  // statutes, policies and court opinions; blind-d.txt quotes smaller jurisdictions' policies. Both were
  // first measured blind (see the closing note) before any tuning on them, as were real-e.txt (jail and
  // sanctuary policies) and real-f.txt (stops, 287(g), schools and hospitals). real-g.txt and real-h.txt
  // were the blind sets blind-g and blind-h of one change, retired to tuning on the next; real-j.txt was
  // measured once before it was tuned on, and real-i.txt and real-m.txt to real-s.txt were the blind sets
  // blind-i and blind-m to blind-t, and real-v.txt and real-w.txt the blind sets blind-v and blind-w (see LABELLING.md);
  // real-x.txt was gathered for the genres blind-w read worst.
  for (const [file, floor] of FLOORS) {
    it(`reports precision and recall on ${file}`, () => {
      const { scores } = score(linter, readLabelled(join(__dirname, 'labelled', file)), rules);
      for (const s of scores) console.log(`      ${file} ${s.rule.padEnd(25)} ${formatScore(s)}`);
      const micro = scores.reduce((a, s) => ({ tp: a.tp + s.truePositives, fp: a.fp + s.falsePositives, fn: a.fn + s.falseNegatives }), { tp: 0, fp: 0, fn: 0 });
      if ('falseAtMost' in floor) {
        console.log(`      ${file} all rules: ${micro.fp} false findings, no positive sentence`);
        assert.equal(micro.tp + micro.fn, 0, `${file} has positive sentences now: give it a precision and recall floor`);
        return assert.ok(micro.fp <= floor.falseAtMost, `${file}: ${micro.fp} false findings`);
      }
      const precision = micro.tp / (micro.tp + micro.fp);
      const recall = micro.tp / (micro.tp + micro.fn);
      console.log(`      ${file} all rules (micro)         P=${precision.toFixed(3)} R=${recall.toFixed(3)}`);
      assert.ok(precision >= floor.precision, `${file}: precision ${precision.toFixed(3)} collapsed`);
      assert.ok(recall >= floor.recall, `${file}: recall ${recall.toFixed(3)} collapsed`);
    });
  }

  // Whole real documents with their headings (test/labelled/documents/): what only a whole document shows.
  // First look, before tuning on them: P 0.500 R 0.067. The floor catches a collapse.
  it('reports precision and recall on whole real documents', () => {
    const { counts } = scoreDocuments(linter, rules);
    const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    const precision = all.tp / (all.tp + all.fp);
    const recall = all.tp / (all.tp + all.fn);
    console.log(`      documents/ all rules (micro)       P=${precision.toFixed(3)} R=${recall.toFixed(3)}`);
    assert.ok(all.tp > 0 && precision >= 0.4, `documents/: precision ${precision.toFixed(3)} collapsed`);
  });

  // The blind sets are frozen (test/support/frozen.ts): measured once before a matcher change and once
  // after (with `npx tsx bench/accuracy.ts test/labelled/blind-y.txt --quiet`), never tuned on, so the
  // test run does not print their scores.
  it('scores every tuning set here, each with a floor', () => {
    const scored = new Set<string>(FLOORS.map(([file]) => file));
    assert.deepEqual(readdirSync(join(__dirname, 'labelled')).filter((f) => isTuningSet(f) && !scored.has(f)), []);
  });

  it('lists no frozen or new blind set, nor dev.txt, among the tuning sets bench/tuning.ts reads', () => {
    for (const [file] of FROZEN) assert.equal(isTuningSet(file), false, file);
    assert.equal(isTuningSet('dev.txt'), false);
    assert.equal(isTuningSet('blind-z.txt'), false, 'a blind set not yet in the frozen list');
    assert.equal(isTuningSet('real-r.txt'), true);
    assert.equal(isTuningSet('blind-c.txt'), true, 'blind-c and blind-d are tuning sets by an old name');
  });
  for (const [file, sha256] of FROZEN) {
    it(`keeps the blind set ${file} frozen, with labels only of known rules`, () => {
      const path = join(__dirname, 'labelled', file);
      assert.equal(createHash('sha256').update(readFileSync(path)).digest('hex'), sha256, `${file} was edited: it is a frozen blind set`);
      const known = new Set(rules);
      for (const s of readLabelled(path)) for (const label of s.labels) assert.ok(known.has(label), `${file}:${s.line}: unknown rule "${label}"`);
    });
  }
});
