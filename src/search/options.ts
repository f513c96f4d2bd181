// MiniSearch options shared by the build (which indexes) and start-up (which loads the index with
// MiniSearch.loadJSON): the two must be identical or loaded terms stop matching queries.
import type { Options } from 'minisearch';
import type { SearchDocument } from './documents';
import { processTerm, tokenize } from './terms';

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: ['entryId', 'question', 'answer', 'topic', 'glossary', 'rules'],
  storeFields: [], // results are looked up in the pack, so the index stores no text twice
  tokenize,
  processTerm,
  searchOptions: {
    // A question or glossary term names what an entry is about; the answer only mentions things.
    boost: { entryId: 10, question: 3, glossary: 2.5, topic: 1.5, answer: 1, rules: 1 },
    // Prefix and typo matching only where a term is long enough to mean something ("detainr", "sanctu"); a word of five
    // letters has too many neighbours one letter away (a drafter's trial: "joint" matched "point").
    prefix: (term) => term.length >= 3,
    // One letter off at most: a fifth of a long word let "certification" find "verification" and "notification" (a city
    // attorney's trial), where a typo ("detaner", "judical", "sanctury") is one letter.
    fuzzy: (term) => (term.length >= 6 ? 1 : false),
    combineWith: 'OR',
  },
};
