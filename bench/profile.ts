// Where lint time goes, stage by stage, on a generated manual: npx tsx bench/profile.ts [bytes] [immigrationShare]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { markdownProse } from '../src/lint/markdownProse';
import { parseMarkdown } from '../src/lint/markdownParser';
import { splitSentences } from '../src/lint/sentences';
import { SentenceReading, ruleApplies } from '../src/lint/matchSentence';
import { compileRules, candidatePhrases } from '../src/rules/compileRules';
import { createLinter } from '../src/lint/lint';
import { generateManual } from './manual';

const bundled = JSON.parse(readFileSync(join(__dirname, '..', 'dist', 'bundled-pack.json'), 'utf8'));
const rules = compileRules(bundled.pack.rules);
const linter = createLinter(bundled.pack.rules);
const text = generateManual(Number(process.argv[2] ?? 50_000), 1, Number(process.argv[3] ?? 0.25));
const stage = <T>(label: string, fn: () => T): T => {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(28)} ${times[10].toFixed(2)} ms`);
  return result;
};
const bare = unified().use(remarkParse);
stage('bare remark parse', () => bare.parse(text));
stage('our parse (tables, front matter)', () => parseMarkdown(text));
const prose = stage('prose extraction (incl. parse)', () => markdownProse(text));
const sentences = stage('sentence split', () => prose.units.flatMap(splitSentences));
stage('lead-word scan', () => sentences.forEach((s) => candidatePhrases(rules, s.text)));
stage('sentence rules', () => sentences.forEach((s) => { const r = new SentenceReading(s.text, rules); rules.sentenceRules.forEach((rule) => ruleApplies(rule, r)); }));
stage('whole lint', () => linter.lint(text, 'markdown'));
console.log(`${sentences.length} sentences`);
