// An inserted provision takes the next free number: a subsection in sequence that holds no provision
// ("4.4 (Reserved)") is counted, so the new one is 4.5 after it, never a second 4.4 before it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { suggestedFixes, type TextEdit } from '../src/fix/suggestedFixes';
import { createLinter, type Linter } from '../src/lint/lint';

const apply = (text: string, edits: TextEdit[]) => [...edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);

describe('numbering an inserted provision', () => {
  let pack: Pack;
  let linter: Linter;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
  });

  const insertFor = (draft: string) => {
    const finding = linter.lint(draft, 'plaintext').find((f) => f.ruleId === 'detainer-hold')!;
    const fixes = suggestedFixes({ text: draft, finding, rule: pack.rules.rules.find((r) => r.id === 'detainer-hold'), stillFlags: (s, l) => linter.flagsSentence('detainer-hold', s, l) });
    return fixes.find((f) => f.kind === 'insert')!;
  };

  it('counts a reserved subsection in sequence (a drafter\'s trial: the fix made a second 4.4)', () => {
    const draft = 'GENERAL ORDER 4\n\n4.1 Officers shall not stop any person solely to determine immigration status.\n\n4.2 Officers shall hold any inmate on an ICE detainer for 48 hours after release.\n\n4.3 Officers shall keep records.\n\n4.4 (Reserved)\n\n5.0 TRAINING\n\n5.1 All officers shall complete annual training.\n';
    const insert = insertFor(draft);
    assert.match(insert.title, /^Insert suggested provision as 4\.5, after 4\.4 /);
    const after = apply(draft, insert.edits);
    assert.ok(after.includes('4.4 (Reserved)\n\n4.5 No person shall be held solely'), after);
    assert.equal(after.split('\n4.4 ').length - 1, 1, 'one 4.4');
    assert.ok(after.includes('magistrate.\n\n5.0 TRAINING'), after);
  });

  it('still stops at the next section\'s number ("5.0 TRAINING" is no subsection of 4)', () => {
    const draft = '4.2 Officers shall hold any inmate on an ICE detainer for 48 hours after release.\n\n4.3 Officers shall keep records.\n\n5.0 TRAINING\n';
    assert.match(insertFor(draft).title, /^Insert suggested provision as 4\.4, after 4\.3 /);
  });

  it('numbers past a subsection that has items of its own (a drafter\'s trial: "2.5 … shall not:" with "(1)"–"(3)" ended the run, and the provision landed unnumbered after "(3)")', () => {
    const draft = '2.4 Weekend releases. An inmate shall be held on an ICE detainer over the weekend until ICE takes custody.\n\n2.5 Members shall not:\n(1) move a person to avoid a detainer;\n(2) keep records of status.\n\n2.6 Notice. Each inmate shall be given a copy of the detainer.\n\n3. INFORMATION SHARING\n';
    const insert = insertFor(draft);
    assert.match(insert.title, /^Insert suggested provision as 2\.7, after 2\.6 /);
    assert.ok(apply(draft, insert.edits).includes('copy of the detainer.\n\n2.7 No person shall be held solely'), apply(draft, insert.edits));
  });

  it('names a plain numbered item without its full stop ("as 3, after 2"; a drafter\'s trial read "as 7., after 6." as odd) and inserts it with one', () => {
    const draft = 'Procedure:\n\n1. Officers shall keep records.\n2. Officers shall hold any inmate on an ICE detainer for 48 hours after release.\n';
    const insert = insertFor(draft);
    assert.match(insert.title, /^Insert suggested provision as 3, after 2 /);
    assert.ok(apply(draft, insert.edits).includes('\n3. No person shall be held solely'), apply(draft, insert.edits));
  });
});
