// How the block around a flagged sentence is laid out in the source (a paragraph, a list or run of lettered
// paragraphs, a table, also one set with spaces), so an inserted provision can follow it in the same form: after the block, lettered
// next where the block's items are lettered provisions, indented and wrapped as the block's own lines are.

import { alignedTableAt } from '../lint/alignedTable';

export interface Block {
  kind: 'paragraph' | 'list' | 'table';
  /** The offset just after the block's last character (before its final line break). */
  end: number;
  /** The block's lines, from its first to its last (line breaks kept). */
  lines: string[];
  /** Where the block's last item starts, in `lines` (a paragraph: 0). */
  lastItem: number;
  /** Where its last provision starts: the last item unless that is a numbered line with no provision ("4.4 (Reserved)"). */
  lastProvision: number;
  /** The block follows a blank line (items set apart by blank lines, when it is one of them). */
  afterBlank: boolean;
  /** The lines up to the block's end, some way back: how the draft around it is wrapped. */
  nearby: string[];
}

/** A Markdown list item's first line (an empty item, a marker alone, is one too). */
export const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
// The lettered items of plain-text orders and ordinances ("A. Officers shall …", "(b) …"): a list, but not one that goes on
// across a blank line ("III. REVIEW" after it is the next heading).
const LABELLED_ITEM = /^\s*(?:[A-Za-z][.)]|\([A-Za-z0-9]{1,4}\)|[IVXivx]{1,5}[.)])\s/;
// A numbered subsection of a plain-text directive ("3.5 The City Holding Facility will hold …"): a provision on its label's
// line, not a heading ("428.4.2 HOLDS", "3.1 Definitions"): a lower-case word after the label, and a full stop or five words.
const DECIMAL_ITEM = /^\s*(\d{1,4}(?:\.\d{1,3})+)(\.?)\s+(\S.*)$/;
function decimalItem(line: string): { prefix: string; value: string; dot: string } | undefined {
  const m = DECIMAL_ITEM.exec(line.replace(/\r?\n$/, ''));
  if (!m) return undefined;
  const words = m[3].trim().split(/\s+/);
  if (!/^[A-Z]/.test(m[3]) || !words.slice(1).some((w) => /^[a-z]/.test(w)) || !(words.length >= 5 || /[.;:]$/.test(m[3].trimEnd()))) return undefined;
  const cut = m[1].lastIndexOf('.') + 1;
  return { prefix: m[1].slice(0, cut), value: m[1].slice(cut), dot: m[2] };
}
const TABLE_ROW = /^\s*\|/;
const blank = (line: string) => line.trim() === '';
// How many lines back the draft's wrapping is read from.
const NEARBY = 60;
// A bullet typed or pasted as a character ("• Not hold …", as posts and word-processor text have them): an item in the source.
const BULLET_ITEM = /^\s*[•◦▪‣·–]\s/;
const isItem = (line: string) => LIST_ITEM.test(line) || BULLET_ITEM.test(line) || LABELLED_ITEM.test(line) || decimalItem(line) !== undefined;

/** Whether the lines from `first` to the next blank line are a plain-text table set with spaces, all of them (see
 *  alignedTable.ts): a provision goes after it flush, not at its indent nor wrapped at its width. */
function isAlignedTable(lines: readonly string[], first: number): boolean {
  let source = '';
  const spans: Array<[number, number]> = [];
  for (let i = first; i < lines.length && !blank(lines[i]); i++) {
    const line = lines[i].replace(/\r?\n$/, '');
    spans.push([source.length, source.length + line.length]);
    source += `${line}\n`;
  }
  return spans.length > 1 && alignedTableAt(source, spans, 0)?.next === spans.length;
}

