// Reads one draft as text, refusing what the linter should not be handed: missing or unreadable
// files, and files too large to be a policy draft (which would only stall an editor or a CI job).
import { readFile, stat } from 'node:fs/promises';
import { CliError } from './cliError';
import type { DraftFile } from './files';

export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

export async function readDraft(file: DraftFile): Promise<string> {
  let size: number;
  try {
    size = (await stat(file.absolute)).size;
  } catch (error) {
    throw new CliError(`cannot read ${file.display}: ${reason(error)}`);
  }
  if (size > MAX_DRAFT_BYTES) {
    throw new CliError(`${file.display} is ${(size / 1024 / 1024).toFixed(1)} MB; drafts over 10 MB are not checked`);
  }
  try {
    // Invalid UTF-8 (a Windows-1252 export, say) decodes to U+FFFD and is still checked; binaries
    // are recognised by the linter, which refuses text with NUL characters.
    return (await readFile(file.absolute, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliError(`cannot read ${file.display}: ${reason(error)}`);
  }
}
