// Markdown → prose units. Headings, paragraphs, list items, table cells, block quotes and the text of
// HTML blocks are prose; code, HTML tags and comments, front matter, link targets and definitions are not.
// The tree is walked with an explicit stack, and nesting deeper than MAX_NESTING is cut off before
// parsing (see nesting.ts), so neither time nor stack depth depends on how deep a draft nests.
import type { Nodes, RootContent, PhrasingContent } from 'mdast';
import { ENDS_IN_CONDITION, MODAL_WORD } from './grammarCues';
import { UnitBuilder, LETTERED_LINE, commentsIn, leadInOf, letteredLeadIn, type ProseDocument, type ProseUnit, type SourceComment, type UnitKind } from './proseUnit';
import { limitNesting, MAX_NESTING } from './nesting';
import { htmlProse } from './htmlProse';
import { readTable } from './tableCells';
import { parse } from './markdownParser';
import { plainTree } from './plainTree';
import { pushAll } from './pushAll';
import { definitionsIn, endsOpen, trailingOf, type Trailing } from './topLevelNodes';

export function markdownProse(source: string): ProseDocument {
  return markdownBlock(source).prose;
}

/** A piece of a Markdown draft read on its own (see blocks.ts): its prose, whether it ends inside a
 *  top-level construct that runs on past a blank line (a fenced code block or an HTML block of kinds
 *  1 to 5 that is not closed), the link reference definitions it makes, and the container it ends in. */
export interface MarkdownBlock {
  prose: ProseDocument;
  open: boolean;
  definitions: string[];
  trailing?: Trailing;
}

/**
 * Reads Markdown source. `inserted` (link reference definitions made elsewhere in the draft, and a
 * blank line; or the header rows of the table the source goes on with) is parsed as if it stood at offset
 * `at` of the source (its start, or after its front matter), so that `[label]` reads as it does in the whole
 * draft; offsets are those of `source` all the same, and what `inserted` holds is not read as prose.
 * `carried`: the lead-in of the list the source's first list goes on with (its start was cut off, see blockCuts.ts).
 */
export function markdownBlock(source: string, inserted = '', at = 0, carried?: string): MarkdownBlock {
  // The parser drops a leading byte-order mark, so its positions are one short of ours: parse the
  // text after the mark and shift every offset back by its length.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const split = Math.max(at, bom) - bom; // where `inserted` goes in the text parsed
  const text = bom ? source.slice(bom) : source;
  const body = inserted ? text.slice(0, split) + inserted + text.slice(split) : text;
  const limited = limitNesting(body);
  // A part read after a table's header rows (blockCuts.ts) is often a plain block: its tree built without the parse
  // (plainTree.ts gives remark's tree or declines), as a block read alone is (plainBlock.ts).
  const plain = split === 0 && !bom && tableRowsInserted(inserted) && limited.deepLines.length === 0 && limited.text === body ? plainTree(body) : undefined;
  const children = plain ?? parse(limited.text).children;
  const { prose: document, trailing } = proseOfNodes(body, children, carried);
  const { units, comments } = document;
  if (limited.deepLines.length > 0) {
    // The text of a line nested too deep is read as plain text, in its place in the document.
    for (const line of limited.deepLines) {
      const found = commentsIn(body.slice(line.contentStart, line.lineEnd), line.contentStart);
      pushAll(comments, found);
      const builder = new UnitBuilder();
      let at = line.contentStart;
      for (const comment of [...found, { start: line.lineEnd, end: line.lineEnd }]) {
        if (comment.start > at) builder.addAligned(body.slice(at, comment.start), body, at, comment.start);
        if (comment.end < line.lineEnd && !builder.endsWithSpace()) builder.addSeparator(' ');
        at = comment.end;
      }
      const unit = builder.build('paragraph');
      if (unit) units.push(unit);
    }
    const first = (unit: ProseUnit) => unit.offsets.find((o) => o >= 0) ?? 0;
    units.sort((a, b) => first(a) - first(b));
    comments.sort((a, b) => a.start - b.start);
    const [deepest] = limited.deepLines;
    let end = deepest.contentStart;
    while (end > deepest.excessStart && /\s/.test(body[end - 1])) end--;
    document.deepNesting = { start: deepest.excessStart, end: Math.max(end, deepest.excessStart + 1), levels: MAX_NESTING };
  }
  if (inserted) {
    const inside = (offset: number) => offset >= split && offset < split + inserted.length;
    document.units = document.units.filter((unit) => !inside(unit.offsets.find((o) => o >= 0) ?? -1));
    document.comments = document.comments.filter((comment) => !inside(comment.start));
  }
  if (bom || inserted) {
    // Offsets in the text parsed → offsets in the source.
    const shift = (offset: number) => (offset < split ? offset + bom : offset - inserted.length + bom);
    for (const unit of document.units) for (let i = 0; i < unit.offsets.length; i++) if (unit.offsets[i] >= 0) unit.offsets[i] = shift(unit.offsets[i]);
    for (const comment of document.comments) {
      const length = comment.end - comment.start;
      comment.start = shift(comment.start);
      comment.end = comment.start + length;
    }
    if (document.deepNesting) {
      const length = document.deepNesting.end - document.deepNesting.start;
      document.deepNesting.start = shift(document.deepNesting.start);
      document.deepNesting.end = document.deepNesting.start + length;
    }
  }
  const own = children.filter((node) => {
    const start = node.position?.start.offset ?? 0;
    return start < split || start >= split + inserted.length;
  });
  const last = own[own.length - 1];
  return { prose: document, open: last !== undefined && endsOpen(last, body), definitions: definitionsIn(own), ...(trailing ? { trailing } : {}) };
}

