// An added condition follows the draft's own line breaks where the draft is hard-wrapped: a jail captain's plain-text
// manual, wrapped at 80 columns, was left with a 124-character line by each fix. Only the added words are broken.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createLinter, type Linter } from '../src/lint/lint';
import { applyEdits, fixesFor, findingIn } from './support/fixKit';

describe('an added condition in a hard-wrapped draft', () => {
  let pack: Pack;
  let linter: Linter;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
  });

  const manual = [
    '7.3 INMATES WITH DETAINERS',
    '',
    '7.3.5 An inmate who is the subject of an ICE administrative warrant (Form I-200',
    '      or I-205) shall be kept in custody by the booking officer for up to',
    '      48 hours past their release time.',
    '',
    '7.3.6 The release officer shall give each inmate a copy of any detainer lodged',
    '      against the inmate and notify ICE of the release date when ICE asks.',
    '',
  ].join('\n');

  it('breaks the added words at the draft\'s width and indentation, and keeps every word and line break of the draft', () => {
    const rewrite = fixesFor(pack, linter, manual, findingIn(linter, manual, 'detainer-hold', 'plaintext')).find((f) => f.kind === 'rewrite')!;
    assert.ok(rewrite, 'a rewrite is offered');
    const after = applyEdits(manual, rewrite.edits);
    const width = Math.max(...manual.split('\n').map((l) => l.length));
    for (const line of after.split('\n')) assert.ok(line.length <= width, `${line.length} > ${width}: ${line}`);
    // Continuation lines at the provision's own hanging indentation.
    assert.match(after, /48 hours past their release time, but only if a judicial warrant or order\n {6}signed by a judge or magistrate authorizes the hold\./);
    // Nothing of the draft is lost: taking the added text out gives it back.
    const [edit] = rewrite.edits;
    assert.equal(edit.start, edit.end, 'an insertion, replacing nothing');
    assert.equal(after.slice(0, edit.start) + after.slice(edit.start + edit.newText.length), manual);
    assert.equal(edit.newText.replace(/\s+/g, ' '), ', but only if a judicial warrant or order signed by a judge or magistrate authorizes the hold');
  });

  it('lays a provision after a list it takes no label in as a paragraph, flush left, not at the items\' hanging indent (a police policy writer\'s trial)', () => {
    const list = [
      'When a person is lawfully detained for a criminal offense, an officer may:',
      '',
      'a.  ask the person where he or she was born;',
      '',
      'b.  detain the person for ICE for up to two hours after the criminal',
      '    investigation is complete on the basis of an ICE detainer;',
      '',
      'c.  contact the ICE Law Enforcement Support Center for an immigration',
      '    check.',
      '',
    ].join('\n');
    const insert = fixesFor(pack, linter, list, findingIn(linter, list, 'detainer-hold', 'plaintext')).find((f) => f.kind === 'insert')!;
    const [edit] = insert.edits;
    assert.equal(edit.start, edit.end, 'an insertion');
    assert.match(edit.newText, /^\n\n\S/);
    for (const line of edit.newText.split('\n').filter((l) => l.trim())) assert.match(line, /^\S/, line);
  });

  it('lays a provision after a table set with spaces flush left, wrapped as the text above the table is (a police policy writer\'s trial)', () => {
    const draft = [
      'The booking officer shall decide each release by the table below, and shall record',
      'the decision and the reasons for it in the jail management system before the end',
      'of the shift.',
      '',
      '    Situation                    Action',
      '    -------------------          ------------------------------',
      '    ICE detainer only            Hold the prisoner for 48 hours',
      '    No detainer                  Release at the scheduled time',
      '',
    ].join('\n');
    const insert = fixesFor(pack, linter, draft, findingIn(linter, draft, 'detainer-hold', 'plaintext')).find((f) => f.kind === 'insert')!;
    assert.match(insert.title, /after this table/);
    const lines = insert.edits[0].newText.split('\n').filter((l) => l.trim());
    assert.ok(lines.length > 1, 'wrapped');
    for (const line of lines) {
      assert.match(line, /^\S/, line);
      assert.ok(line.length <= 83, `${line.length}: ${line}`);
    }
  });

  it('adds the words on the line as they come where the draft is not wrapped', () => {
    const unwrapped = 'The jail shall hold any inmate who is the subject of an ICE detainer for up to 48 hours.\n';
    const rewrite = fixesFor(pack, linter, unwrapped, findingIn(linter, unwrapped, 'detainer-hold', 'plaintext')).find((f) => f.kind === 'rewrite')!;
    assert.ok(!rewrite.edits[0].newText.includes('\n'));
  });
});
