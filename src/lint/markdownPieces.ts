// Reads consecutive blocks of a Markdown draft (see blocks.ts) with one parse instead of one each.
// Each block reads alone as in the whole draft, so one parse of a run of blocks holds each block's
// tree; what a parse costs beyond its text (setting up the parser and the tree builder, about as much
// as parsing a short paragraph) is then paid once per run, not once per block. Where the run cannot be
// cut into its blocks' trees exactly (a node runs across a cut, a definition that blocks earlier in
// the run would see, nesting cut off, a byte-order mark), the caller reads block by block.
import type { RootContent } from 'mdast';
import { parse } from './markdownParser';
import { proseOfNodes, type MarkdownBlock } from './markdownProse';
import { definitionsIn, endsOpen } from './topLevelNodes';
import { limitNesting } from './nesting';

/**
 * Each piece's reading, as `markdownBlock(piece)` gives it, where `text` is the pieces one after
 * another and `cuts` where each starts (the first at 0); undefined when they cannot be read apart.
 */
export function markdownPieces(text: string, cuts: readonly number[]): MarkdownBlock[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const limited = limitNesting(text);
  if (limited.deepLines.length > 0) return undefined;
  const tree = parse(limited.text);
  if (definitionsIn(tree.children).length > 0) return undefined;
  const pieces: RootContent[][] = cuts.map(() => []);
  let p = 0;
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    while (p + 1 < cuts.length && start >= cuts[p + 1]) p++;
    if (p + 1 < cuts.length && end > cuts[p + 1]) return undefined; // it runs across a cut
    pieces[p].push(node);
  }
  return pieces.map((nodes, i) => {
    const { prose, trailing } = proseOfNodes(text, nodes);
    const shift = cuts[i];
    if (shift > 0) {
      for (const unit of prose.units) for (let k = 0; k < unit.offsets.length; k++) if (unit.offsets[k] >= 0) unit.offsets[k] -= shift;
      for (const comment of prose.comments) {
        comment.start -= shift;
        comment.end -= shift;
      }
    }
    const last = nodes[nodes.length - 1];
    return { prose, open: last !== undefined && endsOpen(last, text), definitions: [], ...(trailing ? { trailing } : {}) };
  });
}
