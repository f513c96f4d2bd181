// Sentence splitting with Intl.Segmenter, one prose unit at a time: the segmenter is superlinear
// on a whole document, linear on paragraph-sized text. Very long units are cut into windows first.
import { LETTERED_LINE, type ProseUnit } from './proseUnit';
import { NEXT_HEADER_FIELD, opensWithHeaderField } from './grammarCues';

export interface Sentence {
  /** The sentence as read (trimmed). */
  text: string;
  /** Source offsets of the sentence: [start, end). */
  start: number;
  end: number;
  unit: ProseUnit;
  /** Text to read before the sentence (a list lead-in), or "". */
  leadIn: string;
}

const WINDOW = 8000;
// A "sentence" longer than this (a run-on list, text with no full stops) is read in pieces, cut at
// clause punctuation or white space, so matching time stays linear in the document.
const MAX_SENTENCE = 2000;

// The segmenter ends a sentence at "U.S. Immigration…", "Sec. 2-45." or "S. 7373/A. 7099"; policy text is full of these.
const ABBREVIATION = /(?:^|[\s(/])(?:U\.S|U\.S\.C|C\.F\.R|R\.S\.Mo|RSMo|Sec|Secs|No|Nos|Art|Ch|Dept|Gov|St|Mr|Mrs|Ms|Dr|Jr|Sr|Inc|Co|Corp|Ltd|v|vs|e\.g|i\.e|cf|Stat|Rev|Ann|Supp|para|subd|subsec|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$/;
// Nor does a statute's inline enumeration end one: "…that: 1. Limits…", "…; or b. such officer…", "…prior to a. Detaining…".
const ENUMERATION_LABEL = /(?:[:;]|\b(?:and|or|to|of|for|by|with|from))\s*(?:[0-9]{1,2}|[a-z])\.\s*$/;
// A numbered inline enumeration ("…may not do any of the following: 1. stop…. 2. inquire…") goes on past an
// item's full stop: the next item ("2. ", "(2) ") is read with the lead-in, not as a sentence of its own.
const ENUMERATION_START = /:\s*\(?1[.)]\s/;
const NEXT_NUMBERED_ITEM = /^\s*\(?(?:[2-9]|1[0-9])[.)]\s/;
// A section label standing alone ("**Section 5." before "Sensitive locations.** The Police …") opens the title after it.
const SECTION_LABEL_ONLY = /^[\s*_]*(?:section|sec\.?|§{1,2}|article)\s*[0-9IVX]+(?:[.-][0-9]+)*\.\s*$/i;
let segmenter: Intl.Segmenter | undefined;
// The end of a span read for an abbreviation, an enumeration label or a lone section label: they are a few
// characters long, and reading the whole span each time a segment was joined to it was quadratic
// ("U.S. Immigration " 16,000 times: 3.8 s). Only white space runs of hundreds of characters inside one could differ.
const TAIL = 256;

/** Where a pattern matches in a text, found once: does a match lie inside [from, to)? */
class Matches {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(text: string, pattern: RegExp) {
    // (A match of these patterns holds one ":", where it starts: no match hides another.)
    for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  within(from: number, to: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] < from) low = mid + 1;
      else high = mid;
    }
    return low < this.starts.length && this.ends[low] <= to;
  }
}

// ASCII text with no sentence terminator and no line break is one sentence: no need to ask the segmenter
// (headings, table cells and list lead-ins mostly).
const ONE_SENTENCE = /^[^.?!\r\n\u0080-\uffff]*$/;