/** The block (paragraph, list or table) the offset stands in, read from the source lines. */
export function blockAround(text: string, offset: number): Block {
  const lines = text.split(/(?<=\n)/);
  const starts: number[] = [];
  let index = 0;
  for (let i = 0, at = 0; i < lines.length; at += lines[i++].length) {
    starts.push(at);
    if (at <= offset) index = i;
  }
  let first = index;
  while (first > 0 && !blank(lines[first - 1])) first--;
  const aligned = !TABLE_ROW.test(lines[first]) && isAlignedTable(lines, first);
  const kind: Block['kind'] = TABLE_ROW.test(lines[first]) || aligned ? 'table' : isItem(lines[first]) || isItem(lines[index]) ? 'list' : 'paragraph';
  // A list goes on across blank lines while the next line is an item or indented (a loose list), or the
  // next lettered item in sequence ("(c)" … "(d)"; after "G." a "III. REVIEW" is the next heading).
  let last = index;
  let label = labelOf(lines[first]) ?? labelOf(lines[index]);
  for (let i = index + 1; i < lines.length; i++) {
    if (!blank(lines[i])) {
      last = i;
      // Items nested in a numbered subsection ("2.5 … shall not:" then "(1) …") leave the run's numbering as it was.
      const own = labelOf(lines[i]) ?? numberedLabel(lines[i]);
      if (own && !(label?.shape.includes('#') && !own.shape.includes('#'))) label = own;
      continue;
    }
    // Past the run of blank lines at once: a long run read line by line would look ahead from each of them.
    let j = i + 1;
    while (j < lines.length && blank(lines[j])) j++;
    const next = lines[j];
    if (kind !== 'list' || next === undefined) break;
    // A run of numbered subsections ("3.5", "3.6") ends at any other label: "4. HEALTH DEPARTMENT." and "4.1" start the next section.
    const numbered = label?.shape.includes('#');
    const goesOn = numbered ? /^\s{2,}\S/.test(next) && !isItem(next) : LIST_ITEM.test(next) || BULLET_ITEM.test(next) || /^\s{2,}\S/.test(next);
    // The next subsection in sequence goes on the run even when it holds no provision ("4.4 (Reserved)"): a provision
    // numbered after 4.3 would take its number (a drafter's trial: two 4.4s).
    if (!(goesOn || (label !== undefined && follows(labelOf(next) ?? numberedLabel(next), label)))) break;
    i = j - 1;
  }
  const eol = /\r?\n$/.exec(lines[last])?.[0].length ?? 0;
  const own = lines.slice(first, last + 1);
  let lastItem = 0;
  let lastProvision = 0;
  if (kind === 'list') {
    for (let i = 0; i < own.length; i++) {
      if (isItem(own[i])) lastItem = lastProvision = i;
      else if (numberedLabel(own[i])) lastItem = i;
    }
  }
  // (A table set with spaces is as wide as its columns: the draft's wrapping is read from the lines above it.)
  const nearby = aligned ? lines.slice(Math.max(0, first - NEARBY), first) : lines.slice(Math.max(0, last - NEARBY), last + 1);
  return { kind, end: starts[last] + lines[last].length - eol, lines: own, lastItem, lastProvision, afterBlank: first > 0 && blank(lines[first - 1]), nearby };
}

/**
 * The provision laid out to follow the block: with the next label where the block's last item is a lettered provision
 * ("(c) The watch commander may …" → "(d) …"), at the item's indentation, and wrapped at the block's width where the
 * block's own lines are wrapped. `separator` is what goes between the block and it.
 */
export function laidOut(block: Block, provision: string, eol: string): { separator: string; text: string; labels?: { last: string; next: string } } {
  const lines = block.lines.map((l) => l.replace(/\r?\n$/, ''));
  const item = lines.slice(block.lastItem).filter((l) => !blank(l));
  const first = item[0] ?? '';
  const indent = /^\s*/.exec(first)![0];
  const label = block.kind === 'list' ? (labelOf(first) ?? numberedLabel(first)) : undefined;
  // A lettered provision (a capital after the label, a full stop at its end) takes the next label; a fragment after a
  // lead-in ("(a) hold records;") does not, since the provision is no item of that sentence. (After "4.4 (Reserved)" the
  // provision before it decides.)
  const own = lines.slice(block.lastProvision, block.lastItem > block.lastProvision ? block.lastItem : undefined).filter((l) => !blank(l));
  const afterLabel = (own[0] ?? '').trimStart().replace(/^\S+\s+/, '');
  const next = label && /^[A-Z]/.test(afterLabel) && /[.;]\s*$/.test(own[own.length - 1] ?? '') ? nextLabel(label) : undefined;
  const head = next ? `${indent}${next} ` : block.kind === 'paragraph' ? indent : '';
  // (A provision after a list that takes no label stands as a paragraph of its own, flush as its first line: an item's
  // hanging indent on its second line read as a continuation, a police policy writer's trial.)
  const hanging = block.kind !== 'paragraph' && !next ? '' : item.length > 1 ? /^\s*/.exec(item[1])![0] : head ? indent : '';
  const text = isWrapped(block) ? wrap(provision, widthOf(block), head, hanging, eol) : `${head}${provision}`;
  const spaced = block.kind === 'paragraph' || block.lines.some((l, i) => i > 0 && blank(l)) || (block.lastItem === 0 && block.afterBlank) || !next;
  // The labels as written ("3.3" → "3.4", "(c)" → "(d)"), so the fix's title can say where the provision goes.
  const labels = next ? { last: first.slice(indent.length).split(/\s/)[0], next } : undefined;
  return { separator: spaced ? `${eol}${eol}` : eol, text, ...(labels ? { labels } : {}) };
}

/** Whether the block's lines are wrapped: a line near the block's width runs on into the next (no blank line, new item or
 *  full stop between them). A short line above the text ("428.4.2 HOLDS") is a heading, not a wrapped line. */
