// Each rule's examples are its tests: every "flag" example raises the rule, no "pass" example does.
// Sentence rules read each example as a sentence of a draft; document rules read it as a whole draft.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createLinter } from '../src/lint/lint';
import { ruleDocument } from '../src/present/ruleDocument';

const PACKS = [join(__dirname, '..', 'corpus', 'missouri-ag-ice'), join(__dirname, 'vscode', 'workspace', 'guidance', 'county-pack')];

for (const dir of PACKS) {
  describe(`rule examples in ${dir.slice(dir.lastIndexOf('/') + 1)}`, () => {
    let pack: Pack;
    before(async () => {
      pack = await loadPackFromDir(dir);
    });

    it('every rule carries examples to flag and to pass', () => {
      for (const rule of pack.rules.rules) assert.ok(rule.examples && rule.examples.flag.length && rule.examples.pass.length, `${rule.id} has examples`);
    });

    it('flags every "flag" example and passes every "pass" example', () => {
      const linter = createLinter(pack.rules);
      const wrong: string[] = [];
      for (const rule of pack.rules.rules) {
        for (const text of rule.examples?.flag ?? []) if (!linter.lint(text, 'markdown').some((f) => f.ruleId === rule.id)) wrong.push(`${rule.id} does not flag: ${text}`);
        for (const text of rule.examples?.pass ?? []) if (linter.lint(text, 'markdown').some((f) => f.ruleId === rule.id)) wrong.push(`${rule.id} flags: ${text}`);
      }
      assert.deepEqual(wrong, []);
    });

    it('shows the examples on the rule’s page', () => {
      const rule = pack.rules.rules[0];
      const page = ruleDocument(pack, rule.id)!;
      assert.match(page, /## Examples/);
      assert.ok(page.includes('Not flagged:'));
    });
  });
}
