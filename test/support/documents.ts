// Scores the linter on whole labelled documents (test/labelled/documents/*.md): each sentence's expected
// rules are marked at the end of its line (<!-- expect: rule -->); a line with no marker expects none.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Linter } from '../../src/lint/lint';

export const DOCUMENTS = join(__dirname, '..', 'labelled', 'documents');
const MARKER = /<!--\s*expect\s*:\s*([^>]*?)\s*-->/g;

export interface DocumentMiss {
  kind: 'FP' | 'FN';
  rule: string;
  file: string;
  line: number;
  text: string;
}

export function scoreDocuments(linter: Linter, rules: string[]): { counts: Map<string, { tp: number; fp: number; fn: number }>; misses: DocumentMiss[] } {
  const counts = new Map(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const misses: DocumentMiss[] = [];
  for (const file of readdirSync(DOCUMENTS).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const source = readFileSync(join(DOCUMENTS, file), 'utf8');
    const lines = source.split('\n');
    const expected = new Map<number, Set<string>>();
    lines.forEach((line, i) => {
      for (const m of line.matchAll(MARKER)) expected.set(i, new Set(m[1].split(',').map((s) => s.trim())));
    });
    const found = new Map<number, Set<string>>();
    for (const f of linter.lint(source.replace(MARKER, (m) => ' '.repeat(m.length)), 'markdown')) {
      if (!counts.has(f.ruleId)) continue;
      found.set(f.range.start.line, (found.get(f.range.start.line) ?? new Set<string>()).add(f.ruleId));
    }
    for (const line of new Set([...expected.keys(), ...found.keys()])) {
      const want = expected.get(line) ?? new Set<string>();
      const got = found.get(line) ?? new Set<string>();
      for (const [rule, c] of counts) {
        if (want.has(rule) && got.has(rule)) c.tp++;
        else if (got.has(rule) || want.has(rule)) {
          const kind = got.has(rule) ? 'FP' : 'FN';
          c[kind === 'FP' ? 'fp' : 'fn']++;
          misses.push({ kind, rule, file, line: line + 1, text: lines[line].replace(MARKER, '').trim() });
        }
      }
    }
  }
  return { counts, misses };
}
