// Character tests by code, for loops that run at every character of a draft (a regular expression per
// character costs far more).

/** Is this text one quotation mark, straight or curly (as /^['"‘’“”]$/ tests, without a regular expression per token)? */
const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);
export const isQuoteMark = (text: string) => text.length === 1 && QUOTE_MARKS.has(text);

/** Is this UTF-16 code a word character as `\w` means it: [A-Za-z0-9_]? */
export const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
