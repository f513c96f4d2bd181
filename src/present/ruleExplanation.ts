// A rule's explanation as a drafter reads it, in the same two labelled parts wherever it is shown (the finding hover, the
// rule page, the command line, the compliance report): what the guidance corpus says, with the entries it names and
// whether it says some of it is unverified or out of date, and what verified law says. Plain text: each place escapes it.
import { entriesNamed } from '../corpus/entryMentions';

export interface ExplainedRule {
  restsOn: readonly string[];
  corpusSays?: string;
  lawSays?: string;
}

export interface ExplanationPart {
  kind: 'corpus' | 'law';
  /** "What the guidance corpus says", "What verified sources say". */
  label: string;
  /** What the label adds in parentheses ("Q2, Q5; partly unverified"), if anything. */
  detail?: string;
  text: string;
}

export const CORPUS_LABEL = 'What the guidance corpus says';
export const LAW_LABEL = 'What verified sources say';

/** The corpus part, then the law part where the rule has one; none for a rule that says neither (a built-in rule). */
export function explanationParts(rule: ExplainedRule): ExplanationPart[] {
  const parts: ExplanationPart[] = [];
  if (rule.corpusSays) {
    const entries = entriesNamed(rule.corpusSays, rule.restsOn);
    const detail = [entries.join(', '), doubtOf(rule.corpusSays)].filter(Boolean).join('; ');
    parts.push({ kind: 'corpus', label: CORPUS_LABEL, ...(detail && { detail }), text: rule.corpusSays });
  }
  if (rule.lawSays) parts.push({ kind: 'law', label: LAW_LABEL, text: rule.lawSays });
  return parts;
}

/** "What the guidance corpus says (Q2, Q5; partly unverified)". */
export function partHeading(part: ExplanationPart): string {
  return part.detail ? `${part.label} (${part.detail})` : part.label;
}

/** What the corpus part says of its own doubt, as the pack requires it to where a caveat finds one (explanationChecks.ts). */
function doubtOf(text: string): string {
  const unverified = /\bunverified\b/i.test(text);
  const outdated = /\bout of date\b/i.test(text);
  return unverified && outdated ? 'partly unverified or out of date' : unverified ? 'partly unverified' : outdated ? 'out of date' : '';
}
