// The sentence of a draft around an offset, as a report quotes it: read over a hard-wrapped paragraph's lines, without
// Markdown's markers, cut as the linter cuts sentences.
import { sentenceSpans } from '../lint/sentences';

// A line that starts a block of its own: a heading, a list item (also lettered), a table row.
const STARTS_BLOCK = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\(?[a-z0-9]{1,3}[.)]\s|\|)/i;
// How far from the offset the paragraph is read either way: a sentence is shorter than this.
const REACH = 3000;

/** The lines of the paragraph around offset, as [start, end) spans: a hard-wrapped sentence runs on over them (a county
 *  counsel's trial read “… shall verify that it is a Form I-247A, that it”, cut at the line's end). */
function paragraphLines(text: string, offset: number): Array<[number, number]> {
  const lineAt = (start: number): [number, number] => {
    const end = text.indexOf('\n', start);
    return [start, end < 0 ? text.length : end];
  };
  // (A block quote's blank line is its marks only: ">".)
  const blank = ([start, end]: [number, number]) => /^[\s>]*$/.test(text.slice(start, end));
  const lines: Array<[number, number]> = [lineAt(text.lastIndexOf('\n', offset - 1) + 1)];
  while (lines[0][0] > 0 && offset - lines[0][0] < REACH && !STARTS_BLOCK.test(text.slice(lines[0][0], lines[0][1]))) {
    const before = lineAt(text.lastIndexOf('\n', lines[0][0] - 2) + 1);
    if (blank(before)) break;
    lines.unshift(before);
  }
  for (let last = lines[lines.length - 1]; last[1] < text.length && last[1] - offset < REACH; ) {
    const next = lineAt(last[1] + 1);
    if (blank(next) || STARTS_BLOCK.test(text.slice(next[0], next[1]))) break;
    lines.push((last = next));
  }
  return lines;
}

export function sentenceAt(text: string, offset: number): string {
  // The paragraph's lines joined by a space, each without its indent and quote marks (the first also without its heading
  // or list marker), and where offset falls in them.
  let joined = '';
  let at = 0;
  paragraphLines(text, offset).forEach(([start, end], k) => {
    const line = text.slice(start, end).replace(/\r$/, '');
    const prefix = (k === 0 ? /^\s*(?:(?:>\s?)+|#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)*/ : /^\s*(?:>\s?)*\s*/).exec(line)?.[0].length ?? 0;
    if (k > 0) joined += ' ';
    if (offset >= start && offset <= end) at = joined.length + Math.max(0, offset - start - prefix);
    joined += line.slice(prefix);
  });
  // Without emphasis and code marks, as the sentence reads ("**3.3 Status verification.** Information …" is a run-in
  // heading and a sentence, not "**3.3 Status verification." and "** Information …").
  const mark = /\*{1,3}|_{2,3}|`+|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
  const removedBefore = [...joined.matchAll(mark)].filter((m) => m.index < at).reduce((n, m) => n + Math.min(m[0].length, at - m.index), 0);
  at -= removedBefore;
  const body = joined.replace(mark, '');
  // Cut as the linter cuts sentences ("request from U.S. Immigration …" and "Mo. Rev. Stat." do not end one).
  const span = sentenceSpans(body).find(([, end]) => end > at);
  return (span ? body.slice(span[0], span[1]) : body).trim();
}
