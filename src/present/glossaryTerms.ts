// Finds the pack's glossary terms (and their synonyms) in text, for hovers and topic coverage.
import type { Entry, GlossaryTerm, Pack } from '../corpus/types';
import { acronymsOf, isWordCode, writesInCapitals } from '../language/characters';
import { TermTrie } from './termTrie';

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
  /** The terms the text uses, each once, none found across a blank line (a term split by one, "ICE"
   *  ending a paragraph and "detainer" starting the next, is not a mention). */
  used(text: string): GlossaryTerm[];
  /** Could a term that starts in text[from, at) run on past `at`? If not, searching text[from, at) and the text
   *  from `at` apart finds what searching them together finds. In doubt (a long run of white space), yes. */
  runsPast(text: string, from: number, at: number): boolean;
}

// Terms are found with a character trie over their lower-cased words (a space in a term matches any
// run of white space and hyphens), not one regular expression of every term: that expression grew
// too large for a few hundred terms and took minutes on overlapping ones. At each place in the text
// the first term in order, longest first, wins ("ICE detainer" over "ICE"), as the expression did;
// a term ending in a letter also matches with a plural "s".

// Character tests by code: the finder runs them at every character of a draft.
const isWord = (char: string | undefined) => char !== undefined && isWordCode(char.charCodeAt(0));
const isSeparator = (char: string | undefined) => {
  if (char === undefined) return false;
  const c = char.charCodeAt(0);
  if (c === 0x20 || c === 0x2d) return true; // space, hyphen
  return (c < 0x20 || c >= 0x7f) && /\s/.test(char); // other white space is a control character or not ASCII
};
const lower = (char: string) => {
  const folded = char.toLowerCase();
  return folded.length === char.length ? folded : char;
};
/** Lower-cased with offsets kept: a character whose lower case is longer ("İ") stays as it is. */
const fold = (text: string) => {
  const whole = text.toLowerCase();
  return whole.length === text.length ? whole : [...text].map(lower).join('');
};
/** text[i] if i is before `limit` (the end of the stretch being searched), else nothing. */
const charBefore = (text: string, i: number, limit: number) => (i < limit ? text[i] : undefined);
const isBreak = (c: number) => c === 0x0a || c === 0x0d;
/** Where the part of text from `from` ends: just after the first blank line (a line break, spaces, a line break), or at the end. */
function afterBlankLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (!isBreak(text.charCodeAt(i))) continue;
    let j = i + (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1);
    while (j < text.length && !isBreak(text.charCodeAt(j)) && /\s/.test(text[j])) j++;
    if (j < text.length && isBreak(text.charCodeAt(j))) return j + (text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? 2 : 1);
    i = j - 1;
  }
  return text.length;
}

/** The other number of a phrase written in lower case ("schools" → "school", "places of worship" → "place of worship",
 *  "sanctuary policy" → "sanctuary policies"; the plural "s" the finder adds by itself). A drafter's trial: "at a school,
 *  hospital or place of worship" had no hover, and the Guidance view said the draft did not mention the topic. */
