// Character tests by code, for loops that run at every character of a draft (a regular expression per
// character costs far more).

/** Is this text one quotation mark, straight or curly (as /^['"‘’“”]$/ tests, without a regular expression per token)? */
const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);
export const isQuoteMark = (text: string) => text.length === 1 && QUOTE_MARKS.has(text);

/** Is this UTF-16 code a word character as `\w` means it: [A-Za-z0-9_]? */
export const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/** The acronyms a phrase writes ("US", "DMV": two or more capitals, no lower-case letter), lower-cased; undefined
 *  when it writes none. A match of the phrase counts only where the text writes them in capitals too (see
 *  writesInCapitals): "let us" names no "US". */
export function acronymsOf(phrase: string): ReadonlySet<string> | undefined {
  const words = phrase.match(/(?<![\w'’-])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\w'’-])/g);
  return words ? new Set(words.map((w) => w.toLowerCase())) : undefined;
}

/** Whether every word of `matched` that is one of these acronyms (lower-cased) is written in capitals. */
export function writesInCapitals(matched: string, acronyms: ReadonlySet<string>): boolean {
  // The words are the runs of [A-Za-z0-9], found by code: only one with a lower-case letter is looked up.
  for (let i = 0; i < matched.length; ) {
    let end = i;
    let lower = false;
    for (let c = matched.charCodeAt(end); isAlphanumeric(c); c = matched.charCodeAt(++end)) lower ||= c >= 0x61 && c <= 0x7a;
    if (lower && acronyms.has(matched.slice(i, end).toLowerCase())) return false;
    i = end + 1;
  }
  return true;
}

const isAlphanumeric = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
