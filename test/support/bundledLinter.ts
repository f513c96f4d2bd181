// The bundled pack's linter for a test suite: loaded once before the suite's tests.
import { join } from 'node:path';
import { loadPackFromDir } from '../../src/cli/packDir';
import type { Finding } from '../../src/lint/finding';
import { createLinter, type DraftFormat, type Linter } from '../../src/lint/lint';

/** Call inside a describe: its tests lint with the bundled pack. */
export function bundledLinter() {
  let linter: Linter;
  before(async () => {
    linter = createLinter((await loadPackFromDir(join(__dirname, '..', '..', 'corpus', 'missouri-ag-ice'))).rules);
  });
  return {
    lint: (text: string, format: DraftFormat = 'markdown') => linter.lint(text, format),
    only: (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId),
  };
}
