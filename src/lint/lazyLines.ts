// Lazy continuation lines: lines that go on with a paragraph inside a block quote or list item without
// its ">" or its indentation ("> a" then "b"). micromark checks each one by looking back over every
// event of the paragraph so far for one still open (writeToChild in micromark/lib/initialize/document.js),
// so a paragraph costs lazy lines × its lines: "> a" then 32,000 lines of "b" took 31 s. This scan
// over-estimates that look-back (a line's place in its run of lines, see paragraphLines.ts) for lines
// with fewer ">" than the run has had, and lines indented less than its list item's text; a list item
// line starts a run.
import { paragraphLines } from './paragraphLines';

const QUOTES = /^(?: {0,3}>[ \t]?)*/;
const LIST_ITEM = /^([ \t]*)(?:[-+*]|\d{1,9}[.)])(?:([ \t]+)|$)/;

export interface LazyWork {
  quote: number;
  list: number;
  lines: number;
}

function columns(space: string, from = 0): number {
  let column = from;
  for (const c of space) column += c === '\t' ? 4 - (column % 4) : 1;
  return column;
}

export function lazyWork(text: string): LazyWork {
  const work: LazyWork = { quote: 0, list: 0, lines: 0 };
  let index = 0; // the line's place in its run
  let quotes = 0; // the most ">" a line of the run has had
  let textColumn = 0; // where the run's list item text starts, at the most
  let first = true;
  for (const { line, starts } of paragraphLines(text)) {
    work.lines++;
    const prefix = QUOTES.exec(line)?.[0] ?? '';
    const depth = prefix.split('>').length - 1;
    const inside = line.slice(prefix.length);
    const indent = columns(/^[ \t]*/.exec(inside)?.[0] ?? '');
    const item = LIST_ITEM.exec(inside);
    const marker = item ? item[0].length - item[1].length - (item[2]?.length ?? 0) : 0;
    const column = item ? columns(item[2] ?? ' ', columns(item[1]) + marker) : indent;
    // A list item line is never lazy, even one that could not interrupt a paragraph ("2.", an empty "-"): the list
    // it stands in takes it as its next item, or closes and a new list opens; and the item's text reads in a new flow.
    if (starts || first || item) {
      // A blank line ends the run; the next line is the first of another.
      first = inside.trim() === '';
      index = 0;
      quotes = depth;
      textColumn = column;
      continue;
    }
    index++;
    if (depth < quotes) work.quote += index;
    if (indent < textColumn) work.list += index;
    quotes = Math.max(quotes, depth);
    textColumn = Math.max(textColumn, item ? column : 0);
  }
  return work;
}
