// The tuning sets' misses by where the matcher stands on each (no act words; act but no required context;
// both, but the sentence's treatment of the act is not the one flagged; an exclusion matched), and their
// false findings by rule: npx tsx bench/errorClasses.ts. Never reads dev.txt nor a frozen blind set.
import './quietPipe';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
import { compileRules } from '../src/rules/compileRules';
import { readingOf } from '../src/lint/matchSentence';
import { readLabelled, score } from '../test/support/labelled';
import { isTuningSet } from '../test/support/frozen';
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  const rules = compileRules(pack.rules);
  const ids = pack.rules.rules.filter((r) => r.scope === 'sentence').map((r) => r.id);
  const dir = join(__dirname, '..', 'test', 'labelled');
  const fn = new Map<string, number>(); const fnByRule = new Map<string, number>();
  let fp = 0; const fpByRule = new Map<string, number>();
  for (const file of readdirSync(dir).filter(isTuningSet)) {
    for (const m of score(linter, readLabelled(join(dir, file)), ids).misses) {
      if (m.kind === 'false positive') { fp++; fpByRule.set(m.rule, (fpByRule.get(m.rule) ?? 0) + 1); continue; }
      const rule = rules.sentenceRules.find((r) => r.id === m.rule)!;
      const r = readingOf(m.sentence, undefined, rules);
      const pats = [rule.pattern, ...(rule.alsoMatches ?? [])];
      const hasAct = pats.some((p) => p.action.length === 0 || r.has([...p.action, ...(p.inverseAction ?? [])]));
      const hasCtx = pats.some((p) => (p.action.length === 0 || r.has([...p.action, ...(p.inverseAction ?? [])])) && (p.requires ?? []).every((g) => r.has(g)));
      const excluded = pats.some((p) => p.notWith && r.has(p.notWith));
      const cls = !hasAct ? '1 act not in the vocabulary' : !hasCtx ? '2 required context not in the sentence' : excluded ? '4 an exclusion matched' : '3 act and context read, treatment not the flagged one (description, report, polarity, clause)';
      fn.set(cls, (fn.get(cls) ?? 0) + 1);
      fnByRule.set(`${cls.slice(0, 1)} ${m.rule}`, (fnByRule.get(`${cls.slice(0, 1)} ${m.rule}`) ?? 0) + 1);
    }
  }
  console.log('misses', [...fn].sort()); console.log([...fnByRule].sort((a, b) => b[1] - a[1]).slice(0, 12));
  console.log('false findings', fp, [...fpByRule].sort((a, b) => b[1] - a[1]));
});
