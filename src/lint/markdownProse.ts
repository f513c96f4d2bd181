// Markdown → prose units. Headings, paragraphs, list items, table rows and block quotes are prose;
// code, HTML, front matter, link targets and definitions are not.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkTables } from './remarkTables';
import type { Nodes, Parent, RootContent, PhrasingContent, Root } from 'mdast';
import { UnitBuilder, commentsIn, leadInOf, type ProseDocument, type ProseUnit, type SourceComment, type UnitKind } from './proseUnit';

const processor = unified().use(remarkParse).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}

export function markdownProse(source: string): ProseDocument {
  // The parser drops a leading byte-order mark, so its positions are one short of ours: parse the
  // text after the mark and shift every offset back by its length.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? source.slice(bom) : source;
  const tree = parseMarkdown(body);
  const units: ProseUnit[] = [];
  const comments: SourceComment[] = [];
  const walker = new Walker(body, units, comments);
  walker.blocks(tree.children, undefined);
  if (bom) {
    for (const unit of units) for (let i = 0; i < unit.offsets.length; i++) if (unit.offsets[i] >= 0) unit.offsets[i] += bom;
    for (const comment of comments) {
      comment.start += bom;
      comment.end += bom;
    }
  }
  return { units, comments };
}

class Walker {
  constructor(
    private readonly source: string,
    private readonly units: ProseUnit[],
    private readonly comments: SourceComment[],
  ) {}

  blocks(nodes: RootContent[], leadIn: string | undefined): void {
    let previousParagraph: ProseUnit | undefined;
    for (const node of nodes) {
      if (node.type === 'list') {
        const listLeadIn = (previousParagraph && leadInOf(previousParagraph.text)) ?? leadIn;
        for (const item of node.children) this.listItem(item.children, listLeadIn);
        previousParagraph = undefined;
        continue;
      }
      previousParagraph = this.block(node, leadIn);
      leadIn = undefined; // a lead-in applies to the first block of an item only
    }
  }

  private listItem(children: RootContent[], leadIn: string | undefined): void {
    let first = true;
    let previous: ProseUnit | undefined;
    for (const child of children) {
      if (child.type === 'list') {
        const nestedLeadIn = (previous && leadInOf(previous.text)) ?? leadIn;
        for (const item of child.children) this.listItem(item.children, nestedLeadIn);
        previous = undefined;
        continue;
      }
      previous = child.type === 'paragraph' ? this.unit(child.children, first ? 'listItem' : 'paragraph', first ? leadIn : undefined) : this.block(child, undefined);
      first = false;
    }
  }

  /** Handles one block; returns the unit when the block was a paragraph (a possible list lead-in). */
  private block(node: RootContent, leadIn: string | undefined): ProseUnit | undefined {
    switch (node.type) {
      case 'paragraph':
        return this.unit(node.children, 'paragraph', leadIn);
      case 'heading':
        this.unit(node.children, 'heading', undefined);
        return undefined;
      case 'blockquote':
      case 'footnoteDefinition':
        this.blocks(node.children, undefined);
        return undefined;
      case 'table':
        for (const row of node.children) this.tableRow(row.children);
        return undefined;
      case 'html':
        this.html(node);
        return undefined;
      default:
        return undefined; // code, front matter, definitions, thematic breaks: not prose
    }
  }

  private tableRow(cells: Parent['children']): void {
    const builder = new UnitBuilder();
    cells.forEach((cell, index) => {
      if (index > 0) builder.addSeparator('; ');
      this.inline((cell as Parent).children as PhrasingContent[], builder);
    });
    const unit = builder.build('tableRow');
    if (unit) this.units.push(unit);
  }

  private unit(children: PhrasingContent[], kind: UnitKind, leadIn: string | undefined): ProseUnit | undefined {
    const builder = new UnitBuilder();
    this.inline(children, builder);
    const unit = builder.build(kind, leadIn);
    if (unit) this.units.push(unit);
    return unit;
  }

  private inline(nodes: PhrasingContent[], builder: UnitBuilder): void {
    for (const node of nodes) {
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
          this.inline(node.children, builder);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'linkReference':
          this.inline(node.children, builder);
          break;
        case 'break':
          builder.addSeparator(' ');
          break;
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
      this.comments.push(...inSource);
      return;
    }
    // Inside a block quote or list item the value lacks the "> " and indentation of later lines:
    // read the directive from the value, but take its offsets from the source.
    const inValue = commentsIn(node.value, start);
    if (inValue.length !== inSource.length) {
      this.comments.push(...inSource);
      return;
    }
    inValue.forEach((comment, i) => this.comments.push({ body: comment.body, start: inSource[i].start, end: inSource[i].end }));
  }
}
