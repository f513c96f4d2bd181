// A block read through the plain-block fast path (plainTree.ts) when it is one: the same reading markdownBlock
// gives it with no inserted context (no byte-order mark, no nesting to limit, no definitions), without the parse.
import { proseOfNodes, type MarkdownBlock } from './markdownProse';
import { plainTree } from './plainTree';
import { endsOpen } from './topLevelNodes';

export function plainBlock(source: string, carried?: string): MarkdownBlock | undefined {
  const nodes = plainTree(source);
  if (!nodes) return undefined;
  const { prose, trailing } = proseOfNodes(source, nodes, carried);
  const last = nodes[nodes.length - 1];
  return { prose, open: last !== undefined && endsOpen(last, source), definitions: [], ...(trailing ? { trailing } : {}) };
}
