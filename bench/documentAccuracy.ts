// Precision and recall on whole real documents (test/labelled/documents/*.md), read as a drafter's file
// is read, headings and all: npx tsx bench/documentAccuracy.ts [--quiet]. A sentence's expected rules are
// marked at the end of its line (<!-- expect: rule -->); a line with no marker expects none.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';

const DIR = join(__dirname, '..', 'test', 'labelled', 'documents');
const MARKER = /<!--\s*expect\s*:\s*([^>]*?)\s*-->/g;

void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  const rules = pack.rules.rules.filter((r) => r.scope === 'sentence').map((r) => r.id);
  const counts = new Map(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const source = readFileSync(join(DIR, file), 'utf8');
    const expected = new Map<number, Set<string>>();
    const lines = source.split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(MARKER)) expected.set(i, new Set(m[1].split(',').map((s) => s.trim())));
    });
    const text = source.replace(MARKER, (m) => ' '.repeat(m.length));
    const found = new Map<number, Set<string>>();
    for (const f of linter.lint(text, 'markdown')) {
      if (!counts.has(f.ruleId)) continue;
      const set = found.get(f.range.start.line) ?? new Set<string>();
      set.add(f.ruleId);
      found.set(f.range.start.line, set);
    }
    for (const line of new Set([...expected.keys(), ...found.keys()])) {
      const want = expected.get(line) ?? new Set<string>();
      const got = found.get(line) ?? new Set<string>();
      for (const rule of rules) {
        const c = counts.get(rule)!;
        const kind = want.has(rule) && got.has(rule) ? 'tp' : got.has(rule) ? 'fp' : want.has(rule) ? 'fn' : undefined;
        if (!kind) continue;
        c[kind]++;
        if (kind !== 'tp' && !process.argv.includes('--quiet')) console.log(`${kind.toUpperCase()} ${rule.padEnd(24)} ${file}:${line + 1}  ${lines[line].replace(MARKER, '').trim().slice(0, 160)}`);
      }
    }
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const [rule, c] of counts) {
    all.tp += c.tp; all.fp += c.fp; all.fn += c.fn;
    const p = c.tp + c.fp ? (c.tp / (c.tp + c.fp)).toFixed(3) : '–';
    const r = c.tp + c.fn ? (c.tp / (c.tp + c.fn)).toFixed(3) : '–';
    console.log(`${rule.padEnd(26)} P=${p.padEnd(5)} R=${r.padEnd(5)}  tp=${c.tp} fp=${c.fp} fn=${c.fn}`);
  }
  console.log(`all (micro)                P=${(all.tp / (all.tp + all.fp)).toFixed(3)} R=${(all.tp / (all.tp + all.fn)).toFixed(3)}  tp=${all.tp} fp=${all.fp} fn=${all.fn}`);
});
