// A corpus entry as a read-only document: a banner (corpus text, not legal advice, how many passages
// are marked), the corpus text verbatim with a marker beside each passage a caveat is about
// ("788.25 RSMo [unverified: see caveat 1]"), then the caveats, numbered, set apart. The markers are
// inserted after the passage, never in place of corpus words: take them out and the answer is exactly
// the corpus's. It is read in a text editor, so only headings and list items are Markdown; emphasis or
// link syntax would show as is.
import type { Caveat, Pack } from '../corpus/types';
import { caveatPlainText, caveatsFor } from './caveatText';
import { withMarkers } from './caveatMarkers';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The banner's words: what this text is, and how much of it is marked. */
export function entryBanner(caveats: Caveat[]): string {
  const doubtful = caveats.filter((c) => c.kind !== 'context');
  const kinds = [...new Set(doubtful.map((c) => c.kind))].join(' or ');
  const context = caveats.length - doubtful.length;
  return [
    'Corpus text, quoted as written. Not legal advice.',
    doubtful.length
      ? `${plural(doubtful.length, 'passage')} of this entry ${doubtful.length === 1 ? 'is' : 'are'} marked ${kinds} where ${doubtful.length === 1 ? 'it stands' : 'they stand'}, and in the caveats below; the rest of the entry was not checked either.`
      : 'No passage of this entry is marked unverified, but the corpus as a whole is unverified.',
    context ? `${plural(context, 'more note')} give${context === 1 ? 's' : ''} context.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const KIND_LABEL = { question: 'question', statute: 'statute section', opinion: 'opinion', policy: 'policy', other: 'text' } as const;

export function entryDocument(pack: Pack, entryId: string): string | undefined {
  return entryLines(pack, entryId)?.join('\n');
}

const ANSWER_HEADING = '## What the corpus says';

/** The line (0-based) where the answer starts in the entry's document: where links into an entry land. */
export function entryAnswerLine(pack: Pack, entryId: string): number {
  const lines = entryLines(pack, entryId);
  return lines ? lines.indexOf(ANSWER_HEADING) + 2 : 0;
}

function entryLines(pack: Pack, entryId: string): string[] | undefined {
  const entry = pack.entries.find((e) => e.id === entryId);
  if (!entry) return undefined;
  const topic = pack.topics.find((t) => t.id === entry.topic)?.label ?? entry.topic;
  const caveats = caveatsFor(pack, entry.id);
  const answer = withMarkers(entry.answerMarkdown.trim(), caveats);
  // A quote from the question is marked in the heading.
  const question = withMarkers(entry.question, caveats.filter((c) => !answer.marked.has(c)));
  const lines = [
    `# ${entry.id}. ${question.text}`,
    '',
    entryBanner(caveats),
    '',
    `${pack.meta.title}${entry.kind === 'question' ? '' : ` · ${KIND_LABEL[entry.kind]}`} · topic: ${topic}`,
    '',
    ANSWER_HEADING,
    '',
    answer.text,
    '',
    '## Caveats',
    '',
    'Notes checked against the sources named; they are not part of the corpus text above.',
    '',
    ...(caveats.length ? caveats.map((c, i) => `${i + 1}. ${caveatPlainText(c)}`) : ['- None recorded for this entry. The corpus as a whole is unverified.']),
    '',
  ];
  return lines;
}
