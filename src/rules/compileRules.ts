// Turns a validated RuleSet into matchers: one regular expression per phrase, compiled once per pack,
// and one expression for all the words phrases start with, so a sentence runs only the phrases it can match.
import { anchorWords, compileConcept } from './compilePhrase';
import type { DocumentRule, RuleSet, SentenceRule } from './types';

/** One phrase of a concept, compiled; run only on sentences that contain one of its anchor words. */
export interface CompiledPhrase {
  concept: string;
  pattern: RegExp;
}

export interface CompiledRules {
  /** Each concept's phrases. */
  phrases: Map<string, CompiledPhrase[]>;
  /** Lower-cased anchor word → phrases that need it; prefixes ("detain") apart. */
  phrasesByWord: Map<string, CompiledPhrase[]>;
  phrasesByPrefix: Array<[string, CompiledPhrase]>;
  /** Phrases that can start with any word, or with punctuation in the word: always run. */
  alwaysRun: CompiledPhrase[];
  sentenceRules: SentenceRule[];
  documentRules: DocumentRule[];
}

export function compileRules(ruleSet: RuleSet): CompiledRules {
  const phrases = new Map<string, CompiledPhrase[]>();
  const phrasesByWord = new Map<string, CompiledPhrase[]>();
  const phrasesByPrefix: Array<[string, CompiledPhrase]> = [];
  const alwaysRun: CompiledPhrase[] = [];
  for (const [concept, list] of Object.entries(ruleSet.concepts)) {
    const compiled = list.map((phrase) => ({ concept, pattern: compileConcept([phrase]), anchors: anchorWords(phrase) }));
    phrases.set(concept, compiled.map(({ concept, pattern }) => ({ concept, pattern })));
    compiled.forEach(({ anchors }, i) => {
      const phrase = phrases.get(concept)![i];
      if (!anchors) {
        alwaysRun.push(phrase);
        return;
      }
      for (const word of new Set(anchors)) {
        const key = word.toLowerCase();
        if (key.length > 1 && key.endsWith('*')) phrasesByPrefix.push([key.slice(0, -1), phrase]);
        else phrasesByWord.set(key, [...(phrasesByWord.get(key) ?? []), phrase]);
      }
    });
  }
  return {
    phrases,
    phrasesByWord,
    phrasesByPrefix,
    alwaysRun,
    sentenceRules: ruleSet.rules.filter((r): r is SentenceRule => r.scope === 'sentence'),
    documentRules: ruleSet.rules.filter((r): r is DocumentRule => r.scope === 'document'),
  };
}

/** The phrases that can match somewhere in the text: the rest need not be run on it. */
export function candidatePhrases(rules: CompiledRules, text: string): Set<CompiledPhrase> {
  const candidates = new Set(rules.alwaysRun);
  for (const word of text.toLowerCase().split(/\W+/)) {
    if (word === '') continue;
    for (const phrase of rules.phrasesByWord.get(word) ?? []) candidates.add(phrase);
    for (const [prefix, phrase] of rules.phrasesByPrefix) if (word.startsWith(prefix)) candidates.add(phrase);
  }
  return candidates;
}

/** Every concept name a rule refers to, for validation. */
export function conceptsUsedBy(rule: SentenceRule | DocumentRule): string[] {
  if (rule.scope === 'sentence') {
    return [rule.pattern, ...(rule.alsoMatches ?? [])].flatMap((p) => [...p.action, ...(p.inverseAction ?? []), ...(p.requires ?? []).flat(), ...(p.exemptWhenRequired ?? []), ...(p.notWith ?? [])]);
  }
  return [...rule.pattern.when, ...rule.pattern.missing.flat()];
}
