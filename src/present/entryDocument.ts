// A corpus entry as a read-only document: the corpus text verbatim, then the caveats, set apart so a
// drafter can tell what the corpus says from what has been checked. It is read in a text editor, so
// only headings and list items are Markdown; emphasis or link syntax would show as is.
import type { Pack } from '../corpus/types';
import { caveatPlainText, caveatsFor } from './caveatText';

export function entryDocument(pack: Pack, entryId: string): string | undefined {
  const entry = pack.entries.find((e) => e.id === entryId);
  if (!entry) return undefined;
  const topic = pack.topics.find((t) => t.id === entry.topic)?.label ?? entry.topic;
  const caveats = caveatsFor(pack, entry.id);
  const lines = [
    `# ${entry.id}. ${entry.question}`,
    '',
    `${pack.meta.title} · topic: ${topic} · the answer below is the corpus text as written`,
    '',
    '## What the corpus says',
    '',
    entry.answerMarkdown.trim(),
    '',
    '## Caveats',
    '',
    'Notes checked against the sources named; they are not part of the corpus text above.',
    '',
    ...(caveats.length ? caveats.map((c) => `- ${caveatPlainText(c)}`) : ['- None recorded for this entry. The corpus as a whole is unverified.']),
    '',
  ];
  return lines.join('\n');
}

/** The line (0-based) where the answer starts in entryDocument's text: where links into an entry land. */
export const ENTRY_ANSWER_LINE = 6;
