// The glossary finder's trie (glossaryTerms.ts) in typed arrays: node n's child by a character code is found in one
// open-addressing table, not in a Map of one-character strings per node. The finder walks it at most places a term
// may start in every checked block, between much other work, and a trie of Maps and objects leaves the caches then.
const NONE = -1;

export class TermTrie {
  /** Per slot: the parent node + 1 (0: empty), the character's code, the child node. */
  private slotParent = new Int32Array(0);
  private slotCode = new Int32Array(0);
  private slotChild = new Int32Array(0);
  private mask = 0;
  /** The phrases ending at each node, by their order. */
  readonly ends: number[][] = [[]];
  private edges = new Map<string, number>();

  /** Adds a phrase as its keys (child codes from the root) and returns its last node. A key of several code units
   *  (a character outside the Basic Multilingual Plane) gets a code no text's code unit has, as the Map's string key had. */
  add(keys: readonly string[], order: number): void {
    let node = 0;
    for (const key of keys) {
      const code = key.length === 1 ? key.charCodeAt(0) : -key.codePointAt(0)!;
      const edge = `${node},${code}`;
      let child = this.edges.get(edge);
      if (child === undefined) {
        child = this.ends.length;
        this.ends.push([]);
        this.edges.set(edge, child);
      }
      node = child;
    }
    this.ends[node].push(order);
  }

  /** Packs the edges added into the table; call once, after the last add. */
  seal(): void {
    let capacity = 16;
    while (capacity < this.edges.size * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slotParent = new Int32Array(capacity);
    this.slotCode = new Int32Array(capacity);
    this.slotChild = new Int32Array(capacity);
    for (const [edge, child] of this.edges) {
      const comma = edge.indexOf(',');
      const parent = Number(edge.slice(0, comma));
      const code = Number(edge.slice(comma + 1));
      let s = slotOf(parent, code) & this.mask;
      while (this.slotParent[s] !== 0) s = (s + 1) & this.mask;
      this.slotParent[s] = parent + 1;
      this.slotCode[s] = code;
      this.slotChild[s] = child;
    }
    this.edges = new Map();
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
}

const slotOf = (node: number, code: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
