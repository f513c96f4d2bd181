// The matcher's view of a sentence's grammar, read from clause frames (src/language): how an act found
// by the pack's vocabulary is treated, which clause it stands in, and whether a condition is required.
import { actPolarity, type ActReading } from '../language/actPolarity';
import { conditionAlternatives, isConditional, isIrrelevant, isRequirement, liftsProhibition } from '../language/conditionReading';
import { frameAt } from '../language/frameIndex';
import { inAwaitedClause } from '../language/awaitedClause';
import { bareInfinitive, gerundFragment } from '../language/actCues';
import { DEONTIC_MODALS } from '../language/actWords';
import { readFrames, type Frame, type SentenceFrames } from '../language/frames';
import type { Token } from '../language/tokens';
import type { ConditionKind } from '../language/cues';
import { inlineListOf, type InlineList } from './inlineList';
import { ENDS_IN_CONDITION, type Cue } from './grammarCues';
import { instrumentDescriptionAt } from './instrumentCues';
import { termDefinition } from './termDefinition';

export type Polarity = 1 | -1 | 0;

/** How many words before the matched ones a clause's verb may stand to lead the act's words (a message names about a line). */
const VERB_REACH = 14;

/** The longest sentence read whole (a long statute sentence is about 1,500 characters). */
const MAX_CHARS = 3000;

/** Pieces of at most MAX_CHARS, cut after the last ";" or ":" in reach, else at the last space. */
function splitPieces(text: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + MAX_CHARS);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(': '));
      const space = window.lastIndexOf(' ');
      end = start + (cut > MAX_CHARS / 3 ? cut + 1 : space > 0 ? space : window.length);
    }
    pieces.push({ start, end });
    start = end;
  }
  return pieces;
}

const ANNOUNCES_LIST = /\b(?:(?:do|perform|engage\s+in)\s+)?(?:(?:any|all|each|either|none|one)\s+(?:of\s+)?)?(?:the\s+following|as\s+follows)\s*$/i;
const OPEN_CONDITION = /,\s*(?:if|when|whenever|unless|where|upon)\b[^,;:]*\s$/i;

/** The frame a clause belongs to for "same clause": up through relatives, complements, parentheticals and shared-subject coordinates. */
function rootOf(read: SentenceFrames, k: number): number {
  const ownModal = (f: Frame) => f.tokens.some((i) => DEONTIC_MODALS.has(read.tokens[i].lower));
  for (let f = read.frames[k]; f.host !== undefined && (['relative', 'complement', 'parenthetical', 'subordinate'].includes(f.role) || (f.role === 'coordinate' && f.sharesSubject && !ownModal(f))); f = read.frames[k]) k = f.host;
  return k;
}

// A definitions section's lead-in: "As used in this chapter, the following terms mean:", "Definitions:", "As used in this section:".
// (Gaps bounded in words: up to 12 between "terms" and "mean", up to 20 after "as used in".)
const DEFINITIONS_LEAD_IN = /(?:\b(?:terms?|words?|phrases?|expressions?)\b[^\s:]*(?:\s+[^\s:]+){0,12}?\s+(?:mean|means|have the (?:following )?meanings?(?:\s+(?:given|set (?:out|forth)|stated|assigned|ascribed)(?:\s+(?:below|herein|to them))?)?|are defined as follows)|\bdefinitions?(?:\s+apply)?|^\s*as used in\b(?:\s+[^\s:]+){0,20})\s*:?\s*$/i;

export class FramePolarity {
  private framesCache?: SentenceFrames;
  private readonly inlineList?: InlineList;
  private readonly itemReaders = new Map<number, FramePolarity>();
  private instrument?: { at: number; cue: string } | null;

