// Inline suppression comments, markdownlint-style:
//   <!-- policy-guidance-disable-next-line RULE [RULE…] -- reason -->
//   text <!-- policy-guidance-disable-line RULE [RULE…] -- reason -->   (a list item, table row or quote line)
//   <!-- policy-guidance-disable RULE -- reason --> … <!-- policy-guidance-enable RULE -->
// With no rule named, all rules. A suppression must give a reason; one without gets its own finding.
import { nearestName } from './nearestName';
import type { SourceComment } from './proseUnit';
import type { LineIndex, Range } from './positions';

const DIRECTIVE = /^policy-guidance-(disable-next-line|disable-line|disable|enable)\b\s*([\s\S]*)$/;
/** The word the editor's suppress fix puts where the reason goes, for the drafter to type over: left as it is, it gives none. */
export const REASON_PLACEHOLDER = 'reason';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable';

export interface Suppression {
  rules: string[]; // empty: every rule
  /** Offsets covered: [from, to). For next-line, the whole next line; for disable-line, the comment's line. */
  from: number;
  to: number;
  /** disable-line: a finding is hidden if any part of it is on the line (a sentence wrapped over several
   *  lines is hidden by the comment at the end of any of them); otherwise where it starts decides. */
  touching?: true;
  /** The directive (index into SuppressionSet.directives) that made it. */
  directive: number;
}

/** A disable, disable-line or disable-next-line comment as written: what the exceptions register lists. */
export interface Directive {
  kind: DirectiveKind;
  rules: string[]; // empty: every rule
  /** The reason after "--"; empty when none is given. */
  reason: string;
  comment: SourceComment;
  /** The rules it names that no pack (nor the tool) has. */
  unknown: string[];
}

/**
 * One entry of the exceptions register: a disable, disable-line or disable-next-line comment, what it names and why,
 * and what it hid. "Hid" counts the findings the rules raised before severity settings, so a
 * suppression of a rule a setting turns off still counts as used where that rule fires.
 */
export interface SuppressionEntry {
  kind: DirectiveKind;
  /** The rules it names; empty: every rule. */
  rules: string[];
  /** The reason after "--"; empty when none is given (the comment then has its own finding). */
  reason: string;
  /** The comment itself: offsets into the draft and its range (0-based, as findings have them). */
  start: number;
  end: number;
  range: Range;
  /** What it covers (next-line: the next line; disable-line: its own line; disable: up to its enable comment or the end of the draft); absent if nothing. */
  covers?: { start: number; end: number; range: Range };
  /** How many findings it hid, and of which rules. */
  suppressed: number;
  suppressedRules: string[];
  /** It hid nothing at all. */
  unused: boolean;
  /** Named rules (known ones) that hid nothing here, even if others it names did. */
  unusedRules: string[];
}

export interface DirectiveProblem {
  kind: 'missing-reason' | 'unknown-rule';
  comment: SourceComment;
  detail: string;
  /** unknown-rule: the names no pack has, each once. */
  rules?: string[];
  /** unknown-rule with one name: the known rule it is likely a slip for ("cooperation-limt" → "cooperation-limit"). */
  didYouMean?: string;
}

export interface SuppressionSet {
  suppressions: Suppression[];
  problems: DirectiveProblem[];
  directives: Directive[];
}


