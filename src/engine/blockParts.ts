// The pieces of a draft read block by block (see src/engine/incremental.ts): what a block holds, where
// the draft's lines and title are, and the small text helpers that find what an edit changed.
import type { GlossaryTerm } from '../corpus/types';
import { isTitleBlock, titleLine } from '../lint/documentRules';
import type { Finding } from '../lint/finding';
import { lastAtOrBefore, type LineIndex, type Position, type Range } from '../lint/positions';
import type { ProseUnit, SourceComment } from '../lint/proseUnit';
import type { HeadingCandidate } from '../lint/headingContext';
import { headingMarks, type HeadingMark } from '../lint/sections';
import type { Trailing } from '../lint/topLevelNodes';

/** A finding as a block holds it: offsets and range relative to the block, rule id qualified, with its pack. */
export type BlockFinding = Finding & { packId: string };

/** One block of text read in one context. Shared by every place the same text stands. */
export interface BlockEntry {
  text: string;
  /** The definitions it was read with ("" when it uses none). */
  context: string;
  open: boolean;
  definitions: string[];
  /** The container it ends in (src/lint/blockCuts.ts). */
  trailing?: Trailing;
  /** Its first line as a cut (blockCuts.ts cutKindOf), and whether it ends in a blank line: see startsAtCut. */
  cutKind: 0 | 1 | 2;
  endsBlank: boolean;
  usesDefinitions: boolean;
  units: ProseUnit[];
  comments: SourceComment[];
  deepNesting?: { start: number; end: number };
  lines: LineIndex;
  /** Line breaks in the text: the next block starts that many lines further down. */
  breaks: number;
  /** Sentence findings of every pack, in draft order (as the whole-draft check sorts them). */
  findings: BlockFinding[];
  /** Per pack, the sentences the headings above them may complete into findings (see blockHeadings.ts). */
  candidates: HeadingCandidate[][];
  /** Per pack, per document rule: where the block's first sentence that brings the draft into scope
   *  starts (-1: none does); where its first sentence that provides what the rule asks starts (-1: none does). */
  inScope: number[][];
  provides: number[][];
  /** Per pack, the glossary terms the block uses. */
  terms: GlossaryTerm[][];
}

export interface Block {
  start: number;
  entry: BlockEntry;
}

/** Is block b of a Markdown draft a part cut off from the one before (blockCuts.ts isCut at its start)? Read from the
 *  blocks' texts, with no scan of the draft: every check asks it of every block. */
export const startsAtCut = (blocks: readonly Block[], b: number) => b > 0 && (blocks[b].entry.cutKind === 1 || (blocks[b].entry.cutKind === 2 && !blocks[b - 1].entry.endsBlank));

/** The draft's headings, in order, at their places in the draft. */
export const draftHeadings = (blocks: Block[]): HeadingMark[] => blocks.flatMap((b) => headingMarks(b.entry.units, b.entry.text, b.start));

/** The draft's title line: its first heading, else the first line of its first prose unit (or title lines above the heading). */
export function findTitle(blocks: Block[]): { start: number; end: number } | undefined {
  let first: Block | undefined;
  for (const block of blocks) {
    // (Title lines above the first heading, in a block of their own, are the title: see isTitleBlock.)
    if (first && isTitleBlock(first.entry.units[0])) break;
    if (block.entry.units.some((u) => u.kind === 'heading')) return shifted(block, titleLine(block.entry.units, block.entry.text, !first));
    if (!first && block.entry.units.length) first = block;
  }
  return first && shifted(first, titleLine(first.entry.units.slice(0, 1), first.entry.text));
}

export const shifted = (block: Block, span: { start: number; end: number } | undefined) => span && { start: span.start + block.start, end: span.end + block.start };

export function shiftRange(range: Range, lines: number): Range {
  if (lines === 0) return range;
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

const inPlace = new WeakMap<readonly Finding[], { start: number; line: number; findings: Finding[] }>();

/** A block's findings at the block's place in the draft: the same list again while the block has not moved
 *  (an edit moves the blocks after it, not those before), so an edit does not copy every finding of the draft. */
export function findingsInPlace(list: readonly Finding[], start: number, line: number): Finding[] {
  let known = inPlace.get(list);
  if (!known || known.start !== start || known.line !== line) {
    known = { start, line, findings: list.map((f) => ({ ...f, start: f.start + start, end: f.end + start, range: shiftRange(f.range, line) })) };
    inPlace.set(list, known);
  }
  return known.findings;
}

export function definitionsOf(blocks: Block[]): string[] {
  const labels = new Set<string>();
  for (const { entry } of blocks) for (const label of entry.definitions) labels.add(label);
  return [...labels].sort();
}

/** The index of the block holding this offset (the last block starting at or before it). */
export function blockAt(blocks: Block[], offset: number, low = 0): number {
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // In long strides first: comparing slices is much faster than characters one by one.
  for (const stride of [4096, 256, 16]) while (i + stride <= n && a.slice(i, i + stride) === b.slice(i, i + stride)) i += stride;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  for (const stride of [4096, 256, 16]) while (i + stride <= n && a.slice(a.length - i - stride, a.length - i) === b.slice(b.length - i - stride, b.length - i)) i += stride;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Line and character of an offset, from the blocks' own line indexes (blocks start at line starts). */
export class DraftLines {
  readonly firstLine: number[] = [];
  private readonly starts: number[];

  constructor(private readonly blocks: Block[]) {
    let line = 0;
    this.starts = blocks.map((b) => b.start);
    for (const block of blocks) {
      this.firstLine.push(line);
      line += block.entry.breaks;
    }
  }

  private blockOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  position(offset: number): Position {
    const b = this.blockOf(offset);
    const p = this.blocks[b].entry.lines.position(offset - this.starts[b]);
    return { line: p.line + this.firstLine[b], character: p.character };
  }

  offsetOfLine(line: number): number | undefined {
    const low = lastAtOrBefore(this.firstLine, line);
    const at = this.blocks[low].entry.lines.offsetOfLine(line - this.firstLine[low]);
    return at === undefined ? undefined : at + this.starts[low];
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}
