// The glossary terms a draft uses, from its blocks. A term is found within a stretch between blank lines, and
// blocks start after one, so a block's own terms are the draft's there, except where a long list was cut with
// no blank line (src/lint/blockCuts.ts) and a term may run across the cut ("… with ICE" ending one item,
// "- detainer …" starting the next): blocks joined by such cuts are searched together, as one text, and what
// that search found is kept while their text stays the same. Each term is counted over the runs of blocks, and an
// edit changes only the counts of the runs it touched: a check no longer gathers every block's terms.
import type { GlossaryTerm } from '../corpus/types';
import { startsAtCut, type Block } from './blockParts';
import type { CheckPack } from './incremental';

type Found = GlossaryTerm[][];

export class DraftTerms {
  private kept = new Map<string, Found>();
  /** The last check's runs' terms, in draft order, and per pack how many of them use each term. */
  private runs: Found[] = [];
  private readonly counts: Array<Map<GlossaryTerm, number>>;

  constructor(private readonly packs: readonly CheckPack[]) {
    this.counts = packs.map(() => new Map());
  }

  /** Per pack, the terms the draft uses; `cut`: a Markdown draft's blocks may be parts. */
  used(text: string, blocks: readonly Block[], cut: boolean): GlossaryTerm[][] {
    const runs: Found[] = [];
    const kept = new Map<string, Found>();
    for (let b = 0; b < blocks.length; ) {
      let e = b + 1;
      while (cut && e < blocks.length && startsAtCut(blocks, e) && this.packs.some((p) => p.terms.runsPast(text, blocks[b].start, blocks[e].start))) e++;
      let found = blocks[b].entry.terms;
      if (e > b + 1) {
        const joined = text.slice(blocks[b].start, e < blocks.length ? blocks[e].start : text.length);
        found = kept.get(joined) ?? this.kept.get(joined) ?? this.packs.map((p) => p.terms.used(joined));
        kept.set(joined, found);
      }
      runs.push(found);
      b = e;
    }
    this.kept = kept;
    this.recount(runs);
    return this.counts.map((count) => [...count.keys()]);
  }

  /** Moves the counts from the last check's runs to these: only the runs between the common ends change. */
  private recount(runs: Found[]): void {
    const old = this.runs;
    let head = 0;
    while (head < old.length && head < runs.length && old[head] === runs[head]) head++;
    let tail = 0;
    while (tail < old.length - head && tail < runs.length - head && old[old.length - 1 - tail] === runs[runs.length - 1 - tail]) tail++;
    const count = (found: Found, by: number) =>
      found.forEach((terms, p) => {
        const counts = this.counts[p];
        for (const term of terms) {
          const n = (counts.get(term) ?? 0) + by;
          if (n > 0) counts.set(term, n);
          else counts.delete(term);
        }
      });
    for (let r = head; r < old.length - tail; r++) count(old[r], -1);
    for (let r = head; r < runs.length - tail; r++) count(runs[r], 1);
    this.runs = runs;
  }
}
