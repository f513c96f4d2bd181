import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
import { readLabelled } from '../test/support/labelled';
const G = globalThis as { POLARITY?: string };
const dir = join(__dirname, '..', 'test', 'labelled');
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  const sentences = readdirSync(dir).filter((f) => f.startsWith('real-')).flatMap((f) => readLabelled(join(dir, f)).map((s) => s.sentence));
  const text = sentences.join('\n\n');
  for (let r = 0; r < 4; r++) for (const mode of (process.env.MODES ?? 'old,frames').split(',')) {
    G.POLARITY = mode;
    const t0 = performance.now();
    linter.lint(text, 'plaintext');
    console.log(mode, (performance.now() - t0).toFixed(0), 'ms', sentences.length, 'sentences');
  }
});