export function isWrapped(block: Block): boolean {
  const lines = textLines(block);
  const width = widthOf(block);
  const runsOn = (l: string, i: number) => i + 1 < lines.length && !blank(lines[i + 1]) && !isItem(lines[i + 1]) && !/[.;:!?]["”’)\]*_]*\s*$/.test(l);
  return width >= 40 && lines.some((l, i) => !blank(l) && l.trimEnd().length >= 0.75 * width && runsOn(l, i));
}

/** The lines near the block without their line breaks, nor a comment at a line's end (a suppression or a marker is no
 *  part of the text: "… release. <!-- … -->" ends at "release."). */
const textLines = (block: Block) => block.nearby.map((l) => l.replace(/\r?\n$/, '').replace(/\s*<!--(?:(?!-->).){0,400}-->\s*$/, ''));

/** The width the block's text is wrapped at: its longest line near the block. */
const widthOf = (block: Block) => Math.max(...textLines(block).map((l) => l.trimEnd().length));

/** Text to insert at `at` inside a line of a wrapped block, broken as the block's lines are: the words added fill the
 *  rest of that line, then lines of the block's width at the indentation of the line below it. Only the added words
 *  are broken; the drafter's line breaks and words stay as they are (the end of their line follows the last word added).
 *  Unwrapped text, or a table row, takes the words on the line as they come. */
export function wrappedInsertion(text: string, at: number, added: string, eol: string): string {
  const block = blockAround(text, at);
  if (block.kind === 'table' || !isWrapped(block)) return added;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nextBreak = text.indexOf('\n', at);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const rest = text.slice(at, lineEnd).replace(/\r$/, '');
  const below = nextBreak < 0 ? '' : text.slice(nextBreak + 1).split('\n', 1)[0];
  const own = text.slice(lineStart, at);
  const hanging = below.trim() && !isItem(below) ? /^[ \t]*/.exec(below)![0] : /^[ \t]*/.exec(own)![0];
  const width = widthOf(block);
  // A leading mark (", but …") stays on the drafter's line with the word before it.
  const lead = /^[^\s\w]*/.exec(added)![0];
  const words = added.slice(lead.length).split(/\s+/).filter(Boolean);
  let line = own + lead;
  let out = lead;
  // The drafter's words after the insertion point ("." or the rest of a clause) go on the last line: count them there.
  words.forEach((word, i) => {
    const tail = i === words.length - 1 ? rest.trimEnd().length : 0;
    const breaks = line.trim() !== '' && line.length + 1 + word.length + tail > width;
    const piece = breaks ? `${eol}${hanging}${word}` : `${line === '' || line.endsWith(' ') ? '' : ' '}${word}`;
    out += piece;
    line = breaks ? hanging + word : line + piece;
  });
  return out;
}

/** Words filled into lines of at most `width` characters, the first after `head`, the rest after `hanging`. */
function wrap(text: string, width: number, head: string, hanging: string, eol: string): string {
  const out: string[] = [];
  let line = head;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      out.push(line);
      line = hanging;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  out.push(line);
  return out.join(eol);
}

interface Label {
  shape: string;
  value: string;
}

/** The label of a line opening with a subsection number ("4.4 (Reserved)", "4.4 RESERVED"), whatever follows it. */
function numberedLabel(line: string): Label | undefined {
  const m = /^\s*(\d{1,4}(?:\.\d{1,3})+)(\.?)\s+\S/.exec(line);
  if (!m) return undefined;
  const cut = m[1].lastIndexOf('.') + 1;
  return { shape: `${m[1].slice(0, cut)}#${m[2]}`, value: m[1].slice(cut) };
}

/** A lettered item's label: its shape ("(x)", "x.", "x)", "3.x") and letter, number or numeral. */
function labelOf(line: string): Label | undefined {
  const decimal = decimalItem(line);
  if (decimal) return { shape: `${decimal.prefix}#${decimal.dot}`, value: decimal.value };
  const m = /^\s*(?:\(([A-Za-z0-9]{1,4})\)|([A-Za-z]|[IVXivx]{1,5}|\d{1,3})([.)]))\s/.exec(line);
  if (!m) return undefined;
  return m[1] !== undefined ? { shape: '()', value: m[1] } : { shape: m[3], value: m[2] };
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** Whether `next` is the label after `previous` in the same shape: b after a, 4 after 3, iv after iii. */
function follows(next: Label | undefined, previous: Label): boolean {
  if (!next || next.shape !== previous.shape) return false;
  return successors(previous.value).includes(next.value);
}

/** What may come after a label's value: the next number, letter or numeral (in the same case). */
function successors(value: string): string[] {
  if (/^\d+$/.test(value)) return [String(Number(value) + 1)];
  const found: string[] = [];
  if (value.length === 1 && /[A-Ya-y]/.test(value)) found.push(String.fromCharCode(value.charCodeAt(0) + 1));
  const r = ROMAN.indexOf(value.toLowerCase());
  if (r >= 0 && r + 1 < ROMAN.length) found.push(value === value.toLowerCase() ? ROMAN[r + 1] : ROMAN[r + 1].toUpperCase());
  return found;
}

/** The label after this one, written in its shape: "(d)" after "(c)", "C." after "B.", "4." after "3.". A single "i", "v"
 *  or "x" is read as a letter where a lettered run is likelier ("(i)" after "(h)" is a letter; this cannot tell). */
function nextLabel(label: Label): string | undefined {
  const [value] = successors(label.value);
  if (value === undefined) return undefined;
  if (label.shape === '()') return `(${value})`;
  const hash = label.shape.indexOf('#');
  return hash >= 0 ? `${label.shape.slice(0, hash)}${value}${label.shape.slice(hash + 1)}` : `${value}${label.shape}`;
}
