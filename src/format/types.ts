import type { Finding } from '../lint/finding';
import type { Severity } from '../rules/types';

/** The findings of one checked file; `file` is the path to show (relative, forward slashes). */
export interface FileFindings {
  file: string;
  findings: Finding[];
}

/** What a report needs to know about a rule, pack rule or built-in alike. */
export interface RuleInfo {
  id: string;
  title: string;
  severity: Severity;
  /** "sentence" and "document" for pack rules, "comment" for the built-in suppression rules. */
  scope: string;
  message: string;
  restsOn: string[];
  suggestion?: string;
}
