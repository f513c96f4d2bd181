// The glossary terms a draft uses, from its blocks. A term is found within a stretch between blank lines, and
// blocks start after one, so a block's own terms are the draft's there, except where a long list was cut with
// no blank line (src/lint/blockCuts.ts) and a term may run across the cut ("… with ICE" ending one item,
// "- detainer …" starting the next): blocks joined by such cuts are searched together, as one text, and what
// that search found is kept while their text stays the same.
import type { GlossaryTerm } from '../corpus/types';
import { isCut } from '../lint/blockCuts';
import type { Block } from './blockParts';
import type { CheckPack } from './incremental';
import { pushAll } from '../lint/pushAll';

export class DraftTerms {
  private kept = new Map<string, GlossaryTerm[][]>();

  constructor(private readonly packs: readonly CheckPack[]) {}

  /** Per pack, the terms the draft uses (a term may be listed more than once); `cut`: a Markdown draft's blocks may be parts. */
  used(text: string, blocks: readonly Block[], cut: boolean): GlossaryTerm[][] {
    const used: GlossaryTerm[][] = this.packs.map(() => []);
    const kept = new Map<string, GlossaryTerm[][]>();
    for (let b = 0; b < blocks.length; ) {
      let e = b + 1;
      while (cut && e < blocks.length && isCut(text, blocks[e].start) && this.packs.some((p) => p.terms.runsPast(text, blocks[b].start, blocks[e].start))) e++;
      let found: GlossaryTerm[][] = blocks[b].entry.terms;
      if (e > b + 1) {
        const joined = text.slice(blocks[b].start, e < blocks.length ? blocks[e].start : text.length);
        found = kept.get(joined) ?? this.kept.get(joined) ?? this.packs.map((p) => p.terms.used(joined));
        kept.set(joined, found);
      }
      found.forEach((terms, p) => pushAll(used[p], terms));
      b = e;
    }
    this.kept = kept;
    return used;
  }
}