export function readSuppressions(comments: SourceComment[], lines: Pick<LineIndex, 'position' | 'offsetOfLine'>, text: string, knownRules: Set<string>): SuppressionSet {
  const suppressions: Suppression[] = [];
  const problems: DirectiveProblem[] = [];
  const directives: Directive[] = [];
  const open = new Map<string, { from: number; directive: number }>(); // rule (or "*") → where disabled, by which directive
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const [, kind, rest] = match;
    const dash = rest.indexOf('--');
    const ruleText = (dash >= 0 ? rest.slice(0, dash) : rest).trim();
    const written = dash >= 0 ? rest.slice(dash + 2).trim() : '';
    const reason = written === REASON_PLACEHOLDER ? '' : written;
    const rules = ruleText === '' ? [] : ruleText.split(/[\s,]+/);
    const unknown = rules.filter((rule) => !knownRules.has(rule));
    // One problem per comment, naming them all: one per name made a comment naming thousands a finding each, each quoting the comment.
    const unknownNames = [...new Set(unknown)];
    if (unknownNames.length) {
      const near = unknownNames.length === 1 ? nearestName(unknownNames[0], knownRules) : undefined;
      problems.push({ kind: 'unknown-rule', comment, detail: unknownNames.join(', '), rules: unknownNames, ...(near ? { didYouMean: near } : {}) });
    }
    if (kind !== 'enable' && reason === '') problems.push({ kind: 'missing-reason', comment, detail: rules.join(', ') || 'all rules' });

    if (kind === 'disable-next-line') {
      const directive = directives.push({ kind, rules, reason, comment, unknown }) - 1;
      const line = lines.position(comment.end).line + 1;
      const from = lines.offsetOfLine(line);
      if (from !== undefined) suppressions.push({ rules, from, to: lines.offsetOfLine(line + 1) ?? text.length, directive });
    } else if (kind === 'disable-line') {
      const directive = directives.push({ kind, rules, reason, comment, unknown }) - 1;
      const line = lines.position(comment.start).line;
      const from = lines.offsetOfLine(line) ?? comment.start;
      suppressions.push({ rules, from, to: lines.offsetOfLine(line + 1) ?? text.length, directive, touching: true });
    } else if (kind === 'disable') {
      const directive = directives.push({ kind, rules, reason, comment, unknown }) - 1;
      for (const rule of rules.length ? rules : ['*']) if (!open.has(rule)) open.set(rule, { from: comment.end, directive });
    } else {
      for (const rule of rules.length ? rules : [...open.keys()]) {
        const opened = open.get(rule);
        if (opened === undefined) continue;
        suppressions.push({ rules: rule === '*' ? [] : [rule], from: opened.from, to: comment.start, directive: opened.directive });
        open.delete(rule);
      }
    }
  }
  for (const [rule, { from, directive }] of open) suppressions.push({ rules: rule === '*' ? [] : [rule], from, to: text.length, directive });
  return { suppressions, problems, directives };
}

/**
 * Splits findings into those kept and those a suppression hides (each with the reasons of the comments
 * that hid it), and builds the register: every directive with what it hid. A finding whose rule is "pack/rule" is hidden by a suppression naming
 * either that or the bare "rule" (which covers every pack's rule of that id).
 */
export function applySuppressions<F extends { ruleId: string; start: number; end: number }>(
  findings: F[],
  set: SuppressionSet,
  lines: Pick<LineIndex, 'range'>,
): { kept: F[]; register: SuppressionEntry[]; hidden: Array<{ finding: F; reasons: string[] }> } {
  const bare = (ruleId: string) => ruleId.slice(ruleId.indexOf('/') + 1);
  const hid = set.directives.map(() => ({ findings: new Set<F>(), names: new Set<string>(), rules: new Set<string>() }));
  const regionsOf = set.directives.map((): Suppression[] => []);
  for (const s of set.suppressions) regionsOf[s.directive].push(s);
  const hiddenFindings: Array<{ finding: F; reasons: string[] }> = [];
  const kept = findings.filter((f) => {
    let hidden = false;
    const reasons: string[] = [];
    for (const s of set.suppressions) {
      if (!covers(s, f)) continue;
      const name = s.rules.length === 0 ? '*' : [f.ruleId, bare(f.ruleId)].find((id) => s.rules.includes(id));
      if (name === undefined) continue;
      hidden = true;
      if (!hid[s.directive].findings.has(f)) reasons.push(set.directives[s.directive].reason);
      hid[s.directive].findings.add(f);
      hid[s.directive].names.add(name);
      hid[s.directive].rules.add(f.ruleId);
    }
    if (hidden) hiddenFindings.push({ finding: f, reasons });
    return !hidden;
  });
  // In draft order, as the kept findings are sorted: the whole-draft and the block-by-block checks list them alike.
  hiddenFindings.sort((a, b) => a.finding.start - b.finding.start || a.finding.ruleId.localeCompare(b.finding.ruleId));
  const register = set.directives.map((d, i): SuppressionEntry => {
    const regions = regionsOf[i];
    const unknown = new Set(d.unknown);
    const from = regions.reduce((least, s) => Math.min(least, s.from), Infinity);
    const to = regions.reduce((most, s) => Math.max(most, s.to), -Infinity);
    const { start, end } = d.comment;
    return {
      kind: d.kind,
      rules: d.rules,
      reason: d.reason,
      start,
      end,
      range: lines.range(start, end),
      ...(regions.length ? { covers: { start: from, end: to, range: lines.range(from, to) } } : {}),
      suppressed: hid[i].findings.size,
      suppressedRules: [...hid[i].rules].sort(),
      unused: hid[i].findings.size === 0,
      unusedRules: d.rules.filter((rule) => !unknown.has(rule) && !hid[i].names.has(rule)),
    };
  });
  return { kept, register, hidden: hiddenFindings };
}

/** Whether the finding falls where the suppression applies (not whether it names the finding's rule). */
function covers(s: Suppression, f: { start: number; end: number }): boolean {
  return s.touching ? f.start < s.to && Math.max(f.end, f.start + 1) > s.from : f.start >= s.from && f.start < s.to;
}

