// Code scanning reads a SARIF file's relative paths from the repository's root, not from where the CLI ran
// ("x.md" from policies/ would be placed on a file that does not exist: a drafter's trial).
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The nearest folder at or above `folder` that holds `.git` (a folder, or a file in a worktree), or undefined. */
export async function repositoryRoot(folder: string): Promise<string | undefined> {
  for (let at = folder; ; at = dirname(at)) {
    if (await stat(join(at, '.git')).then(() => true, () => false)) return at;
    if (dirname(at) === at) return undefined;
  }
}
