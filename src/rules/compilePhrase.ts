// Phrase syntax for concept lists, so rules.json needs no regular expressions:
//   hold              a whole word, any case
//   detain*           a word prefix (detain, detained, detaining — not "detainer" unless written so)
//   hold|detain       alternatives for one word
//   the?              an optional word
//   keep * custody    "*" alone: up to four other words in between
//   287(g), I-247A    punctuation is literal

const GAP = '(?:\\s+\\S+){0,4}?';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(word: string): string {
  const alternatives = word.split('|').map((alt) => {
    if (alt.length > 1 && alt.endsWith('*')) return `${escapeRegExp(alt.slice(0, -1))}[\\w’'-]*`;
    return escapeRegExp(alt);
  });
  return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
}

/** Compiles one phrase to a regular-expression source (no flags). */
export function phraseToPattern(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/);
  let pattern = '';
  let first = true;
  for (const token of tokens) {
    if (token === '*') {
      pattern += GAP;
      continue;
    }
    const optional = token.length > 1 && token.endsWith('?');
    const word = wordPattern(optional ? token.slice(0, -1) : token);
    const joined = first ? word : `\\s+${word}`;
    pattern += optional ? `(?:${joined})?` : joined;
    first = false;
  }
  return pattern;
}

/** One global, case-insensitive expression matching any of the phrases as whole words. */
export function compileConcept(phrases: readonly string[]): RegExp {
  const body = phrases.map(phraseToPattern).join('|');
  return new RegExp(`(?<![\\w’'-])(?:${body})(?![\\w])`, 'gi');
}

/** Checks a phrase compiles; returns the reason when it does not. */
export function phraseProblem(phrase: string): string | undefined {
  if (phrase.trim() === '') return 'a phrase is empty';
  if (phrase.trim().split(/\s+/).every((t) => t === '*')) return `phrase "${phrase}" has no words`;
  try {
    new RegExp(phraseToPattern(phrase));
    return undefined;
  } catch (error) {
    return `phrase "${phrase}" does not compile: ${(error as Error).message}`;
  }
}
