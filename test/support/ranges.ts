// Exact source ranges in tests: where a finding should start and end, and the assertion that it does.
import assert from 'node:assert/strict';
import type { Finding } from '../../src/lint/finding';

/** 0-based line and UTF-16 character of an offset, counting "\n", "\r\n" and a lone "\r" as line ends. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The source span from the first character of `first` to the last of `last` (searched after it). */
export function spanOf(text: string, first: string, last: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(first, from);
  assert.ok(start >= 0, `"${first}" not in the test text`);
  const lastAt = text.indexOf(last, start);
  assert.ok(lastAt >= 0, `"${last}" not in the test text after "${first}"`);
  return { start, end: lastAt + last.length };
}

export function assertRange(text: string, finding: Finding, expected: { start: number; end: number }): void {
  assert.deepEqual(
    { start: finding.start, end: finding.end, excerpt: text.slice(finding.start, finding.end) },
    { start: expected.start, end: expected.end, excerpt: text.slice(expected.start, expected.end) },
  );
  assert.deepEqual(finding.range, { start: positionOf(text, expected.start), end: positionOf(text, expected.end) });
}
