// The glossary finder's trie (glossaryTerms.ts) in typed arrays: node n's child by a character code is found in one
// open-addressing table, not in a Map of one-character strings per node. The finder walks it at most places a term
// may start in every checked block, between much other work, and a trie of Maps and objects leaves the caches then.
const NONE = -1;

export class TermTrie {
  /** Per slot: the parent node + 1 (0: empty), the character's code, the child node. */
  private slotParent = new Int32Array(16);
  private slotCode = new Int32Array(16);
  private slotChild = new Int32Array(16);
  private mask = 15;
  private edges = 0;
  /** The phrases ending at each node, by their order. */
  readonly ends: number[][] = [[]];

  /** Adds a phrase as its keys (child characters from the root), ending at a node that lists its order. A key of several
   *  code units (a character outside the Basic Multilingual Plane) gets a code no text's code unit has, as a Map's
   *  one-string key for it matched no one-unit string. */
  add(keys: readonly string[], order: number): void {
    let node = 0;
    for (const key of keys) {
      const code = key.length === 1 ? key.charCodeAt(0) : -key.codePointAt(0)!;
      let child = this.child(node, code);
      if (child === NONE) {
        child = this.ends.length;
        this.ends.push([]);
        this.insert(node, code, child);
      }
      node = child;
    }
    this.ends[node].push(order);
  }

  /** Node's child by the character code (NaN, past a string's end: none), or -1. */
  child(node: number, code: number): number {
    if (node < 0 || code !== code) return NONE;
    for (let s = slotOf(node, code) & this.mask; ; s = (s + 1) & this.mask) {
      const parent = this.slotParent[s];
      if (parent === 0) return NONE;
      if (parent === node + 1 && this.slotCode[s] === code) return this.slotChild[s];
    }
  }

  private insert(node: number, code: number, child: number): void {
    if (++this.edges * 2 > this.slotParent.length) this.grow();
    let s = slotOf(node, code) & this.mask;
    while (this.slotParent[s] !== 0) s = (s + 1) & this.mask;
    this.slotParent[s] = node + 1;
    this.slotCode[s] = code;
    this.slotChild[s] = child;
  }

  private grow(): void {
    const [parents, codes, children] = [this.slotParent, this.slotCode, this.slotChild];
    const capacity = parents.length * 2;
    this.slotParent = new Int32Array(capacity);
    this.slotCode = new Int32Array(capacity);
    this.slotChild = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < parents.length; s++) {
      if (parents[s] === 0) continue;
      let t = slotOf(parents[s] - 1, codes[s]) & this.mask;
      while (this.slotParent[t] !== 0) t = (t + 1) & this.mask;
      this.slotParent[t] = parents[s];
      this.slotCode[t] = codes[s];
      this.slotChild[t] = children[s];
    }
  }
}

const slotOf = (node: number, code: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