// The segmenter breaks only after a terminator (with the closing marks, then the spaces, after it) or a line break
// (UAX #29, SB4 and SB11): ASCII text with no line break whose terminators are all in its last run of them, followed
// only by closing marks and then spaces, is one segment (a one-sentence list item or paragraph, most of a manual's
// units). What is done after the segmenter still is.
const ONE_SEGMENT = /^[^.?!\r\n\u0080-\uffff]*[.?!]+["')\]]*[ \t]*$/;
export const isOneSegment = (text: string) => text.length <= WINDOW && ONE_SEGMENT.test(text);

export function sentenceSpans(text: string, lineBreaks?: readonly number[]): Array<[number, number]> {
  // (Not where the source broke the line: a lettered line there may start an item, see atLabelsAfterStops.)
  if (text.length <= MAX_SENTENCE && !lineBreaks?.length && ONE_SENTENCE.test(text)) return atFieldLines(text, [[0, text.length]]);
  const spans: Array<[number, number]> = [];
  if (isOneSegment(text)) spans.push([0, text.length]);
  else segment(text, spans);
  return atLabelsAfterStops(text, atFieldLines(text, spans), lineBreaks).flatMap(([from, to]) => (to - from > MAX_SENTENCE ? pieces(text, from, to) : atDashes(text, from, to)));
}

/** The segmenter's sentences, with those that end at an abbreviation or an enumeration label joined to the next. */
function segment(text: string, spans: Array<[number, number]>): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const enumerations = new Matches(text, ENUMERATION_START);
  for (let base = 0; base < text.length; ) {
    let stop = Math.min(text.length, base + WINDOW);
    if (stop < text.length) {
      const cut = text.lastIndexOf('. ', stop);
      stop = cut > base ? cut + 2 : stop;
    }
    for (const { index, segment } of segmenter.segment(text.slice(base, stop))) {
      const previous = spans[spans.length - 1];
      // A span joined to the segments after it grows without bound: only its tail is read (see TAIL).
      const ending = previous && previous[1] === base + index ? text.slice(Math.max(previous[0], previous[1] - TAIL), previous[1]) : undefined;
      const whole = ending !== undefined && previous[1] - previous[0] <= TAIL;
      if (previous && ending !== undefined && (ABBREVIATION.test(ending) || ENUMERATION_LABEL.test(ending) || (whole && SECTION_LABEL_ONLY.test(ending)) || (NEXT_NUMBERED_ITEM.test(segment) && enumerations.within(previous[0], previous[1])))) previous[1] = base + index + segment.length;
      else spans.push([base + index, base + index + segment.length]);
    }
    base = stop;
  }
}

// A memo's header fields ("Subject: … Effective date: … Distribution: …", one per line, which Markdown joins into
// one paragraph) are apart: in a unit that opens with one, each next field name with its colon starts a new one.
function atFieldLines(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  if (!opensWithHeaderField(text)) return spans;
  // (The field name is capitalised: "release date: and time" goes on.)
  const cuts = [...text.matchAll(NEXT_HEADER_FIELD)].filter((m) => /[A-Z]/.test(text[m.index + m[0].length])).map((m) => m.index + 1);
  return cuts.length ? cutSpans(spans, cuts) : spans;
}

/** The spans cut at each offset in `cuts` (sorted) that falls inside one, but not past `limit(from, to)` in it. */
function cutSpans(spans: Array<[number, number]>, cuts: number[], limit = (_from: number, _to: number) => Infinity): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let c = 0;
  for (const [from, to] of spans) {
    let start = from;
    while (c < cuts.length && cuts[c] <= from) c++;
    const last = cuts[c] < to ? limit(from, to) : Infinity;
    for (; c < cuts.length && cuts[c] < to; c++) {
      if (cuts[c] > last) continue;
      result.push([start, cuts[c]]);
      start = cuts[c];
    }
    result.push([start, to]);
  }
  return result;
}

// "(a) The jail shall hold …. (b) The commander shall …", "… holidays.\ne. Nothing in …": a full stop and a label before
// a capital start a new provision, though the segmenter reads on before a lower-case letter ("(b", "e.").
const LABEL_AFTER_STOP = /[.!?]["”’)]*\s+(?=\(?[A-Za-z0-9]{1,3}[.)]\s+["“(]?[A-Z])/g;
// "a. shall not prolong the stop …;⏎b. may ask …": a source line that opens with a lower-case letter's label after a line ending
// in ";", "," or "and"/"or" is the next item (a drafter's lettered list, which Markdown reads as one paragraph).
const ITEM_LINE_START = /^[ \t]*\(?[a-z][.)][ \t]/;
const ITEM_LINE_END = /(?:[;,]|\b(?:and|or))$/;
const LABEL_ONLY = /^\s*\(?[A-Za-z0-9]{1,3}[.)]\s*$/;
// A lead-in and its first item ("… may include: (a) An admission …"): the items after it stay with it.
const LIST_START = /:\s*\(?(?:1|a|i)[.)]\s/i;

