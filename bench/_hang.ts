import { readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
import { readLabelled } from '../test/support/labelled';
import { isTuningSet } from '../test/support/frozen';
const dir = join(__dirname, '..', 'test', 'labelled');
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  for (const file of readdirSync(dir).filter(isTuningSet).sort()) for (const s of readLabelled(join(dir, file))) { writeSync(2, `${file}:${s.line} ${s.sentence.slice(0, 150)}\n`); linter.lint(s.sentence, 'plaintext'); }
});
