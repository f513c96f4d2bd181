// Inline suppression comments, markdownlint-style:
//   <!-- policy-guidance-disable-next-line RULE [RULE…] -- reason -->
//   <!-- policy-guidance-disable RULE -- reason --> … <!-- policy-guidance-enable RULE -->
// With no rule named, all rules. A suppression must give a reason; one without gets its own finding.
import type { SourceComment } from './proseUnit';
import type { LineIndex } from './positions';

const DIRECTIVE = /^policy-guidance-(disable-next-line|disable|enable)\b\s*([\s\S]*)$/;

export interface Suppression {
  rules: string[]; // empty: every rule
  /** Offsets covered: [from, to). For next-line, the whole next line. */
  from: number;
  to: number;
}

export interface DirectiveProblem {
  kind: 'missing-reason' | 'unknown-rule';
  comment: SourceComment;
  detail: string;
}

export interface SuppressionSet {
  suppressions: Suppression[];
  problems: DirectiveProblem[];
}

export function readSuppressions(comments: SourceComment[], lines: Pick<LineIndex, 'position' | 'offsetOfLine'>, text: string, knownRules: Set<string>): SuppressionSet {
  const suppressions: Suppression[] = [];
  const problems: DirectiveProblem[] = [];
  const open = new Map<string, number>(); // rule (or "*") → offset where disabled
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const [, kind, rest] = match;
    const dash = rest.indexOf('--');
    const ruleText = (dash >= 0 ? rest.slice(0, dash) : rest).trim();
    const reason = dash >= 0 ? rest.slice(dash + 2).trim() : '';
    const rules = ruleText === '' ? [] : ruleText.split(/[\s,]+/);
    for (const rule of rules) {
      if (!knownRules.has(rule)) problems.push({ kind: 'unknown-rule', comment, detail: rule });
    }
    if (kind !== 'enable' && reason === '') problems.push({ kind: 'missing-reason', comment, detail: rules.join(', ') || 'all rules' });

    if (kind === 'disable-next-line') {
      const line = lines.position(comment.end).line + 1;
      const from = lines.offsetOfLine(line);
      if (from !== undefined) suppressions.push({ rules, from, to: lines.offsetOfLine(line + 1) ?? text.length });
    } else if (kind === 'disable') {
      for (const rule of rules.length ? rules : ['*']) if (!open.has(rule)) open.set(rule, comment.end);
    } else {
      for (const rule of rules.length ? rules : [...open.keys()]) {
        const from = open.get(rule);
        if (from === undefined) continue;
        suppressions.push({ rules: rule === '*' ? [] : [rule], from, to: comment.start });
        open.delete(rule);
      }
    }
  }
  for (const [rule, from] of open) suppressions.push({ rules: rule === '*' ? [] : [rule], from, to: text.length });
  return { suppressions, problems };
}

export function isSuppressed(ruleId: string, start: number, set: SuppressionSet): boolean {
  return set.suppressions.some((s) => start >= s.from && start < s.to && (s.rules.length === 0 || s.rules.includes(ruleId)));
}
