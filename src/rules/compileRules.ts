// Turns a validated RuleSet into matchers: one regular expression per phrase, compiled once per pack,
// and one expression for all the words phrases start with, so a sentence runs only the phrases it can match.
import { acronymsOf } from '../language/characters';
import { expandConcepts } from './conceptRefs';
import { bestWordSet, compileConcept, phraseWordSets } from './compilePhrase';
import { WordMarks } from './wordMarks';
import { PhraseScan, prefixHead } from './phraseScan';
import type { DocumentRule, RuleSet, SentenceRule } from './types';

/** One phrase of a concept, compiled; run only on sentences that contain one of its anchor words. */
export interface CompiledPhrase {
  concept: string;
  pattern: RegExp;
  /** The acronyms the phrase writes (acronymsOf): a match is one only where the text writes them in capitals too.
   *  The pattern itself ignores case. */
  capitals?: ReadonlySet<string>;
  /** Besides its anchor, the sets of words one of each of which a match must hold (as numbers of CompiledRules.needed). */
  needs?: ReadonlyArray<readonly number[]>;
}

export interface CompiledRules {
  /** Each concept's phrases. */
  phrases: Map<string, CompiledPhrase[]>;
  /** Lower-cased anchor prefix ("detain", of "detain*") → phrases that need it (whole anchor words are in `keys`). */
  phrasesByPrefix: Map<string, CompiledPhrase[]>;
  /** The lengths of the prefixes in phrasesByPrefix, shortest first. */
  prefixLengths: number[];
  /** The prefixes' heads (prefixHead): a word with no such head is looked up by no prefix. */
  prefixHeads: Set<number>;
  /** Phrases that can start with any word, or with punctuation in the word: always run. */
  alwaysRun: CompiledPhrase[];
  /** Each lower-cased word a sentence is scanned for: the phrases it is the anchor of, its number as a needed word. */
  keys: Map<string, WordKey>;
  marks: WordMarks;
  /** The same, in typed arrays, for the scan (candidateList). */
  scan: PhraseScan<CompiledPhrase>;
  sentenceRules: SentenceRule[];
  documentRules: DocumentRule[];
  /** The concepts naming bodies the drafts do not direct (RuleSet.outsiders). */
  outsiders: string[];
}

interface WordKey {
  phrases?: CompiledPhrase[];
  need?: number;
}

export function compileRules(ruleSet: RuleSet): CompiledRules {
  const phrases = new Map<string, CompiledPhrase[]>();
  const phrasesByPrefix = new Map<string, CompiledPhrase[]>();
  const alwaysRun: CompiledPhrase[] = [];
  const marks = new WordMarks();
  const keys = new Map<string, WordKey>();
  const key = (word: string) => keys.get(word) ?? keys.set(word, {}).get(word)!;
  const numberOf = (word: string) => (key(word).need ??= marks.add());
  // How many phrases need each word: a word thousands of phrases share is a poor key (see anchorWords).
  const frequency = new Map<string, number>();
  // Each phrase's word sets, read once (phraseWordSets).
  const wordSets = new Map<string, ReturnType<typeof phraseWordSets>>();
  const lists = Object.entries(expandConcepts(ruleSet.concepts)).map(([concept, list]) => [concept, [...new Set(list)]] as const);
  for (const [, list] of lists) {
    for (const phrase of list) {
      const sets = wordSets.get(phrase) ?? wordSets.set(phrase, phraseWordSets(phrase)).get(phrase)!;
      for (const words of sets.required) for (const word of new Set(words.map((w) => w.toLowerCase()))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const add = (map: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase) => {
    const list = map.get(key);
    if (list) list.push(phrase);
    else map.set(key, [phrase]);
  };
  for (const [concept, list] of lists) {
    const compiled: CompiledPhrase[] = [];
    for (const text of list) {
      const capitals = acronymsOf(text);
      const phrase: CompiledPhrase = capitals ? { concept, pattern: compileConcept([text]), capitals } : { concept, pattern: compileConcept([text]) };
      compiled.push(phrase);
      const { required, needed } = wordSets.get(text)!;
      const anchors = bestWordSet(required, frequency);
      const anchorKey = anchors?.map((w) => w.toLowerCase()).join('|');
      // (A prefix, "I-247*", is left to the expression: it would cost every word of every sentence a look-up.)
      const needs = needed.filter((set) => set.join('|') !== anchorKey && !set.some((w) => w.length > 1 && w.endsWith('*')));
      if (needs.length > 0) phrase.needs = needs.map((set) => set.map((word) => numberOf(word)));
      if (!anchors) {
        alwaysRun.push(phrase);
        continue;
      }
      for (const word of new Set(anchors.map((w) => w.toLowerCase()))) {
        if (word.length > 1 && word.endsWith('*')) add(phrasesByPrefix, word.slice(0, -1), phrase);
        else (key(word).phrases ??= []).push(phrase);
      }
    }
    phrases.set(concept, compiled);
  }
  const prefixLengths = [...new Set([...phrasesByPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
  const prefixHeads = new Set([...phrasesByPrefix.keys()].map((p) => prefixHead(p, p.length)));
  const scan = new PhraseScan({ phrases: [...phrases.values()].flat(), keys, phrasesByPrefix, prefixLengths, prefixHeads, alwaysRun, marks });
  return {
    phrases,
    phrasesByPrefix,
    prefixLengths,
    prefixHeads,
    alwaysRun,
    keys,
    marks,
    scan,
    sentenceRules: ruleSet.rules.filter((r): r is SentenceRule => r.scope === 'sentence'),
    documentRules: ruleSet.rules.filter((r): r is DocumentRule => r.scope === 'document'),
    outsiders: ruleSet.outsiders ?? [],
  };
}

/** The phrases that can match somewhere in the text: the rest need not be run on it. Time grows with
 *  the text and the matching phrases, not with the size of the pack. */
export function candidatePhrases(rules: CompiledRules, text: string): Set<CompiledPhrase> {
  return new Set(candidateList(rules, text));
}

/** candidatePhrases as a list, each phrase once, in the same order. */
export function candidateList(rules: CompiledRules, text: string): CompiledPhrase[] {
  return rules.scan.candidates(text);
}

/** candidateList grouped by concept, each concept's phrases in the same order: a concept looks up its own phrases,
 *  not every candidate's (a sentence asks for dozens of concepts, most with none). */
export function candidatesByConcept(rules: CompiledRules, text: string): Map<string, CompiledPhrase[]> {
  const byConcept = new Map<string, CompiledPhrase[]>();
  for (const phrase of rules.scan.candidates(text)) {
    const list = byConcept.get(phrase.concept);
    if (list) list.push(phrase);
    else byConcept.set(phrase.concept, [phrase]);
  }
  return byConcept;
}

/** Every concept name a rule refers to, for validation. */
export function conceptsUsedBy(rule: SentenceRule | DocumentRule): string[] {
  if (rule.scope === 'sentence') {
    return [rule.pattern, ...(rule.alsoMatches ?? [])].flatMap((p) => [...p.action, ...(p.inverseAction ?? []), ...(p.requires ?? []).flat(), ...(p.exemptWhenRequired ?? []), ...(p.notWith ?? []), ...(p.notOverlapping ?? []), ...(p.headingsMayName ?? [])]);
  }
  return [...rule.pattern.when, ...rule.pattern.missing.flat()];
}
