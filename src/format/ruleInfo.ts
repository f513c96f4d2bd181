// Every rule a check can report: each pack's rules, then the built-in ones about suppression comments.
import { BUILTIN_RULES } from '../lint/builtinRules';
import type { RuleSet } from '../rules/types';
import type { RuleInfo } from './types';

export function ruleInfos(...ruleSets: RuleSet[]): RuleInfo[] {
  return [
    ...ruleSets.flatMap((ruleSet) =>
      ruleSet.rules.map(({ id, title, severity, scope, message, corpusSays, lawSays, restsOn, suggestion }) => ({ id, title, severity, scope, message, ...(corpusSays !== undefined && { corpusSays }), ...(lawSays !== undefined && { lawSays }), restsOn, suggestion })),
    ),
    ...BUILTIN_RULES.map(({ id, title, severity, message, restsOn }) => ({ id, title, severity, scope: 'comment', message, restsOn })),
  ];
}

/** The rules by id, the first of each id (a finding of a rule two packs share has a qualified id, which none matches). */
export function rulesById(rules: readonly RuleInfo[]): Map<string, RuleInfo> {
  return new Map([...rules].reverse().map((rule) => [rule.id, rule]));
}
