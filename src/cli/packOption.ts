// The pack a command uses: the bundled one (prebuilt, no parsing or indexing at start-up), or the
// one in --pack DIR, loaded and validated now.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PackError } from '../corpus/packError';
import type { Pack } from '../corpus/types';
import { bundledPack, bundledSearchIndex } from '../pack/bundledPack';
import { buildSearchIndex, type GuidanceIndex } from '../search/searchIndex';
import { CliError } from './cliError';
import { loadPackFromDir } from './packDir';

async function packFromDir(dir: string): Promise<Pack> {
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new CliError(`--pack ${dir}: no such folder`);
  try {
    return await loadPackFromDir(dir);
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    const where = error.line > 0 ? `${join(dir, error.file)}:${error.line}:${error.column}` : join(dir, error.file);
    throw new CliError(`${where}: ${error.problem}`);
  }
}

export async function packFor(dir: string | undefined): Promise<Pack> {
  return dir === undefined ? bundledPack() : packFromDir(dir);
}

export async function searchIndexFor(dir: string | undefined): Promise<GuidanceIndex> {
  return dir === undefined ? bundledSearchIndex() : buildSearchIndex(await packFromDir(dir));
}
