// How text becomes search terms, for indexing and for queries alike (the index only matches if both
// sides agree, so this is the one place that decides it).
import { STOP_WORDS } from './stopWords';

// Statute and program numbers stay whole ("287(g)", "67.307", "287.7"); other words split on punctuation.
const TOKEN = /\d+(?:\.\d+)+|\d+\([a-z]\)|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/giu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Folds plurals onto the singular ("cities" → "city", "detainers" → "detainer"), leaving "status", "process". */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

// No word of a policy is longer; a longer token is pasted noise, and fuzzy matching it costs milliseconds.
const MAX_TERM_LENGTH = 40;

/** One token → its index term, or null for stop words, single letters and overlong tokens. */
export function processTerm(token: string): string | null {
  if (token.length > MAX_TERM_LENGTH) return null;
  const folded = /^[\x20-\x7e]*$/.test(token) ? token : token.normalize('NFKD').replace(/\p{M}/gu, ''); // "café" → "cafe"
  const term = folded
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s?$/, '');
  if (term.length < 2 || STOP_WORDS.has(term)) return null;
  // "287(g)" and "287g", as drafters type it, are one term.
  if (/^\d+\([a-z]\)$/.test(term)) return term.replace(/[()]/g, '');
  return /^[a-z]+$/.test(term) ? singular(term) : term;
}

/** The distinct terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) seen.add(term);
  }
  return [...seen];
}
