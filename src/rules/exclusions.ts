// Exclusions: concepts a rule names in `notWith`, so that a sentence matching them is never flagged by it, or in
// `notOverlapping`, so that an act inside their words is not.
// One that rules name nowhere else is an exception to them and must say why, with example sentences that
// run as tests (test/exceptions.test.ts); see ConceptException.
import { conceptsUsedBy } from './compileRules';
import type { ConceptException, ConceptSource, Rule, SentencePattern, SentenceRule } from './types';

const patternsOf = (rule: SentenceRule): SentencePattern[] => [rule.pattern, ...(rule.alsoMatches ?? [])];
const namedExclusions = (p: SentencePattern): string[] => [...(p.notWith ?? []), ...(p.notOverlapping ?? [])];

/** The concepts a rule names in `notWith` (in its pattern or any of its alsoMatches), once each. */
export function exclusionsOf(rule: Rule): string[] {
  return rule.scope === 'sentence' ? [...new Set(patternsOf(rule).flatMap(namedExclusions))] : [];
}

/** Concepts the rules name in `notWith` or `notOverlapping` and nowhere else (not as an act, requirement or condition, nor as outsiders). */
export function exclusionOnlyConcepts(rules: readonly Rule[], outsiders: readonly string[] = []): Set<string> {
  const excluding = new Set(rules.flatMap(exclusionsOf));
  const elsewhere = new Set<string>(outsiders);
  for (const rule of rules) {
    const counts = new Map<string, number>();
    for (const concept of conceptsUsedBy(rule)) counts.set(concept, (counts.get(concept) ?? 0) + 1);
    // conceptsUsedBy lists the exclusions too: a concept counts elsewhere when it is named more often than in them.
    if (rule.scope === 'sentence') for (const p of patternsOf(rule)) for (const concept of namedExclusions(p)) counts.set(concept, counts.get(concept)! - 1);
    for (const [concept, count] of counts) if (count > 0) elsewhere.add(concept);
  }
  return new Set([...excluding].filter((c) => !elsewhere.has(c)));
}

/** The rule with one concept dropped from its `notWith` and `notOverlapping` (every pattern): what the exception keeps it from flagging. */
export function withoutExclusion(rule: SentenceRule, concept: string): SentenceRule {
  const without = (list?: string[]) => list?.filter((c) => c !== concept);
  const drop = (p: SentencePattern): SentencePattern => (namedExclusions(p).includes(concept) ? { ...p, notWith: without(p.notWith), notOverlapping: without(p.notOverlapping) } : p);
  return { ...rule, pattern: drop(rule.pattern), ...(rule.alsoMatches ? { alsoMatches: rule.alsoMatches.map(drop) } : {}) };
}

/** A concept as written in rules.json, split into its phrases and, if it carries one, its exception. */
export function splitConcept(source: ConceptSource): { phrases: string[]; exception?: ConceptException } {
  if (Array.isArray(source)) return { phrases: source };
  return { phrases: source.phrases, exception: { exception: source.exception, examples: source.examples } };
}
