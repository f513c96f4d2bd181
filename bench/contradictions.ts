// Sentences the tuning sets label differently although they say the same thing: identical once case,
// punctuation and numbers are set aside, or nearly identical (token overlap ≥ 0.85). Such pairs cap what
// tuning can reach and make a change look better or worse on whichever side it lands; this lists them
// for a relabelling pass against LABELLING.md. Never reads dev.txt or a frozen blind set.
//   npx tsx bench/contradictions.ts [--overlap 0.85]
import './quietPipe';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLabelled } from '../test/support/labelled';
import { isTuningSet } from '../test/support/frozen';

const dir = join(__dirname, '..', 'test', 'labelled');
const at = process.argv.indexOf('--overlap');
const OVERLAP = at > 0 ? Number(process.argv[at + 1]) : 0.85;

interface Line {
  where: string;
  sentence: string;
  labels: string;
  tokens: Set<string>;
}

const normal = (s: string) => s.toLowerCase().replace(/[\d]+/g, '0').replace(/[^a-z0\s]+/g, ' ').replace(/\s+/g, ' ').trim();
const lines: Line[] = [];
for (const file of readdirSync(dir).filter(isTuningSet).sort()) {
  for (const l of readLabelled(join(dir, file))) {
    const tokens = new Set(normal(l.sentence).split(' ').filter(Boolean));
    lines.push({ where: `${file}:${l.line}`, sentence: l.sentence, labels: [...l.labels].sort().join(',') || '-', tokens });
  }
}

const overlap = (a: Set<string>, b: Set<string>) => {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / (a.size + b.size - common);
};

// Candidates share their rarest token, so only sentences that can overlap much are compared.
const df = new Map<string, number>();
for (const l of lines) for (const t of l.tokens) df.set(t, (df.get(t) ?? 0) + 1);
const byRare = new Map<string, Line[]>();
for (const l of lines) {
  const rare = [...l.tokens].sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1)).slice(0, 2);
  for (const t of rare) (byRare.get(t) ?? byRare.set(t, []).get(t)!).push(l);
}
const seen = new Set<string>();
let pairs = 0;
for (const group of byRare.values()) {
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i], group[j]];
      if (a.labels === b.labels || a.tokens.size < 4) continue;
      const key = a.where < b.where ? `${a.where} ${b.where}` : `${b.where} ${a.where}`;
      if (seen.has(key) || overlap(a.tokens, b.tokens) < OVERLAP) continue;
      seen.add(key);
      pairs++;
      console.log(`${a.labels.padEnd(28)} ${a.where}  ${a.sentence}\n${b.labels.padEnd(28)} ${b.where}  ${b.sentence}\n`);
    }
  }
}
console.log(`${pairs} pairs of near-identical tuning-set sentences labelled differently (token overlap ≥ ${OVERLAP}), over ${lines.length} sentences`);
