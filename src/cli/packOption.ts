// The packs a command uses, as in the editor: the bundled one (prebuilt, no parsing or indexing at
// start-up) and each --pack DIR beside it, loaded and validated now; a pack with the bundled pack's id
// replaces it.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PackError } from '../corpus/packError';
import type { Pack } from '../corpus/types';
import { bundledPack, bundledSearchIndex } from '../pack/bundledPack';
import type { EnginePack } from '../engine/engine';
import { buildSearchIndex } from '../search/searchIndex';
import { CliError } from './cliError';
import { loadPackFromDir } from './packDir';

async function packFromDir(dir: string): Promise<Pack> {
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new CliError(`--pack ${dir}: no such folder`);
  try {
    return await loadPackFromDir(dir);
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    const where = (e: PackError) => (e.line > 0 ? `${join(dir, e.file)}:${e.line}:${e.column}` : join(dir, e.file));
    throw new CliError([error, ...error.more].map((e) => `${where(e)}: ${e.problem}`).join('\n'));
  }
}

export async function packsFor(dirs: readonly string[]): Promise<EnginePack[]> {
  const packs: EnginePack[] = [{ pack: bundledPack(), index: bundledSearchIndex }];
  for (const dir of dirs) {
    const pack = await packFromDir(dir);
    const same = packs.findIndex((p) => p.pack.meta.id === pack.meta.id);
    const loaded = { pack, index: () => buildSearchIndex(pack) };
    if (same >= 0) packs[same] = loaded;
    else packs.push(loaded);
  }
  for (const { pack } of packs) {
    const base = pack.meta.extends;
    if (base !== undefined && !packs.some((p) => p.pack.meta.id === base)) throw new CliError(`pack "${pack.meta.id}" extends "${base}", which is not loaded: add it with --pack`);
  }
  return packs;
}
