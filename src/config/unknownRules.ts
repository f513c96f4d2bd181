// Severities that name no rule of the packs in use. A slip ("detainer_hold") would otherwise change nothing and
// say nothing, and a CI job would pass or fail on a severity the drafter never set (a drafter's trial).
import type { Pack } from '../corpus/types';
import { BUILTIN_RULES } from '../lint/builtinRules';
import { nearestName } from '../lint/nearestName';
import type { PolicyGuidanceConfig } from './config';

export interface UnknownRule {
  rule: string;
  /** The known rule it is likely a slip for. */
  didYouMean?: string;
  /** Where the name first stands in the configuration file (1-based), when read from one. */
  line?: number;
  column?: number;
}

/** What a severity may name: each pack's rules by id, the built-in rules, and "pack/rule" for a rule id two packs share
 *  (a finding of such a rule carries that id, see engine/severity.ts; elsewhere "pack/rule" would match nothing). */
export function knownRuleIds(packs: ReadonlyArray<{ pack: Pick<Pack, 'meta' | 'rules'> }>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { pack } of packs) for (const rule of pack.rules.rules) (seen.has(rule.id) ? shared : seen).add(rule.id);
  const known = new Set([...BUILTIN_RULES.map((r) => r.id), ...seen]);
  for (const { pack } of packs) for (const rule of pack.rules.rules) if (shared.has(rule.id)) known.add(`${pack.meta.id}/${rule.id}`);
  return known;
}

/** The names in a severity map that no known rule has, each once. */
export function unknownSeverityRules(severity: Readonly<Record<string, string>>, known: ReadonlySet<string>): UnknownRule[] {
  return Object.keys(severity)
    .filter((rule) => !known.has(rule))
    .map((rule) => {
      const didYouMean = nearestName(rule, known);
      return { rule, ...(didYouMean && { didYouMean }) };
    });
}

/** The same for a configuration file: its top-level severity and every override's, with where each name stands. */
export function unknownConfigRules(text: string, config: PolicyGuidanceConfig, known: ReadonlySet<string>): UnknownRule[] {
  const all = Object.assign({}, config.severity, ...(config.overrides ?? []).map((o) => o.severity ?? {}));
  return unknownSeverityRules(all, known).map((u) => {
    const at = text.indexOf(JSON.stringify(u.rule));
    if (at < 0) return u;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { ...u, line, column: at - before.lastIndexOf('\n') };
  });
}

/** "severity names "detainer_hold", which no rule in use has (did you mean "detainer-hold"?)". */
export const unknownRuleProblem = (u: UnknownRule) => `severity names "${u.rule}", which no rule in use has${u.didYouMean ? ` (did you mean "${u.didYouMean}"?)` : ''}`;
