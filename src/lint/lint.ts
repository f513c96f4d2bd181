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
import { documentRuleState, titleLine, type DocumentRuleState } from './documentRules';
import { SentenceReading, ruleEvidence, type RuleEvidence } from './matchSentence';
import { isSuppressed, readSuppressions } from './suppressions';

export type DraftFormat = 'markdown' | 'plaintext';

/** Raised for input that is not a text draft (e.g. a binary file). */
export class DraftInputError extends Error {}

/** A draft's findings, and where each document rule stands (for editors: which provisions are present). */
export interface LintResult {
  findings: Finding[];
  documentRules: DocumentRuleState[];
}

export interface Linter {
  lint(text: string, format: DraftFormat): Finding[];
  /** Whether a sentence rule flags one sentence (read after its list lead-in, if any): how a fix is checked. */
  flagsSentence(ruleId: string, sentence: string, leadIn?: string): boolean;
  /** The same findings as lint(), with the state of every document rule. */
  check(text: string, format: DraftFormat): LintResult;
  readonly rules: CompiledRules;
}

/** A sentence as the matcher reads it: after its list lead-in, if it has one. */
const readingOf = (text: string, leadIn: string | undefined, rules: CompiledRules) =>
  leadIn ? new SentenceReading(`${leadIn} ${text}`, rules, leadIn.length + 1) : new SentenceReading(text, rules);

/** Picks the format from a file name: .txt is plain text, everything else Markdown. */
export function formatForPath(path: string): DraftFormat {
  return /\.txt$/i.test(path) ? 'plaintext' : 'markdown';
}

export function createLinter(ruleSet: RuleSet): Linter {
  const rules = compileRules(ruleSet);
  const known = new Set([...ruleSet.rules.map((r) => r.id), ...BUILTIN_RULES.map((r) => r.id)]);
  const check = (text: string, format: DraftFormat): LintResult => {
      if (text.includes('\u0000')) throw new DraftInputError('the file contains NUL bytes; it looks binary, not a text draft');
      const prose: ProseDocument = format === 'markdown' ? markdownProse(text) : plainTextProse(text);
      const lines = new LineIndex(text);
      const sentences = prose.units.flatMap(splitSentences);
      const readings = sentences.map((s) => readingOf(s.text, s.leadIn, rules));

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
          if (sentence.leadIn) findings[findings.length - 1].leadIn = sentence.leadIn;
          if (group !== undefined) firedInGroup.add(`${group} ${rule.id}`);
        }
      });

      const documentRules = rules.documentRules.map((rule) => documentRuleState(rule, readings));
      const title = documentRules.some((s) => s.inScope && !s.satisfied) ? titleLine(prose.units, text) : undefined;
      rules.documentRules.forEach((rule, i) => {
        const state = documentRules[i];
        if (title && state.inScope && !state.satisfied) add(rule.id, rule.severity, rule.message, rule.restsOn, title.start, title.end, text.slice(title.start, title.end).replace(/[\n\r\t]/g, ' '), rule.suggestion);
      });

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
      return { findings: kept.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId)), documentRules };
  };
  return {
    rules,
    check,
    lint: (text, format) => check(text, format).findings,
    flagsSentence(ruleId, sentence, leadIn) {
      const rule = rules.sentenceRules.find((r) => r.id === ruleId);
      return !!rule && ruleEvidence(rule, readingOf(sentence, leadIn, rules)) !== undefined;
    },
  };
}
