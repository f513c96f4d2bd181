// Old vs frame polarity on every action match of the tuning sets (and the flags' outcome)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { compileRules } from '../src/rules/compileRules';
import { SentenceReading } from '../src/lint/matchSentence';
import { SentencePolarity } from '../src/lint/polarity';
import { FramePolarity } from '../src/lint/framePolarity';
import { readLabelled } from '../test/support/labelled';
import { isTuningSet } from '../test/support/frozen';
const dir = join(__dirname, '..', 'test', 'labelled');
const filter = process.argv[2];
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const rules = compileRules(pack.rules);
  const concepts = new Set<string>();
  for (const r of pack.rules.rules) if ((r as any).pattern) { for (const c of (r as any).pattern.action ?? []) concepts.add(c); for (const c of (r as any).pattern.inverseAction ?? []) concepts.add(c); }
  const tally = new Map<string, number>();
  const samples = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter(isTuningSet).sort()) {
    for (const s of readLabelled(join(dir, file))) {
      const text = s.sentence;
      const joinAt = 0;
      const reading = new SentenceReading(text, rules, joinAt);
      const outs = rules.outsiders.flatMap((c) => reading.matches(c));
      const old = new SentencePolarity(text, joinAt, outs);
      const neu = new FramePolarity(text, joinAt, outs);
      for (const c of concepts) for (const m of reading.matches(c)) {
        const o = old.of(m.start, m.end);
        const r = neu.reading(m.start, m.end);
        if (o === r.polarity) continue;
        const key = `${o}->${r.polarity} ${r.rule}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        const list = samples.get(key) ?? [];
        list.push(`${[...s.labels].join(',')} [${text.slice(m.start, m.end)}] ${text}`);
        samples.set(key, list);
      }
    }
  }
  for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) {
    console.log(`${n}\t${k}`);
    if (filter && k.includes(filter)) for (const x of samples.get(k)!.slice(0, 25)) console.log('   ' + x.slice(0, 400));
  }
});
