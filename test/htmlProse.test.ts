// An HTML block's text is read in linear work, however many runs of text its tags cut a line into.
// Work is counted, not timed: characters that String.prototype.slice and startsWith pass and that
// regular-expression searches read. Each run of text between two tags once searched the rest of the
// block for a blank line and sliced its whole line again (a 128 KB line of "b <i> " took 10 s).
import assert from 'node:assert/strict';
import { markdownProse } from '../src/lint/markdownProse';

function workOf(fn: () => void): number {
  const { slice, startsWith } = String.prototype;
  const { exec } = RegExp.prototype;
  let work = 0;
  String.prototype.slice = function (this: string, start?: number, end?: number) {
    const result = slice.call(this, start, end);
    work += result.length;
    return result;
  };
  String.prototype.startsWith = function (this: string, search: string, position?: number) {
    work += String(search).length;
    return startsWith.call(this, search, position);
  };
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, input);
    work += (match ? match.index + match[0].length : String(input).length) - from;
    return match;
  };
  try {
    fn();
  } finally {
    Object.assign(String.prototype, { slice, startsWith });
    Object.assign(RegExp.prototype, { exec });
  }
  return work;
}

const SHAPES: Array<[string, (runs: number) => string]> = [
  ['one line of text between inline tags after "<div>"', (runs) => `<div> ${'b <i> '.repeat(runs)}`],
  ['a second line of text between comments', (runs) => `<div>\n${'<!-- a --> b '.repeat(runs)}`],
  ['a quoted line of text between inline tags', (runs) => `> <div>\n> ${'b <i> '.repeat(runs)}`],
  ['comments on one line, then "<!"', (runs) => `${'<!-- a -->'.repeat(runs)}<!`],
];

describe('HTML block text in linear work', function () {
  this.timeout(60000);
  for (const [label, make] of SHAPES) {
    it(`reads ${label}`, () => {
      const small = workOf(() => markdownProse(make(1_000)));
      const large = workOf(() => markdownProse(make(4_000)));
      // Four times the text: about four times the work; before, 15 times and more.
      assert.ok(large < 6 * small, `${small} → ${large}`);
    });
  }

  it('still finds each run of text at its place in the source', () => {
    const text = `> <div>\n> ${'b <i> '.repeat(50)}the jail <b>shall</b> hold`;
    const units = markdownProse(text).units;
    assert.equal(units.length, 1);
    const unit = units[0];
    for (const word of ['jail', 'shall', 'hold']) {
      const at = unit.offsets[unit.text.lastIndexOf(word)];
      assert.equal(text.slice(at, at + word.length), word);
    }
  });
});
