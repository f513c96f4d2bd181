// A draft as a run of top-level blocks that read the same alone as in the whole draft, so that an
// edit re-reads only the blocks it touches (see src/engine/incremental.ts).
//
// A block may end only before a line B that follows a blank line and cannot continue anything above
// it: B starts at column 0 (no indentation, so it continues no list item and is no indented code),
// is no list marker (a list may go on across blank lines, and a list reads with the paragraph before
// it), and is no front-matter fence. In Markdown the block above must also be closed: when it ends
// inside a fenced code block or an HTML block that runs past blank lines (<!--, <script>, <?…), it
// is read again together with the next piece (the parser decides, not a guess). Front matter at the
// start is never split (nor a draft whose front matter never closes). What a block reads from elsewhere in the draft is its context: the link
// reference definitions (a `[label]` is a link only where the label is defined, anywhere).
// In plain text, B is also no comment line (a list after it would read the lead-in above it).
import type { DraftFormat } from './draftReading';
import { markdownBlock } from './markdownProse';
import { markdownPieces } from './markdownPieces';
import { plainBlock } from './plainBlock';
import { LIST_MARKER, plainTextProse } from './plainTextProse';
import { COMMENT_LINE } from './proseUnit';
import { LETTERED_LINE, type ProseDocument } from './proseUnit';
import { cutsHere, isCut, type Carry } from './blockCuts';
import type { Trailing } from './topLevelNodes';

export interface BlockText {
  prose: ProseDocument;
  /** Markdown: the block ends inside a construct that runs on past a blank line; read it with the next. */
  open: boolean;
  /** Markdown: the labels of the link reference definitions it makes. */
  definitions: string[];
  /** Markdown: the container it ends in (see blockCuts.ts). */
  trailing?: Trailing;
}

const MARKDOWN_LIST = /^(?:[-+*]|\d+[.)])(?:[ \t]|$)/;
const FENCE_START = /^(?:---|\+\+\+)/;

/**
 * Reads one block. `definitions`: the draft's link reference definitions, when the block may use them;
 * they are read before the block (in the first block, after its front matter, which ends at `frontMatter`).
 * `carry`: what a block cut off from its start reads from the one before (see blockCuts.ts).
 */
export function readBlock(text: string, format: DraftFormat, definitions: readonly string[] = [], frontMatter = 0, carry: Carry = {}): BlockText {
  if (format === 'plaintext') return { prose: plainTextProse(text), open: false, definitions: [] };
  const carried = carry.leadIn;
  // A plain block is built without the parse (plainTree.ts); it reads the same.
  if (!definitions.length && carry.table === undefined) return plainBlock(text, carried) ?? markdownBlock(text, '', 0, carried);
  const inserted = `${definitions.length ? `${definitions.map((label) => `[${label}]: #`).join('\n')}\n\n` : ''}${carry.table ?? ''}`;
  if (frontMatter === 0) return markdownBlock(text, inserted, 0, carried);
  // After the line break that ends the front matter's closing fence.
  const lineBreak = /^(?:\r\n?|\n)/.exec(text.slice(frontMatter, frontMatter + 2));
  return markdownBlock(text, lineBreak ? inserted : `\n${inserted}`, frontMatter + (lineBreak ? lineBreak[0].length : 0), carried);
}

/** Does a block's reading depend on the draft's link reference definitions? */
export const usesDefinitions = (text: string, format: DraftFormat) => format === 'markdown' && text.includes('[');

const BREAK = /\r\n?|\n/g;

/** End of the line starting at `start` (before its line break), and where the next line starts (-1: none). */
function lineAt(text: string, start: number): [number, number] {
  BREAK.lastIndex = start;
  const m = BREAK.exec(text);
  return m ? [m.index, m.index + m[0].length] : [text.length, -1];
}

