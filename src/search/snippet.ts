// The sentence of an answer that best shows why it matched: the one with the most distinct query
// terms, cut to a readable length around its first match.
import { termsOf, tokenize, processTerm } from './terms';

const MAX_LENGTH = 200;

export interface SnippetSentence {
  text: string;
  terms: string[];
}

/** An answer split into sentences with their terms; worth caching per entry. */
export function snippetSentences(answer: string): SnippetSentence[] {
  return answer
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((text) => ({ text, terms: termsOf(text) }));
}

function clip(sentence: string, matched: ReadonlySet<string>): string {
  const first = sentence.length <= MAX_LENGTH ? undefined : tokenize(sentence).find((token) => matched.has(processTerm(token) ?? ''));
  return clipAt(sentence, first ? sentence.indexOf(first) : 0);
}

/** The sentence cut to a readable length around the character at `at`, between words, with "…" where cut. */
export function clipAt(sentence: string, at: number): string {
  if (sentence.length <= MAX_LENGTH) return sentence;
  let start = Math.max(0, Math.min(at - 40, sentence.length - MAX_LENGTH));
  let end = start + MAX_LENGTH;
  // Cut between words, never inside one.
  if (start > 0 && /\w/.test(sentence[start - 1])) start = sentence.indexOf(' ', start) + 1 || start;
  if (end < sentence.length && /\w/.test(sentence[end])) end = sentence.lastIndexOf(' ', end) > start ? sentence.lastIndexOf(' ', end) : end;
  const cut = sentence.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${cut}${end < sentence.length ? '…' : ''}`;
}

/** The index of the sentence with the most distinct matched terms (the first on a tie; 0 with none). */
export function bestSentence(sentences: SnippetSentence[], matched: ReadonlySet<string>): number {
  let best = 0;
  let bestCount = 0;
  sentences.forEach((sentence, i) => {
    const count = sentence.terms.filter((t) => matched.has(t)).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  return best;
}

export function snippetFor(sentences: SnippetSentence[], matched: ReadonlySet<string>): string {
  const best = sentences[bestSentence(sentences, matched)];
  return best ? clip(best.text, matched) : '';
}

// A sentence that opens by pointing back ("This means that …", "Therefore …") says what the one before it
// says, and is only as sound as that one.
const POINTS_BACK = /^(?:this|these|that|those|such|therefore|thus|hence|accordingly|consequently|it|they)\b/i;
export const pointsBack = (sentence: string) => POINTS_BACK.test(sentence);
