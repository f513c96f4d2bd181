// Phrase syntax for concept lists, so rules.json needs no regular expressions:
//   hold              a whole word, any case
//   detain*           a word prefix (detain, detained, detaining — not "detainer" unless written so)
//   hold|detain       alternatives for one word
//   the?              an optional word
//   keep * custody    "*" alone: up to six other words in between
//   (release date|notice)   a group: alternatives of several words each; "(…)?" optional
//   287(g), I-247A    punctuation is literal
//   school !resource  "!word": not followed by that word ("school", not "school resource officer")
//   !with ICE to      "!word" first: not preceded by that word ("ICE to arrest", not "operations with ICE to arrest")
//   ~detain           a verb in all its forms: detain, detains, detained, detaining (src/language/inflect.ts)
//   +warrant          a noun and its plural: warrant, warrants
import { inflections, nounForms } from '../language/inflect';

const LEMMA = /([~+])([a-z]+)(?![\w*])/g;

/** A phrase with each "~verb" and "+noun" written out as its forms ("~hold" → "hold|holds|held|holding", "+warrant" → "warrant|warrants"). */
export function expandLemmas(phrase: string): string {
  return /[~+]/.test(phrase) ? phrase.replace(LEMMA, (_m, mark: string, word: string) => (mark === '~' ? inflections(word) : nounForms(word)).join('|')) : phrase;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(word: string): string {
  const alternatives = word.split('|').map((alt) => {
    // The whole tail, as greedy matching took it first: a shorter one left "'" or "-" to the separator, and a phrase of
    // such words backtracked through every split of each ("stop* stop* …" on "stop'''' …": exponential).
    if (alt.length > 1 && alt.endsWith('*')) return `${escapeRegExp(alt.slice(0, -1))}[\\w’'-]*(?![\\w’'-])`;
    return escapeRegExp(alt);
  });
  return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
}

/** Splits a phrase at spaces, keeping "(a b|c)" groups whole; "287(g)" stays a plain word. */
export function tokenize(phrase: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < phrase.length) {
    if (/\s/.test(phrase[i])) {
      i++;
      continue;
    }
    let j = i;
    if (phrase[i] === '(') {
      let depth = 0;
      for (; j < phrase.length; j++) {
        if (phrase[j] === '(') depth++;
        else if (phrase[j] === ')' && --depth === 0) break;
      }
      if (j >= phrase.length) throw new Error('a "(" group is not closed');
      j++;
      if (phrase[j] === '?') j++;
    } else {
      while (j < phrase.length && !/\s/.test(phrase[j])) j++;
    }
    tokens.push(phrase.slice(i, j));
    i = j;
  }
  return tokens;
}

function tokenPattern(token: string): string {
  if (token.startsWith('(') && (token.endsWith(')') || token.endsWith(')?'))) {
    const inner = token.slice(1, token.endsWith('?') ? -2 : -1);
    return `(?:${inner.split('|').map(phraseToPattern).join('|')})`;
  }
  return wordPattern(token);
}

const PUNCTUATION_ONLY = /^[^\w\s()*!|?]+$/;
/** A token every match has a word for, after a space: not a gap, an optional word or a "!word". */
const required = (token: string) => token !== '*' && !(token.length > 1 && (token.endsWith('?') || token.startsWith('!')));

/** Compiles one phrase to a regular-expression source (no flags). */
export function phraseToPattern(phrase: string): string {
  let pattern = '';
  let needSeparator = false; // whether the next word must be preceded by white space
  // Words are apart by white space, with punctuation allowed on either side: "enter into, renew", "(Form".
  const SEP = '[^\\w\\s]*\\s+[^\\w\\s]*';
  const BEFORE_SEP = '[^\\w\\s]{0,3}\\s{1,3}[^\\w\\s]{0,3}';
  const tokens = tokenize(phrase);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token === '*') {
      // Adjacent stars are one gap of up to six words each: "* *" is {0,12}, not {0,6}{0,6}, which
      // matches the same text but makes the expression backtrack through every split of the gap.
      let run = 1;
      while (tokens[t + run] === '*') run++;
      t += run - 1;
      pattern += needSeparator ? `[^\\w\\s]*(?:\\s+\\S+){0,${6 * run}}?` : `(?:\\S+\\s+){0,${6 * run}}?`;
      continue;
    }
    if (token.length > 1 && token.startsWith('!')) {
      if (t === 0) continue; // read after the word it stands before (below)
      pattern += `(?!${SEP}${wordPattern(token.slice(1))}\\b)`;
      continue;
    }
    const optional = token.length > 1 && token.endsWith('?');
    const word = tokenPattern(optional ? token.slice(0, -1) : token);
    // A first "!word": that word must not stand just before the phrase's first word. The look back runs only where
    // that first word has matched (a phrase that opens on a look back is tried at every position of a sentence), and
    // is bounded (a few spaces and punctuation marks).
    const notAfter = t === 1 && tokens[0].length > 1 && tokens[0].startsWith('!') ? tokens[0].slice(1).split('|').map(escapeRegExp).join('|') : undefined;
    if (notAfter !== undefined && !optional) {
      pattern += `${word}(?<!(?<![\\w’'-])(?:${notAfter})${BEFORE_SEP}${word})`;
      needSeparator = true;
      continue;
    }
    if (optional) {
      pattern += needSeparator ? `(?:${SEP}${word})?` : `(?:${word}${SEP})?`;
    } else if (needSeparator && PUNCTUATION_ONLY.test(token) && tokens.slice(t + 1).some(required)) {
      // Punctuation only (","): the run of marks after the space holds it, all taken at once. Written as a separator, the
      // marks could go to it, the word or the next separator, and "a - - …" backtracked through every split of each run.
      pattern += `[^\\w\\s]*\\s+(?=[^\\w\\s]*?${word})[^\\w\\s]*(?![^\\w\\s])`;
    } else {
      pattern += (needSeparator ? SEP : '') + word;
      needSeparator = true;
    }
  }
  return pattern;
}

