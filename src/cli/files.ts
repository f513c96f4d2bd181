// FILES arguments → the drafts to check. A file named outright is checked whatever its extension;
// folders and globs expand to .md/.markdown/.txt, skipping node_modules and .git. Symbolic links to
// folders are not followed (one inside the tree adds nothing, one outside leads out of it, and a
// loop never ends); globs match no symbolic links. A file reached twice is checked once.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { errorReason } from './readDraft';

const DRAFT = /\.(?:md|markdown|txt)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface DraftFile {
  /** The path to show and report (relative to cwd where possible, forward slashes). */
  display: string;
  absolute: string;
}

/** Says on stderr why an argument or a file cannot be checked; the run goes on, and exits 2. */
export type ReportProblem = (where: string, problem: string) => void;

export function toDisplay(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel).split('\\').join('/');
}

/** The drafts under a folder, sorted, without following symbolic links to folders. */
async function walkFolder(root: string, cwd: string, problem: ReportProblem): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problem(toDisplay(cwd, dir), `cannot read: ${errorReason(error)}`);
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path);
      } else if (DRAFT.test(entry.name)) {
        // A symbolic link to a file is checked; to a folder, skipped. A broken one is reported when read.
        if (entry.isSymbolicLink() && (await stat(path).then((s) => s.isDirectory(), () => false))) continue;
        found.push(path);
      }
    }
  };
  await walk(root);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function expandOne(arg: string, cwd: string, problem: ReportProblem): Promise<string[]> {
  const absolute = resolve(cwd, arg);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(absolute)).isDirectory();
  } catch (error) {
    if (isDynamicPattern(arg)) {
      const found = await glob([arg.split('\\').join('/')], { cwd, ignore: IGNORE, onlyFiles: true, absolute: true, followSymbolicLinks: false });
      return found.filter((p) => DRAFT.test(p)).sort();
    }
    // A missing file, or a broken symbolic link: reading it says why.
    return [absolute];
  }
  return isDirectory ? walkFolder(absolute, cwd, problem) : [absolute]; // not a regular file: reading says so
}

/** The drafts to check, in argument order, each once (by its real path). */
export async function expandFiles(args: string[], cwd: string, problem: ReportProblem): Promise<DraftFile[]> {
  const seen = new Set<string>();
  const files: DraftFile[] = [];
  for (const arg of args) {
    const expanded = await expandOne(arg, cwd, problem);
    if (expanded.length === 0) problem(arg, 'no .md, .markdown or .txt files found');
    for (const path of expanded) {
      const absolute = resolve(path);
      const key = await realpath(absolute).catch(() => absolute);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push({ absolute, display: toDisplay(cwd, absolute) });
    }
  }
  return files;
}