export function otherNumber(phrase: string): string | undefined {
  if (!/^[a-z][a-z' -]*[a-z]$/.test(phrase)) return undefined; // acronyms, codes and capitals stay as written
  const of = /^(\S+?)s( of .+)$/.exec(phrase);
  if (of && of[1].length > 2 && !/[su]$/.test(of[1])) return `${of[1]}${of[2]}`;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  if (/ies$/.test(phrase)) return `${phrase.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss|z)es$/.test(phrase)) return phrase.slice(0, -2);
  if (/[^su]s$/.test(phrase) && !/(?:ss|us|is)$/.test(phrase) && phrase.length > 4) return phrase.slice(0, -1);
  return undefined;
}

export function createTermFinder(glossary: GlossaryTerm[]): TermFinder {
  const byPhrase = new Map<string, GlossaryTerm>();
  const asWritten = new Map<string, string>();
  for (const term of glossary) {
    for (const phrase of [term.term, ...term.synonyms]) {
      byPhrase.set(phrase.toLowerCase(), term);
      if (!asWritten.has(phrase.toLowerCase())) asWritten.set(phrase.toLowerCase(), phrase);
    }
  }
  // (After every phrase as written: a phrase another term writes keeps its own term.)
  for (const [phrase, term] of [...byPhrase]) {
    const other = otherNumber(asWritten.get(phrase)!);
    if (other && !byPhrase.has(other)) {
      byPhrase.set(other, term);
      asWritten.set(other, other);
    }
  }
  // Longest phrases first, so "ICE detainer" wins over "ICE" at the same place.
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  // An acronym ("ICE", "DHS") is a mention only in capitals, as the rules read it (acronymsOf): "ice on the steps" and a
  // pack id "missouri-ag-ice" in a citation are not (a drafter's report listed a citation as mentioning ICE).
  const acronyms = phrases.map((phrase) => acronymsOf(asWritten.get(phrase)!));
  // Which phrases may take a plural "s": those ending in a word character.
  const pluralizes = phrases.map((phrase) => isWord(phrase.slice(-1)));
  const trie = new TermTrie();
  // Where a term may start, by its first two characters (codes packed in one number): the trie is then
  // walked at few places, not at every word. A phrase of one character, or whose second is a space
  // (any separator in the text), is tried wherever its first character stands.
  const firstTwo = new Set<number>();
  const firstOnly = new Set<number>();
  for (const phrase of phrases) {
    const head = phrase.trim();
    if (head.length < 2 || /\s/.test(head[1])) firstOnly.add(head.charCodeAt(0));
    else firstTwo.add(head.charCodeAt(0) * 0x10000 + head.charCodeAt(1));
  }
  const mayStart = (folded: string, at: number, to: number) => {
    const first = folded.charCodeAt(at);
    return firstOnly.has(first) || (at + 1 < to && firstTwo.has(first * 0x10000 + folded.charCodeAt(at + 1)));
  };
  phrases.forEach((phrase, order) => {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    trie.add(words.flatMap((word, w) => (w > 0 ? [' ', ...word] : [...word])), order);
  });
  const SPACE = 0x20;

  /** The match at position start within text[0, limit), if any: [end, order of the term phrase]. */
  const matchAt = (text: string, folded: string, start: number, limit: number): [number, number] | undefined => {
    let best: [number, number] | undefined;
    let node = 0;
    let at = start;
    while (node >= 0) {
      for (const order of trie.ends[node]) {
        if (best && best[1] <= order) continue;
        const written = acronyms[order];
        if (written && !writesInCapitals(text.slice(start, at), written)) continue;
        // The plural "s" after a term that ends in a word character, then no word character.
        const plural = pluralizes[order] && lower(charBefore(text, at, limit) ?? '') === 's' && !isWord(charBefore(text, at + 1, limit)) ? at + 1 : -1;
        if (plural >= 0) best = [plural, order];
        else if (!isWord(charBefore(text, at, limit))) best = [at, order];
      }
      if (at >= limit) break;
      const afterSpace = isSeparator(text[at]) ? trie.child(node, SPACE) : -1;
      if (afterSpace >= 0) {
        while (isSeparator(charBefore(text, at, limit))) at++;
        node = afterSpace;
        continue;
      }
      node = trie.child(node, folded.charCodeAt(at));
      at++;
    }
    return best;
  };

  /** Each term occurrence in text[from, to), read as if that were the whole text, in order. */
  const scan = (text: string, folded: string, from: number, to: number, found: (start: number, end: number, order: number) => void): void => {
    for (let start = from; start < to; ) {
      // A term starts after no word character or "(", with a character some term starts with.
      const before = start > from ? text.charCodeAt(start - 1) : 0x20;
      const starts = !isWordCode(before) && before !== 0x28 && mayStart(folded, start, to);
      const match = starts ? matchAt(text, folded, start, to) : undefined;
      if (!match) {
        start++;
        continue;
      }
      found(start, match[0], match[1]);
      start = match[0];
    }
  };

  const longest = phrases.reduce((most, phrase) => Math.max(most, phrase.length), 0);
  const runsPast = (text: string, from: number, at: number): boolean => {
    // A walk to `at` steps over at most `longest` characters of a phrase, a run of separators taking one step.
    let start = at;
    for (let steps = 0; start > from && steps <= longest; steps++) {
      start--;
      while (start > from && isSeparator(text[start]) && isSeparator(text[start - 1]) && at - start <= 1024) start--;
      if (at - start > 1024) return true;
    }
    const folded = fold(text.slice(start, at));
    for (let s = start; s < at; s++) {
      let node = 0;
      let i = s;
      while (node >= 0 && i < at) {
        const afterSpace = isSeparator(text[i]) ? trie.child(node, SPACE) : -1;
        if (afterSpace >= 0) {
          while (i < at && isSeparator(text[i])) i++;
          node = afterSpace;
          continue;
        }
        node = trie.child(node, folded.charCodeAt(i - start));
        i++;
      }
      if (node >= 0 && i >= at) return true;
    }
    return false;
  };

  const find = (text: string): TermMatch[] => {
    const found: TermMatch[] = [];
    scan(text, fold(text), 0, text.length, (start, end, order) => found.push({ term: byPhrase.get(phrases[order])!, text: text.slice(start, end), start, end }));
    return found;
  };

  const used = (text: string): GlossaryTerm[] => {
    const terms = new Set<GlossaryTerm>();
    const folded = fold(text);
    for (let from = 0; from < text.length; ) {
      const to = afterBlankLine(text, from);
      scan(text, folded, from, to, (_start, _end, order) => terms.add(byPhrase.get(phrases[order])!));
      from = to;
    }
    return [...terms];
  };
  return {
    find,
    used,
    runsPast,
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
  // Hyphens at a word's ends go to the "[\s-]+" between words: left on the word too, a term of "-" words backtracked
  // through every split of each run of them ("a - - … b" on "a - - - … c": exponential).
  const words = (phrase: string) => phrase.trim().split(/\s+/);
  const inner = (phrase: string) => words(phrase).map((word) => word.replace(/^-+|-+$/g, '')).filter(Boolean);
  const phrases = [term.term, ...term.synonyms].map((phrase) =>
    (inner(phrase).length ? inner(phrase) : words(phrase)).map((word) => escape(word) + (/\w$/.test(word) ? 's?' : '')).join('[\\s\\-]+'),
  );
  const pattern = new RegExp(`(?<![\\w(])(?:${phrases.join('|')})(?!\\w)`, 'iu');
  return (text) => pattern.test(text);
}

// Terms are loaded once per pack and their entries never change: the answer is kept per term.
const explaining = new WeakMap<GlossaryTerm, Entry | null>();

/** The entry that explains a term: the first the glossary lists whose text uses it (an excerpt from it is about the
 *  term), or undefined where the corpus never uses the term. The hover quotes it; the topic states count it. */
export function explainingEntry(pack: Pack, term: GlossaryTerm): Entry | undefined {
  let entry = explaining.get(term);
  if (entry === undefined) {
    const mentions = createMentionTest(term);
    entry = term.entries.map((id) => pack.entries.find((e) => e.id === id)).find((e) => e && mentions(`${e.question}\n${e.answerText}`)) ?? null;
    explaining.set(term, entry);
  }
  return entry ?? undefined;
}

/** The entry a term counts for in topic states and the report: the one that explains it, or, for a term the corpus never
 *  uses ("287(g)"), the first the glossary relates it to. */
export function countedEntryId(pack: Pack, term: GlossaryTerm): string | undefined {
  return explainingEntry(pack, term)?.id ?? term.entries[0];
}