// Words too common to tell sentences apart; a phrase is never keyed on them when it has another word.
const COMMON = new Set('a an the and or nor of to in on at by for from with as is are be been shall will may must should can not no any each every all this that such'.split(' '));
// Words nearly every sentence of an immigration policy has: a poor key when the phrase has a rarer one.
const DOMAIN = new Set('immigration ice status federal person persons individual individuals officer officers deputy deputies member members jail custody law laws enforcement information policy department agency county city state'.split(' '));

/** The words one token can be: "hold|held" → [hold, held]; "(release date|notice)" → anchors of each. */
function tokenWords(token: string): string[] | undefined {
  if (token.startsWith('(') && token.endsWith(')')) {
    const words: string[] = [];
    for (const alternative of token.slice(1, -1).split('|')) {
      const inner = anchorWords(alternative);
      if (!inner) return undefined;
      words.push(...inner);
    }
    return words;
  }
  return token.split('|');
}

/**
 * A phrase's word sets, read in one pass. `required`: its required tokens as the words one of which each must
 * match ("detain*" stays a prefix); tokens that are not plain words ("287(g)") are left out. `needed`: every set
 * of words one of which a match must hold, as the sentence's words (split at every non-word character) show
 * them, in lower case: `required`, but a word with punctuation and no alternatives ("immigration-related",
 * "287(g)") needs each of its pieces ("immigration", "related"), a starred last piece as a prefix.
 */
export function phraseWordSets(phrase: string): { required: string[][]; needed: string[][] } {
  const required: string[][] = [];
  const needed: string[][] = [];
  for (const token of tokenize(phrase)) {
    if (token === '*' || (token.length > 1 && (token.endsWith('?') || token.startsWith('!')))) continue;
    const words = tokenWords(token);
    if (!words) continue;
    const plain = words.map(plainPiece);
    const whole = !plain.some((w) => w === undefined);
    if (whole) required.push(plain as string[]);
    if (words.length === 1) needed.push(...wordPieces(words[0].toLowerCase()).map((piece) => [piece]));
    else if (whole) needed.push((plain as string[]).map((w) => w.toLowerCase()));
  }
  return { required, needed };
}

export const requiredWordSets = (phrase: string): string[][] => phraseWordSets(phrase).required;

// A word with no punctuation (a prefix's star aside) is its own only piece: most words, read without splitting.
const PLAIN_WORD = /^\w+\*?$/;

/** A word's pieces between non-word characters; of a starred word ("I-247*"), the last as a prefix ("247*"). */
function wordPieces(word: string): string[] {
  if (PLAIN_WORD.test(word)) return [word];
  const star = word.length > 1 && word.endsWith('*');
  const pieces = (star ? word.slice(0, -1) : word).split(/\W+/).filter(Boolean);
  if (star && pieces.length > 0) pieces[pieces.length - 1] += '*';
  return pieces;
}

/**
 * What a sentence's words (split at every non-word character) must hold where a phrase word has
 * punctuation inside ("287(g)", "I-247*", "non-citizen"): its longest whole piece ("287"), or, when
 * only a starred piece is left, that piece as a prefix. A plain word is itself.
 */
function plainPiece(word: string): string | undefined {
  if (PLAIN_WORD.test(word)) return word;
  const star = word.length > 1 && word.endsWith('*');
  const pieces = (star ? word.slice(0, -1) : word).split(/\W+/).filter(Boolean);
  const whole = star ? pieces.slice(0, -1) : pieces;
  if (whole.length > 0) return whole.reduce((a, b) => (b.length > a.length ? b : a));
  return pieces.length > 0 ? `${pieces[pieces.length - 1]}*` : undefined;
}

/**
 * Words one of which every match of the phrase must contain: the alternatives of its most telling
 * required token. Undefined when no token qualifies. Used to skip the phrase on sentences that contain
 * none of them. `frequency` (how many phrases of the pack need each word) makes a word that many
 * phrases share a poor key, so a sentence never runs thousands of phrases for one common word.
 */
