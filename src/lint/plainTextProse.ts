// Plain text → prose units: paragraphs split at blank lines; a line that starts with a list marker
// is its own unit, read with the line before it when that line ends with a colon, or with an item that
// ends with one ("(a) No officer shall:" then "(1) …", "(2) …" until the next "(b)"), at any depth, as nested
// Markdown lists are; a title line that starts a paragraph ("Section 4. Immigration Detainers", then the text
// on the next line) is a heading; a table set with spaces is read as a table is (alignedTable.ts).
import { ENDS_IN_CONDITION, MODAL_WORD } from './grammarCues';
import { isSectionTitleLine, isTitleLine } from './headings';
import { UnitBuilder, LETTERED_LINE, COMMENT_LINE, commentsIn, leadInOf, letteredLeadIn, type ProseDocument, type ProseUnit, type SourceComment } from './proseUnit';
import { pushAll } from './pushAll';
import { alignedTableAt, cellWords, type CellPieces } from './alignedTable';
import { readRows } from './tableCells';

export const LIST_MARKER = /^\s*(?:[-*•]|\d+[.)]|\(?[a-z0-9]{1,3}\))\s+/i;

const SENTENCE_END = /[.;:!?]["”’)]*\s*$/;

export function plainTextProse(source: string): ProseDocument {
  const units: ProseUnit[] = [];
  const comments: SourceComment[] = [];
  let builder = new UnitBuilder();
  let listLeadIn: string | undefined;
  // An item that ends with a colon leads the items after it until an item with its kind of marker: one level each.
  const levels: Array<{ text: string; marker: string }> = [];
  let marker = '';
  let kind: 'paragraph' | 'listItem' | 'heading' = 'paragraph';
  let previous = '';
  let rows = 0;
  // The paragraph right before the unit being built, if the unit before it was one; and the lead-in a paragraph of
  // lettered lines reads with after it (letteredLeadIn).
  let lastParagraph: ProseUnit | undefined;
  let lettered: string | undefined;

  const flush = () => {
    const outer = levels.length ? levels[levels.length - 1].text : listLeadIn;
    const unit = builder.build(kind, kind === 'listItem' ? outer : lettered);
    if (unit && kind === 'paragraph' && lettered !== undefined) unit.labelledItems = true;
    lettered = undefined;
    if (unit) {
      units.push(unit);
      lastParagraph = kind === 'paragraph' ? unit : undefined;
      if (kind === 'paragraph') listLeadIn = leadInOf(unit.text);
      if (kind !== 'listItem') levels.length = 0;
      else {
        const own = leadInOf(unit.text);
        // "shall not:" then "(1) … including any of the following:": the inner items are under the outer "shall not".
        const inherits = own && outer && MODAL_WORD.test(outer) && !MODAL_WORD.test(own) && !ENDS_IN_CONDITION.test(own);
        if (own) levels.push({ text: inherits ? outer : own, marker });
      }
      if (kind === 'heading') {
        listLeadIn = undefined;
        unit.depth = 1;
      }
    }
    builder = new UnitBuilder();
    kind = 'paragraph';
  };

  // A leading byte-order mark is not text.
  const lines = [...lineSpans(source, source.charCodeAt(0) === 0xfeff ? 1 : 0)];
  for (let n = 0; n < lines.length; n++) {
    const [lineStart, lineEnd] = lines[n];
    const line = source.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (COMMENT_LINE.test(line)) {
      flush();
      pushAll(comments, commentsIn(line, lineStart));
      continue;
    }
    // A title line stands alone when a new sentence, a blank line or the end follows it; a line that
    // the next one continues in lower case ("Inquiries about status of victims / are prohibited.") is text.
    if (kind === 'heading') {
      if (/^\s*[a-z]/.test(line)) kind = 'paragraph';
      else flush();
    }
    const table = builder.length === 0 ? alignedTableAt(source, lines, n) : undefined;
    if (table) {
      readRows(table.rows, (cell) => cellWords(source, cell), (cell, leadIn) => tableCell(units, comments, source, cell, leadIn), () => ++rows);
      // (A comment line between its rows is the table's too, and may hold a suppression.)
      for (let k = n + 1; k < table.next; k++) if (COMMENT_LINE.test(source.slice(lines[k][0], lines[k][1]))) pushAll(comments, commentsIn(source.slice(lines[k][0], lines[k][1]), lines[k][0]));
      n = table.next - 1;
      listLeadIn = lastParagraph = undefined;
      levels.length = 0;
      previous = '';
      continue;
    }
    const item = LIST_MARKER.exec(line);
    // "2. HOLDS", then "2.1 Upon receipt …": a numbered line in capitals that ends no sentence titles its section; read
    // as a list item it ran into the text below it ("HOLDS 2.1 Upon receipt …"), which then read as no provision.
    if (item && isSectionTitleLine(line.slice(item[0].length))) {
      flush();
      kind = 'heading';
      addText(builder, comments, source, lineStart, lineStart + line.length);
      previous = line;
      continue;
    }
    if (item) {
      flush();
      kind = 'listItem';
      marker = markerKind(item[0]);
      const level = levels.findIndex((l) => l.marker === marker);
      if (level >= 0) levels.length = level;
      addText(builder, comments, source, lineStart + item[0].length, lineStart + line.length);
      previous = line;
      continue;
    }
    // A numbered or capitalised title line after a sentence's end starts its own heading, blank line or not
    // ("… in the inmate's jail file." then "428.4.2 HOLDS" then its text, as manuals set one sentence a line).
    if (builder.length > 0 && SENTENCE_END.test(previous) && isSectionTitleLine(line)) flush();
    if (builder.length === 0 && isTitleLine(line)) kind = 'heading';
    // "Deputies may:", a blank line, then "a. interrogate …;⏎b. serve …": each lettered line reads with the lead-in.
    if (builder.length === 0 && kind === 'paragraph' && LETTERED_LINE.test(line)) lettered = letteredLeadIn(lastParagraph);
    // (In lettered lines the line break itself is kept, as Markdown keeps it: a lettered line after one ending in ";" is the
    // next item, see sentences.ts.)
    if (builder.length > 0 && lettered !== undefined) builder.addAligned(source.slice(lines[n - 1][1], lineStart), source, lines[n - 1][1], lineStart);
    else if (builder.length > 0) builder.addSeparator(' ');
    addText(builder, comments, source, lineStart, lineStart + line.length);
    previous = line;
  }
  flush();
  // (Comment lines between a table's rows are added after its cells' comments: disable and enable pair in source order.)
  comments.sort((a, b) => a.start - b.start);
  return { units, comments };
}

/** Reads one cell of a plain-text table as a unit, its lines joined by a space. */
function tableCell(units: ProseUnit[], comments: SourceComment[], source: string, cell: CellPieces, leadIn: string | undefined): ProseUnit | undefined {
  const builder = new UnitBuilder();
  cell.forEach(([start, end], k) => {
    if (k > 0) builder.addSeparator(' ');
    addText(builder, comments, source, start, end);
  });
  const unit = builder.build('tableCell', leadIn);
  if (unit) units.push(unit);
  return unit;
}

/** A marker's kind: "(a)" and "(b)" are one kind, "(A)" another, "(1)" a third, "-" and "*" a fourth. */
function markerKind(marker: string): string {
  return marker.trim().replace(/[a-z]+/g, 'a').replace(/[A-Z]+/g, 'A').replace(/\d+/g, '1').replace(/[*•]/g, '-');
}

/** Adds source[start, end) as text, with any HTML comments in it read as separators (and kept as comments). */
function addText(builder: UnitBuilder, comments: SourceComment[], source: string, start: number, end: number): void {
  let at = start;
  for (const comment of commentsIn(source.slice(start, end), start)) {
    comments.push(comment);
    if (comment.start > at) builder.addAligned(source.slice(at, comment.start), source, at, comment.start);
    if (!builder.endsWithSpace()) builder.addSeparator(' ');
    at = comment.end;
  }
  if (end > at) builder.addAligned(source.slice(at, end), source, at, end);
}

/** [start, end) of each line; lines end at "\n", "\r\n" or a lone "\r" (as CommonMark and VS Code count them). */
function* lineSpans(source: string, from: number): Generator<[number, number]> {
  let start = from;
  for (const match of source.matchAll(/\r\n?|\n/g)) {
    if (match.index < from) continue;
    yield [start, match.index];
    start = match.index + match[0].length;
  }
  yield [start, source.length];
}