/** Is the inserted text a table's header rows starting with "|" (no link reference definitions, which start with "[")? */
const tableRowsInserted = (inserted: string) => inserted.charCodeAt(0) === 0x7c;

/** The prose units and comments of these top-level nodes of `source`'s tree, with offsets in `source`, and
 *  the container they end in. `carried`: the lead-in the first list reads (after definitions), cut off before. */
export function proseOfNodes(source: string, nodes: RootContent[], carried?: string): { prose: ProseDocument; trailing?: Trailing } {
  const units: ProseUnit[] = [];
  const comments: SourceComment[] = [];
  const { listLeadIn, paragraphLeadIn } = new Walker(source, units, comments).walk(nodes, carried);
  return { prose: { units, comments }, trailing: trailingOf(nodes, source, listLeadIn, paragraphLeadIn) };
}

/** One level of the walk: a run of sibling blocks, the items of a list, or the blocks of one item. */
type Frame =
  | { kind: 'blocks'; nodes: RootContent[]; next: number; leadIn: string | undefined; previous: ProseUnit | undefined }
  | { kind: 'items'; nodes: RootContent[]; next: number; leadIn: string | undefined }
  | { kind: 'item'; nodes: RootContent[]; next: number; leadIn: string | undefined; previous: ProseUnit | undefined; first: boolean };

class Walker {
  private rows = 0;

  constructor(
    private readonly source: string,
    private readonly units: ProseUnit[],
    private readonly comments: SourceComment[],
  ) {}