export function anchorWords(phrase: string, frequency?: Map<string, number>): string[] | undefined {
  return bestWordSet(requiredWordSets(phrase), frequency);
}

/** anchorWords from the phrase's required word sets, read already. */
export function bestWordSet(sets: readonly string[][], frequency?: Map<string, number>): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = Infinity;
  for (const words of sets) {
    const shared = frequency ? words.reduce((sum, w) => sum + (frequency.get(w.toLowerCase()) ?? 0), 0) : 0;
    const score = words.filter((w) => COMMON.has(w.toLowerCase())).length * 1000 + words.filter((w) => DOMAIN.has(w.toLowerCase())).length * 100 + words.length + (shared > 50 ? shared : 0);
    if (score < bestScore) {
      best = words;
      bestScore = score;
    }
  }
  return best;
}

/** One global, case-insensitive expression matching any of the phrases as whole words. */
export function compileConcept(phrases: readonly string[]): RegExp {
  const body = phrases.map(phraseToPattern).join('|');
  return new RegExp(`(?<![\\w’'-])(?:${body})(?![\\w])`, 'gi');
}

// How deep "(…)" groups may nest in a phrase.
export const MAX_GROUP_DEPTH = 4;
// A phrase's gaps ("*") are tried in every combination when a match fails late, so the number of
// combinations bounds the matching time per word of a sentence: (6·n + 1) for a run of n stars,
// multiplied over the runs. 2401 is four separate gaps (the most the bundled pack uses).
export const MAX_GAP_COMBINATIONS = 2401;

// Optional words ("the?", "(…)?") are tried both ways, and alike ones in every combination ("the? the? …"): a bound.
export const MAX_OPTIONAL_WORDS = 8;
const OPTIONAL_MARK = /[^\s(|]\?(?=[\s)|]|$)/g;

/** The product of the gap options of a phrase (see MAX_GAP_COMBINATIONS); groups count each alternative. */
export function gapCombinations(phrase: string): number {
  let combinations = 1;
  let run = 0;
  const tokens = tokenize(phrase);
  for (const token of [...tokens, '']) {
    if (token === '*') {
      run++;
      continue;
    }
    if (run > 0) combinations *= 6 * run + 1;
    run = 0;
    if (token.startsWith('(') && token.length > 2) {
      const inner = token.slice(1, token.endsWith('?') ? -2 : -1);
      combinations *= Math.max(1, inner.split('|').reduce((sum, alternative) => sum + (alternative.includes('*') ? gapCombinations(alternative) : 0), 0));
    }
  }
  return combinations;
}

function groupDepth(phrase: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of phrase) {
    if (char === '(') deepest = Math.max(deepest, ++depth);
    else if (char === ')') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** Checks a phrase compiles, matches some words and can be matched in bounded time; returns the reason when not. */
export function phraseProblem(written: string): string | undefined {
  if (written.trim() === '') return 'a phrase is empty';
  if (/~(?![a-z]+(?![\w*]))/.test(written)) return `phrase "${written}" has a "~" that is not before a lower-case verb ("~detain")`;
  if (/\+(?![a-z]+(?![\w*]))/.test(written)) return `phrase "${written}" has a "+" that is not before a lower-case noun ("+warrant")`;
  const phrase = expandLemmas(written);
  if (phrase.trim().split(/\s+/).every((t) => t === '*')) return `phrase "${phrase}" has no words`;
  if (/^\s*![^\s]*\*/.test(phrase)) return `phrase "${phrase}" starts with a "!word" that has a "*": a word not preceded by another is named in full`;
  if (/^\s*!\S+\s+(?:\*|\S+\?)(?:\s|$)/.test(phrase)) return `phrase "${phrase}" starts with a "!word" before an optional word or a gap: it must stand before a word the phrase always has`;
  if (groupDepth(phrase) > MAX_GROUP_DEPTH) return `phrase "${phrase}" nests "(…)" groups deeper than ${MAX_GROUP_DEPTH} levels`;
  let pattern: string;
  try {
    pattern = phraseToPattern(phrase);
    new RegExp(pattern);
  } catch (error) {
    return `phrase "${phrase}" does not compile: ${(error as Error).message}`;
  }
  if (new RegExp(`^(?:${pattern})$`, 'i').test('')) return `phrase "${phrase}" can match empty text: it needs at least one word that is not optional`;
  const optional = phrase.match(OPTIONAL_MARK)?.length ?? 0;
  if (optional > MAX_OPTIONAL_WORDS) return `phrase "${phrase}" has ${optional} optional words or groups, at most ${MAX_OPTIONAL_WORDS}: each doubles the ways to read a sentence`;
  const combinations = gapCombinations(phrase);
  if (combinations > MAX_GAP_COMBINATIONS) {
    return `phrase "${phrase}" has too many separate "*" gaps (${combinations} ways to split a sentence, at most ${MAX_GAP_COMBINATIONS}): use at most four, or join adjacent ones ("* *")`;
  }
  return undefined;
}
