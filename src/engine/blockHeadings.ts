// Findings that the title and headings above a provision complete (src/lint/headingContext.ts), for a
// draft read block by block: each block keeps its candidates, and the headings are followed across
// blocks in draft order at every check, so a block's reading never depends on another block's text.
// A block's heading findings are kept per chain of headings above it: an edit elsewhere costs a lookup.
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

/** Each block's sentence findings with those its headings complete, sorted as the whole-draft check sorts them. */
/** `readings`: per pack, the sentences read in this check. */
export function blockFindingsWithHeadings(blocks: Block[], packs: readonly CheckPack[], qualified: (packId: string, ruleId: string) => string, readings: readonly SentenceReadings[]): BlockFinding[][] {
  const added: Array<BlockFinding[][] | undefined> = new Array(blocks.length);
  packs.forEach(({ pack, rules }, p) => {
    if (!blocks.some(({ entry }) => entry.candidates[p].length)) return;
    const chain = new HeadingChain();
    // Indexed, with no key built per block: this walks every block at every check.
    for (let b = 0; b < blocks.length; b++) {
      const entry = blocks[b].entry;
      if (!entry.candidates[p].length) {
        for (const unit of headings(entry)) chain.add(unit);
        continue;
      }
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
          ruleId: qualified(pack.meta.id, rule.id),
          packId: pack.meta.id,
        }), readings[p]) as BlockFinding[];
        byChain.set(key, found);
      }
      if (found.length) (added[b] ??= []).push(found);
    }
  });
  return blocks.map(({ entry }, b) => (added[b] ? merged(entry, added[b]) : entry.findings));
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
