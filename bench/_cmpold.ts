// Where today's reader differs from the old one (29e6ad1) on the tuning sets: lost true findings and new false ones.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
import { compileRules } from '../src/rules/compileRules';
import { SentenceReading } from '../src/lint/matchSentence';
import { readLabelled } from '../test/support/labelled';
import { isTuningSet } from '../test/support/frozen';
const old = JSON.parse(readFileSync('/tmp/old.json', 'utf8')) as Record<string, string[]>;
const want = (process.argv[2] ?? 'lostTP,newFP').split(',');
const only = process.argv[3];
const dir = join(__dirname, '..', 'test', 'labelled');
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  const rules = compileRules(pack.rules);
  const counts = new Map<string, number>();
  for (const file of readdirSync(dir).filter(isTuningSet).sort()) for (const s of readLabelled(join(dir, file))) {
    const o = new Set(old[`${file}:${s.line}`]);
    const n = new Set(linter.lint(s.sentence, 'plaintext').map((f) => f.ruleId));
    for (const r of pack.rules.rules.filter((x) => x.scope === 'sentence')) {
      if (o.has(r.id) === n.has(r.id)) continue;
      const kind = s.labels.has(r.id) ? (o.has(r.id) ? 'lostTP' : 'gainedTP') : n.has(r.id) ? 'newFP' : 'removedFP';
      counts.set(`${kind} ${r.id}`, (counts.get(`${kind} ${r.id}`) ?? 0) + 1);
      if (!want.includes(kind) || (only && r.id !== only)) continue;
      const reading = new SentenceReading(s.sentence, rules);
      const pat = (r as any).pattern;
      const acts = [...(pat.action ?? []), ...(pat.inverseAction ?? [])].flatMap((c: string) => reading.matches(c).map((m) => { const x = reading.polarity.reading(m.start, m.end); return `${s.sentence.slice(m.start, m.end)}:${x.polarity}/${x.rule}`; }));
      console.log(`${kind.padEnd(9)} ${r.id.padEnd(24)} ${file}:${s.line} {${acts.join('; ')}}\n    ${s.sentence.slice(0, 300)}`);
    }
  }
  for (const [k, n] of [...counts].sort()) console.log(`${n}\t${k}`);
});