function isBlank(text: string, start: number, end: number, format: DraftFormat): boolean {
  if (format === 'plaintext') return text.slice(start, end).trim() === '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** May a block start at this line (which follows a blank line)? */
function mayStart(line: string, format: DraftFormat): boolean {
  const c = line.charCodeAt(0);
  if (Number.isNaN(c) || c === 0x20 || c === 0x09 || c === 0xfeff) return false;
  if (format === 'plaintext') return line.trim() !== '' && !LIST_MARKER.test(line) && !COMMENT_LINE.test(line) && !LETTERED_LINE.test(line);
  // (A lettered line stays with the paragraph before it, which may be its lead-in: see markdownProse.ts, plainTextProse.ts.)
  return !MARKDOWN_LIST.test(line) && !FENCE_START.test(line) && !LETTERED_LINE.test(line);
}

/**
 * Where front matter ends (after its closing fence line), or 0 when the draft has none. A draft that
 * opens a front-matter fence and never closes it reads differently throughout (the parser then reads
 * no list and no block quote anywhere), so it is one block: the whole draft.
 */
export function frontMatterEnd(text: string, format: DraftFormat): number {
  if (format !== 'markdown') return 0;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^(---|\+\+\+)[ \t]*(?=\r|\n|$)/.exec(text.slice(bom, bom + 64));
  if (!open) return 0;
  const close = new RegExp(`(?:\\r\\n?|\\n)${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?=\\r|\\n|$)`, 'g');
  close.lastIndex = bom + open[0].length;
  const m = close.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/**
 * The next place after `from` (a line start) where a block may start, or text.length. `notBefore`:
 * no block starts at or before this offset (the end of front matter). `parts`: a Markdown block is also
 * cut before some list item, heading and table row lines, or only before a line that may interrupt a
 * paragraph (see blockCuts.ts).
 */
export function nextBoundary(text: string, from: number, format: DraftFormat, notBefore: number, parts: boolean | 'interrupting' = false): number {
  let [end, next] = lineAt(text, from);
  let blank = isBlank(text, from, end, format);
  let lineStart = from;
  while (next >= 0) {
    const start = next;
    [end, next] = lineAt(text, start);
    if (blank && start > notBefore && mayStart(text.slice(start, Math.min(end, start + 8)), format)) {
      // The whole line for plain text's comment test; the first characters are enough for Markdown.
      if (format === 'markdown' || mayStart(text.slice(start, end), format)) return start;
    }
    if (parts && format === 'markdown' && start > notBefore && cutsHere(text, start, end, from, parts === 'interrupting')) return start;
    const previous = blank ? lineStart : -1;
    lineStart = start;
    blank = isBlank(text, start, end, format);
    if (parts && format === 'markdown' && previous >= 0 && blank && start > notBefore && blankCut(text, previous, start)) return start;
  }
  return text.length;
}

// A run of blank lines is cut into pieces of about BLANK_CHUNK characters where it ends before a line that starts a block
// (or at the end): the block above keeps a blank line, so it reads as it did, and the pieces read as nothing. The run
// had stayed with the block above it: 128,000 blank lines after a paragraph were parsed again (2 s) at every edit in
// them. The cuts are counted back from the run's end, so an edit in the run moves none after it: it re-reads the pieces
// around it, and the rest of the run is the old blocks, moved.
export const BLANK_CHUNK = 1_024;

/** The last run asked about: in `text`, the blank lines from `from` up to `end`, the start of the next line that is not
 *  blank (or the text's end); `end` is -1 when that line may not start a block. Each line of a run asks: one scan a run. */
const NOT_BLANK = /[^ \t\r\n]/g;
let lastRun: { text: string; from: number; end: number } | undefined;

/** Where the run of blank lines holding the line at `at` ends, when a block may start there (or it is the text's end); else -1. */
function blankRunEnd(text: string, at: number): number {
  if (lastRun && lastRun.text === text && at >= lastRun.from && at <= Math.abs(lastRun.end)) return lastRun.end;
  NOT_BLANK.lastIndex = at;
  // Back from the first character that is not blank to the start of its line.
  let end = NOT_BLANK.exec(text)?.index ?? text.length;
  while (end > at && text.charCodeAt(end - 1) !== 0x0a && text.charCodeAt(end - 1) !== 0x0d) end--;
  // The line's first characters, as nextBoundary tests them (up to its line break: "-" alone is a list item).
  const ok = end >= text.length || mayStart(text.slice(end, Math.min(lineAt(text, end)[0], end + 8)), 'markdown');
  lastRun = { text, from: at, end: ok ? end : -end };
  return lastRun.end;
}

/** Whether a block that starts at `at` with a blank line lost its cut: its run of blank lines now ends before a line that
 *  may not start a block ("  <!--" under a list item), so the run goes with the block above it. */
export function blankCutLost(text: string, at: number): boolean {
  return text.slice(at, lineAt(text, at)[0]).trim() === '' && blankRunEnd(text, at) < 0;
}

/** Is the blank line at `start`, after the blank line at `previous`, where a run of blank lines is cut? At the first line
 *  at or past each multiple of BLANK_CHUNK characters back from the run's end. */
function blankCut(text: string, previous: number, start: number): boolean {
  const end = blankRunEnd(text, start);
  if (end < 0) return false;
  const back = end - start; // > 0: `start` is a blank line before the run's end
  return Math.ceil(back / BLANK_CHUNK) * BLANK_CHUNK < end - previous;
}

// A run read with one parse (see markdownPieces.ts): long enough that the parse's fixed cost is paid
// rarely, short enough that remark's parse, which grows faster than linearly, stays near linear.
const RUN_BLOCKS = 16;
const RUN_CHARS = 8_192;

/** Blocks to be parsed together: their texts one after another, and where each starts. */
class Run {
  readonly pieces: string[] = [];
  private readonly cuts: number[] = [];
  private length = 0;

  fits(): boolean {
    return this.pieces.length < RUN_BLOCKS && this.length < RUN_CHARS;
  }

  add(piece: string): void {
    this.cuts.push(this.length);
    this.pieces.push(piece);
    this.length += piece.length;
  }

  read(): BlockText[] | undefined {
    return this.pieces.length < 2 ? undefined : markdownPieces(this.pieces.join(''), this.cuts);
  }
}

/** A cut at a list item line (blockCuts.ts). One at a heading line ends no run: the heading closes every construct before
 *  it and carries no lead-in, so the parts on each side read alone, and every heading after a blank line is such a line
 *  (runs had ended at each section's heading: 181 parses for a 50 KB manual's 22 runs' worth). */
const listCut = (text: string, at: number) => isCut(text, at) && text.charCodeAt(at) !== 0x23;

/**
 * Reads Markdown blocks from `from` on into `read`, by their text: as many as follow one another up to
 * a run's length while `wanted` (a block that would be read with no context) says yes; blocks already
 * in `read` are passed over. Tables are parsed with an extension tried on every line, so the tables
 * among them are read with one parse and the other blocks with another: a block reads alone as in the
 * draft, so blocks need not be neighbours to be parsed together (markdownPieces checks that each reads
 * apart). A block that is the only one of its kind, or that cannot be read apart, is left out. The parts of a
 * long list (blockCuts.ts) end the run: each reads after the one before it.
 */
export function readAhead(text: string, from: number, frontMatter: number, wanted: (block: string) => boolean, read: Map<string, BlockText>): void {
  const runs = { plain: new Run(), tables: new Run() };
  let at = from;
  for (let walked = 0; at < text.length && walked < 2 * RUN_BLOCKS && runs.plain.fits() && runs.tables.fits(); walked++) {
    const end = nextBoundary(text, at, 'markdown', frontMatter, true);
    if (listCut(text, at) || listCut(text, end)) break;
    const piece = text.slice(at, end);
    at = end;
    if (read.has(piece)) continue;
    if (!wanted(piece)) break;
    // A plain block needs no parse (plainTree.ts), so it takes no room in a run.
    const plain = plainBlock(piece);
    if (plain) {
      read.set(piece, plain);
      continue;
    }
    (piece.includes('|') ? runs.tables : runs.plain).add(piece);
  }
  for (const run of [runs.plain, runs.tables]) run.read()?.forEach((block, i) => read.set(run.pieces[i], block));
}