function atLabelsAfterStops(text: string, spans: Array<[number, number]>, lineBreaks: readonly number[] = []): Array<[number, number]> {
  const cuts: number[] = [];
  for (const match of text.matchAll(LABEL_AFTER_STOP)) cuts.push(match.index + match[0].length);
  const items = lineBreaks.filter((b) => ITEM_LINE_START.test(text.slice(b + 1, b + 12)) && ITEM_LINE_END.test(text.slice(Math.max(0, b - 80), b).trimEnd().slice(-8))).map((b) => b + 1);
  if (items.length) {
    const seen = new Set(cuts);
    for (const at of items) if (!seen.has(at)) cuts.push(at);
    cuts.sort((a, b) => a - b);
  }
  if (cuts.length === 0) return spans;
  // (Not inside an inline enumeration the segmenter's pieces were joined into: "… the following: 1. …. 2. …".)
  const cut = cutSpans(spans, cuts, (from, to) => {
    const enumeration = LIST_START.exec(text.slice(from, to));
    return enumeration ? from + enumeration.index : Infinity;
  });
  // A label left on its own ("e." after the sentence before) goes with the sentence after it.
  const joined: Array<[number, number]> = [];
  for (let i = 0; i < cut.length; i++) {
    if (LABEL_ONLY.test(text.slice(cut[i][0], cut[i][1])) && i + 1 < cut.length) cut[i + 1] = [cut[i][0], cut[i + 1][1]];
    else joined.push(cut[i]);
  }
  return joined;
}

// "(c) Verification of Status. - Officers may…": a full stop and a dash end a run-in heading, which the
// segmenter leaves joined to the sentence after it.
const STOP_DASH = /\.[ \t]*[-–—]{1,2}[ \t]+(?=[A-Z])/g;

function atDashes(text: string, from: number, to: number): Array<[number, number]> {
  const span = text.slice(from, to);
  if (!span.includes('. -') && !/\.\s*[–—]/.test(span)) return [[from, to]];
  const result: Array<[number, number]> = [];
  for (const match of span.matchAll(STOP_DASH)) {
    const cut = from + match.index + match[0].length;
    result.push([result.length ? result[result.length - 1][1] : from, cut]);
  }
  result.push([result.length ? result[result.length - 1][1] : from, to]);
  return result;
}

function pieces(text: string, from: number, to: number): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  while (to - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
    const end = cut > MAX_SENTENCE / 2 ? from + cut + 1 : from + MAX_SENTENCE;
    result.push([from, end]);
    from = end;
  }
  result.push([from, to]);
  return result;
}

export function splitSentences(unit: ProseUnit): Sentence[] {
  const sentences: Sentence[] = [];
  let first = true;
  for (let [from, to] of sentenceSpans(unit.text, unit.lineBreaks)) {
    // Trim white space and the separators we inserted ("; " between table cells), so the sentence
    // as read starts and ends on the same characters as its source range.
    const outside = (i: number) => unit.offsets[i] < 0 || /\s/.test(unit.text[i]);
    while (from < to && outside(from)) from++;
    while (to > from && outside(to - 1)) to--;
    if (from === to) continue;
    const range = sourceRange(unit.offsets, from, to);
    if (!range) continue;
    sentences.push({
      text: unit.text.slice(from, to),
      start: range[0],
      end: range[1],
      unit,
      leadIn: unit.leadIn && (first || (unit.labelledItems && LETTERED_LINE.test(unit.text.slice(from, from + 8)))) ? unit.leadIn : '',
    });
    first = false;
  }
  return sentences;
}

/** The source span covering text[from, to), skipping inserted separators. */
function sourceRange(offsets: Int32Array, from: number, to: number): [number, number] | undefined {
  let start = -1;
  for (let i = from; i < to && start < 0; i++) start = offsets[i];
  let end = -1;
  for (let i = to - 1; i >= from && end < 0; i--) end = offsets[i] >= 0 ? offsets[i] + 1 : -1;
  return start >= 0 && end > start ? [start, end] : undefined;
}
