// Turns a validated RuleSet into matchers: one regular expression per concept, compiled once per pack.
import { compileConcept } from './compilePhrase';
import type { DocumentRule, RuleSet, SentenceRule } from './types';

export interface CompiledRules {
  concepts: Map<string, RegExp>;
  sentenceRules: SentenceRule[];
  documentRules: DocumentRule[];
}

export function compileRules(ruleSet: RuleSet): CompiledRules {
  const concepts = new Map<string, RegExp>();
  for (const [name, phrases] of Object.entries(ruleSet.concepts)) concepts.set(name, compileConcept(phrases));
  return {
    concepts,
    sentenceRules: ruleSet.rules.filter((r): r is SentenceRule => r.scope === 'sentence'),
    documentRules: ruleSet.rules.filter((r): r is DocumentRule => r.scope === 'document'),
  };
}

/** Every concept name a rule refers to, for validation. */
export function conceptsUsedBy(rule: SentenceRule | DocumentRule): string[] {
  if (rule.scope === 'sentence') {
    const p = rule.pattern;
    return [...p.action, ...(p.inverseAction ?? []), ...(p.requires ?? []).flat(), ...(p.exemptWhenRequired ?? []), ...(p.notWith ?? [])];
  }
  return [...rule.pattern.when, ...rule.pattern.missing.flat()];
}
