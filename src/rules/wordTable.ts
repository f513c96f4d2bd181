// A pack's key words in typed arrays, looked up from a range of a string by character code. A check scans every
// sentence's words between much other work, and a Map of strings (its table, the key strings, their objects) has left
// the processor's caches by then: the scan took 3 to 5 times longer inside a check than run alone. These arrays are a
// few tens of kilobytes in three blocks, and a look-up makes no string.
export class WordTable {
  /** Per slot, the word's number + 1 (0: empty); open addressing, probed in order. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The words' characters, one after another; word k is chars[starts[k] .. starts[k + 1]). */
  private readonly chars: Uint16Array;
  private readonly starts: Int32Array;

  /** `words` must be distinct: word k is found as k. */
  constructor(words: readonly string[]) {
    let capacity = 16;
    while (capacity < words.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.starts = new Int32Array(words.length + 1);
    let length = 0;
    words.forEach((w, k) => {
      this.starts[k] = length;
      length += w.length;
    });
    this.starts[words.length] = length;
    this.chars = new Uint16Array(length);
    words.forEach((w, k) => {
      for (let i = 0; i < w.length; i++) this.chars[this.starts[k] + i] = w.charCodeAt(i);
      let s = hash(w, 0, w.length) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = k + 1;
    });
  }

  /** The number of the word text.slice(start, end), or -1 when it is none of the table's. */
  find(text: string, start: number, end: number): number {
    const { slots, mask, chars, starts } = this;
    const length = end - start;
    for (let s = hash(text, start, end) & mask; ; s = (s + 1) & mask) {
      const k = slots[s] - 1;
      if (k < 0) return -1;
      const at = starts[k];
      if (starts[k + 1] - at !== length) continue;
      let i = 0;
      while (i < length && chars[at + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return k;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
