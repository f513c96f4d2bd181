// `search`: the guidance entries that best match a query.
import { formatSearchResults } from '../format/searchResults';
import { createEngine } from '../engine/engine';
import { doubtfulCaveats, doubtfulSummary } from '../present/citation';
import type { Command } from './args';
import type { Output } from './output';
import { packsFor } from './packOption';

export async function runSearch(command: Extract<Command, { kind: 'search' }>, out: Output): Promise<number> {
  const packs = await packsFor(command.packs);
  const hits = createEngine(packs).search(command.query, command.limit);
  // As the editor's search does, say which entries have unverified or outdated passages.
  const doubt = (hit: (typeof hits)[number]) => {
    const pack = packs.find((p) => p.pack.meta.id === hit.packId)?.pack;
    return pack ? doubtfulSummary(doubtfulCaveats(pack, hit.id)) : '';
  };
  await out.write(command.json ? `${JSON.stringify(hits, null, 2)}\n` : formatSearchResults(command.query, hits, doubt));
  return 0;
}
