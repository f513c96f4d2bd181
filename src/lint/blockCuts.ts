// A block with no blank line in it, one long list or a run of headings and their text, was parsed whole, and
// parsed whole again after every edit in it: remark's parse of one list of 55,000 items (512 KB) holds about a
// gigabyte and took 8–19 s, an edit in a 128 KB list 4–7 s. So a Markdown block is cut before some of its list
// item, ATX heading and table row lines at column 0, chosen by the text around them (an edit then moves no cut
// but those near it; see PEAK_RADIUS). A part cut there reads alone as in the whole block when the part before it
// ends in a way that line closes, and the parts are read together where it does not (src/engine/incremental.ts):
// - a heading line, or an item line that may interrupt a paragraph ("- a", "1. a"), closes every construct but a
//   fenced code block or HTML block still open;
// - other item lines ("2. a", an empty "-") close the rest too, a list or block quote included (micromark starts
//   the item whatever came before: it goes on with the list, or opens a new one), but a paragraph goes on with them.
// - a table row line ("| …") after a table goes on with it: the part is read after the table's header rows.
// An item that goes on with a list reads that list's lead-in. Parts are small: remark keeps every event of a
// parse, and 4 KB of short items already makes the collector copy them.
import { listMarker, type Trailing } from './topLevelNodes';

/** Where a part runs on to a line that may interrupt a paragraph, it is cut there only past PART_MIN characters. */
export const PART_MIN = 1_024;
/** A part is cut at the first line it may be cut at past PART_MAX characters, where no line was chosen before. */
export const PART_MAX = 2_048;

const ITEM_LINE = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const HEADING_LINE = /^#{1,6}(?:[ \t]|$)/;
const INTERRUPTING = /^(?:[-+*]|1[.)])[ \t]+\S/;
const TABLE_ROW = /^\|/;
const BREAK = /\r\n?|\n/g;

const DELIMITER_CHARACTERS = /^\|[-:| \t]*$/;
/** Might the line be a table's delimiter row ("|---|:-:|")? In doubt, yes (no cut is made there). */
const isDelimiterRow = (line: string) => DELIMITER_CHARACTERS.test(line) && line.includes('-');

const isItem = (line: string) => ITEM_LINE.test(line) && !THEMATIC_BREAK.test(line);

/** The line starting at `at` (without its line break). */
function lineAt(text: string, at: number): string {
  BREAK.lastIndex = at;
  const m = BREAK.exec(text);
  return text.slice(at, m ? m.index : text.length);
}

