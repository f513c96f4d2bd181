import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter } from '../src/lint/lint';
const G = globalThis as { POLARITY?: string };
void loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice')).then((pack) => {
  const linter = createLinter(pack.rules);
  for (const s of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
    G.POLARITY = 'old'; const o = linter.lint(s, 'plaintext').map((f) => f.ruleId).filter((r) => !r.startsWith('missing')).join(',');
    G.POLARITY = 'frames'; const n = linter.lint(s, 'plaintext').map((f) => f.ruleId).filter((r) => !r.startsWith('missing')).join(',');
    console.log(o === n ? '  ' : '≠ ', (o || '-').padEnd(30), (n || '-').padEnd(30), s);
  }
});
