// Queries the index: the pack's entries best first, each with the sentence that shows why it matched.
import type { GuidanceIndex } from './searchIndex';
import { snippetFor, snippetSentences } from './snippet';
import { processTerm, tokenize } from './terms';

export interface SearchHit {
  id: string;
  question: string;
  /** The topic's label ("Detainers"). */
  topic: string;
  topicId: string;
  score: number;
  /** The index terms that matched (after prefix and typo matching), sorted. */
  terms: string[];
  /** The query's words, as typed, that matched ("tell" where the index matched "telling"), sorted. */
  words: string[];
  /**
   * Of those, the ones found only in what points to the entry (the glossary's terms for it, the rules resting on it),
   * not in its own question or answer: "matched: warrant" must not read as "the entry talks about warrants".
   */
  elsewhere: string[];
  snippet: string;
}

/** Index fields that point to an entry rather than hold its text (its topic's label, the glossary, the rules resting on it). */
const POINTERS = new Set(['topic', 'glossary', 'rules']);

// Beyond this many distinct words a query is a pasted document; the rest would only slow fuzzy matching.
const MAX_QUERY_TERMS = 32;

/** The query's first distinct meaningful words, as typed. */
function boundedQuery(query: string): string {
  const kept = new Map<string, string>();
  for (const token of tokenize(query)) {
    const term = processTerm(token);
    if (term && !kept.has(term)) kept.set(term, token);
    if (kept.size === MAX_QUERY_TERMS) break;
  }
  return [...kept.values()].join(' ');
}

/** The typed word an index term was matched for, where the term is that word or starts with it ("tell" for "telling");
 *  a typo match stays the term the entry has ("consult" for "consular"): the word typed is not in the entry. */
function typedWord(term: string, typed: ReadonlyArray<[string, string]>): string {
  let best = term;
  for (const [processed, word] of typed) if (term.startsWith(processed) && (best === term || processed.length > best.length)) best = word;
  return best;
}

export function searchGuidance(index: GuidanceIndex, query: string, limit = 10): SearchHit[] {
  const bounded = boundedQuery(query);
  if (bounded === '' || limit <= 0) return [];
  const typed = tokenize(bounded).map((token): [string, string] => [processTerm(token) ?? token, token.toLowerCase()]);
  return index.miniSearch
    .search(bounded)
    .slice(0, limit)
    .map((result) => {
      const entry = index.entries.get(result.id)!;
      let sentences = index.snippetSentences.get(entry.id);
      if (!sentences) index.snippetSentences.set(entry.id, (sentences = snippetSentences(entry.answerText)));
      return {
        id: entry.id,
        question: entry.question,
        topic: index.topicLabels.get(entry.topic) ?? entry.topic,
        topicId: entry.topic,
        score: result.score,
        terms: [...result.terms].sort(), // MiniSearch's order depends on how the index was built or loaded
        ...typedWords(result.terms, (term) => result.match[term].every((field) => POINTERS.has(field)), typed),
        snippet: snippetFor(sentences, new Set(result.terms)),
      };
    });
}

/** The typed words that matched, and those matched only outside the entry's text (every index term for them was). */
function typedWords(terms: readonly string[], outside: (term: string) => boolean, typed: ReadonlyArray<[string, string]>): { words: string[]; elsewhere: string[] } {
  const inText = new Map<string, boolean>();
  for (const term of terms) {
    const word = typedWord(term, typed);
    inText.set(word, (inText.get(word) ?? false) || !outside(term));
  }
  const words = [...inText.keys()].sort();
  return { words, elsewhere: words.filter((w) => !inText.get(w)) };
}

/** The typed words no hit has in its text (each hit matched them only through its topic, the glossary or rules):
 *  the corpus does not use them ("287(g)"), and a list of hits alone would read as if it did. */
export function notInCorpusText(query: string, hits: ReadonlyArray<Pick<SearchHit, 'words' | 'elsewhere'>>): string[] {
  // (Any hit's such word, not only the first's: "date" matched only a later entry's caveat, and no entry's text. Only a
  // word as typed: "racial" matched a rule's "facially" as "facial" by a typo, and the corpus's text has "racial".)
  const typed = new Set(tokenize(boundedQuery(query)).map((token) => token.toLowerCase()));
  const words = [...new Set(hits.flatMap((hit) => hit.elsewhere))].filter((word) => typed.has(word));
  return words.filter((word) => hits.every((hit) => hit.elsewhere.includes(word) || !hit.words.includes(word)));
}

/** The typed words no hit matched at all, neither in its text nor through what points to it ("vienna" in "consular
 *  notification Vienna"; a typo match keeps the entry's word, so "consular" matched as "consulate" is one too): the
 *  results below match the other words only, and the drafter should be told (a drafter's trial). */
export function unmatchedWords(query: string, hits: ReadonlyArray<Pick<SearchHit, 'words'>>): string[] {
  if (hits.length === 0) return [];
  const typed = tokenize(boundedQuery(query)).map((token) => token.toLowerCase());
  return [...new Set(typed)].filter((word) => processTerm(word) && !hits.some((hit) => hit.words.includes(word)));
}

