// Reads one draft as text, or says in a few words why it cannot be checked: a missing or unreadable
// file, something that is not a regular file (a FIFO would block for ever, /dev/zero never ends), or
// a file too large to be a policy draft (which would only stall an editor or a CI job).
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { DraftFile } from './files';

export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

export type Draft = { text: string } | { problem: string };

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ELOOP: 'too many symbolic links',
  ENXIO: 'not a regular file',
};

/** "permission denied (EACCES)", or the message of an error without a code. */
export function errorReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === undefined) return message;
  return ERRNO[code] ? `${ERRNO[code]} (${code})` : code;
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'of another kind';
}

const tooLarge = (size: string) => `skipped: ${size}; drafts over 10 MB are not checked`;

/** Up to `limit` bytes, read in bounded pieces whatever size the file claims. */
async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const piece = Buffer.allocUnsafe(Math.min(1024 * 1024, limit - total));
    const { bytesRead } = await handle.read(piece, 0, piece.length, null);
    if (bytesRead === 0) break;
    pieces.push(piece.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(pieces, total);
}

/**
 * Bytes → text. A byte-order mark says UTF-16 (little or big endian; Windows tools write these) or
 * UTF-8, and is dropped. Without one the text is UTF-8: invalid bytes (a Windows-1252 export, say)
 * decode to U+FFFD and are still checked; binaries are recognised by the linter, which refuses NULs.
 */
export function decodeDraft(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return swapped.swap16().toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readDraft(file: DraftFile): Promise<Draft> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one for ever.
    handle = await open(file.absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { problem: `cannot read: ${errorReason(error)}` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: `skipped: not a regular file (${kindOf(info)})` };
    if (info.size > MAX_DRAFT_BYTES) return { problem: tooLarge(`${(info.size / 1024 / 1024).toFixed(1)} MB`) };
    const bytes = await readAtMost(handle, MAX_DRAFT_BYTES + 1); // a file can grow, or claim size 0 (/proc)
    if (bytes.length > MAX_DRAFT_BYTES) return { problem: tooLarge('over 10 MB') };
    return { text: decodeDraft(bytes) };
  } catch (error) {
    return { problem: `cannot read: ${errorReason(error)}` };
  } finally {
    await handle.close();
  }
}