  /** Returns the lead-in of the last top-level list, and the one a list after the last top-level paragraph would read. */
  walk(nodes: RootContent[], carried: string | undefined): { listLeadIn?: string; paragraphLeadIn?: string } {
    const root: Frame = { kind: 'blocks', nodes, next: 0, leadIn: undefined, previous: undefined };
    const stack: Frame[] = [root];
    let opening = carried !== undefined; // until the first top-level node that is no definition
    let listLeadIn: string | undefined;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next >= frame.nodes.length) {
        stack.pop();
        continue;
      }
      const node = frame.nodes[frame.next++];
      const top = stack.length === 1;
      const carry = top && opening && node.type === 'list';
      if (top && node.type !== 'definition') opening = false;
      if (frame.kind === 'items') {
        if (node.type === 'listItem') stack.push({ kind: 'item', nodes: node.children, next: 0, leadIn: frame.leadIn, previous: undefined, first: true });
        continue;
      }
      if (node.type === 'list') {
        // A list reads with the paragraph before it when that paragraph introduces it ("The jail shall:").
        const own = frame.previous && leadInOf(frame.previous.text);
        // A nested lead-in with no modal of its own ("(4) Except with respect to …:") keeps the force of the
        // enclosing list's lead-in ("the District shall not:"), whose items these still are.
        // Not when the nested lead-in ends in a condition ("… unless:"): its items are the conditions.
        const inherits = own && frame.kind === 'item' && frame.leadIn && MODAL_WORD.test(frame.leadIn) && !MODAL_WORD.test(own) && !ENDS_IN_CONDITION.test(own);
        const leadIn = carry ? carried : inherits ? frame.leadIn : (own ?? frame.leadIn);
        if (top) listLeadIn = leadIn;
        frame.previous = undefined;
        stack.push({ kind: 'items', nodes: node.children, next: 0, leadIn });
        continue;
      }
      if (frame.kind === 'blocks') {
        if (node.type === 'blockquote' || node.type === 'footnoteDefinition') {
          frame.previous = undefined;
          stack.push({ kind: 'blocks', nodes: node.children, next: 0, leadIn: undefined, previous: undefined });
        } else {
          // "Designated deputies may:" then a paragraph of lettered lines ("a. interrogate …;⏎b. serve …"), which Markdown
          // reads as no list: each lettered line reads with the lead-in, as the items of a list would.
          const at = node.position?.start.offset ?? 0;
          const lettered = frame.leadIn === undefined && node.type === 'paragraph' && LETTERED_LINE.test(this.source.slice(at, at + 8));
          const leadIn = lettered ? letteredLeadIn(frame.previous) : undefined;
          frame.previous = this.block(node, frame.leadIn ?? leadIn);
          if (leadIn !== undefined && frame.previous) frame.previous.labelledItems = true;
        }
        frame.leadIn = undefined; // a lead-in applies to the first block of an item only
        continue;
      }
      // One block of a list item: its first paragraph is the item's text, read with the lead-in.
      if (node.type === 'paragraph') frame.previous = this.unit(node.children, frame.first ? 'listItem' : 'paragraph', frame.first ? frame.leadIn : undefined);
      else if (node.type === 'blockquote' || node.type === 'footnoteDefinition') {
        frame.previous = undefined;
        stack.push({ kind: 'blocks', nodes: node.children, next: 0, leadIn: undefined, previous: undefined });
      } else frame.previous = this.block(node, undefined);
      frame.first = false;
    }
    const last = root.kind === 'blocks' ? root.previous : undefined;
    return { listLeadIn, paragraphLeadIn: last && leadInOf(last.text) };
  }

  /** Handles one block that holds no blocks; returns the unit when it was a paragraph (a possible list lead-in). */
  private block(node: RootContent, leadIn: string | undefined): ProseUnit | undefined {
    switch (node.type) {
      case 'paragraph':
        return this.unit(node.children, 'paragraph', leadIn);
      case 'heading': {
        const unit = this.unit(node.children, 'heading', undefined);
        if (unit) unit.depth = node.depth;
        return undefined;
      }
      case 'table':
        readTable(node, (children, leadIn) => this.unit(children, 'tableCell', leadIn), () => ++this.rows);
        return undefined;
      case 'html':
        this.html(node);
        for (const unit of htmlProse(node, this.source)) this.units.push(unit);
        return undefined;
      default:
        return undefined; // code, front matter, definitions, thematic breaks: not prose
    }
  }

  private unit(children: PhrasingContent[], kind: UnitKind, leadIn: string | undefined): ProseUnit | undefined {
    const builder = new UnitBuilder();
    this.inline(children, builder);
    const unit = builder.build(kind, leadIn);
    if (unit) this.units.push(unit);
    return unit;
  }

  private inline(nodes: PhrasingContent[], builder: UnitBuilder): void {
    const stack: Array<{ nodes: PhrasingContent[]; next: number }> = [{ nodes, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next >= frame.nodes.length) {
        stack.pop();
        continue;
      }
      const node = frame.nodes[frame.next++];
      switch (node.type) {
        case 'text': {
          const start = node.position?.start.offset ?? 0;
          const end = node.position?.end.offset ?? start;
          builder.addAligned(node.value, this.source, start, end);
          break;
        }
        case 'link':
          // An autolink (<https://…>, www.…) is its own target, and targets are not prose.
          if (this.source[node.position?.start.offset ?? -1] !== '[') {
            if (!builder.endsWithSpace()) builder.addSeparator(' ');
            break;
          }
          stack.push({ nodes: node.children, next: 0 });
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'linkReference':
          stack.push({ nodes: node.children, next: 0 });
          break;
        case 'break': {
          // A hard break (two spaces or a backslash at a line's end) is a line break too: it may end a lettered item.
          const from = node.position?.start.offset ?? -1;
          const to = node.position?.end.offset ?? -1;
          const newline = from >= 0 ? this.source.indexOf('\n', from) : -1;
          if (newline >= 0 && newline < to) builder.addAligned('\n', this.source, newline, newline + 1);
          else builder.addSeparator(' ');
          break;
        }
        case 'html':
          this.html(node);
          if (!builder.endsWithSpace()) builder.addSeparator(' ');
          break;
        default:
          // inline code, images, footnote references: not prose, but keep words apart
          if (!builder.endsWithSpace()) builder.addSeparator(' ');
      }
    }
  }

  private html(node: Nodes & { value: string }): void {
    const start = node.position?.start.offset ?? 0;
    const raw = this.source.slice(start, node.position?.end.offset ?? start);
    const inSource = commentsIn(raw, start);
    if (raw === node.value) {
      pushAll(this.comments, inSource);
      return;
    }
    // Inside a block quote or list item the value lacks the "> " and indentation of later lines:
    // read the directive from the value, but take its offsets from the source.
    const inValue = commentsIn(node.value, start);
    if (inValue.length !== inSource.length) {
      pushAll(this.comments, inSource);
      return;
    }
    inValue.forEach((comment, i) => this.comments.push({ body: comment.body, start: inSource[i].start, end: inSource[i].end }));
  }
}

