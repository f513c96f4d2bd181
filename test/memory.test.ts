// What a draft checker keeps between checks: its blocks' findings and prose, not the clause frames it read
// them with. Frames (tokens, clauses) are most of what a check allocates; kept, they made a 50 KB draft's
// checker hold 4.6 MB instead of 1.2 MB, and garbage collection copy them over and over during the check.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createEngine } from '../src/engine/engine';
import { FramePolarity } from '../src/lint/framePolarity';
import { buildSearchIndex } from '../src/search/searchIndex';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const draft = [
  '# Detainer policy',
  '',
  'The jail shall hold any inmate on an ICE detainer for 48 hours.',
  '',
  'Deputies shall not share release dates with ICE.',
  '',
  'Officers may ask a person about immigration status during a traffic stop.',
  '',
  'The Sheriff shall keep a log of every ICE request.',
].join('\n');

describe('what a draft checker keeps', () => {
  it('lets go of every clause frame it read once the check is done', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    // Every frame reader that reads its sentence's frames is watched.
    const read: Array<WeakRef<FramePolarity>> = [];
    const descriptor = Object.getOwnPropertyDescriptor(FramePolarity.prototype, 'frames')!;
    Object.defineProperty(FramePolarity.prototype, 'frames', {
      ...descriptor,
      get(this: FramePolarity) {
        read.push(new WeakRef(this));
        return descriptor.get!.call(this);
      },
    });
    try {
      const checker = engine.draft();
      const output = checker.check({ text: draft, format: 'markdown' });
      assert.ok(output.findings.length >= 3, 'the draft is read and flagged');
      assert.ok(read.length >= 3, 'frames were read');
      // A WeakRef keeps its target through the job that made or read it, and a collection may leave a young object
      // for the next: collect after a turn of the event loop, a few times, before counting what is still held.
      let alive = read.length;
      for (let attempt = 0; attempt < 5 && alive > 0; attempt++) {
        await new Promise((resolve) => setImmediate(resolve));
        collectGarbage();
        alive = read.filter((ref) => ref.deref() !== undefined).length;
      }
      assert.equal(alive, 0, `${alive} of ${read.length} frame readers are still held by the checker`);
      // The checker is still usable (and so still alive) afterwards: an edit re-reads one block.
      assert.ok(checker.check({ text: draft.replace('48 hours', '72 hours'), format: 'markdown' }).findings.length >= 3);
    } finally {
      Object.defineProperty(FramePolarity.prototype, 'frames', descriptor);
    }
  });
});
