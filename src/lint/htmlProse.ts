// The text of a Markdown HTML block (`<div>…</div>`, `<p>…</p>`, `<!-- note --> The jail shall…`):
// tags and comments are not prose, the text around and between them is, with its exact source offsets.
// A block-level tag or a blank line ends a unit; the content of <script>, <style>, <pre>, <code> and
// <textarea> is not prose.
import type { Html } from 'mdast';
import { UnitBuilder, type ProseUnit } from './proseUnit';

// Comments (an unclosed one runs to the end), raw-text elements, tags, declarations, processing instructions.
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style|pre|code|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![A-Za-z][^<>]*>|<\?[\s\S]*?(?:\?>|$)/gi;
const BLOCK_TAG = /^<\/?(?:address|article|aside|blockquote|body|caption|center|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|html|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b/i;

export function htmlProse(node: Html, source: string): ProseUnit[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !/[^\s<>]/.test(node.value.replace(MARKUP, ''))) return [];
  const map = valueToSource(node.value, source, start, end);
  const units: ProseUnit[] = [];
  let builder = new UnitBuilder();
  const flush = () => {
    const unit = builder.build('paragraph');
    if (unit) units.push(unit);
    builder = new UnitBuilder();
  };
  const text = (from: number, to: number) => {
    // Line by line, so each piece maps to one run of the source.
    for (const line of node.value.slice(from, to).split(/(\r\n|\r|\n)/)) {
      if (/^(?:\r\n|\r|\n)$/.test(line)) {
        if (!builder.endsWithSpace()) builder.addSeparator(' ');
      } else if (line !== '') {
        const at = map(from);
        if (at.exact) builder.addAligned(line, source, at.offset, at.offset + line.length);
        else builder.addAligned(line, source, at.offset, at.lineEnd);
      }
      from += line.length;
    }
  };
  let at = 0;
  for (const match of node.value.matchAll(MARKUP)) {
    addRun(node.value, at, match.index, text, flush);
    if (BLOCK_TAG.test(match[0])) flush();
    else if (!builder.endsWithSpace()) builder.addSeparator(' ');
    at = match.index + match[0].length;
  }
  addRun(node.value, at, node.value.length, text, flush);
  flush();
  return units;
}

/** Text between two pieces of markup; a blank line in it ends the unit. Searched in the run alone: a
 *  search of the whole value from the run's start read to its end for every run when the block had no
 *  blank line (thousands of comments on one line: quadratic). */
function addRun(value: string, from: number, to: number, text: (from: number, to: number) => void, flush: () => void): void {
  const run = value.slice(from, to);
  const base = from;
  for (const m of run.matchAll(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g)) {
    text(from, base + m.index);
    flush();
    from = base + m.index + m[0].length;
  }
  text(from, to);
}

/**
 * Maps an offset in the node's value to the source. Inside a block quote or list item the value lacks
 * the container prefix of each line after the first; each value line is then the end of its source line.
 */
function valueToSource(value: string, source: string, start: number, end: number): (at: number) => { offset: number; exact: boolean; lineEnd: number } {
  const valueLines: number[] = [0];
  for (const m of value.matchAll(/\r\n|\r|\n/g)) valueLines.push(m.index + m[0].length);
  const sourceLines: Array<[number, number]> = [];
  let lineStart = start;
  for (const m of source.slice(start, end).matchAll(/\r\n|\r|\n/g)) {
    sourceLines.push([lineStart, start + m.index]);
    lineStart = start + m.index + m[0].length;
  }
  sourceLines.push([lineStart, end]);
  const lineBase: Array<number | undefined> = [];
  return (at) => {
    let line = 0;
    for (let high = valueLines.length - 1; line < high; ) {
      const mid = (line + high + 1) >> 1;
      if (valueLines[mid] <= at) line = mid;
      else high = mid - 1;
    }
    const [from, to] = sourceLines[Math.min(line, sourceLines.length - 1)];
    const column = at - valueLines[line];
    // Where the line's value text stands in the source (-1: not found), worked out once per line: the
    // test reads the whole line, and a long line holds many runs of text between tags.
    let base = lineBase[line];
    if (base === undefined) {
      const lineText = value.slice(valueLines[line], line + 1 < valueLines.length ? valueLines[line + 1] : value.length).replace(/[\r\n]+$/, '');
      if (line === 0) base = source.startsWith(lineText, start) ? start : -1;
      else base = to - lineText.length >= from && source.startsWith(lineText, to - lineText.length) ? to - lineText.length : -1;
      lineBase[line] = base;
    }
    if (line === 0) return { offset: start + column, exact: base >= 0, lineEnd: to };
    if (base >= 0) return { offset: base + column, exact: true, lineEnd: to };
    return { offset: from, exact: false, lineEnd: to };
  };
}
