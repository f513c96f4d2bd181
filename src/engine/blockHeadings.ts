// Findings that the title and headings above a provision complete (src/lint/headingContext.ts), for a
// draft read block by block: each block keeps its candidates, and the headings are followed across
// blocks in draft order at every check, so a block's reading never depends on another block's text.
import { HeadingChain, headingFindings } from '../lint/headingContext';
import { sentenceFinding } from '../lint/packFindings';
import type { CheckPack } from './incremental';
import type { Block, BlockFinding } from './blockParts';

const byStart = (a: BlockFinding, b: BlockFinding) => a.start - b.start || a.ruleId.localeCompare(b.ruleId);

/** Each block's sentence findings with those its headings complete, sorted as the whole-draft check sorts them. */
export function blockFindingsWithHeadings(blocks: Block[], packs: readonly CheckPack[], qualified: (packId: string, ruleId: string) => string): BlockFinding[][] {
  const added: BlockFinding[][] = blocks.map(() => []);
  packs.forEach(({ pack, rules }, p) => {
    if (!blocks.some(({ entry }) => entry.candidates[p].length)) return;
    const chain = new HeadingChain();
    blocks.forEach(({ entry }, b) => {
      const make = (rule: Parameters<typeof sentenceFinding>[0], sentence: Parameters<typeof sentenceFinding>[1], evidence: Parameters<typeof sentenceFinding>[3]) =>
        ({ ...sentenceFinding(rule, sentence, entry.lines, evidence), ruleId: qualified(pack.meta.id, rule.id), packId: pack.meta.id }) as BlockFinding;
      for (const f of headingFindings(entry.candidates[p], entry.units, chain, rules, make)) added[b].push(f as BlockFinding);
    });
  });
  return blocks.map(({ entry }, b) => (added[b].length ? [...entry.findings, ...added[b]].sort(byStart) : entry.findings));
}