/** Does a blank line end just before `at` (a line start)? */
function afterBlankLine(text: string, at: number): boolean {
  let i = at - (text[at - 1] === '\n' && text[at - 2] === '\r' ? 2 : 1);
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

/** Is `at` (a line start) a place where a block was cut? A blank line's boundary never starts an item, and a heading
 *  or table row after a blank line starts a block of its own. */
export function isCut(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const line = lineAt(text, at);
  return isItem(line) || ((HEADING_LINE.test(line) || TABLE_ROW.test(line)) && !afterBlankLine(text, at));
}

/** How a block's first line makes its start a cut (isCut there, read once per block text): 1, always (an item
 *  line); 2, unless the block before ends in a blank line (a heading or table row line); 0, never. */
export function cutKindOf(blockText: string): 0 | 1 | 2 {
  const line = lineAt(blockText, 0);
  return isItem(line) ? 1 : HEADING_LINE.test(line) || TABLE_ROW.test(line) ? 2 : 0;
}

/** Does the block's text end in a blank line (so no heading or row after it is a cut)? */
export const endsInBlankLine = (blockText: string) => blockText.length > 0 && afterBlankLine(blockText, blockText.length);

const interrupts = (line: string) => HEADING_LINE.test(line) || INTERRUPTING.test(line);

/** Does a part ending as `before` says read alone as in the whole block before the cut at `at`? */
export function readsApart(text: string, at: number, before: Trailing | undefined): boolean {
  if (before === undefined) return false;
  const line = lineAt(text, at);
  return TABLE_ROW.test(line) ? before.table !== undefined : !before.continued || interrupts(line);
}

/** Is the line from `start` to `end` where the part that began at `partStart` is cut? `interrupting`: only at
 *  a line that may interrupt a paragraph (the part before went on with the lines that may not), past PART_MIN. */
export function cutsHere(text: string, start: number, end: number, partStart: number, interrupting = false): boolean {
  if (interrupting && start - partStart < PART_MIN) return false;
  const line = text.slice(start, end);
  if (interrupting) return interrupts(line) && !THEMATIC_BREAK.test(line) && (start - partStart >= PART_MAX || (keyOf(line) & 3) === 0);
  if (!mayCut(line)) return false;
  return start - partStart >= PART_MAX || isPeak(text, start, keyOf(line));
}

/** May a part start at this line? Not between a table's header row and its delimiter row: the header alone reads as a
 *  paragraph, which the rows go on with, so a long header row had made its whole table one block, read again at every
 *  edit in it. */
const mayCut = (line: string) => (isItem(line) || HEADING_LINE.test(line) || TABLE_ROW.test(line)) && !isDelimiterRow(line);

// A part is cut at each line whose key is the greatest of the lines that may start a part within PEAK_RADIUS characters
// on either side (an earlier line wins a tie): that depends on the text near the line only, not on where the part
// began, so cuts past an edit's neighbourhood are the old ones and the rest of a list is not read again. Cuts had been
// the first chosen line (one in four) past PART_MIN from the part's start: after an edit moved a cut, every cut after
// it could move too (a list of "- item N hold inmate N" lines, which no line of a weak hash chose, re-read its rest at
// every keystroke). Two such lines are PEAK_RADIUS apart at least; a part with none is cut at PART_MAX.
const PEAK_RADIUS = 512;

/** A mixed hash of the line's whole text (the low bits of a plain sum had cancelled a number said twice). */
function keyOf(line: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The keys of the last text's lines, by where they start (-1: no part may start there): each line is hashed once,
 *  however many windows it is in. */
let keys: { text: string; byStart: Map<number, number> } | undefined;

function keyAt(text: string, at: number): number {
  if (keys?.text !== text) keys = { text, byStart: new Map() };
  let key = keys.byStart.get(at);
  if (key === undefined) {
    const line = lineAt(text, at);
    keys.byStart.set(at, (key = mayCut(line) ? keyOf(line) : -1));
  }
  return key;
}

const isBreak = (c: string) => c === '\n' || c === '\r';

/** Where the line before the one starting at `at` starts, or -1 when that is at or before `floor` (a long line is
 *  not read past the window). */
function previousLine(text: string, at: number, floor: number): number {
  if (at <= 0) return -1;
  let i = at - (text[at - 1] === '\n' && text[at - 2] === '\r' ? 2 : 1);
  while (i > floor && i > 0 && !isBreak(text[i - 1])) i--;
  return i > floor && (i === 0 || isBreak(text[i - 1])) ? i : -1;
}

/** Where the line after the one starting at `at` starts, or -1 when that is at or past `ceiling`. */
function nextLine(text: string, at: number, ceiling: number): number {
  for (let i = at; i < ceiling && i < text.length; i++) {
    if (isBreak(text[i])) return i + (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
  }
  return -1;
}

function isPeak(text: string, start: number, key: number): boolean {
  const [floor, ceiling] = [start - PEAK_RADIUS, start + PEAK_RADIUS];
  for (let at = previousLine(text, start, floor); at >= 0; at = previousLine(text, at, floor)) if (keyAt(text, at) >= key) return false;
  for (let at = nextLine(text, start, ceiling); at >= 0 && at < ceiling && at < text.length; at = nextLine(text, at, ceiling)) if (keyAt(text, at) > key) return false;
  return true;
}

/** What a part cut off from its start reads from the part before: the lead-in of the list its first item goes on
 *  with or of the paragraph its first item's list follows, or the header rows of the table its first row goes on with. */
export interface Carry {
  leadIn?: string;
  table?: string;
}

/** What the part cut at `at` reads from the part before it, ending as `before` says. */
export function carriedFrom(text: string, at: number, before: Trailing | undefined): Carry | undefined {
  if (before?.table !== undefined && TABLE_ROW.test(text.slice(at, at + 1))) return { table: before.table };
  if (before?.leadIn === undefined) return undefined;
  // A list right after a paragraph reads the paragraph's lead-in ("The jail shall not:"): a cut before its first item
  // had read that item without it, as a hold.
  return (before.marker ? listMarker(text, at) === before.marker : before.continued && isItem(lineAt(text, at))) ? { leadIn: before.leadIn } : undefined;
}
