// A fast path for the plainest Markdown blocks: the tree remark would build, built from the lines directly.
// remark reads every character three times over (flow, content, then inline text) and builds a token for each
// step; a block made only of ATX headings, paragraphs, tight lists of one-line items and pipe tables, whose text
// holds nothing inline (plainText.ts), has a tree the lines determine. Anything else — indentation other than a
// nested item's, a blank line inside a list, a lazy line, a marker that changes, an ordered list that could not
// interrupt a paragraph, a table not set off by blank lines — returns undefined, and the block is parsed.
// test/plainTree.test.ts holds the trees equal to remark's on every example, fixture, labelled document, the
// bench manuals and thousands of generated blocks. One pass over the lines, a stack no deeper than MAX_DEPTH.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import { isPlainSpan, pointAt, startsText } from './plainText';
import { plainTable, rowPipes, type SourceLine } from './plainTable';
import { inlineChildren } from './plainInline';

// Deeper lists are rare and nesting.ts counts levels; past this the parse decides.
const MAX_DEPTH = 8;
// Past this many lines remark's lazy-line guard (markdownRisk.ts) may turn lists off; the parse decides.
const MAX_LINES = 700;

interface Level {
  indent: number;
  contentColumn: number;
  ordered: boolean;
  /** "-", "+", "*", "." or ")": a different one starts a new list. */
  delimiter: number;
  list: List;
  item: ListItem;
}

const span = (line: SourceLine, from: number, to: number): Position => ({ start: pointAt(line.line, line.start, from), end: pointAt(line.line, line.start, to) });

function paragraph(first: SourceLine, from: number, last: SourceLine, source: string): Paragraph {
  const position = { start: pointAt(first.line, first.start, from), end: pointAt(last.line, last.start, last.end) };
  const text: Text = { type: 'text', value: source.slice(from, last.end), position: { start: { ...position.start }, end: { ...position.end } } };
  return { type: 'paragraph', children: [text], position };
}

/** A list item line: its indentation, marker and content start, or undefined. */
function itemLine(source: string, line: SourceLine): { indent: number; ordered: boolean; delimiter: number; number: number; content: number } | undefined {
  let i = line.start;
  while (i < line.end && source.charCodeAt(i) === 0x20) i++;
  const indent = i - line.start;
  const c = source.charCodeAt(i);
  let ordered = false;
  let number = 0;
  if (c === 0x2d || c === 0x2b || c === 0x2a) i++;
  else {
    const digits = i;
    while (i < line.end && i - digits < 10 && source.charCodeAt(i) >= 0x30 && source.charCodeAt(i) <= 0x39) i++;
    const d = source.charCodeAt(i);
    if (i === digits || i - digits > 9 || (d !== 0x2e && d !== 0x29)) return undefined;
    ordered = true;
    number = Number(source.slice(digits, i));
    i++;
  }
  if (source.charCodeAt(i) !== 0x20 || !startsText(source, i + 1, line.end) || !isPlainSpan(source, i + 1, line.end)) return undefined;
  return { indent, ordered, delimiter: source.charCodeAt(i - 1), number, content: i + 1 };
}

/** The lines of the source, split at "\n" only (a "\r" anywhere is refused by the character tests). */
function linesOf(source: string): SourceLine[] | undefined {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start < source.length) {
    if (lines.length >= MAX_LINES) return undefined;
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    lines.push({ start, end, line: lines.length + 1 });
    start = end + 1;
  }
  return lines;
}