  /**
   * @param joinAt where a list item starts after its lead-in, or 0.
   * @param outsiders where the sentence names bodies it does not direct (the pack's outsider concepts).
   */
  constructor(
    readonly text: string,
    joinAt = 0,
    private readonly outsiders: readonly Cue[] = [],
  ) {
    this.definitionItem = (joinAt > 0 && DEFINITIONS_LEAD_IN.test(text.slice(0, joinAt))) || (joinAt === 0 && termDefinition(text));
    if (joinAt === 0) this.inlineList = inlineListOf(text);
    // A blank lead-in (": 1. hold …" with nothing before the colon) has nothing to join: the item is read as it stands.
    else if (text.slice(0, joinAt).trim() !== '') {
      // The lead-in runs on into its item: its colon ("The jail shall not: hold …") is read as a space, and where the lead-in
      // ends inside a condition ("… shall, if requested by the board: (1) hold …") as the comma that closes it.
      let colon = joinAt - 1;
      while (colon > 0 && /\s/.test(text[colon])) colon--;
      // "shall not do any of the following: share …": the words that announce the list are read as blanks, so the
      // item's verb follows the lead-in's modal.
      const lead = text.slice(0, colon + (text[colon] === ':' ? 0 : 1)).replace(ANNOUNCES_LIST, (m) => ' '.repeat(m.length));
      const join = OPEN_CONDITION.test(`${lead} `) ? ',' : ' ';
      this.framesText = lead + join + ' '.repeat(joinAt - lead.length - 1) + text.slice(joinAt);
    }
  }
  private framesText?: string;
  /** An item after "the following terms mean:" defines its term, however its own clauses read. */
  private readonly definitionItem: boolean;

  private get frames(): SentenceFrames {
    return (this.framesCache ??= this.read());
  }

  private read(tokens?: Token[]): SentenceFrames {
    return readFrames(this.framesText ?? this.text, { isOutsider: (head) => this.outsiders.some((o) => head.start >= o.start && head.end <= o.end) }, tokens);
  }

  /** The text whose clause frames a later question would read whole, if not read yet (see framePrefetch.ts). */
  get unreadText(): string | undefined {
    return this.framesCache || this.text.length > MAX_CHARS || this.inlineList ? undefined : (this.framesText ?? this.text);
  }

  /** Reads the clause frames now, of unreadText tokenized as `tokens`. */
  readNow(tokens: Token[]): void {
    this.framesCache ??= this.read(tokens);
  }

  /**
   * A sentence longer than MAX_CHARS is read in pieces (at ";" or ":", else at a space), each by a reader of its own:
   * the clause reader does work that grows faster than the clause, and no input may make a check superlinear.
   */
  private pieceAt(position: number): { reader: FramePolarity; offset: number } | undefined {
    if (this.text.length <= MAX_CHARS) return undefined;
    this.pieces ??= splitPieces(this.text);
    const k = this.pieces.findIndex((p) => position < p.end);
    const piece = this.pieces[k < 0 ? this.pieces.length - 1 : k];
    piece.reader ??= new FramePolarity(this.text.slice(piece.start, piece.end), 0, this.outsidersIn(piece.start, piece.end, -piece.start));
    return { reader: piece.reader, offset: piece.start };
  }
  private pieces?: Array<{ start: number; end: number; reader?: FramePolarity }>;

  /** Whether the whole sentence is about an instrument ("The Act prohibits…") or defines a term. */
  describesOnly(): boolean {
    return this.definitionItem || this.instrumentDescription()?.at === 0 || this.frames.status === 'definition' || this.isTitle();
  }

  /** "Prohibiting certain acts in protected areas; exceptions; penalties.": a gerund phrase with no modal names a topic;
   *  so does a bill's long title, an infinitive with no clause of its own ("To amend section 5 to limit …"). */
  private isTitle(): boolean {
    return gerundFragment(this.frames, this.frames.main) || (bareInfinitive(this.frames.tokens, this.frames.main) && !this.frames.tokens.some((t) => t.pos === 'AUX'));
  }

  private instrumentDescription(): { at: number; cue: string } | undefined {
    if (this.instrument === undefined) this.instrument = instrumentDescriptionAt(this.text) ?? null;
    return this.instrument ?? undefined;
  }

