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
  if (sentence.length <= MAX_LENGTH) return sentence;
  const first = tokenize(sentence).find((token) => matched.has(processTerm(token) ?? ''));
  const at = first ? sentence.indexOf(first) : 0;
  let start = Math.max(0, Math.min(at - 40, sentence.length - MAX_LENGTH));
  let end = start + MAX_LENGTH;
  // Cut between words, never inside one.
  if (start > 0 && /\w/.test(sentence[start - 1])) start = sentence.indexOf(' ', start) + 1 || start;
  if (end < sentence.length && /\w/.test(sentence[end])) end = sentence.lastIndexOf(' ', end) > start ? sentence.lastIndexOf(' ', end) : end;
  const cut = sentence.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${cut}${end < sentence.length ? '…' : ''}`;
}

export function snippetFor(sentences: SnippetSentence[], matched: ReadonlySet<string>): string {
  let best = sentences[0];
  let bestCount = 0;
  for (const sentence of sentences) {
    const count = sentence.terms.filter((t) => matched.has(t)).length;
    if (count > bestCount) [best, bestCount] = [sentence, count];
  }
  return best ? clip(best.text, matched) : '';
}
