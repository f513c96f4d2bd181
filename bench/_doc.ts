import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { compileRules } from '../src/rules/compileRules';
import { SentenceReading } from '../src/lint/matchSentence';
import { SentencePolarity } from '../src/lint/polarity';
import { FramePolarity } from '../src/lint/framePolarity';
const [file, concept] = process.argv.slice(2);
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const rules = compileRules(pack.rules);
  for (const line of readFileSync(file, 'utf8').split('\n')) for (const s of line.split(/(?<=\.)\s+/)) {
    const r = new SentenceReading(s, rules);
    for (const m of r.matches(concept)) {
      const outs = rules.outsiders.flatMap((c) => r.matches(c));
      const o = new SentencePolarity(s, 0, outs).of(m.start, m.end);
      const n = new FramePolarity(s, 0, outs).reading(m.start, m.end);
      if (o !== n.polarity) console.log(o, n.polarity, n.rule, JSON.stringify(s.slice(m.start, m.end)), '|', s.slice(0, 200));
    }
  }
});
