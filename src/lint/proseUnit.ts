// A run of prose taken out of a document, with the source offset of every character,
// so findings can point back at the exact place in the file (across emphasis, links, escapes).

export type UnitKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell';

export interface ProseUnit {
  kind: UnitKind;
  /** The prose; line breaks become spaces. */
  text: string;
  /** offsets[i] is the source offset of text[i], or -1 for a separator we inserted. */
  offsets: Int32Array;
  /** For list items: the sentence that introduces the list ("The jail shall:"), read with the item.
   *  For table cells: the cells before it in its row. */
  leadIn?: string;
  /** A paragraph of lettered lines under a lead-in ("Deputies may:" then "a. …;⏎b. …"): each lettered sentence reads with
   *  the lead-in, not the first only. */
  labelledItems?: boolean;
  /** Units that state one case together (the cells of a table row): a rule fires on the first only. */
  group?: number;
  /** For headings: the level (1 for "#"; plain-text title lines are 1). */
  depth?: number;
  /** Where the source had a line break inside the unit (its text has a space there): a drafter's lettered lines. */
  lineBreaks?: number[];
}

/** An HTML comment in the source (where suppression directives live). */
export interface SourceComment {
  body: string;
  start: number;
  end: number;
}

export interface ProseDocument {
  units: ProseUnit[];
  comments: SourceComment[];
  /** Where a container prefix first went deeper than `levels` (the text below that was read as plain text). */
  deepNesting?: { start: number; end: number; levels: number };
}

/** Accumulates text with its source offsets. */
export class UnitBuilder {
  private parts: string[] = [];
  private offsets: number[] = [];
  private breaks: number[] = [];

  /** Adds text that stands in the source at sourceStart (exactly, or with markup in between). */
  addAligned(value: string, source: string, sourceStart: number, sourceEnd: number): void {
    if (sourceEnd - sourceStart === value.length && source.startsWith(value, sourceStart)) {
      // The common case, in bulk: one part, consecutive offsets.
      this.parts.push(value.replace(/[\n\r\t]/g, ' '));
      const at = this.offsets.length;
      for (let i = 0; i < value.length; i++) {
        if (value.charCodeAt(i) === 10) this.breaks.push(at + i);
        this.offsets.push(sourceStart + i);
      }
      return;
    }
    // Escapes, character references and container prefixes ("> ", indentation) make value and source
    // differ: walk both. One offset per UTF-16 code unit, so text and offsets stay the same length.
    let cursor = sourceStart;
    for (const char of value) {
      const at = this.locate(char, source, cursor, sourceEnd);
      const offset = at ? at[0] : Math.min(cursor, Math.max(sourceEnd - char.length, sourceStart));
      for (let unit = 0; unit < char.length; unit++) this.push(char[unit], offset + unit);
      if (at) cursor = at[1];
    }
  }

  /** Where one character of a node's value stands in the source, from cursor on: [offset, next cursor]. */
  private locate(char: string, source: string, cursor: number, end: number): [number, number] | undefined {
    for (let at = cursor; at < end; at++) {
      if (source[at] === '&') {
        // A character reference (&amp; &#104; &#x68;) reads as one character; "&" itself may be literal.
        REFERENCE.lastIndex = at;
        const reference = REFERENCE.exec(source);
        if (reference && at + reference[0].length <= end && (char !== '&' || AMPERSAND.test(reference[0]))) return [at, at + reference[0].length];
      }
      if (source.startsWith(char, at) && at + char.length <= end) return [at, at + char.length];
      if (source[at] === '\\' && source.startsWith(char, at + 1) && at + 1 + char.length <= end) return [at + 1, at + 1 + char.length]; // \*
      if (!/[\s>]/.test(source[at])) break; // only line prefixes and white space may stand in between
    }
    // Anything else: the next occurrence within the node, if it has one.
    for (let at = cursor; at + char.length <= end; at++) if (source.startsWith(char, at)) return [at, at + char.length];
    return undefined;
  }

  /** Adds a separator that has no place in the source (a space between table cells, a line break). */
  addSeparator(text = ' '): void {
    for (const char of text) this.push(char, -1);
  }

  get length(): number {
    return this.offsets.length;
  }

  endsWithSpace(): boolean {
    const last = this.parts[this.parts.length - 1];
    return last === undefined || /\s$/.test(last);
  }

  build(kind: UnitKind, leadIn?: string): ProseUnit | undefined {
    const text = this.parts.join('');
    if (text.trim() === '') return undefined;
    return { kind, text, offsets: Int32Array.from(this.offsets), leadIn, ...(this.breaks.length ? { lineBreaks: this.breaks } : {}) };
  }

  private push(char: string, offset: number): void {
    if (char === '\n' && offset >= 0) this.breaks.push(this.offsets.length);
    this.parts.push(char === '\n' || char === '\r' || char === '\t' ? ' ' : char);
    this.offsets.push(offset);
  }
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const AMPERSAND = /^&(?:amp|#0*38|#[xX]0*26);$/;

// A line of comments only (where suppression directives live); comments inside a line of text are not
// prose either, but the text around them is (and they are read as comments too: disable-line lives there).
export const COMMENT_LINE = /^\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)+$/;

/** Finds the HTML comments inside a piece of source that starts at offset base. */
export function commentsIn(html: string, base: number): SourceComment[] {
  const found: SourceComment[] = [];
  for (const match of html.matchAll(COMMENT)) {
    found.push({ body: match[1].trim(), start: base + match.index, end: base + match.index + match[0].length });
  }
  return found;
}

/** A line that opens with a letter's, a roman numeral's or a number's label ("a. ", "(b) ", "iv) ", "(3) "). */
export const LETTERED_LINE = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})[.)][ \t]/i;

// A lead-in is read before every item of its list: one longer than this is cut to its last clause,
// so a paragraph with no sentence break before a long list does not make checking quadratic.
export const MAX_LEAD_IN = 300;

/** The last sentence of a paragraph when it introduces a list ("The jail shall:"), without the colon. */
export function leadInOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/[:—–-]$/.test(trimmed)) return undefined;
  const start = Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('? '), trimmed.lastIndexOf('! '));
  return capLeadIn(trimmed.slice(start + 1).replace(/[:—–-]+$/, '').trim());
}

/** The lead-in a paragraph of lettered lines reads with, after `previous`, the paragraph right before it: that paragraph's
 *  own lead-in ("Deputies may:"), or the one it read with itself (lettered paragraphs set apart by blank lines). */
export function letteredLeadIn(previous: ProseUnit | undefined): string | undefined {
  return previous && (leadInOf(previous.text) ?? (previous.labelledItems ? previous.leadIn : undefined));
}

/** A lead-in as read: whole when short, else its last clause. */
export function capLeadIn(sentence: string): string {
  return sentence.length <= MAX_LEAD_IN ? sentence : lastClause(sentence);
}

/** The end of a long lead-in: after its last ";" or ",", else its last words, within MAX_LEAD_IN characters. */
function lastClause(sentence: string): string {
  const tail = sentence.slice(sentence.length - MAX_LEAD_IN);
  const clause = Math.max(tail.lastIndexOf('; '), tail.lastIndexOf(', '));
  if (clause >= 0 && clause < tail.length - 2) return tail.slice(clause + 2).trim();
  const word = tail.indexOf(' ');
  return (word >= 0 ? tail.slice(word + 1) : tail).trim();
}
