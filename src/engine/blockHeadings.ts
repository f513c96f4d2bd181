// Findings that the title and headings above a provision complete (src/lint/headingContext.ts), for a
// draft read block by block: each block keeps its candidates, and the headings are followed across
// blocks in draft order at every check, so a block's reading never depends on another block's text.
// A block's heading findings are kept per chain of headings above it, and an edit walks only the blocks whose chain
// it may have changed.
import { HeadingChain, headingFindings } from '../lint/headingContext';
import { sentenceFinding } from '../lint/packFindings';
import type { CheckPack } from './incremental';
import type { Block, BlockEntry, BlockFinding } from './blockParts';
import type { ProseUnit } from '../lint/proseUnit';
import { pushAll } from '../lint/pushAll';
import type { SentenceReadings } from '../lint/sentenceReadings';

const byStart = (a: BlockFinding, b: BlockFinding) => a.start - b.start || a.ruleId.localeCompare(b.ruleId);
const known = new WeakMap<BlockEntry, Array<Map<string, BlockFinding[]>>>();
const headingsOf = new WeakMap<BlockEntry, ProseUnit[]>();
const headings = (entry: BlockEntry) => {
  let found = headingsOf.get(entry);
  if (!found) headingsOf.set(entry, (found = entry.units.filter((u) => u.kind === 'heading')));
  return found;
};

/** One pack's last walk over the blocks: each block's entry, the chain above it (before[n]: below the last), and the
 *  findings its headings completed. */
interface Walk {
  entries: BlockEntry[];
  before: HeadingChain[];
  found: Array<BlockFinding[] | undefined>;
}

/** Follows the headings across a draft's blocks, check after check: an edit walks from the first block it changed
 *  to where the chain above the blocks is the last walk's again, and the blocks before and after keep what they had. */
export class BlockHeadings {
  private walks: Array<Walk | undefined> = [];

  constructor(
    private readonly packs: readonly CheckPack[],
    private readonly qualified: (packId: string, ruleId: string) => string,
  ) {}

  /** Each block's sentence findings with those its headings complete, sorted as the whole-draft check sorts them.
   *  `readings`: per pack, the sentences read in this check. */
  findings(blocks: Block[], readings: readonly SentenceReadings[]): BlockFinding[][] {
    const added: Array<BlockFinding[][] | undefined> = new Array(blocks.length);
    this.packs.forEach((_, p) => {
      if (!blocks.some(({ entry }) => entry.candidates[p].length)) return void (this.walks[p] = undefined);
      const walk = (this.walks[p] = this.walk(p, blocks, this.walks[p], readings[p]));
      walk.found.forEach((found, b) => found && (added[b] ??= []).push(found));
    });
    return blocks.map(({ entry }, b) => (added[b] ? merged(entry, added[b]) : entry.findings));
  }

  private walk(p: number, blocks: Block[], last: Walk | undefined, readings: SentenceReadings): Walk {
    const n = blocks.length;
    const m = last ? last.entries.length : 0;
    let head = 0;
    let tail = 0;
    if (last) {
      while (head < m && head < n && last.entries[head] === blocks[head].entry) head++;
      while (tail < m - head && tail < n - head && last.entries[m - 1 - tail] === blocks[n - 1 - tail].entry) tail++;
    }
    const walk: Walk = { entries: blocks.map((block) => block.entry), before: new Array(n + 1), found: new Array(n) };
    for (let b = 0; b < head; b++) [walk.before[b], walk.found[b]] = [last!.before[b], last!.found[b]];
    const chain = last ? last.before[head].copy() : new HeadingChain();
    for (let b = head; b < n; b++) {
      const at = b - n + m; // the same block in the last walk, past the edit
      if (b >= n - tail && chain.sameAs(last!.before[at])) {
        for (let k = b; k < n; k++) [walk.before[k], walk.found[k]] = [last!.before[k - n + m], last!.found[k - n + m]];
        walk.before[n] = last!.before[m];
        return walk;
      }
      walk.before[b] = b > head && !headings(blocks[b - 1].entry).length ? walk.before[b - 1] : chain.copy();
      walk.found[b] = this.blockFindings(p, blocks[b].entry, chain, readings);
    }
    walk.before[n] = chain.copy();
    return walk;
  }

  /** What the block's headings complete under this chain (undefined: nothing), the chain taken past its headings. */
  private blockFindings(p: number, entry: BlockEntry, chain: HeadingChain, readings: SentenceReadings): BlockFinding[] | undefined {
    if (!entry.candidates[p].length) {
      for (const unit of headings(entry)) chain.add(unit);
      return undefined;
    }
    const { pack, rules } = this.packs[p];
    const key = chain.key();
    let byPack = known.get(entry);
    if (!byPack) known.set(entry, (byPack = []));
    let byChain = byPack[p];
    if (!byChain || byChain.size > 8) byChain = byPack[p] = new Map(); // a few chains: the last edits' headings
    let found = byChain.get(key);
    if (found) {
      for (const unit of headings(entry)) chain.add(unit);
    } else {
      found = headingFindings(entry.candidates[p], entry.units, chain, rules, (rule, sentence, evidence) => ({
        ...sentenceFinding(rule, sentence, entry.lines, evidence),
        ruleId: this.qualified(pack.meta.id, rule.id),
        packId: pack.meta.id,
      }), readings) as BlockFinding[];
      byChain.set(key, found);
    }
    return found.length ? found : undefined;
  }
}

// The same list again while the headings add the same findings, so it is not copied into place again (findingsInPlace).
const mergedOf = new WeakMap<BlockEntry, { parts: BlockFinding[][]; list: BlockFinding[] }>();
function merged(entry: BlockEntry, parts: BlockFinding[][]): BlockFinding[] {
  const known = mergedOf.get(entry);
  if (known && known.parts.length === parts.length && known.parts.every((part, i) => part === parts[i])) return known.list;
  const list = [...entry.findings];
  for (const part of parts) pushAll(list, part);
  list.sort(byStart);
  mergedOf.set(entry, { parts, list });
  return list;
}

/** Where the first finding of one of these rules that headings completed starts in the draft (-1: none): `own` are the
 *  blocks' findings as blockFindingsWithHeadings gives them (a block's own array where headings added nothing). */
export function firstFlaggedByHeadings(blocks: Block[], own: BlockFinding[][], packId: string, ruleIds: readonly string[]): number {
  let first = -1;
  if (!ruleIds.length) return first;
  blocks.forEach(({ start, entry }, b) => {
    if (own[b] === entry.findings) return;
    for (const f of own[b]) if (f.packId === packId && ruleIds.includes(f.ruleId) && (first < 0 || start + f.start < first)) first = start + f.start;
  });
  return first;
}
