// FILES arguments → the drafts to check. A file named outright is checked whatever its extension;
// folders and globs expand to .md/.markdown/.txt, skipping node_modules and .git.
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './cliError';

const DRAFT = /\.(?:md|markdown|txt)$/i;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface DraftFile {
  /** The path to show and report (relative to cwd where possible, forward slashes). */
  display: string;
  absolute: string;
}

function toDisplay(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel).split('\\').join('/');
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing' | 'other'> {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}

async function expandOne(arg: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, arg);
  const kind = await kindOf(absolute);
  if (kind === 'file' || kind === 'other') return [absolute]; // "other" fails on reading, with its reason
  if (kind === 'directory') {
    const found = await glob(['**/*'], { cwd: absolute, ignore: IGNORE, onlyFiles: true });
    return found.filter((p) => DRAFT.test(p)).sort().map((p) => join(absolute, p));
  }
  if (!isDynamicPattern(arg)) throw new CliError(`cannot read ${arg}: ENOENT (no such file or folder)`);
  const found = await glob([arg.split('\\').join('/')], { cwd, ignore: IGNORE, onlyFiles: true, absolute: true });
  return found.filter((p) => DRAFT.test(p)).sort();
}

export async function expandFiles(args: string[], cwd: string): Promise<DraftFile[]> {
  const seen = new Set<string>();
  const files: DraftFile[] = [];
  for (const arg of args) {
    const expanded = await expandOne(arg, cwd);
    if (expanded.length === 0) throw new CliError(`no .md, .markdown or .txt files match ${arg}`);
    for (const absolute of expanded.map((p) => resolve(p))) {
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      files.push({ absolute, display: toDisplay(cwd, absolute) });
    }
  }
  return files;
}
