// The glossary finder's trie in typed arrays (src/present/termTrie.ts): children by character code, phrase ends by node.
import assert from 'node:assert/strict';
import { TermTrie } from '../src/present/termTrie';

describe('term trie', () => {
  const trie = new TermTrie();
  const walk = (text: string) => {
    let node = 0;
    for (let i = 0; i < text.length && node >= 0; i++) node = trie.child(node, text.charCodeAt(i));
    return node;
  };
  trie.add([...'ice'], 2);
  trie.add(['i', 'c', 'e', ' ', ...'hold'], 0);
  trie.add([...'ice'], 5);
  trie.add([...'a😀b'], 1);

  it('walks each phrase added to the node that lists its order', () => {
    assert.deepEqual(trie.ends[walk('ice')], [2, 5]);
    assert.deepEqual(trie.ends[walk('ice hold')], [0]);
    assert.deepEqual(trie.ends[walk('ic')], []);
  });
  it('has no child for a code it was not given, past a string’s end, or below no node', () => {
    assert.equal(walk('icy'), -1);
    assert.equal(trie.child(walk('ice'), 'x'.charCodeAt(5)), -1);
    assert.equal(trie.child(-1, 0x69), -1);
  });
  it('never reaches a phrase through a character of two code units, as a Map of one-unit strings never did', () => {
    assert.equal(walk('a😀b'), -1);
    assert.notEqual(walk('a'), -1);
  });
  it('holds thousands of nodes', () => {
    const big = new TermTrie();
    const words = Array.from({ length: 3000 }, (_, i) => `term ${i} x`);
    words.forEach((w, k) => big.add([...w], k));
    words.forEach((w, k) => {
      let node = 0;
      for (let i = 0; i < w.length; i++) node = big.child(node, w.charCodeAt(i));
      assert.deepEqual(big.ends[node], [k]);
    });
  });
});
