// Prints precision/recall per rule on a labelled file and lists the misses: npx tsx bench/accuracy.ts test/labelled/dev.txt
import './quietPipe';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
import { formatScore, readLabelled, score } from '../test/support/labelled';

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'test/labelled/dev.txt';
void loadPackFromDir('corpus/missouri-ag-ice').then((pack) => {
const linter = createLinter(pack.rules);
const rules = pack.rules.rules.filter((r) => r.scope === 'sentence').map((r) => r.id);
const { scores, misses } = score(linter, readLabelled(file), rules);
if (!process.argv.includes('--quiet')) for (const m of misses) console.log(`${m.kind === 'false positive' ? 'FP' : 'FN'} ${m.rule.padEnd(24)} ${file}:${m.line}  ${m.sentence}`);
for (const s of scores) console.log(`${s.rule.padEnd(26)} ${formatScore(s)}  tp=${s.truePositives} fp=${s.falsePositives} fn=${s.falseNegatives}`);
});
