// The JSON report: every checked file with its findings as the engine gives them (`start`/`end`:
// 0-based UTF-16 offsets into the text; `range`: 0-based line/character, end exclusive), plus 1-based
// line/column/endLine/endColumn for people and other tools, and after its one-sentence message what the guidance corpus
// says (`corpusSays`) and what verified law says (`lawSays`) where its rule says them; then its suppressions (the
// exceptions register: every suppression comment with its rules, reason, place and what it hid), placed the same way.
// Each file carries the not-legal-advice notice (`notice`), as SARIF's run does: a tool built on the JSON must not lose it
// (two drafters' trials).
import type { Finding } from '../lint/finding';
import type { SuppressionEntry } from '../lint/suppressions';
import { indentedJson } from './jsonPieces';
import { NOT_LEGAL_ADVICE } from './notice';
import { oneBased, type OneBasedRegion } from './oneBased';
import { rulesById } from './ruleInfo';
import type { FileFindings, ReportWriter, RuleInfo } from './types';

export type JsonFinding = Finding & OneBasedRegion & Pick<RuleInfo, 'corpusSays' | 'lawSays'>;
export type JsonSuppression = SuppressionEntry & OneBasedRegion;

export interface JsonFileReport {
  file: string;
  notice: string;
  findings: JsonFinding[];
  suppressions: JsonSuppression[];
}

/** The notice, and what a finding's `suggestion` is. */
export const JSON_NOTICE = `${NOT_LEGAL_ADVICE} A finding's "suggestion" is wording to consider, not a provision a verified source requires.`;

export function toJsonFinding(finding: Finding, rule?: RuleInfo): JsonFinding {
  if (rule?.corpusSays === undefined && rule?.lawSays === undefined) return { ...finding, ...oneBased(finding.range) };
  const { ruleId, severity, message, ...rest } = finding;
  const { corpusSays, lawSays } = rule;
  return { ruleId, severity, message, ...(corpusSays !== undefined && { corpusSays }), ...(lawSays !== undefined && { lawSays }), ...rest, ...oneBased(finding.range) };
}

export function toJsonSuppression(suppression: SuppressionEntry): JsonSuppression {
  return { ...suppression, ...oneBased(suppression.range) };
}

export function toJsonReport(files: FileFindings[], rules: readonly RuleInfo[] = []): JsonFileReport[] {
  const byId = rulesById(rules);
  return files.map(({ file, findings, suppressions = [] }) => ({ file, notice: JSON_NOTICE, findings: findings.map((f) => toJsonFinding(f, byId.get(f.ruleId))), suppressions: suppressions.map(toJsonSuppression) }));
}

/** A list written an item at a time, `depth` levels down, as JSON.stringify(list, null, 2) writes it. */
function* listPieces<T>(items: readonly T[], toJson: (item: T) => unknown, depth: number): Iterable<string> {
  for (let i = 0; i < items.length; i++) yield `${i > 0 ? ',' : ''}\n${indentedJson(toJson(items[i]), depth + 1)}`;
  yield items.length > 0 ? `\n${' '.repeat(2 * depth)}]` : ']';
}

/**
 * The same report written a finding at a time; the text is exactly JSON.stringify(toJsonReport(files, rules),
 * null, 2) plus a line break, but never held as one string (a draft can have hundreds of MB of findings).
 */
export class JsonWriter implements ReportWriter {
  private files = 0;
  private readonly rules: Map<string, RuleInfo>;

  constructor(rules: readonly RuleInfo[] = []) {
    this.rules = rulesById(rules);
  }

  begin(): string {
    return '[';
  }

  *file({ file, findings, suppressions = [] }: FileFindings): Iterable<string> {
    yield `${this.files++ > 0 ? ',' : ''}\n  {\n    "file": ${JSON.stringify(file)},\n    "notice": ${JSON.stringify(JSON_NOTICE)},\n    "findings": [`;
    yield* listPieces(findings, (f) => toJsonFinding(f, this.rules.get(f.ruleId)), 2);
    yield ',\n    "suppressions": [';
    yield* listPieces(suppressions, toJsonSuppression, 2);
    yield '\n  }';
  }

  end(): string {
    return this.files > 0 ? '\n]\n' : ']\n';
  }
}
