// Build-time entry (bundled and run by esbuild.js): loads a pack with the engine and returns the
// JSON of dist/bundled-pack.json, so that start-up neither parses the pack nor indexes it.
import { loadPack } from '../corpus/loadPack';
import type { PackFileReader } from '../corpus/types';
import { buildSearchIndex, serializeIndex } from '../search/searchIndex';
import type { BundledPackJson } from './bundledPackJson';

export async function makeBundledPack(reader: PackFileReader): Promise<string> {
  const pack = await loadPack(reader);
  const bundled: BundledPackJson = { pack, index: serializeIndex(buildSearchIndex(pack)) };
  return JSON.stringify(bundled);
}

export { PackError } from '../corpus/packError';
