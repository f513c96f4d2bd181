// Reads sentences through the frame reader: the act readings of every action concept (npx tsx bench/_ex.ts "sentence" ["lead-in"])
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { compileRules } from '../src/rules/compileRules';
import { readingOf } from '../src/lint/matchSentence';
import { FramePolarity } from '../src/lint/framePolarity';
const [s, leadIn] = process.argv.slice(2);
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const rules = compileRules(pack.rules);
  const reading = readingOf(s, leadIn, rules);
  const text = reading.text;
  const fp = reading.polarity as FramePolarity;
  const concepts = new Set<string>();
  for (const r of pack.rules.rules) if ((r as any).pattern) for (const c of [...((r as any).pattern.action ?? []), ...((r as any).pattern.inverseAction ?? [])]) concepts.add(c);
  for (const c of concepts) for (const m of reading.matches(c)) { const x = fp.reading(m.start, m.end); console.log(c, JSON.stringify(text.slice(m.start, m.end)), x.polarity, x.rule, 'clause', fp.clauseOf(m.start)); }
  const f = (fp as any).frames;
  f.frames.forEach((fr: any, k: number) => console.log(k, fr.role, 'host', fr.host, fr.status, fr.statusRule, 'pol', fr.polarity, fr.negations.join(','), 'act', fr.act?.lemma, '|', fr.span.text.slice(0, 90), fr.conditions.map((c: any) => c.kind).join(',')));
});
