// The linter: a draft's text in, findings out. Pure: no editor, no file system.
// The draft is read once (prose with its source map, sentences, suppressions, line index); every
// pack's rules then run over that one reading, and suppressions apply once, against all packs' rules.
import type { RuleSet } from '../rules/types';
import { compileRules, type CompiledRules } from '../rules/compileRules';
import { BUILTIN_RULES } from './builtinRules';
import type { DocumentRuleState } from './documentRules';
import type { Finding } from './finding';
import { readingOf, ruleEvidence } from './matchSentence';
import { packFindings } from './packFindings';
import { pushAll } from './pushAll';
import { readDraftText, type DraftFormat } from './draftReading';
import { applySuppressions, readSuppressions, type SuppressionEntry } from './suppressions';
import { suppressionFindings } from './suppressionFindings';
import { draftingNoteFindings } from './draftingNotes';

export { DraftInputError, type DraftFormat } from './draftReading';

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

/** One pack's compiled rules, named by the pack. */
export interface PackRules {
  packId: string;
  rules: CompiledRules;
}

/** A finding with the pack whose rule raised it (none for the linter's own, e.g. suppression problems). */
export interface PackedFinding extends Finding {
  packId?: string;
}

export interface MultiPackResult {
  findings: PackedFinding[];
  documentRules: Array<DocumentRuleState & { packId: string }>;
  /** The exceptions register: every suppression comment, in draft order, with what it hid. */
  suppressions: SuppressionEntry[];
  /** The findings suppression comments hid, each with the comments' reasons. */
  hidden: Array<{ finding: PackedFinding; reasons: string[] }>;
}

/** Picks the format from a file name: .txt is plain text, everything else Markdown. */
export function formatForPath(path: string): DraftFormat {
  return /\.txt$/i.test(path) ? 'plaintext' : 'markdown';
}

/** Rule ids that two packs share: their findings say which pack they come from ("pack/rule"). */
function clashingIds(packs: readonly PackRules[]): Set<string> {
  const seen = new Set<string>();
  const clashing = new Set<string>();
  for (const { rules } of packs) {
    for (const rule of [...rules.sentenceRules, ...rules.documentRules]) (seen.has(rule.id) ? clashing : seen).add(rule.id);
  }
  return clashing;
}

/** Checks one draft against several packs over a single reading of it. */
export function checkWithPacks(packs: readonly PackRules[], text: string, format: DraftFormat): MultiPackResult {
  const reading = readDraftText(text, format);
  const clashing = clashingIds(packs);
  const qualified = (packId: string, ruleId: string) => (clashing.has(ruleId) ? `${packId}/${ruleId}` : ruleId);

  const findings: PackedFinding[] = [];
  const documentRules: MultiPackResult['documentRules'] = [];
  const known = new Set(BUILTIN_RULES.map((r) => r.id));
  for (const { packId, rules } of packs) {
    const own = packFindings(reading, rules);
    for (const f of own.findings) findings.push({ ...f, ruleId: qualified(packId, f.ruleId), packId });
    for (const state of own.documentRules) documentRules.push({ ...state, ruleId: qualified(packId, state.ruleId), packId });
    for (const rule of [...rules.sentenceRules, ...rules.documentRules]) {
      known.add(rule.id); // a suppression may name a shared id bare (every pack's rule) or qualified
      known.add(`${packId}/${rule.id}`);
    }
  }

  const { lines } = reading;
  if (reading.prose.deepNesting) {
    const meta = BUILTIN_RULES.find((r) => r.id === 'nesting-too-deep')!;
    const { start, end } = reading.prose.deepNesting;
    findings.push({ ruleId: meta.id, severity: meta.severity, message: meta.message, entries: [], start, end, range: lines.range(start, end), excerpt: text.slice(start, end) });
  }

  const suppressionSet = readSuppressions(reading.prose.comments, lines, text, known);
  // Every pack's findings are raised before any is hidden, so a suppression is used if it hid any
  // pack's finding; severity settings apply later (in the engine) and do not make one unused.
  const { kept, register, hidden } = applySuppressions(findings, suppressionSet, lines);
  pushAll(kept, suppressionFindings(suppressionSet.problems, register, text, lines)); // one per comment: maybe more than a call takes
  pushAll(kept, draftingNoteFindings(text, lines));
  return { findings: kept.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId)), documentRules, suppressions: register, hidden };
}

export function createLinter(ruleSet: RuleSet): Linter {
  const rules = compileRules(ruleSet);
  const check = (text: string, format: DraftFormat): LintResult => {
    const { findings, documentRules } = checkWithPacks([{ packId: '', rules }], text, format);
    return { findings: findings.map(({ packId: _packId, ...f }) => f), documentRules: documentRules.map(({ packId: _packId, ...s }) => s) };
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
