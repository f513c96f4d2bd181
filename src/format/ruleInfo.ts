// Every rule a check can report: each pack's rules, then the built-in ones about suppression comments.
import { BUILTIN_RULES } from '../lint/builtinRules';
import type { RuleSet } from '../rules/types';
import type { RuleInfo } from './types';

export function ruleInfos(...ruleSets: RuleSet[]): RuleInfo[] {
  return [
    ...ruleSets.flatMap((ruleSet) => ruleSet.rules.map(({ id, title, severity, scope, message, restsOn, suggestion }) => ({ id, title, severity, scope, message, restsOn, suggestion }))),
    ...BUILTIN_RULES.map(({ id, title, severity, message, restsOn }) => ({ id, title, severity, scope: 'comment', message, restsOn })),
  ];
}
