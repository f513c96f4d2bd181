// Which of the words a pack's phrases need (phraseWordSets) a sentence holds, noted while its words are
// scanned: each needed word is a number, and a sentence marks the numbers of the words it holds.
// Numbers and marks, not a set of the sentence's words: the test runs for every candidate phrase.
export class WordMarks {
  private marks = new Uint32Array(0);
  private sentence = 0;
  private count = 0;

  /** A number for one more word. */
  add(): number {
    return this.count++;
  }

  /** Starts a sentence: none of its words is marked yet. */
  start(): void {
    if (this.marks.length < this.count) this.marks = new Uint32Array(this.count);
    if (++this.sentence === 0xffffffff) {
      this.marks.fill(0);
      this.sentence = 1;
    }
  }

  mark(word: number): void {
    this.marks[word] = this.sentence;
  }

  /** Whether the sentence holds a word of each set. */
  holdsAll(needs: ReadonlyArray<readonly number[]>): boolean {
    for (let n = 0; n < needs.length; n++) {
      const set = needs[n];
      let held = false;
      for (let k = 0; k < set.length && !held; k++) held = this.marks[set[k]] === this.sentence;
      if (!held) return false;
    }
    return true;
  }

  /** As holdsAll, for sets written one after another in data[from, to), each as its size and then its words. */
  holdsRun(data: Int32Array, from: number, to: number): boolean {
    for (let j = from; j < to; ) {
      const size = data[j];
      let held = false;
      for (let k = 1; k <= size && !held; k++) held = this.marks[data[j + k]] === this.sentence;
      if (!held) return false;
      j += size + 1;
    }
    return true;
  }
}
