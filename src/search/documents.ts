// What each entry contributes to the index: its own words, its topic's label, the glossary's words
// for it (so "MOU" or "sanctuary city" reach the entries the glossary says explain them) and the
// rules resting on it (so a drafter's words, "keep someone after release", reach them too).
import type { Pack } from '../corpus/types';

// "(Q5, point 3)" in a rule's message or corpusSays cites an entry; left in, a search for "Q5" would find every entry beside it.
const CITATION = /\bQ\d+\b/g;

export interface SearchDocument {
  id: string;
  /** The id again, as a searchable field, so "Q5" finds Q5. */
  entryId: string;
  question: string;
  answer: string;
  topic: string;
  glossary: string;
  /** Title, message and what the corpus and the law say, of the rules that rest on the entry: how a draft can conflict
   *  with it, in drafting words. */
  rules: string;
}

export function searchDocuments(pack: Pack): SearchDocument[] {
  const labels = new Map(pack.topics.map((t) => [t.id, t.label]));
  return pack.entries.map((entry) => ({
    id: entry.id,
    entryId: entry.id,
    question: entry.question,
    answer: entry.answerText,
    topic: labels.get(entry.topic) ?? entry.topic,
    glossary: pack.glossary
      .filter((term) => term.entries.includes(entry.id))
      .flatMap((term) => [term.term, ...term.synonyms])
      .join(' ; '),
    rules: pack.rules.rules
      .filter((rule) => rule.restsOn.includes(entry.id))
      .map((rule) => [`${rule.title}.`, rule.message, rule.corpusSays, rule.lawSays].filter(Boolean).join(' ').replace(CITATION, ''))
      .join(' '),
  }));
}
