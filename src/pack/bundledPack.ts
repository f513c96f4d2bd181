// The pack that ships inside the product, prebuilt by esbuild.js. The import below is resolved by
// esbuild.js to the text of dist/bundled-pack.json (so it exists only in bundles, not under tsx);
// it is parsed on first use, so commands that take --pack never pay for it.
import bundledText from 'policy-guidance:bundled-pack';
import type { Pack } from '../corpus/types';
import { loadSearchIndex, type GuidanceIndex } from '../search/searchIndex';
import type { BundledPackJson } from './bundledPackJson';

let parsed: BundledPackJson | undefined;
let index: GuidanceIndex | undefined;

function bundled(): BundledPackJson {
  parsed ??= JSON.parse(bundledText) as BundledPackJson;
  return parsed;
}

export function bundledPack(): Pack {
  return bundled().pack;
}

export function bundledSearchIndex(): GuidanceIndex {
  index ??= loadSearchIndex(bundled().index, bundled().pack);
  return index;
}
