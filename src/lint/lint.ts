// The linter: a draft's text in, findings out. Pure: no editor, no file system.
import type { RuleSet, Severity } from '../rules/types';
import { compileRules, type CompiledRules } from '../rules/compileRules';
import { BUILTIN_RULES } from './builtinRules';
import type { Finding } from './finding';
import { markdownProse } from './markdownProse';
import { plainTextProse } from './plainTextProse';
import { LineIndex } from './positions';
import type { ProseDocument } from './proseUnit';
import { splitSentences } from './sentences';
import { documentRuleAnchor } from './documentRules';
import { SentenceReading, ruleEvidence, type RuleEvidence } from './matchSentence';
import { isSuppressed, readSuppressions } from './suppressions';

export type DraftFormat = 'markdown' | 'plaintext';

/** Raised for input that is not a text draft (e.g. a binary file). */
export class DraftInputError extends Error {}

export interface Linter {
  lint(text: string, format: DraftFormat): Finding[];
  readonly rules: CompiledRules;
}

/** Picks the format from a file name: .txt is plain text, everything else Markdown. */
export function formatForPath(path: string): DraftFormat {
  return /\.txt$/i.test(path) ? 'plaintext' : 'markdown';
}

export function createLinter(ruleSet: RuleSet): Linter {
  const rules = compileRules(ruleSet);
  const known = new Set([...ruleSet.rules.map((r) => r.id), ...BUILTIN_RULES.map((r) => r.id)]);
  return {
    rules,
    lint(text, format) {
      if (text.includes('\u0000')) throw new DraftInputError('the file contains NUL bytes; it looks binary, not a text draft');
      const prose: ProseDocument = format === 'markdown' ? markdownProse(text) : plainTextProse(text);
      const lines = new LineIndex(text);
      const sentences = prose.units.flatMap(splitSentences);
      const readings = sentences.map((s) => (s.leadIn ? new SentenceReading(`${s.leadIn} ${s.text}`, rules, s.leadIn.length + 1) : new SentenceReading(s.text, rules)));

      const findings: Finding[] = [];
      const add = (ruleId: string, severity: Severity, message: string, entries: string[], start: number, end: number, excerpt: string, suggestion?: string, evidence?: RuleEvidence) =>
        findings.push({ ruleId, severity, message, entries, suggestion, start, end, range: lines.range(start, end), excerpt, ...(evidence && { evidence }) });

      const firedInGroup = new Set<string>();
      sentences.forEach((sentence, i) => {
        if (sentence.unit.kind === 'heading') return; // headings name topics; they direct nothing
        const group = sentence.unit.group;
        for (const rule of rules.sentenceRules) {
          // A table row is one case: a cell read after the cells before it repeats their conflict.
          if (group !== undefined && firedInGroup.has(`${group} ${rule.id}`)) continue;
          const evidence = ruleEvidence(rule, readings[i]);
          if (!evidence) continue;
          add(rule.id, rule.severity, rule.message, rule.restsOn, sentence.start, sentence.end, sentence.text, rule.suggestion, evidence);
          if (group !== undefined) firedInGroup.add(`${group} ${rule.id}`);
        }
      });

      for (const rule of rules.documentRules) {
        const anchor = documentRuleAnchor(rule, sentences, readings);
        if (anchor) add(rule.id, rule.severity, rule.message, rule.restsOn, anchor.start, anchor.end, anchor.text, rule.suggestion);
      }

      if (prose.deepNesting) {
        const meta = BUILTIN_RULES.find((r) => r.id === 'nesting-too-deep')!;
        const { start, end } = prose.deepNesting;
        findings.push({ ruleId: meta.id, severity: meta.severity, message: meta.message, entries: [], start, end, range: lines.range(start, end), excerpt: text.slice(start, end) });
      }

      const suppressionSet = readSuppressions(prose.comments, lines, text, known);
      const kept = findings.filter((f) => !isSuppressed(f.ruleId, f.start, suppressionSet));
      for (const problem of suppressionSet.problems) {
        const meta = BUILTIN_RULES.find((r) => r.id === (problem.kind === 'missing-reason' ? 'suppression-without-reason' : 'suppression-unknown-rule'))!;
        const message = problem.kind === 'unknown-rule' ? `${meta.message} ("${problem.detail}")` : meta.message;
        const { start, end } = problem.comment;
        kept.push({ ruleId: meta.id, severity: meta.severity, message, entries: [], start, end, range: lines.range(start, end), excerpt: text.slice(start, end) });
      }
      return kept.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
    },
  };
}