  /**
   * [start, end) of the clause holding position: its frame with the relative clauses, complements,
   * parentheticals and coordinate predicates that share its subject ("shall not detect or apprehend …").
   */
  clauseOf(position: number): [number, number] {
    const part = this.partAt(position, position);
    if (part) {
      const [a, b] = part.reader.clauseOf(position - part.offset);
      return [Math.max(0, a + part.offset), b + part.offset];
    }
    const read = this.frames;
    const root = rootOf(read, frameAt(read, position));
    let [start, end] = [Infinity, -Infinity];
    read.frames.forEach((f, i) => {
      if (rootOf(read, i) === root && f.tokens.length) [start, end] = [Math.min(start, f.span.start), Math.max(end, f.span.end)];
    });
    // The clause runs on over the punctuation after it ("may arrest, without a warrant, …").
    while (end < this.text.length && /[,.)\]"”’]/.test(this.text[end])) end++;
    return start <= end ? [start, end] : [0, this.text.length];
  }

  /** [start, end) of the subject a coordinate predicate with a modal of its own shares with the clause before it, up to that
   *  clause's verb ("Information collected by the City … shall be used only … and shall not be shared with any federal agency":
   *  what the subject names belongs to the second predicate too), or undefined. */
  sharedSubjectOf(position: number): [number, number] | undefined {
    if (this.partAt(position, position)) return undefined;
    const read = this.frames;
    const root = read.frames[rootOf(read, frameAt(read, position))];
    if (root.role !== 'coordinate' || !root.sharesSubject || root.host === undefined) return undefined;
    // (The words before the host's verb: a passive host's actor is its agent, not the subject the two predicates share.)
    const host = read.frames[root.host];
    return host.act && !host.act.elided && host.act.span.start > host.span.start && host.act.span.start < root.span.start ? [host.span.start, host.act.span.start] : undefined;
  }

  of(start: number, end: number): Polarity {
    return this.reading(start, end).polarity;
  }

  /** The polarity of an act at [start, end), with the rule that decided it. */
  reading(start: number, end: number): ActReading {
    // ("This bill: I. Requires …": a sentence that describes an instrument does so for its list items too.)
    // (The rule names the cue that read the sentence: "instrumentDescribed:lawReport"; see instrumentCues.ts.)
    const instrument = this.instrumentDescription();
    if (instrument && instrument.at <= start) return { polarity: 0, rule: `instrumentDescribed:${instrument.cue}`, frame: -1 };
    if (this.definitionItem) return { polarity: 0, rule: 'definitionItem', frame: -1 };
    // Words that open on the list's own joining word ("…; or hold persons …") are read in the item they run into (looked
    // for only where no part holds the words: most words lie inside an item).
    let part = this.partAt(start, end);
    const item = part || !this.inlineList ? undefined : this.inlineList.items.find((i) => start < i.start && i.start - start <= 4 && end > i.start);
    if (item) part = this.partAt((start = item.start), end);
    // "… shall not inquire about status unless: a. …; or b. …": the items are the conditions.
    if (part?.item && ENDS_IN_CONDITION.test(this.inlineList!.leadIn)) return { polarity: 0, rule: 'itemIsCondition', frame: -1 };
    if (part) return part.reader.reading(start - part.offset, Math.min(end - part.offset, part.reader.text.length));
    return actPolarity(this.frames, start, end);
  }

  /** Where the verb of the clause holding start begins, when it stands before start in that clause and at most VERB_REACH words
   *  before it ("keep the inmate … for up to 48 hours": the act as a drafter reads it starts at "keep", not at "48 hours"). */
  verbBefore(start: number): number | undefined {
    if (this.partAt(start, start)) return undefined;
    const read = this.frames;
    const f = read.frames[frameAt(read, start)];
    const act = f?.act && !f.act.elided ? f.act.span : undefined;
    if (!act || act.end > start || act.start < f.span.start) return undefined;
    let words = 0;
    for (const t of read.tokens) if (t.start >= act.start && t.start < start && t.pos !== 'PUNCT' && ++words > VERB_REACH) return undefined;
    return act.start;
  }

