// Node-only: reads a pack from a folder on disk.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPack } from '../corpus/loadPack';
import type { Pack } from '../corpus/types';

export function loadPackFromDir(dir: string): Promise<Pack> {
  return loadPack((name) => readFile(join(dir, name), 'utf8'));
}
