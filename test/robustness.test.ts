// Input that could stall the matcher: one enormous sentence made of the rules' own words and
// punctuation (regular-expression backtracking), and an enormous paragraph with no sentence end.
// The mocha timeout is the guard here: these assert completion and sane output, not speed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, type Linter } from '../src/lint/lint';
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
});
