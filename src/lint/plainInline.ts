// The inline constructs the plain-block fast path (plainTree.ts) builds itself, in a paragraph of one line: one
// emphasis of single asterisks ("… otherwise. *Members shall …* See …") and inline links with a plain label and a
// plain destination ("[the guidance](https://example.org/1)"), as manuals write them. Only shapes whose reading
// does not depend on CommonMark's finer rules are taken: the opening "*" stands after a space or the line's start
// and before a letter or digit, the closing one after no space and before a space or the line's end (so each can
// only open, or only close), nothing inline inside either construct, no title, no "(" ")" in a destination.
// Anything else returns undefined and the block is parsed. One pass over the line.
import type { Emphasis, Link, PhrasingContent, Text } from 'mdast';
import { isPlainSpan, pointAt } from './plainText';
import type { SourceLine } from './plainTable';

const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Does a link destination's character read as itself (no space or control, no parenthesis, nothing inline)? */
function isDestinationCharacter(c: number): boolean {
  return c > 0x20 && c < 0x7f && c !== 0x28 && c !== 0x29 && c !== 0x3c && c !== 0x3e && c !== 0x5c && c !== 0x26 && c !== 0x5b && c !== 0x5d && c !== 0x2a && c !== 0x5f && c !== 0x60 && c !== 0x21 && c !== 0x7e && c !== 0x7c;
}

/** The children remark builds for the paragraph that is this one line, when it holds only these shapes; else undefined. */
export function inlineChildren(source: string, line: SourceLine): PhrasingContent[] | undefined {
  const { start, end } = line;
  if (source.charCodeAt(end - 1) === 0x20) return undefined; // stripped, or a hard break
  const at = (offset: number) => pointAt(line.line, start, offset);
  const text = (from: number, to: number): Text => ({ type: 'text', value: source.slice(from, to), position: { start: at(from), end: at(to) } });
  const children: PhrasingContent[] = [];
  let emphases = 0;
  let textFrom = start; // where the text not yet added starts
  let i = start;
  const flush = (to: number): boolean => {
    if (to > textFrom) children.push(text(textFrom, to));
    return true;
  };
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 0x2a) {
      // An emphasis: "*" after a space or the line's start, before a letter or digit; its closer after no space,
      // before a space or the line's end; plain text between.
      if (emphases++ > 0 || (i > start && source.charCodeAt(i - 1) !== 0x20) || !isAlnum(source.charCodeAt(i + 1))) return undefined;
      const close = source.indexOf('*', i + 1);
      if (close < 0 || close >= end || (close + 1 < end && source.charCodeAt(close + 1) !== 0x20) || !isPlainSpan(source, i + 1, close)) return undefined;
      flush(i);
      const emphasis: Emphasis = { type: 'emphasis', children: [text(i + 1, close)], position: { start: at(i), end: at(close + 1) } };
      children.push(emphasis);
      i = textFrom = close + 1;
      continue;
    }
    if (c === 0x5b) {
      // A link: "[label](destination)", the label plain, the destination of plain characters.
      const labelEnd = source.indexOf(']', i + 1);
      if (labelEnd < 0 || labelEnd >= end || !isPlainSpan(source, i + 1, labelEnd) || source.charCodeAt(labelEnd + 1) !== 0x28) return undefined;
      let j = labelEnd + 2;
      while (j < end && isDestinationCharacter(source.charCodeAt(j))) j++;
      if (j === labelEnd + 2 || j >= end || source.charCodeAt(j) !== 0x29) return undefined;
      flush(i);
      const link: Link = { type: 'link', title: null, url: source.slice(labelEnd + 2, j), children: [text(i + 1, labelEnd)], position: { start: at(i), end: at(j + 1) } };
      children.push(link);
      i = textFrom = j + 1;
      continue;
    }
    i++;
  }
  flush(end);
  // The text between the constructs must be plain too (a "]" or "*" left over, an escape, a break).
  for (const child of children) if (child.type === 'text' && !isPlainText(source, child)) return undefined;
  return children;
}

/** Plain text between constructs: the refused characters aside, spaces may stand at its ends (next to a construct). */
function isPlainText(source: string, node: Text): boolean {
  let from = node.position!.start.offset!;
  let to = node.position!.end.offset!;
  while (from < to && source.charCodeAt(from) === 0x20) from++;
  while (to > from && source.charCodeAt(to - 1) === 0x20) to--;
  return to === from || isPlainSpan(source, from, to);
}
