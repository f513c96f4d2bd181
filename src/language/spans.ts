// Spans: a run of a sentence's tokens with its character offsets and text (one space where the
// sentence has any gap between two tokens kept).
import { isQuoteMark } from './characters';
import type { Token } from './tokens';

/** Tokens [from, to) of the sentence; characters [start, end). */
export interface Span {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

/** The span of tokens `idx` (ascending) of `sentence`, or null if they are all punctuation. */
export function span(sentence: string, tokens: Token[], idx: number[]): Span | null {
  // Punctuation at the edges is left out, inside kept ("48-hour"); quotes stay ("'Hold'").
  const edge = (i: number) => tokens[i].pos === 'PUNCT' && !isQuoteMark(tokens[i].text);
  let lo = 0;
  let hi = idx.length - 1;
  while (lo <= hi && edge(idx[lo])) lo++;
  while (hi >= lo && edge(idx[hi])) hi--;
  if (lo > hi) return null;
  const a = idx[lo];
  const b = idx[hi];
  return { from: a, to: b + 1, start: tokens[a].start, end: tokens[b].end, text: spanText(sentence, tokens, idx, lo, hi) };
}

/** The text of idx[lo..hi]: the sentence's own characters when the tokens are adjacent and one space at most apart. */
function spanText(sentence: string, tokens: Token[], idx: number[], lo: number, hi: number): string {
  // One slice instead of a string per token: this runs several times per clause.
  let plain = true;
  for (let k = lo + 1; k <= hi && plain; k++) {
    const gap = tokens[idx[k]].start - tokens[idx[k - 1]].end;
    plain = idx[k] === idx[k - 1] + 1 && (gap === 0 || (gap === 1 && sentence.charCodeAt(tokens[idx[k]].start - 1) === 32));
  }
  if (plain) return lo === hi ? tokens[idx[lo]].text : sentence.slice(tokens[idx[lo]].start, tokens[idx[hi]].end);
  let text = tokens[idx[lo]].text;
  for (let k = lo + 1; k <= hi; k++) text += (tokens[idx[k]].start > tokens[idx[k - 1]].end ? ' ' : '') + tokens[idx[k]].text;
  return text;
}

/** An empty span at the sentence's end. */
export function emptySpan(tokens: Token[]): Span {
  const end = tokens.length ? tokens[tokens.length - 1].end : 0;
  return { from: tokens.length, to: tokens.length, start: end, end, text: '' };
}
