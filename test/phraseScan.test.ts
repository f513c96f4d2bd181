// The candidate-phrase scan over typed arrays (src/rules/phraseScan.ts, wordTable.ts) gives the phrases the scan over maps
// and strings gave (kept here as the reference, as it was before), in the same order, on every text tried.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadPackFromDir } from '../src/cli/packDir';
import { candidateList, compileRules, type CompiledPhrase, type CompiledRules } from '../src/rules/compileRules';
import { isWordCode } from '../src/language/characters';
import { prefixHead } from '../src/rules/phraseScan';
import { WordTable } from '../src/rules/wordTable';
import { readLabelled } from './support/labelled';
import { generateDenseManual, generateManual } from '../bench/manual';

function referenceScan(rules: CompiledRules, text: string): CompiledPhrase[] {
  const { keys, marks } = rules;
  marks.start();
  const keyed: CompiledPhrase[][] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lower.length && isWordCode(lower.charCodeAt(end))) end++;
    const word = lower.slice(i, end);
    i = end;
    const key = keys.get(word);
    if (key?.need !== undefined) marks.mark(key.need);
    if (key?.phrases) keyed.push(key.phrases);
    for (const length of rules.prefixLengths) {
      if (length > word.length) break;
      if (!rules.prefixHeads.has(prefixHead(word, length))) continue;
      const prefixed = rules.phrasesByPrefix.get(word.slice(0, length));
      if (prefixed) keyed.push(prefixed);
    }
  }
  const candidates = new Set<CompiledPhrase>();
  for (const phrase of rules.alwaysRun) if (!phrase.needs || marks.holdsAll(phrase.needs)) candidates.add(phrase);
  for (const list of keyed) for (const phrase of list) if (!phrase.needs || marks.holdsAll(phrase.needs)) candidates.add(phrase);
  return [...candidates];
}

describe('word table', () => {
  const words = ['hold', 'holds', 'ice', 'a', '287', 'detainer', 'x_y'];
  const table = new WordTable(words);
  it('finds each word by its number, from any range of a string', () => {
    words.forEach((w, k) => assert.equal(table.find(`..${w}..`, 2, 2 + w.length), k));
  });
  it('finds no other word, nor a prefix or extension of one', () => {
    for (const w of ['hol', 'holdss', 'ic', 'Hold', '', 'b', 'detainers', '28']) assert.equal(table.find(w, 0, w.length), -1);
  });
  it('holds thousands of words', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const big = new WordTable(many);
    many.forEach((w, k) => assert.equal(big.find(w, 0, w.length), k));
    assert.equal(big.find('zzzz', 0, 4), -1);
  });
});

describe('phrase scan', () => {
  let rules: CompiledRules;
  const same = (text: string) => assert.deepEqual(candidateList(rules, text), referenceScan(rules, text), text.slice(0, 200));
  before(async () => {
    rules = compileRules((await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules);
  });

  it('gives the reference scan’s phrases on every labelled line, as written, upper-cased and lower-cased', () => {
    const dir = join(__dirname, 'labelled');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('blind'));
    assert.ok(files.length >= 2);
    for (const file of files) {
      for (const { sentence } of readLabelled(join(dir, file))) {
        same(sentence);
        same(sentence.toUpperCase());
        same(sentence.toLowerCase());
      }
    }
  });

  it('gives the reference scan’s phrases on the real documents and the bench manuals, line by line and paragraph by paragraph', () => {
    const root = join(__dirname, '..');
    const texts = ['examples', 'test/fixtures/real', 'test/labelled/documents'].flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => /\.(md|txt)$/.test(f))
        .map((f) => readFileSync(join(root, d, f), 'utf8')),
    );
    texts.push(generateManual(20_000, 1, 0.25), generateDenseManual(20_000));
    for (const text of texts) for (const part of [...text.split('\n'), ...text.split('\n\n')]) same(part);
  });

  it('reads non-ASCII letters as the reference did (lower-casing first: "İCE", the Kelvin sign)', () => {
    for (const text of ['İCE detainer', 'HOLD \u212Aeep', 'détainer hold', 'ＩＣＥ hold', 'hold’s detainers', 'the jail shall hold\u0130']) same(text);
  });

  it('gives the reference scan’s phrases on generated texts of the pack’s words', () => {
    const words = [...rules.keys.keys()].slice(0, 400).concat(['the', 'shall', 'not', 'ICE', 'detain', 'detainers', ',', '.', '(g)', '287']);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '-', '_', ' (', ') ', '’'), fc.boolean()), { maxLength: 40 }), (parts) => {
        same(parts.map(([w, gap, upper]) => (upper ? w.toUpperCase() : w) + gap).join(''));
      }),
      { numRuns: 3000 },
    );
  });
});
