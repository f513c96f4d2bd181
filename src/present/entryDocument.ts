// A corpus entry as a read-only Markdown document: the corpus text verbatim, then the caveats,
// set apart so a drafter can tell what the corpus says from what has been checked.
import type { Pack } from '../corpus/types';
import { caveatMarkdown, caveatsFor } from './caveatText';

export function entryDocument(pack: Pack, entryId: string): string | undefined {
  const entry = pack.entries.find((e) => e.id === entryId);
  if (!entry) return undefined;
  const topic = pack.topics.find((t) => t.id === entry.topic)?.label ?? entry.topic;
  const caveats = caveatsFor(pack, entry.id);
  const lines = [
    `# ${entry.id}. ${entry.question}`,
    '',
    `*${pack.meta.title}* · topic: **${topic}** · source: ${pack.meta.source}`,
    '',
    '## What the corpus says',
    '',
    entry.answerMarkdown.trim(),
    '',
    '## Caveats',
    '',
    'Notes checked against the sources named; they are not part of the corpus text above.',
    '',
    ...(caveats.length ? caveats.map((c) => `- ${caveatMarkdown(c)}`) : ['- None recorded for this entry. The corpus as a whole is unverified.']),
    '',
  ];
  return lines.join('\n');
}

/** The line (0-based) where the answer starts in entryDocument's text: where links into an entry land. */
export const ENTRY_ANSWER_LINE = 6;
