// `search`: the guidance entries that best match a query.
import { formatSearchResults } from '../format/searchResults';
import { createEngine } from '../engine/engine';
import type { Command } from './args';
import type { Output } from './output';
import { packsFor } from './packOption';

export async function runSearch(command: Extract<Command, { kind: 'search' }>, out: Output): Promise<number> {
  const hits = createEngine(await packsFor(command.packs)).search(command.query, command.limit);
  await out.write(command.json ? `${JSON.stringify(hits, null, 2)}\n` : formatSearchResults(command.query, hits));
  return 0;
}