  /** Whether start stands in a clause naming what is awaited or absent ("until a supervisor arrives"; see awaitedClause.ts). */
  inAwaitedClause(start: number): boolean {
    const part = this.partAt(start, start);
    if (part) return part.reader.inAwaitedClause(start - part.offset);
    return inAwaitedClause(this.frames, start);
  }

  /** Whether the clause at start is conditioned (on a condition of one of `kinds`, if given). */
  isConditional(start: number, kinds?: readonly ConditionKind[]): boolean {
    const part = this.partAt(start, start);
    if (part) return part.reader.isConditional(start - part.offset, kinds);
    return isConditional(this.frames, frameAt(this.frames, start), kinds);
  }

  /** Whether a condition lifts the prohibition of the clause at start ("unless …", "if no judge has signed …"; not a plain "when …"). */
  liftsProhibition(start: number): boolean {
    const part = this.partAt(start, start);
    if (part) return part.reader.liftsProhibition(start - part.offset);
    return liftsProhibition(this.frames, frameAt(this.frames, start));
  }

  /** Whether the words at start are stated as a requirement ("unless a judge signs", "shall not … without an order"). */
  isRequirement(start: number): boolean {
    const part = this.partAt(start, start);
    if (part) return part.reader.isRequirement(start - part.offset);
    return isRequirement(this.frames, start);
  }

  /** The clause alternatives of the condition the words at start stand in ("unless … or the tenant has paid"), if it has several. */
  conditionAlternatives(start: number): Array<[number, number]> | undefined {
    const part = this.partAt(start, start);
    if (part) return part.reader.conditionAlternatives(start - part.offset)?.map(([from, to]) => [from + part.offset, to + part.offset]);
    return conditionAlternatives(this.frames, start);
  }

  /** Whether the words at start stand in a condition that says they do not matter ("regardless of whether a detainer…"). */
  isIrrelevant(start: number): boolean {
    const part = this.partAt(start, start);
    if (part) return part.reader.isIrrelevant(start - part.offset);
    return isIrrelevant(this.frames, start);
  }

  /** The reader that holds [start, end) when this one does not read it itself: a piece of a long sentence, or an inline list's item. */
  private partAt(start: number, end: number): { reader: FramePolarity; offset: number; item?: boolean } | undefined {
    const piece = this.pieceAt(start);
    if (piece) return piece;
    const item = this.itemAt(start, end);
    return item && { ...item, item: true };
  }

  /** The outsiders in [low, high), moved by shift (into a piece's or an item's own text). */
  private outsidersIn(low: number, high: number, shift: number): Cue[] {
    return this.outsiders.filter((o) => o.start >= low && o.end <= high).map((o) => ({ start: o.start + shift, end: o.end + shift }));
  }

  /** The item of an inline enumeration holding [start, end), read after its lead-in. */
  private itemAt(start: number, end: number): { reader: FramePolarity; offset: number } | undefined {
    const list = this.inlineList;
    if (!list || start <= list.colon) return undefined;
    const index = list.items.findIndex((i) => start >= i.start && end <= i.end);
    if (index < 0) return undefined;
    const { start: from, end: to } = list.items[index];
    let reader = this.itemReaders.get(index);
    if (!reader) {
      const leadInStart = list.colon - list.leadIn.length;
      const outsiders = [...this.outsidersIn(leadInStart, list.colon, -leadInStart), ...this.outsidersIn(from, to, list.leadIn.length + 1 - from)];
      reader = new FramePolarity(`${list.leadIn} ${this.text.slice(from, to)}`, list.leadIn.length + 1, outsiders);
      this.itemReaders.set(index, reader);
    }
    return { reader, offset: from - list.leadIn.length - 1 };
  }
}
