// The engine must run in a browser web worker and never touch the editor: only src/cli/ may use Node,
// only src/vscode/ may import vscode. The language layer (src/language/) sits below the rules and knows no
// pack: it imports nothing of ours from outside it. Small files with one job: none over 300 lines.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g;
const NODE_BUILTINS = /^(?:node:|fs$|path$|os$|child_process$|util$|url$|crypto$|stream$|process$)/;

describe('engine and adapter boundary', () => {
  for (const file of sourceFiles(SRC)) {
    const name = relative(SRC, file);
    if (name.startsWith('cli/') || name.startsWith('vscode/')) continue;
    it(`${name} imports neither vscode nor Node built-ins`, () => {
      const imports = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]);
      assert.deepEqual(imports.filter((i) => i === 'vscode' || NODE_BUILTINS.test(i)), []);
    });
  }
});

describe('layers and file size', () => {
  const TEST = join(__dirname);
  for (const file of sourceFiles(join(SRC, 'language'))) {
    it(`language/${relative(join(SRC, 'language'), file)} imports nothing of ours from above the language layer`, () => {
      const imports = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]);
      assert.deepEqual(imports.filter((i) => i.startsWith('.') && !i.startsWith('./')), []);
    });
  }
  it('no source or test file is over 300 lines', () => {
    const long = [...sourceFiles(SRC), ...sourceFiles(TEST)]
      .map((file) => [relative(join(SRC, '..'), file), readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    assert.deepEqual(long, []);
  });
});
