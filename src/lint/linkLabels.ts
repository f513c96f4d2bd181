// Which of the draft's link reference definitions a block needs read before it: those whose labels it
// names between brackets and does not define itself. Reading a block with every definition before it
// made a draft of many definitions and many "[" blocks quadratic (a 23 KB file took 22 s).
import { usesDefinitions } from './blocks';

/** A label as the parser compares labels (micromark's normalizeIdentifier): whitespace runs as one space, trimmed, case folded. */
export const labelKey = (label: string) => label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();

// The parser reads no longer label.
const MAX_LABEL = 999;

/**
 * The keys of every text between a "[" and the next "]" with no bracket between (a backslash escapes
 * the next character): every label a reference in the text can name is among them, in one pass.
 * `defining`: keys met only as "[label]:", which most likely define the label here.
 */
export function bracketedKeys(text: string): { named: Set<string>; defining: Set<string> } {
  const named = new Set<string>();
  const colon = new Set<string>();
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x5b) open = i;
    else if (c === 0x5d) {
      if (open >= 0 && i - open <= MAX_LABEL + 1) {
        const raw = text.slice(open + 1, i);
        const to = text.charCodeAt(i + 1) === 0x3a ? colon : named;
        to.add(labelKey(raw));
        // Inside a block quote, a label that runs over lines reads without the next line's "> ".
        if (/[\r\n]/.test(raw)) to.add(labelKey(raw.replace(/[\r\n][ \t>]*/g, ' ')));
      }
      open = -1;
    }
  }
  const defining = new Set<string>();
  for (const key of colon) {
    if (named.has(key)) continue;
    defining.add(key);
    named.add(key);
  }
  named.delete('');
  return { named, defining };
}

/** The draft's definitions, and the context each block is read in: the labels it needs, one a line. */
export class DefinitionContexts {
  private readonly byKey = new Map<string, string[]>();
  // Per block text: the context it needs, once read (its own definitions known).
  private readonly known = new Map<string, string>();

  constructor(readonly labels: readonly string[]) {
    for (const label of labels) {
      const key = labelKey(label);
      const same = this.byKey.get(key);
      if (same) same.push(label);
      else this.byKey.set(key, [label]);
    }
  }

  /** The context of a block about to be read: its own definitions guessed ("[label]:"), unless it was read before. */
  guess(text: string): string {
    if (this.labels.length === 0 || !usesDefinitions(text, 'markdown')) return '';
    const known = this.known.get(text);
    if (known !== undefined) return known;
    const { named, defining } = bracketedKeys(text);
    return this.pick(named, defining);
  }

  /** The context of a block read, whose own definitions are `own`. */
  wanted(text: string, own: readonly string[]): string {
    if (this.labels.length === 0 || !usesDefinitions(text, 'markdown')) return '';
    let context = this.known.get(text);
    if (context === undefined) {
      context = this.pick(bracketedKeys(text).named, new Set(own.map(labelKey)));
      this.known.set(text, context);
    }
    return context;
  }

  /** Forgets blocks no longer in the draft. */
  keepOnly(texts: Set<string>): void {
    for (const text of this.known.keys()) if (!texts.has(text)) this.known.delete(text);
  }

  private pick(named: Set<string>, own: Set<string>): string {
    const labels: string[] = [];
    for (const key of named) if (!own.has(key)) for (const label of this.byKey.get(key) ?? []) labels.push(label);
    return labels.sort().join('\n');
  }
}
