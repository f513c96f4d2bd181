// The shape of dist/bundled-pack.json, written by esbuild.js and read at start-up.
import type { Pack } from '../corpus/types';

export interface BundledPackJson {
  /** The pack as loaded and validated at build time. */
  pack: Pack;
  /** Its search index as MiniSearch JSON (see src/search/searchIndex.ts). */
  index: string;
}
