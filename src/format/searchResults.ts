// Search hits as text for a terminal: id, topic and score, then the question and the matching sentence,
// what in the entry is doubtful, and the notice that none of it is legal advice.
import { notInCorpusText, unmatchedWords, type SearchHit } from '../search/searchGuidance';
import { NOT_LEGAL_ADVICE } from '../present/hoverText';

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** `doubt` names an entry's unverified or outdated passages ("1 outdated passage"), or "" when it has none. */
export function formatSearchResults<H extends SearchHit>(query: string, hits: H[], doubt: (hit: H) => string = () => ''): string {
  if (hits.length === 0) return `No entries match "${shorten(query.trim())}".\n`;
  const blocks = hits.map((hit) => {
    const doubtful = doubt(hit);
    const note = doubtful ? `\n  (${doubtful} in this entry: read its caveats before relying on it)` : '';
    const elsewhere = hit.elsewhere.length ? `\n  (not in its text, only in its topic, the glossary or rules pointing to it: ${hit.elsewhere.join(', ')})` : '';
    return `${hit.id}  ${hit.topic}  (score ${hit.score.toFixed(1)})\n  ${hit.question}\n  ${hit.snippet}${elsewhere}${note}`;
  });
  const absent = notInCorpusText(query, hits);
  const unmatched = unmatchedWords(query, hits);
  const header = (absent.length ? `The corpus's text does not mention ${absent.map((w) => `“${w}”`).join(' or ')}: entries below match it only through their topic, the glossary or the rules.\n` : '') +
    (unmatched.length ? `No entry matches ${unmatched.map((w) => `“${w}”`).join(' or ')}: these entries match the other words.\n` : '');
  const gap = header ? '\n' : '';
  return `${header}${gap}${blocks.join('\n\n')}\n\n${NOT_LEGAL_ADVICE}\n`;
}
