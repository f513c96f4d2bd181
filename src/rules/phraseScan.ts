// The candidate-phrase scan (candidatePhrases) over typed arrays: phrases by number, each key word's phrases and
// each phrase's needed words as runs of numbers, the words themselves in a WordTable. Built once per pack from
// what compileRules keeps as maps and objects; a scan then touches only the phrases it returns.
import type { WordMarks } from './wordMarks';
import { WordTable } from './wordTable';
import { isWordCode } from '../language/characters';

interface Phrase {
  needs?: ReadonlyArray<readonly number[]>;
}

export interface ScanSource<P extends Phrase> {
  /** Every phrase, in pack order. */
  phrases: readonly P[];
  keys: ReadonlyMap<string, { phrases?: P[]; need?: number }>;
  phrasesByPrefix: ReadonlyMap<string, P[]>;
  prefixLengths: readonly number[];
  prefixHeads: ReadonlySet<number>;
  alwaysRun: readonly P[];
  marks: WordMarks;
}

/** A prefix's head as a number: its first character, and its second (a prefix of one character has none). */
export const prefixHead = (word: string, length: number, at = 0) => (length < 2 ? word.charCodeAt(at) : (word.charCodeAt(at) + 1) * 0x10000 + word.charCodeAt(at + 1));

export class PhraseScan<P extends Phrase> {
  private readonly phrases: readonly P[];
  private readonly table: WordTable;
  /** Per key word, its number as a needed word, or -1. */
  private readonly keyNeed: Int32Array;
  /** Entry e's phrases (a key word's, then a prefix's, by number) are ids[idStart[e] .. idStart[e + 1]). */
  private readonly ids: Int32Array;
  private readonly idStart: Int32Array;
  private readonly prefixEntry = new Map<string, number>();
  private readonly always: Int32Array;
  /** Phrase p's needed sets are needData[needStart[p] .. needStart[p + 1]), each as its size and then its words. */
  private readonly needStart: Int32Array;
  private readonly needData: Int32Array;
  /** The scan's stamp on each phrase already taken or refused. */
  private readonly seen: Uint32Array;
  private scan = 0;
  private entries = new Int32Array(64);

  constructor(private readonly source: ScanSource<P>) {
    const number = new Map<P, number>(source.phrases.map((p, k) => [p, k]));
    const id = (p: P) => number.get(p) ?? number.set(p, number.size).get(p)!;
    const words = [...source.keys.keys()];
    this.table = new WordTable(words);
    this.keyNeed = Int32Array.from(words, (w) => source.keys.get(w)!.need ?? -1);
    const lists: Array<readonly P[]> = words.map((w) => source.keys.get(w)!.phrases ?? []);
    for (const [prefix, list] of source.phrasesByPrefix) {
      this.prefixEntry.set(prefix, lists.length);
      lists.push(list);
    }
    this.idStart = new Int32Array(lists.length + 1);
    lists.forEach((list, e) => (this.idStart[e + 1] = this.idStart[e] + list.length));
    this.ids = Int32Array.from(lists.flat(), id);
    this.always = Int32Array.from(source.alwaysRun, id);
    this.phrases = [...number.keys()];
    this.needStart = new Int32Array(this.phrases.length + 1);
    const data: number[] = [];
    this.phrases.forEach((p, k) => {
      for (const set of p.needs ?? []) data.push(set.length, ...set);
      this.needStart[k + 1] = data.length;
    });
    this.needData = Int32Array.from(data);
    this.seen = new Uint32Array(this.phrases.length);
  }

  /** The phrases that can match somewhere in the text, each once, in the order candidatePhrases gave them. */
  candidates(text: string): P[] {
    const { source, table, keyNeed, idStart, ids } = this;
    const marks = source.marks;
    marks.start();
    if (++this.scan === 0xffffffff) {
      this.seen.fill(0);
      this.scan = 1;
    }
    let count = 0;
    const lower = text.toLowerCase();
    // The words are the runs of [A-Za-z0-9_] (what \W splits at), found by character code.
    for (let i = 0; i < lower.length; ) {
      if (!isWordCode(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < lower.length && isWordCode(lower.charCodeAt(end))) end++;
      const k = table.find(lower, i, end);
      if (k >= 0) {
        if (keyNeed[k] >= 0) marks.mark(keyNeed[k]);
        if (idStart[k + 1] > idStart[k]) count = this.note(count, k);
      }
      for (const length of source.prefixLengths) {
        if (length > end - i) break;
        if (!source.prefixHeads.has(prefixHead(lower, length, i))) continue;
        const e = this.prefixEntry.get(lower.slice(i, i + length));
        if (e !== undefined && idStart[e + 1] > idStart[e]) count = this.note(count, e);
      }
      i = end;
    }
    const found: P[] = [];
    for (let j = 0; j < this.always.length; j++) this.take(this.always[j], found);
    for (let n = 0; n < count; n++) {
      const e = this.entries[n];
      for (let j = idStart[e]; j < idStart[e + 1]; j++) this.take(ids[j], found);
    }
    return found;
  }

  private note(count: number, entry: number): number {
    if (count === this.entries.length) {
      const grown = new Int32Array(count * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.entries[count] = entry;
    return count + 1;
  }

  /** Adds phrase p if this scan has not met it and the sentence holds a word of each set it needs. */
  private take(p: number, found: P[]): void {
    if (this.seen[p] === this.scan) return;
    this.seen[p] = this.scan;
    if (this.source.marks.holdsRun(this.needData, this.needStart[p], this.needStart[p + 1])) found.push(this.phrases[p]);
  }
}
