// <!-- policy-guidance-disable-line RULE -- reason --> at the end of a line: hides the findings on that
// line, where a comment on a line of its own would split a list, a table or a block quote.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createEngine, type Engine } from '../src/engine/engine';
import { createLinter, type DraftFormat, type Linter } from '../src/lint/lint';
import type { Finding } from '../src/lint/finding';
import { buildSearchIndex } from '../src/search/searchIndex';

const HOLD = 'The jail shall hold any person on an ICE detainer for 48 hours.';
const HONOR = 'The jail shall honor every ICE detainer it receives.';
const OFF = (rule = 'detainer-hold', reason = 'reviewed by counsel') => `<!-- policy-guidance-disable-line ${rule} -- ${reason} -->`;

describe('disable-line suppression', () => {
  let pack: Pack;
  let linter: Linter;
  let engine: Engine;
  const lint = (text: string, format: DraftFormat = 'markdown') => linter.lint(text, format).filter((f) => !f.ruleId.startsWith('missing-'));
  const ids = (findings: Pick<Finding, 'ruleId'>[]) => findings.map((f) => f.ruleId);
  const lines = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.range.start.line]);

  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
    engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
  });

  it('at the end of a list item hides that item only, and the list stays one list', () => {
    const text = `The jail shall:\n\n- ${HOLD} ${OFF()}\n- ${HONOR}\n`;
    assert.deepEqual(lines(lint(text)), [['detainer-hold', 3]]);
    assert.deepEqual(lines(lint(text.replace(` ${OFF()}`, ''))), [['detainer-hold', 2], ['detainer-hold', 3]], 'the item is flagged without it');
  });

  it('at the end of a table row or a block-quote line hides the finding on it', () => {
    const table = `| When | Action |\n|---|---|\n| booking | ${HONOR} | ${OFF()}\n| release | ${HOLD} |\n`;
    assert.deepEqual(lines(lint(table)), [['detainer-hold', 3]]);
    const quote = `> ${HONOR} ${OFF()}\n>\n> ${HOLD}\n`;
    assert.deepEqual(lines(lint(quote)), [['detainer-hold', 2]]);
  });

  it('hides a sentence wrapped over several lines from any of its lines, but not from the line after it', () => {
    const wrapped = (first: string, last: string, after = '') => `- The jail shall hold any person on an ICE detainer${first}\n  for 48 hours.${last}\n- Deputies shall patrol.${after}\n`;
    assert.deepEqual(ids(lint(wrapped('', ''))), ['detainer-hold']);
    assert.deepEqual(lint(wrapped(` ${OFF()}`, '')), []);
    assert.deepEqual(lint(wrapped('', ` ${OFF()}`)), []);
    assert.deepEqual(ids(lint(wrapped('', '', ` ${OFF()}`))), ['detainer-hold', 'unused-suppression']);
  });

  it('does not hide the next line (that is disable-next-line), nor another rule', () => {
    assert.deepEqual(lines(lint(`Intro. ${OFF()}\n${HOLD}\n`)), [['unused-suppression', 0], ['detainer-hold', 1]]);
    assert.deepEqual(ids(lint(`- ${HOLD} ${OFF('profiling')}\n`)), ['detainer-hold', 'unused-suppression']);
  });

  it('without a reason still hides, and is reported at the comment', () => {
    const comment = '<!-- policy-guidance-disable-line detainer-hold -->';
    const text = `- ${HOLD} ${comment}\n`;
    const findings = lint(text);
    assert.deepEqual(ids(findings), ['suppression-without-reason']);
    assert.deepEqual([findings[0].start, findings[0].end], [text.indexOf(comment), text.indexOf(comment) + comment.length]);
  });

  it('works in plain text, at the end of a line of text or a list item', () => {
    assert.deepEqual(lint(`${HOLD} ${OFF()}\n\n`, 'plaintext'), []);
    const list = `The jail shall:\n- ${HOLD} ${OFF()}\n- ${HONOR}\n`;
    assert.deepEqual(lines(lint(list, 'plaintext')), [['detainer-hold', 2]]);
  });

  it('is in the exceptions register as disable-line, covering its own line, in the engine the editor uses', () => {
    const text = `The jail shall:\n\n- ${HOLD} ${OFF()}\n- ${HONOR}\n`;
    const output = engine.check({ text, format: 'markdown' });
    assert.deepEqual(
      output.findings.filter((f) => !f.ruleId.startsWith('missing-')).map((f) => [f.ruleId, f.range.start.line]),
      [['detainer-hold', 3]],
    );
    assert.deepEqual(
      output.suppressions.map((s) => [s.kind, s.rules, s.reason, s.range.start.line, s.suppressed, s.unused]),
      [['disable-line', ['detainer-hold'], 'reviewed by counsel', 2, 1, false]],
    );
    assert.deepEqual(output.suppressions[0].covers?.range, { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } });
  });
});
