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
  /** Suggested wording: a provision the rule offers to insert, if any (never put in place of the draft's text). */
  suggestion?: string;
  start: number;
  end: number;
  range: Range;
  /** The flagged sentence (or directive) as read. */
  excerpt: string;
  /** For a list item: the sentence that introduces the list ("The jail shall:"), read with it. */
  leadIn?: string;
  /** For a sentence rule, the words that made it fire. */
  evidence?: RuleEvidence;
  /** For a document rule: the section in which the draft first brings the rule to bear (its heading
   *  and where its last text ends), where the suggested provision goes. */
  section?: { heading: string; end: number };
}
