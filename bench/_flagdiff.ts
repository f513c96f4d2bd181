// Where frame polarity changes a tuning-set outcome: lost true findings, new false ones (and the gains).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
import { compileRules } from '../src/rules/compileRules';
import { SentenceReading } from '../src/lint/matchSentence';
import { FramePolarity } from '../src/lint/framePolarity';
import { SentencePolarity } from '../src/lint/polarity';
import { readLabelled } from '../test/support/labelled';
import { isTuningSet } from '../test/support/frozen';
const G = globalThis as { POLARITY?: string };
const dir = join(__dirname, '..', 'test', 'labelled');
const want = process.argv[2] ?? 'lostTP,newFP';
const ruleFilter = process.argv[3];
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  const rules = compileRules(pack.rules);
  const sentenceRules = pack.rules.rules.filter((r) => r.scope === 'sentence');
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir).filter(isTuningSet).sort()) {
    for (const s of readLabelled(join(dir, file))) {
      G.POLARITY = 'old';
      const old = new Set(linter.lint(s.sentence, 'plaintext').map((f) => f.ruleId));
      G.POLARITY = 'frames';
      const neu = new Set(linter.lint(s.sentence, 'plaintext').map((f) => f.ruleId));
      for (const r of sentenceRules) {
        const exp = s.labels.has(r.id);
        const o = old.has(r.id), n = neu.has(r.id);
        if (o === n) continue;
        const kind = exp ? (o ? 'lostTP' : 'gainedTP') : (n ? 'newFP' : 'removedFP');
        counts.set(`${kind} ${r.id}`, (counts.get(`${kind} ${r.id}`) ?? 0) + 1);
        if (!want.split(',').includes(kind) || (ruleFilter && r.id !== ruleFilter)) continue;
        const reading = new SentenceReading(s.sentence, rules);
        const outs = rules.outsiders.flatMap((c) => reading.matches(c));
        const fp = new FramePolarity(s.sentence, 0, outs);
        const sp = new SentencePolarity(s.sentence, 0, outs);
        const pat = (r as any).pattern;
        const acts = [...(pat.action ?? []), ...(pat.inverseAction ?? [])].flatMap((c: string) => reading.matches(c).map((m) => {
          const x = fp.reading(m.start, m.end);
          return `${s.sentence.slice(m.start, m.end)}:${sp.of(m.start, m.end)}→${x.polarity}/${x.rule}`;
        }));
        console.log(`${kind.padEnd(9)} ${r.id.padEnd(24)} ${file}:${s.line} {${acts.join('; ')}}\n    ${s.sentence.slice(0, 330)}`);
      }
    }
  }
  for (const [k, n] of [...counts].sort()) console.log(`${n}\t${k}`);
});
