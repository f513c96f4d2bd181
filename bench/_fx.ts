import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { compileRules } from '../src/rules/compileRules';
import { SentenceReading } from '../src/lint/matchSentence';
import { readFrames } from '../src/language/frames';
const s = process.argv[2];
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const rules = compileRules(pack.rules);
  const reading = new SentenceReading(s, rules);
  const outs = rules.outsiders.flatMap((c) => reading.matches(c));
  const words = new Set(outs.flatMap((o) => s.slice(o.start, o.end).toLowerCase().split(/\W+/)).filter(Boolean));
  console.log('outsider words', [...words].join(' '));
  const r = readFrames(s, { isOutsider: (t) => outs.some((o) => t.start >= o.start && t.end <= o.end) });
  console.log(r.tokens.map((t, i) => `${i}:${t.text}/${t.pos}`).join(' '));
  r.frames.forEach((f, k) => console.log(k, f.role, 'host', f.host, f.status, f.statusRule, 'pol', f.polarity, f.negations.join(','), 'modal', f.modality?.word, 'act', f.act?.lemma, 'actor', f.actor?.text, '|', f.span.text.slice(0, 100), f.conditions.map((c) => c.kind).join(',')));
});
