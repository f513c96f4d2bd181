// Where a block brings the draft into a document rule's scope, and where it provides what the rule asks, read
// only while the draft needs them. A check wants, per rule, the first block in scope and the first that provides:
// once a block read in this check has answered, the blocks read after it are not asked (a draft's first
// provision usually comes early, and asking every block had been a sixth of a 50 KB check). An answer left
// unread is read when an edit makes it wanted, from the block's own prose units, as it would have been read.
import type { CheckPack } from './incremental';
import type { Block, BlockEntry } from './blockParts';
import type { Finding } from '../lint/finding';
import { provides, scopeStart } from '../lint/documentRules';
import type { SentenceReading } from '../lint/matchSentence';
import type { SentenceReadings } from '../lint/sentenceReadings';
import { splitSentences, type Sentence } from '../lint/sentences';
import { bareRuleId } from './severity';

/** An answer not read yet (-1: the block has none). */
const UNREAD = -2;

/** Per pack, per document rule: where the block's first sentence in scope, or providing, starts. */
export interface BlockFacts {
  inScope: number[][];
  provides: number[][];
}

export class DocumentFacts {
  private scopeWanted: boolean[][] = [];
  private provisionWanted: boolean[][] = [];
  /** Blocks read again for an answer in this check, by pack. */
  private readonly reread = new Map<BlockEntry, Array<{ sentences: Sentence[]; readings: SentenceReading[] }>>();

  constructor(
    private readonly packs: readonly CheckPack[],
    private readonly readings: readonly SentenceReadings[],
  ) {}

  /** A check starts: every answer is wanted again, until a block read in it gives one. */
  start(): void {
    this.reread.clear();
    this.scopeWanted = this.packs.map((p) => p.rules.documentRules.map(() => true));
    this.provisionWanted = this.packs.map((p) => p.rules.documentRules.map(() => true));
  }

  /** A check ends: the sentences read again are let go. */
  finish(): void {
    this.reread.clear();
  }

  /** The answers a block just read gives pack p's rules, from the readings its sentence rules made (`found`: their findings). */
  read(p: number, sentences: Sentence[], readings: SentenceReading[], found: ReadonlyArray<{ ruleId: string; start: number }>): { inScope: number[]; provides: number[] } {
    const rules = this.packs[p].rules.documentRules;
    const inScope = rules.map((rule, r) => (this.scopeWanted[p][r] ? scopeStart(rule, sentences, readings, found) : UNREAD));
    const provided = rules.map((rule, r) => (this.provisionWanted[p][r] ? sentences[readings.findIndex((reading) => provides(rule, reading))]?.start ?? -1 : UNREAD));
    rules.forEach((_, r) => {
      if (inScope[r] >= 0) this.scopeWanted[p][r] = false;
      if (provided[r] >= 0) this.provisionWanted[p][r] = false;
    });
    return { inScope, provides: provided };
  }

  /** Where the first sentence that brings the draft into the scope of pack p's rule r starts (-1: none). */
  firstInScope(blocks: readonly Block[], p: number, r: number): number {
    for (const { start, entry } of blocks) {
      const at = this.scopeAt(entry, p, r);
      if (at >= 0) return start + at;
    }
    return -1;
  }

  /** Where the first sentence that provides what pack p's rule r asks starts (-1: none). */
  firstProvided(blocks: readonly Block[], p: number, r: number): number {
    for (const { start, entry } of blocks) {
      const at = this.providesAt(entry, p, r);
      if (at >= 0) return start + at;
    }
    return -1;
  }

  /** Where the block brings the draft into the scope of pack p's rule r (-1: it does not). */
  private scopeAt(entry: BlockEntry, p: number, r: number): number {
    if (entry.inScope[p][r] === UNREAD) {
      const { pack, rules } = this.packs[p];
      const found = entry.findings.filter((f: Finding & { packId: string }) => f.packId === pack.meta.id).map((f) => ({ ruleId: bareRuleId(f.ruleId), start: f.start }));
      const { sentences, readings } = this.readAgain(entry, p);
      entry.inScope[p][r] = scopeStart(rules.documentRules[r], sentences, readings, found);
    }
    return entry.inScope[p][r];
  }

  /** Where the block provides what pack p's rule r asks (-1: it does not). */
  private providesAt(entry: BlockEntry, p: number, r: number): number {
    if (entry.provides[p][r] === UNREAD) {
      const { sentences, readings } = this.readAgain(entry, p);
      const rule = this.packs[p].rules.documentRules[r];
      entry.provides[p][r] = sentences[readings.findIndex((reading) => provides(rule, reading))]?.start ?? -1;
    }
    return entry.provides[p][r];
  }

  private readAgain(entry: BlockEntry, p: number): { sentences: Sentence[]; readings: SentenceReading[] } {
    let byPack = this.reread.get(entry);
    if (!byPack) this.reread.set(entry, (byPack = []));
    if (!byPack[p]) {
      const sentences = entry.units.flatMap(splitSentences);
      byPack[p] = { sentences, readings: sentences.map((s) => this.readings[p].of(s.text, s.leadIn)) };
    }
    return byPack[p];
  }
}
