// A block is read with the draft's link reference definitions that it names, not all of them: with
// every definition before every block that has a "[", a draft of many of both was quadratic (a
// fuzzing helper: 23 KB of definitions and references took 22 s). What a block reads must not change.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { BlockEntry } from '../src/engine/blockParts';
import { createEngine, type Engine } from '../src/engine/engine';
import { readBlock } from '../src/lint/blocks';
import { bracketedKeys, DefinitionContexts, labelKey } from '../src/lint/linkLabels';

/** The blocks of a draft checker's last check (its state is private). */
const blocksOf = (checker: object) => (checker as { state: { blocks: Array<{ entry: BlockEntry }> } }).state.blocks;
const unitTexts = (units: Array<{ text: string }>) => units.map((u) => u.text);

describe('link reference definitions, block by block', function () {
  this.timeout(60_000);
  let engine: Engine;
  before(async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    engine = createEngine([{ pack, index: () => assert.fail('no search here') }]);
  });

  it('finds the labels a block names as the parser compares them, in one pass', () => {
    assert.equal(labelKey('  The \t Guidance\n'), labelKey('the guidance'));
    const { named, defining } = bracketedKeys('See [The  Guidance] and [x][Form\n> 2], not \\[escaped].\n\n[own]: #\n[[nested]]');
    assert.deepEqual([...named].sort(), ['FORM 2', 'FORM > 2', 'NESTED', 'OWN', 'THE GUIDANCE', 'X']);
    assert.deepEqual([...defining], ['OWN']);
  });

  it('gives a block the definitions it names and does not make itself', () => {
    const contexts = new DefinitionContexts(['a', 'b', 'c', 'The Guidance']);
    assert.equal(contexts.guess('Hold [A] per [the guidance].\n\n[c]: #\n'), 'The Guidance\na');
    assert.equal(contexts.wanted('Hold [b] and [c].\n', ['c']), 'b');
    assert.equal(contexts.guess('No brackets.'), '');
  });

  it('reads each of 300 blocks with the one definition it names, not all 300', () => {
    const defs = Array.from({ length: 300 }, (_, i) => `[a${i}]: #x${i}`).join('\n');
    const refs = Array.from({ length: 300 }, (_, i) => `The jail shall hold [A${i}].`).join('\n\n');
    const checker = engine.draft();
    checker.check({ text: `${defs}\n\n${refs}\n`, format: 'markdown' });
    const blocks = blocksOf(checker);
    assert.equal(blocks.length, 301);
    assert.equal(blocks[0].entry.definitions.length, 300);
    assert.equal(blocks[0].entry.context, '', 'the block of definitions needs none from elsewhere');
    blocks.slice(1).forEach(({ entry }, i) => {
      assert.equal(entry.context, `a${i}`);
      assert.deepEqual(unitTexts(entry.units), [`The jail shall hold A${i}.`], 'the reference reads as a link');
    });
  });

  it('reads every block as it reads with all the definitions before it, also after edits', () => {
    const draft = [
      '> Quoted [Form\n> 2] and [the  GUIDANCE].',
      '[form 2]: #f\n[The Guidance]: #g "title"',
      '- hold [a] per [b][The guidance] and [missing]\n- and [FORM 2][]',
      '[a]: #a',
      'Defined twice: [a].\n\n[A]: #other',
    ].join('\n\n');
    const checker = engine.draft();
    for (const text of [draft, draft.replace('[a]: #a', '[a]: #a\n[missing]: #m'), draft.replace('[form 2]: #f\n', '')]) {
      checker.check({ text, format: 'markdown' });
      const blocks = blocksOf(checker);
      const all = [...new Set(blocks.flatMap((b) => b.entry.definitions))].sort();
      for (const { entry } of blocks) {
        assert.deepEqual(unitTexts(entry.units), unitTexts(readBlock(entry.text, 'markdown', all).prose.units), entry.text);
      }
    }
  });
});