function isBlankLine(source: string, line: SourceLine): boolean {
  for (let i = line.start; i < line.end; i++) if (source.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** The heading's depth when the line is an ATX heading of plain text with no "#" in it, else 0. */
function headingDepth(source: string, line: SourceLine): number {
  let depth = 0;
  while (depth < 7 && source.charCodeAt(line.start + depth) === 0x23) depth++;
  if (depth === 0 || depth > 6 || source.charCodeAt(line.start + depth) !== 0x20) return 0;
  const from = line.start + depth + 1;
  const hash = source.indexOf('#', from);
  if (!isPlainSpan(source, from, line.end) || (hash >= 0 && hash < line.end)) return 0;
  return depth;
}

/** The top-level nodes remark builds for `source`, when it is a plain block; else undefined. */
export function plainTree(source: string): RootContent[] | undefined {
  const lines = linesOf(source);
  if (!lines) return undefined;
  const nodes: RootContent[] = [];
  const levels: Level[] = [];
  // A top-level paragraph; `children` when it is one line with emphasis or links (plainInline.ts).
  let open: { first: SourceLine; last: SourceLine; children?: PhrasingContent[] } | undefined;
  let afterBlank = true; // at the start, or after a blank line
  const closeParagraph = () => {
    if (open?.children) nodes.push({ type: 'paragraph', children: open.children, position: span(open.first, open.first.start, open.first.end) });
    else if (open) nodes.push(paragraph(open.first, open.first.start, open.last, source));
    open = undefined;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (isBlankLine(source, line)) {
      closeParagraph();
      afterBlank = true;
      continue;
    }
    const wasBlank = afterBlank;
    afterBlank = false;
    const depth = headingDepth(source, line);
    if (depth > 0) {
      closeParagraph();
      levels.length = 0;
      const text: Text = { type: 'text', value: source.slice(line.start + depth + 1, line.end), position: span(line, line.start + depth + 1, line.end) };
      nodes.push({ type: 'heading', depth: depth as Heading['depth'], children: [text], position: span(line, line.start, line.end) });
      continue;
    }
    if (source.charCodeAt(line.start) === 0x7c) {
      // A table, set off by blank lines (or the block's ends), all of whose lines are rows.
      if (!wasBlank || open || levels.length > 0) return undefined;
      let last = n;
      while (last + 1 < lines.length && !isBlankLine(source, lines[last + 1])) last++;
      for (let k = n; k <= last; k++) if (!rowPipes(source, lines[k])) return undefined;
      const table = plainTable(source, lines.slice(n, last + 1));
      if (!table) return undefined;
      nodes.push(table);
      n = last;
      continue;
    }
    const item = itemLine(source, line);
    if (item) {
      if (levels.length > 0 && wasBlank) return undefined; // a loose list, or a second list after a blank line
      let parent: Level | undefined;
      if (levels.length === 0) {
        // A list at column 0; an ordered one interrupts a paragraph only when it starts at 1.
        if (item.indent !== 0 || (open && item.ordered && item.number !== 1)) return undefined;
        closeParagraph();
      } else {
        const top = levels[levels.length - 1];
        if (item.indent === top.contentColumn) {
          // A list in the item above; an ordered one not at 1 would go on with the item's paragraph.
          if ((item.ordered && item.number !== 1) || levels.length >= MAX_DEPTH) return undefined;
          parent = top;
        } else {
          while (levels.length > 0 && levels[levels.length - 1].indent > item.indent) levels.pop();
          const sibling = levels[levels.length - 1];
          if (!sibling || sibling.indent !== item.indent || sibling.ordered !== item.ordered || sibling.delimiter !== item.delimiter) return undefined;
        }
      }
      const here = span(line, line.start + item.indent, line.end);
      const listItem: ListItem = { type: 'listItem', spread: false, checked: null, children: [paragraph(line, item.content, line, source)], position: here };
      const sibling = parent === undefined && levels.length > 0 ? levels[levels.length - 1] : undefined;
      if (sibling) {
        sibling.list.children.push(listItem);
        sibling.item = listItem;
      } else {
        const list: List = { type: 'list', ordered: item.ordered, start: item.ordered ? item.number : null, spread: false, children: [listItem], position: span(line, line.start + item.indent, line.end) };
        if (parent) parent.item.children.push(list);
        else nodes.push(list);
        levels.push({ indent: item.indent, contentColumn: item.content - line.start, ordered: item.ordered, delimiter: item.delimiter, list, item: listItem });
      }
      // The item's line ends every list and item it is in.
      for (const level of levels) {
        level.list.position = { start: level.list.position!.start, end: pointAt(line.line, line.start, line.end) };
        level.item.position = { start: level.item.position!.start, end: pointAt(line.line, line.start, line.end) };
      }
      continue;
    }
    // A paragraph's line, at column 0: not after a list item (it would be a lazy line of its paragraph).
    if (levels.length > 0 && !wasBlank) return undefined;
    if (!startsText(source, line.start, line.end) || open?.children) return undefined;
    levels.length = 0;
    if (isPlainSpan(source, line.start, line.end)) {
      if (open) open.last = line;
      else open = { first: line, last: line };
      continue;
    }
    const children = open ? undefined : inlineChildren(source, line);
    if (!children) return undefined;
    open = { first: line, last: line, children };
  }
  closeParagraph();
  return nodes;
}
