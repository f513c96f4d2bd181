// An incremental checker after edits gives what a check from scratch gives: the property the block tests share.
import assert from 'node:assert/strict';
import type { Engine } from '../../src/engine/engine';

export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Checks `original`, then applies each edit (at taken modulo the text's length) and asserts the draft checker's result
 *  equals a fresh check of the edited text. */
export function assertEditsAsFresh(engine: Engine, original: string, edits: readonly Edit[]): void {
  const checker = engine.draft();
  let text = original;
  checker.check({ text, format: 'markdown' });
  for (const e of edits) {
    const at = e.at % (text.length + 1);
    text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
    assert.deepStrictEqual(checker.check({ text, format: 'markdown' }), engine.check({ text, format: 'markdown' }));
  }
}
