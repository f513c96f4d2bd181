// A run of prose taken out of a document, with the source offset of every character,
// so findings can point back at the exact place in the file (across emphasis, links, escapes).

export type UnitKind = 'paragraph' | 'heading' | 'listItem' | 'tableRow';

export interface ProseUnit {
  kind: UnitKind;
  /** The prose; line breaks become spaces. */
  text: string;
  /** offsets[i] is the source offset of text[i], or -1 for a separator we inserted. */
  offsets: Int32Array;
  /** For list items: the sentence that introduces the list ("The jail shall:"), read with the item. */
  leadIn?: string;
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
}

/** Accumulates text with its source offsets. */
export class UnitBuilder {
  private chars: string[] = [];
  private offsets: number[] = [];

  /** Adds text that stands in the source at sourceStart (exactly, or with markup in between). */
  addAligned(value: string, source: string, sourceStart: number, sourceEnd: number): void {
    if (source.slice(sourceStart, sourceEnd) === value) {
      for (let i = 0; i < value.length; i++) this.push(value[i], sourceStart + i);
      return;
    }
    // Escapes, entities and container prefixes ("> ") make value and source differ: walk both.
    // One offset per UTF-16 code unit, so text and offsets stay the same length (emoji are two units).
    let cursor = sourceStart;
    for (const char of value) {
      const found = source.indexOf(char, cursor);
      const inside = found >= 0 && found + char.length <= sourceEnd;
      const at = inside ? found : Math.min(cursor, Math.max(sourceEnd - char.length, sourceStart));
      for (let unit = 0; unit < char.length; unit++) this.push(char[unit], at + unit);
      if (inside) cursor = found + char.length;
    }
  }

  /** Adds a separator that has no place in the source (a space between table cells, a line break). */
  addSeparator(text = ' '): void {
    for (const char of text) this.push(char, -1);
  }

  get length(): number {
    return this.chars.length;
  }

  endsWithSpace(): boolean {
    const last = this.chars[this.chars.length - 1];
    return last === undefined || /\s/.test(last);
  }

  build(kind: UnitKind, leadIn?: string): ProseUnit | undefined {
    const text = this.chars.join('');
    if (text.trim() === '') return undefined;
    return { kind, text, offsets: Int32Array.from(this.offsets), leadIn };
  }

  private push(char: string, offset: number): void {
    this.chars.push(char === '\n' || char === '\r' || char === '\t' ? ' ' : char);
    this.offsets.push(offset);
  }
}

const COMMENT = /<!--([\s\S]*?)-->/g;

/** Finds the HTML comments inside a piece of source that starts at offset base. */
export function commentsIn(html: string, base: number): SourceComment[] {
  const found: SourceComment[] = [];
  for (const match of html.matchAll(COMMENT)) {
    found.push({ body: match[1].trim(), start: base + match.index, end: base + match.index + match[0].length });
  }
  return found;
}

/** The last sentence of a paragraph when it introduces a list ("The jail shall:"), without the colon. */
export function leadInOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/[:—–-]$/.test(trimmed)) return undefined;
  const start = Math.max(trimmed.lastIndexOf('. '), trimmed.lastIndexOf('? '), trimmed.lastIndexOf('! '));
  return trimmed.slice(start + 1).replace(/[:—–-]+$/, '').trim();
}
