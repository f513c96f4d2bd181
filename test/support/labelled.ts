// Reads a labelled sentence file (see test/labelled/LABELLING.md) and scores the linter on it.
import { readFileSync } from 'node:fs';
import type { Linter } from '../../src/lint/lint';

export interface LabelledSentence {
  line: number;
  labels: Set<string>;
  sentence: string;
}

export function readLabelled(path: string): LabelledSentence[] {
  const result: LabelledSentence[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const bar = line.indexOf('|');
      if (bar < 0) throw new Error(`${path}:${index + 1}: expected "LABELS | SENTENCE"`);
      const labelText = line.slice(0, bar).trim();
      const labels = new Set(labelText === '-' ? [] : labelText.split(',').map((l) => l.trim()));
      result.push({ line: index + 1, labels, sentence: line.slice(bar + 1).trim() });
    });
  return result;
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Miss {
  line: number;
  rule: string;
  kind: 'false positive' | 'false negative';
  sentence: string;
}

/** "P=0.950 R=0.900", with "–" where there is nothing to measure: no sentence flagged (P) or no positive (R). */
export function formatScore(s: RuleScore): string {
  const ratio = (value: number, denominator: number) => (denominator === 0 ? '–    ' : value.toFixed(3));
  return `P=${ratio(s.precision, s.truePositives + s.falsePositives)} R=${ratio(s.recall, s.truePositives + s.falseNegatives)}`;
}

export function score(linter: Linter, sentences: LabelledSentence[], rules: string[]): { scores: RuleScore[]; misses: Miss[] } {
  const misses: Miss[] = [];
  const counts = new Map(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  for (const item of sentences) {
    const found = new Set(linter.lint(item.sentence, 'plaintext').map((f) => f.ruleId));
    for (const rule of rules) {
      const c = counts.get(rule)!;
      const expected = item.labels.has(rule);
      const got = found.has(rule);
      if (expected && got) c.tp++;
      else if (got) {
        c.fp++;
        misses.push({ line: item.line, rule, kind: 'false positive', sentence: item.sentence });
      } else if (expected) {
        c.fn++;
        misses.push({ line: item.line, rule, kind: 'false negative', sentence: item.sentence });
      }
    }
  }
  const scores = rules.map((rule) => {
    const { tp, fp, fn } = counts.get(rule)!;
    return { rule, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  });
  return { scores, misses };
}
