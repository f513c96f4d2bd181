// The bundled pack and the test workspace's county pack, and an engine over both: the pair the block-by-block check
// is compared with the whole-draft reading on (test/incremental.property.test.ts, test/blockCuts.test.ts).
import { join } from 'node:path';
import { loadPackFromDir } from '../../src/cli/packDir';
import type { Pack } from '../../src/corpus/types';
import { createEngine, type Engine } from '../../src/engine/engine';
import { buildSearchIndex } from '../../src/search/searchIndex';

const ROOT = join(__dirname, '..', '..');

export async function twoPackEngine(): Promise<{ packs: Pack[]; engine: Engine }> {
  const bundled = await loadPackFromDir(join(ROOT, 'corpus', 'missouri-ag-ice'));
  const county = await loadPackFromDir(join(ROOT, 'test', 'vscode', 'workspace', 'guidance', 'county-pack'));
  const packs = [bundled, county];
  return { packs, engine: createEngine(packs.map((pack) => ({ pack, index: () => buildSearchIndex(pack) }))) };
}
