// Plain-text tables set with spaces: which lines make one, and what each cell holds.
import assert from 'node:assert/strict';
import { alignedTableAt, cellWords } from '../src/lint/alignedTable';

/** The lines of a text as [start, end) spans. */
function linesOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push([start, start + line.length]);
    start += line.length + 1;
  }
  return spans;
}

/** Each row's cells as words ('' for an empty cell), or undefined where the first line starts no table. */
function table(text: string): string[][] | undefined {
  return alignedTableAt(text, linesOf(text), 0)?.rows.map((row) => row.map((cell) => cellWords(text, cell)));
}

describe('a plain-text table set with spaces', () => {
  it('is read cell by cell, under a rule of dashes, with a cell wrapped in its column joined', () => {
    const text = ['Situation          Action', '---------          ------', 'Detainer only      Hold the inmate up to', '                   48 hours', 'No detainer        Release'].join('\n');
    assert.deepEqual(table(text), [
      ['Situation', 'Action'],
      ['Detainer only', 'Hold the inmate up to 48 hours'],
      ['No detainer', 'Release'],
    ]);
  });

  it('puts a wrapped cell\'s words indented less deep than its column in the column they stand in (a police policy writer\'s trial)', () => {
    const text = ['Situation                     Action', 'Detainer and judicial         Hold as the warrant directs', '      warrant', 'ICE administrative warrant    Hold the prisoner for ICE', 'No detainer                   Release'].join('\n');
    const rows = [
      ['Situation', 'Action'],
      ['Detainer and judicial warrant', 'Hold as the warrant directs'],
      ['ICE administrative warrant', 'Hold the prisoner for ICE'],
      ['No detainer', 'Release'],
    ];
    assert.deepEqual(table(text), rows);
    // The same wrapped in the first column itself; a longer line after the table is no part of it.
    const flush = text.replace('      warrant', 'warrant');
    assert.deepEqual(table(flush), rows);
    assert.equal(alignedTableAt(`${flush}\nStaff shall document every release.`, linesOf(`${flush}\nStaff shall document every release.`), 0)?.next, 5);
    assert.deepEqual(table(text), [
      ['Situation', 'Action'],
      ['Detainer and judicial warrant', 'Hold as the warrant directs'],
      ['ICE administrative warrant', 'Hold the prisoner for ICE'],
      ['No detainer', 'Release'],
    ]);
  });

  it('ends at the first line that is no row of it, and keeps an empty cell in its column', () => {
    const text = ['Name      Role      Note', 'Smith     Sergeant', 'Jones               on leave', 'The jail shall release each inmate.'].join('\n');
    const read = alignedTableAt(text, linesOf(text), 0);
    assert.equal(read?.next, 3);
    assert.deepEqual(table(text), [
      ['Name', 'Role', 'Note'],
      ['Smith', 'Sergeant', ''],
      ['Jones', '', 'on leave'],
    ]);
  });

  it('is not found in prose whose sentences are set two spaces apart, nor in a lone line of cells', () => {
    assert.equal(table('The jail shall hold no one.  Staff shall release each inmate\nat the scheduled time.  ICE may be told of the release.'), undefined);
    assert.equal(table('Situation          Action\n\nDetainer only      Hold'), undefined);
    assert.equal(table('One cell only\nAnother line'), undefined);
    assert.equal(table('Section 4.\tDetainers\nThe jail shall hold no one.  Staff shall release.'), undefined);
  });

  it('reads a tab as a cell break', () => {
    assert.deepEqual(table('Practice\tAllowed?\nHold on a detainer alone\tNo'), [
      ['Practice', 'Allowed?'],
      ['Hold on a detainer alone', 'No'],
    ]);
  });

  it('reads a row of 20,000 cells and 20,000 rows without a second pass over any line', () => {
    // Linear by construction (each line's characters are read once): these finish with the rest of the suite.
    const wide = Array.from({ length: 20_000 }, (_, k) => `c${k}`).join('  ');
    assert.equal(table(`${wide}\n${wide}`)?.[1].length, 20_000);
    const tall = ['a       b', ...Array.from({ length: 20_000 }, (_, k) => `${String(k).padEnd(8)}x`)].join('\n');
    assert.equal(table(tall)?.length, 20_001);
  });
});
