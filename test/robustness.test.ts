// Input that could stall the matcher: one enormous sentence made of the rules' own words and
// punctuation (regular-expression backtracking), and an enormous paragraph with no sentence end.
// The mocha timeout is the guard here: these assert completion and sane output, not speed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, type Linter } from '../src/lint/lint';
import { markdownProse } from '../src/lint/markdownProse';
import { capLeadIn } from '../src/lint/proseUnit';
import type { RuleSet } from '../src/rules/types';

describe('pathological drafts', function () {
  this.timeout(20000);
  let linter: Linter;
  let ruleSet: RuleSet;
  before(async () => {
    ruleSet = (await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules;
    linter = createLinter(ruleSet);
  });

  it('lints a 100 KB run-on sentence built from every phrase word, with commas and parentheses', () => {
    const words = [...new Set(Object.values(ruleSet.concepts).flat().flatMap((p) => p.split(/[\s|()?*]+/)).filter(Boolean))];
    const parts: string[] = [];
    for (let i = 0; parts.join(' ').length < 100_000; i++) parts.push(i % 7 === 0 ? `(${words[i % words.length]},` : words[(i * 13) % words.length]);
    const text = `The jail shall ${parts.join(' ')}.`;
    const findings = linter.lint(text, 'plaintext');
    for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
  });

  it('lints a 300 KB paragraph with no sentence end', () => {
    const text = 'the jail shall hold any inmate on an ICE detainer and not release the person '.repeat(4000);
    const findings = linter.lint(text, 'markdown');
    assert.ok(findings.length > 0, 'the detainer hold is still found');
    for (const f of findings) assert.ok(f.end <= text.length);
  });

  it('reads 160,000 comments in one block without overflowing the call stack (a fuzzing helper: "Maximum call stack size exceeded")', () => {
    const text = `${'<!---->'.repeat(160_000)}\nThe jail shall hold any inmate on an ICE detainer.\n`;
    for (const format of ['markdown', 'plaintext'] as const) assert.doesNotThrow(() => linter.lint(text, format), format);
  });

  it('reads a table row of 4,000 cells, each after the cells before it, joining a bounded end of them (a fuzzing helper: quadratic, out of memory at 16,000)', () => {
    const text = `|${' ICE detainer hold |'.repeat(4000)}\n|${'---|'.repeat(4000)}\n|${' ICE detainer hold |'.repeat(4000)}\n`;
    // Characters made by Array.prototype.join: the cells before each cell were joined whole.
    const join = Array.prototype.join;
    let joined = 0;
    Array.prototype.join = function (this: unknown[], separator?: string) {
      const result = join.call(this, separator);
      joined += result.length;
      return result;
    };
    let units: ReturnType<typeof markdownProse>['units'];
    try {
      units = markdownProse(text).units;
    } finally {
      Array.prototype.join = join;
    }
    assert.ok(joined < 20 * text.length, `${joined} characters joined for ${text.length}`);
    assert.equal(units.length, 8000);
    // Each cell's lead-in is the capped join of every cell before it in its row, as before.
    for (const i of [1, 2, 17, 18, 3999]) assert.equal(units[i].leadIn, `${capLeadIn(units.slice(0, i).map((u) => u.text.trim()).join('; '))};`, `cell ${i}`);
  });
});
