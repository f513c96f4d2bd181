import type { Finding } from '../lint/finding';
import type { SuppressionEntry } from '../lint/suppressions';
import type { Severity } from '../rules/types';

/** The findings of one checked file; `file` is the path to show (relative, forward slashes). */
export interface FileFindings {
  file: string;
  findings: Finding[];
  /** The file's suppression comments (the exceptions register); the JSON report lists them. */
  suppressions?: SuppressionEntry[];
  /** The findings those comments hid, each with the comments' reasons; SARIF reports them as suppressed results. */
  suppressed?: Array<Finding & { reasons: string[] }>;
  /** Checked against a baseline (SARIF only): the findings it accepted, reported as unchanged, the others as new. */
  baselined?: Finding[];
}

/**
 * A report written as it goes: begin(), then file() for each checked file, then end(). Each returns
 * the text to write next, file() in pieces (a finding or a line each) so that no report, however
 * many findings it has, is ever built as one string.
 */
export interface ReportWriter {
  begin(): string;
  file(file: FileFindings): Iterable<string>;
  /** `problems`: the inputs that could not be checked ("a.md: cannot read: …"), which a log that records its run names. */
  end(problems?: readonly string[]): string;
}

/** What a report needs to know about a rule, pack rule or built-in alike. */
export interface RuleInfo {
  id: string;
  title: string;
  severity: Severity;
  /** "sentence" and "document" for pack rules, "comment" for the built-in suppression rules. */
  scope: string;
  message: string;
  /** What the guidance corpus says, and what verified law says (pack rules; see src/present/ruleExplanation.ts). */
  corpusSays?: string;
  lawSays?: string;
  restsOn: string[];
  suggestion?: string;
}
