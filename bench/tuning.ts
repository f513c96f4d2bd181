// Precision and recall over every tuning set at once, and with --misses every false finding and miss in
// them: npx tsx bench/tuning.ts [--misses]. Never reads dev.txt (the gate) nor a frozen blind set.
import './quietPipe';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
import { readLabelled, score } from '../test/support/labelled';
import { isTuningSet } from '../test/support/frozen';

const dir = join(__dirname, '..', 'test', 'labelled');
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  const rules = pack.rules.rules.filter((r) => r.scope === 'sentence').map((r) => r.id);
  const files = readdirSync(dir).filter(isTuningSet).sort();
  const per = new Map(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  for (const file of files) {
    const { scores, misses } = score(linter, readLabelled(join(dir, file)), rules);
    for (const s of scores) {
      const c = per.get(s.rule)!;
      c.tp += s.truePositives;
      c.fp += s.falsePositives;
      c.fn += s.falseNegatives;
    }
    if (process.argv.includes('--misses')) for (const m of misses) console.log(`${m.kind === 'false positive' ? 'FP' : 'FN'} ${m.rule.padEnd(24)} ${file}:${m.line}  ${m.sentence}`);
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const [rule, c] of per) {
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
    console.log(`${rule.padEnd(26)} tp=${c.tp} fp=${c.fp} fn=${c.fn}`);
  }
  console.log(`${files.length} tuning sets: tp=${all.tp} fp=${all.fp} fn=${all.fn} P=${(all.tp / (all.tp + all.fp)).toFixed(3)} R=${(all.tp / (all.tp + all.fn)).toFixed(3)}`);
});
