// Shapes on which remark's parser (micromark) does work that grows with the square of the text, found
// by one linear scan before parsing. A parse whose text holds one of them is made with that construct
// turned off (micromark's `disable`), so its markup is read as the characters the drafter typed: every
// word stays prose, and the parse stays linear. No draft written by hand comes near these bounds.
//
// - setextUnderline: each setext heading rebuilds the event list of the whole parse (EditMap.consume in
//   resolveToSetextUnderline), so a parse costs headings × lines. Off when one parse would make more than
//   MAX_SETEXT of them ("a\n===\n" on every other line: 16 KB took 3–5 s).
// - htmlText: an unclosed inline `<!--`, `<?`, `<!X` or `<![CDATA[` scans to its paragraph's end, and is
//   tried again at the next one. Off when those scans would read more than HTML_SCANS × the text
//   ("a <!-- " repeated: 64 KB took 7.6 s).
// - attention: each `*`/`_` run that can close walks back over its paragraph's events for an opener, and
//   each match splices them, so a paragraph costs closers × length. Off when a paragraph holds more than
//   MAX_CLOSERS possible closers ("*a " then "b* " repeated: 48 KB took 25 s). Each delimiter a closer
//   matches costs a splice too, and a long run matches one at a time: off when more than MAX_MATCHED
//   closing delimiters may find an opener before them (a run of 8,000 "*" on each side of a word, or
//   after 8,000 "*a ": 16 KB took 2–4 s).
// - blockQuote, list: each lazy continuation line looks back over its paragraph (lazyLines.ts). Off when
//   those looks would pass more than LAZY_WORK × the lines (+ 2^18) events ("> a" then "b" lines: 64 KB
//   took 31 s); the ">" or list marker is then read as typed.
// - labelStartLink, labelStartImage, labelEnd: each "]" reads (normalizeIdentifier) the whole text back to the "[" it
//   closes, so nested brackets cost the square of their depth. Off when those reads would pass LABEL_READS × the text
//   (+ 2^16) characters ("[" × 32,768, "a", "]" × 32,768: 64 KB took 3.6 s); every bracket is then read as typed.
export type RiskyConstruct = 'setextUnderline' | 'htmlText' | 'attention' | 'blockQuote' | 'list' | 'labelStartLink' | 'labelStartImage' | 'labelEnd';

export const MAX_SETEXT = 64;
export const HTML_SCANS = 32;
export const MAX_CLOSERS = 64;
export const MAX_MATCHED = 256;
export const LAZY_WORK = 64;
export const LABEL_READS = 32;

import { lazyWork } from './lazyLines';
import { lines } from './paragraphLines';
import { mostClosers, mostMatched } from './emphasisRuns';

const BLANK = /^[ \t]*$/;
// A line that can only be a setext underline (or, of "-", a thematic break) after a paragraph line.
const UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/;

/** The constructs to turn off when parsing this text (none for any ordinary draft). */
export function riskyConstructs(text: string): RiskyConstruct[] {
  const risky: RiskyConstruct[] = [];
  if (setextCandidates(text) > MAX_SETEXT) risky.push('setextUnderline');
  if (htmlScans(text) > HTML_SCANS * text.length + 65_536) risky.push('htmlText');
  // (Each closer and each delimiter is a "*" or "_": text with no more of them than MAX_CLOSERS needs no count by paragraph.)
  if (emphasisMarks(text) > MAX_CLOSERS && (mostClosers(text) > MAX_CLOSERS || mostMatched(text) > MAX_MATCHED)) risky.push('attention');
  // (A line looks back over at most the lines before it in its run: under LAZY_FREE lines, the work is under the budget.)
  if (labelReads(text) > LABEL_READS * text.length + 65_536) risky.push('labelStartLink', 'labelStartImage', 'labelEnd');
  if (lineBreaks(text) + 1 > LAZY_FREE) {
    const lazy = lazyWork(text);
    const lazyBudget = LAZY_WORK * lazy.lines + LAZY_BASE;
    if (lazy.quote > lazyBudget) risky.push('blockQuote');
    if (lazy.list > lazyBudget) risky.push('list');
  }
  return risky;
}

const LAZY_BASE = 262_144;
/** The most lines whose looks back (0 + 1 + … + lines - 1) cannot pass LAZY_BASE. */
export const LAZY_FREE = 724;

/** How many of the text's characters are either code: one pass, no regular expression. */
function countCodes(text: string, a: number, b: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === a || c === b) count++;
  }
  return count;
}
/** "*" and "_": every emphasis delimiter and closer is one. */
const emphasisMarks = (text: string) => countCodes(text, 0x2a, 0x5f);
/** Line breaks, a "\r\n" counted twice (an over-estimate is safe here). */
const lineBreaks = (text: string) => countCodes(text, 0x0a, 0x0d);

/** Lines that may underline a setext heading: an underline-like line after a non-blank line. */
export function setextCandidates(text: string): number {
  let count = 0;
  let previousBlank = true;
  for (const line of lines(text)) {
    const blank = BLANK.test(line);
    if (!blank && !previousBlank && UNDERLINE.test(line)) count++;
    previousBlank = blank;
  }
  return count;
}

// Inline HTML that scans on to its closer: comment, processing instruction, CDATA, declaration.
const OPENERS: Array<[RegExp, string]> = [
  [/<!--/g, '-->'],
  [/<\?/g, '?>'],
  [/<!\[CDATA\[/g, ']]>'],
  [/<![A-Za-z]/g, '>'],
];
const PARAGRAPH_END = /\r?\n[ \t]*(?:\r?\n|$)|\r[ \t]*(?:\r|$)/g;

/** How far inline HTML openers would scan for their closers, in all (each stops at a blank line). */
export function htmlScans(text: string): number {
  let total = 0;
  let paragraphEnd = -1;
  const endOfParagraph = (from: number) => {
    if (paragraphEnd < from) {
      PARAGRAPH_END.lastIndex = from;
      const m = PARAGRAPH_END.exec(text);
      paragraphEnd = m ? m.index : text.length;
    }
    return paragraphEnd;
  };
  for (const [opener, closer] of OPENERS) {
    let close = -1;
    paragraphEnd = -1;
    opener.lastIndex = 0;
    for (let m = opener.exec(text); m; m = opener.exec(text)) {
      if (close < m.index) {
        const found = text.indexOf(closer, m.index + 2);
        close = found < 0 ? text.length : found;
      }
      total += Math.min(close, endOfParagraph(m.index)) - m.index;
    }
  }
  return total;
}

/** How many characters label ends would read back: each "]" reads to the last "[" of its paragraph not yet closed. */
export function labelReads(text: string): number {
  if (text.indexOf('[') < 0 || text.indexOf(']') < 0) return 0;
  const open: number[] = [];
  let total = 0;
  let lineBlank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue; // "\r\n" ends one line
    if (c === 0x0a || c === 0x0d) {
      if (lineBlank) open.length = 0; // a blank line ends the paragraph: its starts go with it
      lineBlank = true;
    } else if (c !== 0x20 && c !== 0x09) {
      lineBlank = false;
      if (c === 0x5b) open.push(i);
      else if (c === 0x5d && open.length > 0) total += i - open.pop()!;
    }
  }
  return total;
}
