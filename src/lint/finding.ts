import type { Severity } from '../rules/types';
import type { RuleEvidence } from './matchSentence';
import type { Range } from './positions';

/** One problem in a draft. Offsets and range point into the draft's source text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The corpus entries the rule rests on ("Q2"). */
  entries: string[];
  /** Compliant wording the rule suggests, if any. */
  suggestion?: string;
  start: number;
  end: number;
  range: Range;
  /** The flagged sentence (or directive) as read. */
  excerpt: string;
  /** For a sentence rule, the words that made it fire. */
  evidence?: RuleEvidence;
}
