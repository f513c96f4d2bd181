// Search hits as text for a terminal: id, topic and score, then the question and the matching sentence.
import type { SearchHit } from '../search/searchGuidance';

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export function formatSearchResults(query: string, hits: SearchHit[]): string {
  if (hits.length === 0) return `No entries match "${shorten(query.trim())}".\n`;
  return `${hits.map((hit) => `${hit.id}  ${hit.topic}  (score ${hit.score.toFixed(1)})\n  ${hit.question}\n  ${hit.snippet}`).join('\n\n')}\n`;
}
