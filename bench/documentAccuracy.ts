// Precision and recall on whole real documents (test/labelled/documents/*.md), read as a drafter's file
// is read, headings and all: npx tsx bench/documentAccuracy.ts [--quiet]
import './quietPipe';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
import { scoreDocuments } from '../test/support/documents';

void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const rules = pack.rules.rules.filter((r) => r.scope === 'sentence').map((r) => r.id);
  const { counts, misses } = scoreDocuments(createLinter(pack.rules), rules);
  if (!process.argv.includes('--quiet')) for (const m of misses) console.log(`${m.kind} ${m.rule.padEnd(24)} ${m.file}:${m.line}  ${m.text.slice(0, 160)}`);
  const all = { tp: 0, fp: 0, fn: 0 };
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '–');
  for (const [rule, c] of counts) {
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
    console.log(`${rule.padEnd(26)} P=${ratio(c.tp, c.tp + c.fp).padEnd(5)} R=${ratio(c.tp, c.tp + c.fn).padEnd(5)}  tp=${c.tp} fp=${c.fp} fn=${c.fn}`);
  }
  console.log(`all (micro)                P=${ratio(all.tp, all.tp + all.fp)} R=${ratio(all.tp, all.tp + all.fn)}  tp=${all.tp} fp=${all.fp} fn=${all.fn}`);
});
