// Table cells read with the cells before them in their row, and under a column header that forbids ("Don't").
import assert from 'node:assert/strict';
import { forbiddingHeader } from '../src/lint/tableCells';
import { bundledLinter } from './support/bundledLinter';
import { assertRange, spanOf } from './support/ranges';

describe('table cells', () => {
  const { lint, only } = bundledLinter();

  // A drafter's trial (a field-training bulletin's quick reference) had "Arrest on the ICE warrant" under "Don't" flagged.
  const table = [
    '| Situation | Do | Don\'t |',
    '|---|---|---|',
    '| NCIC shows only an ICE administrative warrant | Note the hit in CAD | Arrest on the ICE warrant |',
    '| ICE asks the jail to keep an inmate past release | Release on schedule | Hold the inmate for ICE on the detainer |',
    '| ICE asks the jail to keep an inmate past release | Hold the inmate for ICE on the detainer | Release on schedule |',
    '',
  ].join('\n');

  it('reads a cell under a "Don\'t" column as forbidden: neither the arrest nor the hold there is flagged', () => {
    const findings = lint(table);
    assert.deepEqual(only(findings, 'unauthorized-enforcement'), []);
    const holds = only(findings, 'detainer-hold');
    assert.equal(holds.length, 1, 'only the hold under "Do"');
    assertRange(table, holds[0], spanOf(table, 'Hold the inmate', 'detainer', table.lastIndexOf('| Hold the inmate')));
  });

  it('the same cells under a header that forbids nothing are flagged', () => {
    const swapped = table.replace("| Situation | Do | Don't |", "| Situation | Notes | Do |");
    assert.equal(only(lint(swapped), 'unauthorized-enforcement').length, 1);
    assert.equal(only(lint(swapped), 'detainer-hold').length, 2);
  });

  it('knows the headers that forbid, and no others', () => {
    for (const h of ["Don't", 'Don’t', 'Do not', 'DO NOT', 'Never', 'Avoid', 'Prohibited', 'Not permitted', 'Must not:']) assert.ok(forbiddingHeader(h), h);
    for (const h of ['Do', 'Situation', "Don't forget", 'Never mind the details', 'Notes', '']) assert.ok(!forbiddingHeader(h), h);
  });

  it('reads a "No" under a question column ("Allowed?") as forbidding the cells before it in the row, and a "Yes" as allowing them', () => {
    const answered = [
      '| Action | Allowed? | Notes |',
      '|---|---|---|',
      '| Hold an inmate on an ICE detainer alone | No | Release when eligible |',
      '| Hold an inmate on an ICE detainer alone | Yes | For up to 48 hours |',
      '',
    ].join('\n');
    const holds = only(lint(answered), 'detainer-hold');
    assert.deepEqual(holds.map((f) => f.range.start.line), [3], 'only the row answered "Yes"');
    // Under a header that asks nothing, "No" is only a word.
    assert.equal(only(lint(answered.replace('Allowed?', 'Status')), 'detainer-hold').length, 2);
  });

  it('reads every cell before a "No" as forbidden, not only the first (a city attorney\'s trial: "Any member" drew a warning that any member takes part in the sweep)', () => {
    const rows = ['| Activity | Member | Permitted? |', '|---|---|---|', '| Take part in a civil immigration sweep | Any member | No |', '| Hold an inmate on an ICE detainer alone | Booking deputy | No |', '| Take part in a civil immigration sweep | Any member | Yes |', ''].join('\n');
    const findings = lint(rows);
    assert.deepEqual(only(findings, 'unauthorized-enforcement').map((f) => f.range.start.line), [4], 'only the row answered "Yes"');
    assert.deepEqual(only(findings, 'detainer-hold'), []);
  });

  it('reads the cells under a "Definition" column as definitions (a drafter\'s trial: a glossary table\'s detainer definition raised detainer-hold)', () => {
    const glossary = '| Term | Definition |\n|---|---|\n| Detainer | A request from ICE (Form I-247A) that the City hold a person for up to 48 hours beyond release. |\n';
    assert.deepEqual(only(lint(glossary), 'detainer-hold'), []);
    assert.equal(only(lint(glossary.replace('| Definition |', '| Rule |').replace('A request from ICE (Form I-247A) that the City hold', 'On an ICE detainer the City shall hold')), 'detainer-hold').length, 1);
  });

  it('reads a hold in a cell after a situation that names who is absent (a WSO county drafter\'s trial: both rows were missed)', () => {
    const rows = ['| Situation | Action by release deputy |', '|---|---|', '| ICE detainer, no designated officer on duty | Hold until ICE arrives |', '| ICE detainer only | Hold until ICE arrives |', ''].join('\n');
    assert.equal(only(lint(rows), 'detainer-hold').length, 2);
  });
});
