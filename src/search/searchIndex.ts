// Builds, serializes and reloads the search index of a pack. The bundled pack's index is built at
// build time and reloaded with MiniSearch.loadJSON, so start-up does no indexing.
import MiniSearch from 'minisearch';
import type { Entry, Pack } from '../corpus/types';
import { searchDocuments, type SearchDocument } from './documents';
import { SEARCH_OPTIONS } from './options';
import type { SnippetSentence } from './snippet';

export interface GuidanceIndex {
  readonly miniSearch: MiniSearch<SearchDocument>;
  readonly pack: Pack;
  readonly entries: ReadonlyMap<string, Entry>;
  readonly topicLabels: ReadonlyMap<string, string>;
  /** Answers split for snippets, filled as entries are first shown (start-up stays index-load only). */
  readonly snippetSentences: Map<string, SnippetSentence[]>;
}

function wrap(miniSearch: MiniSearch<SearchDocument>, pack: Pack): GuidanceIndex {
  return {
    miniSearch,
    pack,
    entries: new Map(pack.entries.map((e) => [e.id, e])),
    topicLabels: new Map(pack.topics.map((t) => [t.id, t.label])),
    snippetSentences: new Map(),
  };
}

export function buildSearchIndex(pack: Pack): GuidanceIndex {
  const miniSearch = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  miniSearch.addAll(searchDocuments(pack));
  return wrap(miniSearch, pack);
}

/** The index as MiniSearch JSON; only meaningful together with the same pack. */
export function serializeIndex(index: GuidanceIndex): string {
  return JSON.stringify(index.miniSearch);
}

export function loadSearchIndex(json: string, pack: Pack): GuidanceIndex {
  return wrap(MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS), pack);
}
