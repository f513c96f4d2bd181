// The lines of a Markdown text, each with whether it may start a new paragraph: how far one
// paragraph's text may run, over-estimated (two paragraphs may be read as one) and never cut short,
// for the scans in markdownRisk.ts that bound what micromark does per paragraph.
const LINE = /[^\r\n]*(?:\r\n?|\n|$)/y;
// The block quote markers a line continues ("> ", ">>"); lines inside a quote are judged after them.
const QUOTES = /^(?: {0,3}>[ \t]?)*/;
const BLANK = /^[ \t]*$/;
// A line that starts a block whatever precedes it (a bullet, "1." or "1)", an ATX heading), at the
// indentation of a top-level block: it always ends the paragraph before it. A ">" line may continue a
// quoted paragraph, so it ends nothing here.
const INTERRUPTS = /^ {0,3}(?:[-+*][ \t]+\S|1[.)][ \t]+\S|#{1,6}(?:[ \t]|$))/;

/** Each line of the text, without its line break, with the offset it starts at. */
function* linesAt(text: string): Generator<{ line: string; at: number }> {
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const m = LINE.exec(text);
    if (!m || m[0].length === 0) return;
    yield { line: m[0].replace(/[\r\n]+$/, ''), at: m.index };
  }
}

/** Each line of the text, without its line break. */
export function* lines(text: string): Generator<string> {
  for (const { line } of linesAt(text)) yield line;
}

/** Each line with `starts`: true when it is blank or begins a block, so no paragraph runs across it. */
export function* paragraphLines(text: string): Generator<{ line: string; at: number; starts: boolean }> {
  for (const { line, at } of linesAt(text)) {
    const inside = line.slice(QUOTES.exec(line)?.[0].length ?? 0);
    yield { line, at, starts: BLANK.test(inside) || INTERRUPTS.test(inside) };
  }
}
