// entries.md → typed entries. One "## <id>. <title>" heading per entry ("Q2", "RSMo-67.307"); everything up to the next
// such heading is its answer, kept verbatim as Markdown and as plain text.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { RootContent } from 'mdast';
import { PackError } from './packError';
import { lineAndColumn } from './readJsonFile';
import { limitNesting, MAX_NESTING } from '../lint/nesting';

export interface ParsedEntry {
  id: string;
  question: string;
  answerMarkdown: string;
  answerText: string;
  line: number;
}

// The id runs to the first ". " (a dot then a space): "RSMo-67.307. Sanctuary policies" → "RSMo-67.307".
const HEADING = /^([A-Za-z][A-Za-z0-9.()_-]{0,63}?)\.\s+(\S[\s\S]*)$/;

function plainText(node: RootContent, source: string): string {
  if (node.type === 'list') {
    return node.children.map((item) => item.children.map((c) => plainText(c, source)).join(' ')).join('\n');
  }
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map((c) => plainText(c, source)).join('');
  return '';
}

export function parseEntries(file: string, text: string): ParsedEntry[] {
  // A byte-order mark is not text (the parser drops it, which would shift every offset by one).
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  // The corpus is a list of questions and answers, not hundreds of nested lists or quotes: refuse
  // those before parsing (parse time grows with the cube of the depth; plainText recurses per level).
  const [deep] = limitNesting(source).deepLines;
  if (deep) {
    const [line, column] = lineAndColumn(source, deep.excessStart);
    throw new PackError(file, line, column, `lists or block quotes nested deeper than ${MAX_NESTING} levels`);
  }
  const tree = unified().use(remarkParse).parse(source);
  const entries: ParsedEntry[] = [];
  let current: (ParsedEntry & { blocks: RootContent[] }) | undefined;

  const finish = () => {
    if (!current) return;
    const { blocks, ...entry } = current;
    if (blocks.length === 0) throw new PackError(file, entry.line, 1, `${entry.id} has a question but no answer`);
    const start = blocks[0].position!.start.offset!;
    const end = blocks[blocks.length - 1].position!.end.offset!;
    entries.push({ ...entry, answerMarkdown: source.slice(start, end), answerText: blocks.map((b) => plainText(b, source)).join('\n') });
  };

  for (const node of tree.children) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading' && node.depth === 2) {
      finish();
      const text = plainText(node, source).trim();
      const match = HEADING.exec(text);
      if (!match) throw new PackError(file, line, 1, `an entry heading must read "## <id>. <question or title>" (an id such as Q2 or RSMo-67.307), found "## ${text}"`);
      const [, id, question] = match;
      if (entries.some((e) => e.id === id) || current?.id === id) throw new PackError(file, line, 1, `entry ${id} appears twice`);
      current = { id, question, answerMarkdown: '', answerText: '', line, blocks: [] };
    } else if (node.type === 'heading' && node.depth === 1) {
      continue; // the corpus title
    } else if (!current) {
      if (node.type !== 'html') throw new PackError(file, line, 1, 'text before the first "## Q1." entry heading');
    } else if (node.type !== 'html') {
      current.blocks.push(node);
    }
  }
  finish();
  if (entries.length === 0) throw new PackError(file, 1, 1, 'no entries found (expected "## Q1. <question>" headings)');
  return entries;
}
