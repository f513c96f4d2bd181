import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  for (const s of process.argv.slice(2)) console.log(linter.lint(s, 'plaintext').map((f) => f.ruleId).join(',') || '-', '|', s);
});
