// Finds the pack's glossary terms (and their synonyms) in text, for hovers and topic coverage.
import type { GlossaryTerm } from '../corpus/types';

export interface TermMatch {
  term: GlossaryTerm;
  /** The words as written in the text. */
  text: string;
  start: number;
  end: number;
}

export interface TermFinder {
  /** Every term occurrence in the text, longest match first at each place, in text order. */
  find(text: string): TermMatch[];
  /** The term occurrence covering this offset, if any. */
  at(text: string, offset: number): TermMatch | undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "judicial warrant" also matches "judicial  warrants" and "Judicial-warrant". */
function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/).map(escape);
  return words.join('[\\s\\-]+') + (/\w$/.test(phrase) ? 's?' : '');
}

export function createTermFinder(glossary: GlossaryTerm[]): TermFinder {
  const byPhrase = new Map<string, GlossaryTerm>();
  for (const term of glossary) for (const phrase of [term.term, ...term.synonyms]) byPhrase.set(phrase.toLowerCase(), term);
  // Longest phrases first, so "ICE detainer" wins over "ICE" at the same place.
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w(])(?:${phrases.map(phrasePattern).join('|')})(?!\\w)`, 'giu');
  const lookup = (written: string) => {
    const key = written.toLowerCase().replace(/[\s-]+/g, ' ');
    return byPhrase.get(key) ?? byPhrase.get(key.replace(/s$/, '')) ?? byPhrase.get(written.toLowerCase());
  };
  const find = (text: string): TermMatch[] => {
    const found: TermMatch[] = [];
    for (const match of text.matchAll(pattern)) {
      const term = lookup(match[0]);
      if (term) found.push({ term, text: match[0], start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
  return {
    find,
    at(text, offset) {
      // Only the line around the offset is searched: hovers must stay cheap on large drafts.
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const lineEndAt = text.indexOf('\n', offset);
      const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
      return find(text.slice(lineStart, lineEnd))
        .map((m) => ({ ...m, start: m.start + lineStart, end: m.end + lineStart }))
        .find((m) => m.start <= offset && offset <= m.end);
    },
  };
}

/** Does the text use the term or one of its synonyms? Looser than the finder: any word of a phrase may
 *  be plural ("warrants issued by a judge" uses "warrant issued by a judge"). */
export function createMentionTest(term: GlossaryTerm): (text: string) => boolean {
  const phrases = [term.term, ...term.synonyms].map((phrase) =>
    phrase
      .trim()
      .split(/\s+/)
      .map((word) => escape(word) + (/\w$/.test(word) ? 's?' : ''))
      .join('[\\s\\-]+'),
  );
  const pattern = new RegExp(`(?<![\\w(])(?:${phrases.join('|')})(?!\\w)`, 'iu');
  return (text) => pattern.test(text);
}
