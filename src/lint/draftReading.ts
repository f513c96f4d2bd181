// A draft read once, whatever rules run over it: prose units with their source map, sentences, the
// comments where suppressions live, and the line index that turns offsets into positions.
import { markdownProse } from './markdownProse';
import { plainTextProse } from './plainTextProse';
import { LineIndex } from './positions';
import type { ProseDocument } from './proseUnit';
import { splitSentences, type Sentence } from './sentences';

export type DraftFormat = 'markdown' | 'plaintext';

/** Raised for input that is not a text draft (e.g. a binary file). */
export class DraftInputError extends Error {}

export interface DraftReading {
  text: string;
  prose: ProseDocument;
  lines: LineIndex;
  sentences: Sentence[];
}

export function readDraftText(text: string, format: DraftFormat): DraftReading {
  if (text.includes('\u0000')) throw new DraftInputError('the file contains NUL bytes; it looks binary, not a text draft');
  const prose = format === 'markdown' ? markdownProse(text) : plainTextProse(text);
  return { text, prose, lines: new LineIndex(text), sentences: prose.units.flatMap(splitSentences) };
}
