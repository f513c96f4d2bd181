// Quick fixes as text edits: a rewrite only adds a condition to the flagged sentence and clears the
// conflict; otherwise the suggested provision is inserted beside the drafter's text, never over it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { rewriteFix, type SuggestedFix, type TextEdit } from '../src/fix/suggestedFixes';
import type { Finding } from '../src/lint/finding';
import { fixesFor, findingIn } from './support/fixKit';
import { createLinter, formatForPath, type DraftFormat, type Linter } from '../src/lint/lint';

const ROOT = join(__dirname, '..');

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

describe('suggested fixes', () => {
  let pack: Pack;
  let linter: Linter;
  before(async () => {
    pack = await loadPackFromDir(join(ROOT, 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
  });

  const fixesOf = (text: string, finding: Finding) => fixesFor(pack, linter, text, finding);
  const findingOf = (text: string, ruleId: string, format: DraftFormat = 'markdown') => findingIn(linter, text, ruleId, format);
  const rulesIn = (text: string) => linter.lint(text, 'markdown').map((f) => f.ruleId);

  it('rewrites a hold by adding the judicial-warrant condition to the drafter’s own sentence', () => {
    const draft = '# Jail policy\n\nThe jail shall hold any inmate who is the subject of an ICE detainer for up to 48 hours.\n';
    const [rewrite] = fixesOf(draft, findingOf(draft, 'detainer-hold'));
    assert.equal(rewrite.kind, 'rewrite');
    const after = apply(draft, rewrite.edits);
    assert.equal(after, '# Jail policy\n\nThe jail shall hold any inmate who is the subject of an ICE detainer for up to 48 hours, but only if a judicial warrant or order signed by a judge or magistrate authorizes the hold.\n');
    assert.ok(!rulesIn(after).includes('detainer-hold'), 'the rewritten sentence no longer conflicts');
    assert.match(rewrite.title, /^Add to this sentence: “…, but only if a judicial warrant/);
    assert.match(rewrite.title, /\(then reread it whole: the rest may need revising\)$/);
    // ("after the inmate's scheduled release" names a time, no clause: the condition still attaches to the act.)
    const scheduled = "The jail shall hold any inmate on an ICE detainer for up to 48 hours after the inmate's scheduled release.\n";
    assert.equal(fixesOf(scheduled, findingOf(scheduled, 'detainer-hold'))[0].kind, 'rewrite');
  });

  it('rewrites the subsection it was raised on when lettered subsections run on consecutive lines', () => {
    const draft = [
      '# Ordinance',
      '',
      '(a) The police department shall hold a person on an ICE detainer for up to 48 hours.',
      '(b) The watch commander shall record each detainer in the jail log.',
      '(c) Officers shall book every arrestee in accordance with department policy.',
      '',
    ].join('\n');
    const finding = findingOf(draft, 'detainer-hold');
    assert.equal(draft.slice(finding.start, finding.end), '(a) The police department shall hold a person on an ICE detainer for up to 48 hours.');
    const after = apply(draft, fixesOf(draft, finding).find((f) => f.kind === 'rewrite')!.edits);
    assert.match(after, /^\(a\) The police department shall hold a person on an ICE detainer for up to 48 hours, but only if a judicial warrant .* authorizes the hold\.$/m);
    assert.match(after, /^\(c\) Officers shall book every arrestee in accordance with department policy\.$/m, '(c) is left as written');
  });

  it('rewrites a list item inside the item, keeping the list and its lead-in', () => {
    const draft = 'The jail shall:\n\n- book each arrestee;\n- hold any person who is the subject of an ICE detainer for 48 hours;\n- keep records.\n';
    const rewrite = fixesOf(draft, findingOf(draft, 'detainer-hold')).find((f) => f.kind === 'rewrite')!;
    const after = apply(draft, rewrite.edits);
    assert.equal(after.split('\n').length, draft.split('\n').length, 'no line added or removed');
    assert.match(after, /^- hold any person who is the subject of an ICE detainer for 48 hours, but only if a judicial warrant .* authorizes the hold;$/m);
    assert.ok(!rulesIn(after).includes('detainer-hold'));
  });

  it('rewrites a table cell inside the cell, keeping the row’s other cells', () => {
    const draft = '| Section | Provision | Adopted |\n|---|---|---|\n| 4.2 | The jail shall hold any inmate on an ICE detainer for 48 hours. | 2020 |\n';
    const rewrite = fixesOf(draft, findingOf(draft, 'detainer-hold')).find((f) => f.kind === 'rewrite')!;
    const after = apply(draft, rewrite.edits);
    assert.equal(after.split('\n')[2], '| 4.2 | The jail shall hold any inmate on an ICE detainer for 48 hours, but only if a judicial warrant or order signed by a judge or magistrate authorizes the hold. | 2020 |');
    assert.ok(!rulesIn(after).includes('detainer-hold'));
  });

  it('offers no rewrite in a table cell that does not state the act itself (the act is in another cell)', () => {
    // A drafter's trial: the condition landed in the "Time limit" column, after "48 hours".
    const draft = '| Situation | Action | Time limit |\n|---|---|---|\n| Bond posted, detainer lodged | Hold on the detainer until ICE takes custody | 48 hours |\n';
    const fixes = fixesOf(draft, findingOf(draft, 'detainer-hold'));
    assert.deepEqual(fixes.map((f) => f.kind), ['insert']);
  });

  it('offers no rewrite for a sentence that already has a condition, only the provision to insert', () => {
    const draft = 'No inmate shall be held on a detainer unless it is accompanied by an administrative warrant (Form I-200).\n';
    const fixes = fixesOf(draft, findingOf(draft, 'detainer-hold'));
    assert.deepEqual(fixes.map((f) => f.kind), ['insert']);
  });

  // Sentences from a drafter's trial of "fix all": the appended condition garbled or reversed each one.
  for (const sentence of [
    'Inmates with an immigration hold will not be released while the detainer is pending.',
    'Classification staff will not refuse to hold an inmate when ICE requests additional time to arrange transport.',
    'The jail shall hold the inmate for up to 48 hours so that ICE can take custody.',
    'Deputies shall hold any inmate on an ICE detainer without a judicial warrant.',
  ]) {
    it(`offers no rewrite where the condition would not attach to the act: “${sentence}”`, () => {
      const fixes = fixesOf(sentence, findingOf(sentence, 'detainer-hold'));
      assert.deepEqual(fixes.map((f) => f.kind), ['insert']);
    });
  }

  it('inserts the suggested provision after the sentence, in its paragraph, and never replaces it', () => {
    const draft = 'City employees shall not share any person’s immigration status with ICE. Other text stays.\n';
    const finding = findingOf(draft, 'sanctuary-limit');
    const fixes = fixesOf(draft, finding);
    assert.deepEqual(fixes.map((f) => f.kind), ['insert'], 'a limit cannot be rewritten without reversing it');
    const after = apply(draft, fixes[0].edits);
    assert.ok(after.startsWith('City employees shall not share any person’s immigration status with ICE. Nothing in this policy prohibits'), after);
    assert.ok(after.endsWith(' Other text stays.\n'));
    assert.match(fixes[0].title, /^Insert suggested provision after this sentence \(yours is kept: revise it to clear the warning\): “Nothing in this policy/);
  });

  it('inserts after the whole list when the flagged sentence is a list item', () => {
    const draft = 'The jail shall:\n\n- hold any person on an ICE detainer until ICE takes custody, as the ICE administrative warrant directs;\n- keep records.\n\n## Next section\n';
    const finding = findingOf(draft, 'detainer-hold');
    const insert = fixesOf(draft, finding).find((f) => f.kind === 'insert')!;
    const after = apply(draft, insert.edits);
    assert.ok(after.includes('- keep records.\n\nNo person shall be held solely'), after);
    assert.ok(after.includes('magistrate.\n\n## Next section'), after);
  });

  it('inserts after the lettered items of a plain-text order, not inside the flagged item, lettered next', () => {
    const draft = 'II. ORDER\nA. Officers shall hold any arrestee named in an ICE detainer until ICE takes custody.\nB. Officers shall log each arrest.\n\nIII. REVIEW\n';
    const finding = findingOf(draft, 'detainer-hold', 'plaintext');
    const insert = fixesOf(draft, finding).find((f) => f.kind === 'insert')!;
    const after = apply(draft, insert.edits);
    assert.ok(after.includes('until ICE takes custody.\nB. Officers shall log each arrest.\nC. No person shall be held solely'), after);
    assert.ok(after.includes('magistrate.\n\nIII. REVIEW'), after);
  });

  it('inserts after the run of lettered paragraphs, not between (c) and (d)', () => {
    // A drafter's trial: the provision landed unlettered between 608.5(c) and (d), breaking the lettering.
    const draft = '## 608.5 Holds\n\n(b) Staff shall log each release.\n\n(c) Inmates with an immigration hold will not be released on bond until ICE has responded.\n\n(d) Staff shall log each bond.\n\nIII. REVIEW\n';
    const finding = findingOf(draft, 'detainer-hold');
    const insert = fixesOf(draft, finding).find((f) => f.kind === 'insert')!;
    const after = apply(draft, insert.edits);
    assert.ok(after.includes('(d) Staff shall log each bond.\n\n(e) No person shall be held solely'), after);
    assert.ok(after.includes('magistrate.\n\nIII. REVIEW'), after);
  });

  it('numbers the provision after the numbered subsections of a plain-text directive (trial 8: it landed unnumbered after 3.9)', () => {
    const items = [
      '    3.5 The City Holding Facility will hold a prisoner who is the\n        subject of an ICE detainer for no more than 48 hours after release.',
      '    3.6 The watch commander shall confirm each detainer with the\n        ICE Law Enforcement Support Center before the release time.',
    ];
    const draft = `3. POLICE DEPARTMENT.\n\n${items.join('\n\n')}\n\n4. HEALTH DEPARTMENT.\n\n    4.1 Clinic staff shall keep records.\n`;
    const insert = fixesOf(draft, findingOf(draft, 'detainer-hold', 'plaintext')).find((f) => f.kind === 'insert')!;
    const after = apply(draft, insert.edits);
    assert.ok(after.includes('before the release time.\n\n    3.7 No person shall be held solely'), after);
    assert.ok(after.includes('magistrate.\n\n4. HEALTH DEPARTMENT.'), after);
    assert.match(insert.title, /^Insert suggested provision as 3\.7, after 3\.6 /, 'the title names the labels (the UX helper: "after this list" on numbered subsections)');
  });

  it('puts the provision after a list of typed bullets, not at the end of a bullet\'s long line (trial 9: a 220-character line grew by 190)', () => {
    const bullets = ['• Not stop anyone solely to determine their immigration status.', '• Not share any person\'s immigration status with ICE or any other federal immigration authority.', '• Not enforce traffic laws selectively.'];
    const draft = `The Department will:\n\n${bullets.join('\n\n')}\n\nQuestions go to the Chief.\n`;
    const insert = fixesOf(draft, findingOf(draft, 'sanctuary-limit', 'plaintext')).find((f) => f.kind === 'insert')!;
    const after = apply(draft, insert.edits);
    assert.ok(after.includes(`${bullets[1]}\n\n${bullets[2]}\n\nNothing in this policy`), after);
    assert.match(insert.title, /^Insert suggested provision after this list /, 'the title says where it goes (the UX trial: "after this sentence" landed after the list)');
  });

  it('puts the provision after a line with no closing punctuation, not glued onto it', () => {
    // A drafter's trial: inserted after a flagged title, the provision ran on from the title's last word.
    const draft = 'Staff shall hold every person named in an ICE detainer for 48 hours\nafter release\n\nNext paragraph.\n';
    const finding = findingOf(draft, 'detainer-hold', 'plaintext');
    const insert = fixesOf(draft, finding).find((f) => f.kind === 'insert')!;
    const after = apply(draft, insert.edits);
    assert.ok(after.startsWith('Staff shall hold every person named in an ICE detainer for 48 hours\nafter release\n\nNo person shall be held solely'), after);
    assert.ok(after.endsWith('magistrate.\n\nNext paragraph.\n'), after);
  });

  it('names the draft as the draft names itself in an inserted provision ("this resolution", not "this policy")', () => {
    const draft = 'RESOLUTION NO. 7\n\nSection 1. This resolution applies to all County employees.\n\nSection 2. County employees shall not share immigration status information with ICE.\n';
    const insert = fixesOf(draft, findingOf(draft, 'sanctuary-limit', 'plaintext')).find((f) => f.kind === 'insert');
    assert.ok(insert, 'an insert is offered');
    assert.match(insert.added, /^Nothing in this resolution prohibits/);
    const policy = '# Policy\n\nThis policy applies to all members.\n\nMembers shall not share immigration status information with ICE.\n';
    assert.match(fixesOf(policy, findingOf(policy, 'sanctuary-limit')).find((f) => f.kind === 'insert')!.added, /^Nothing in this policy prohibits/);
  });

  it('letters, indents and wraps the provision as the run of wrapped subsections it follows (a drafter\'s trial: it landed as one unlettered 189-character line)', () => {
    const items = [
      '   (a) A person in the Municipal Holding Facility who is the subject of an ICE detainer\n   shall be released when he or she is eligible for release.',
      '   (b) Where the detainer is accompanied by a warrant of removal (Form I-205), the watch\n   commander may continue to hold the person for up to 48 hours to allow ICE to take custody.',
      '   (c) The watch commander may tell ICE the scheduled release time of a person named in\n   a detainer.',
    ];
    const draft = `Section 4. Persons in the Municipal Holding Facility.\n\n${items.join('\n\n')}\n\nSection 5. Information.\n`;
    const insert = fixesOf(draft, findingOf(draft, 'detainer-hold', 'plaintext')).find((f) => f.kind === 'insert')!;
    const after = apply(draft, insert.edits);
    assert.ok(after.startsWith(draft.slice(0, draft.indexOf('\n\nSection 5.'))), 'the drafter\'s text is kept as written');
    const added = after.slice(draft.indexOf('\n\nSection 5.') + 2, after.indexOf('\n\nSection 5.'));
    assert.match(added, /^ {3}\(d\) No person shall be held solely/);
    const width = Math.max(...draft.split('\n').map((l) => l.length));
    for (const line of added.split('\n')) {
      assert.ok(line.length <= width, `"${line}" is wider than the draft's ${width} columns`);
      assert.ok(line.startsWith('   '), `"${line}" keeps the subsections' indentation`);
    }
    assert.equal(added.replace(/^ {3}\(d\) /, '').replace(/\n {3}/g, ' '), insert.added.replace(/^ {3}\(d\) /, '').replace(/\n {3}/g, ' '));
  });

  it('puts the provision after a wrapped paragraph, wrapped alike, not as one long line inside it', () => {
    const draft = 'Staff shall hold every person named in an ICE detainer for up to forty-eight hours after\nthe person would otherwise be released. Staff shall log each hold in the jail management\nsystem before the end of the shift.\n\nNext paragraph.\n';
    const insert = fixesOf(draft, findingOf(draft, 'detainer-hold', 'plaintext')).find((f) => f.kind === 'insert')!;
    const after = apply(draft, insert.edits);
    assert.ok(after.startsWith(`${draft.slice(0, draft.indexOf('\n\nNext'))}\n\nNo person shall be held solely`), after);
    assert.ok(after.split('\n').every((line) => line.length <= 89), after);
    assert.ok(after.endsWith('\n\nNext paragraph.\n'), after);
  });

  it('keeps one sentence a line: the provision goes on a line of its own after a sentence that ends its line (a drafter\'s trial)', () => {
    const draft = '428.4.2 HOLDS\nThe Jail Division shall maintain custody of any inmate named in an ICE detainer for 48 hours beyond release.\nAn inmate with no detainer shall be released.\n';
    const insert = fixesOf(draft, findingOf(draft, 'detainer-hold', 'plaintext')).find((f) => f.kind === 'insert')!;
    assert.ok(apply(draft, insert.edits).includes('beyond release.\nNo person shall be held solely'), apply(draft, insert.edits));
  });

  it('puts a missing provision at the end of its section in the form of the section\'s provisions (a drafter\'s trial: unlettered, unindented, 135 characters wide)', () => {
    const draft = 'ARTICLE III.  DETENTION SERVICES\n\n   A. Acceptance. The County shall honor every ICE detainer it receives and shall keep the\n      person until ICE takes custody.\n\n   B. Transportation. The County shall transport detainees to ICE offices.\n\nARTICLE IV.  PAYMENT\n\n   A. ICE shall pay the County monthly.\n';
    const insert = fixesOf(draft, findingOf(draft, 'missing-notice', 'plaintext')).find((f) => f.kind === 'insert')!;
    assert.match(insert.title, /at the end of section “ARTICLE III\.  DETENTION SERVICES”/);
    const after = apply(draft, insert.edits);
    const added = after.slice(after.indexOf('ICE offices.\n\n') + 'ICE offices.\n\n'.length, after.indexOf('\n\nARTICLE IV.'));
    assert.match(added, /^ {3}C\. /);
    assert.ok(added.split('\n').every((line) => line.length <= 92 && line.startsWith('   ')), added);
    assert.ok(after.startsWith(draft.slice(0, draft.indexOf('\n\nARTICLE IV.'))) && after.endsWith(draft.slice(draft.indexOf('\n\nARTICLE IV.'))));
  });

  it('puts a missing provision at the end of the draft', () => {
    const draft = '# Policy\n\nThe jail shall honor every ICE detainer.\n';
    const finding = findingOf(draft, 'missing-notice');
    const [insert] = fixesOf(draft, finding);
    assert.equal(insert.kind, 'insert');
    assert.match(insert.title, /^Insert suggested provision at the end of the draft/);
    assert.ok(apply(draft, insert.edits).endsWith('detainer.\n\nAny person who is the subject of an immigration detainer shall be given a copy of the detainer and written notice of their rights.\n'));
  });

  it('puts a missing provision in the section whose heading names what it provides, else what brings it to bear (two drafters\' trials: a notice went into a "287(g)" section above "Detainers and custody")', () => {
    const draft = '# General order 4\n\n## III. 287(g) Task Force Model\n\nOfficers shall hold a person on an ICE detainer for 48 hours.\n\n## IV. Detainers and custody\n\nPersons are booked into the county jail.\n\n## V. Patrol\n\nDeputies shall patrol the county.\n';
    assert.equal(findingOf(draft, 'missing-notice').section?.heading, 'IV. Detainers and custody');
    const withNotice = draft.replace('## V. Patrol', '## V. Notice to inmates\n\nEach inmate shall be told the booking time.\n\n## VI. Patrol');
    assert.equal(findingOf(withNotice, 'missing-notice').section?.heading, 'V. Notice to inmates');
    // What brings a rule to bear is not looked for above the section where the draft first does so.
    const training = '# Order\n\n## Subject: immigration detainers\n\nThis order governs detainers.\n\n## Field operations\n\nDeputies may arrest persons for civil immigration violations.\n\n## Records\n\nStaff shall keep records.\n';
    assert.equal(findingOf(training, 'missing-training').section?.heading, 'Field operations');
  });

  it('puts a missing provision at the end of the section that brings its rule to bear, not after the last section', () => {
    // A drafter's trial: the notice provision landed under the draft's last section, "Patrol".
    const draft = '# Policy 610\n\n## 610.3 Detainers\n\nThe jail shall honor every ICE detainer.\n\n- Staff shall log each detainer.\n\n## 610.8 Patrol\n\nDeputies shall patrol the county.\n';
    const finding = findingOf(draft, 'missing-notice');
    assert.deepEqual(finding.section, { heading: '610.3 Detainers', end: draft.indexOf('\n\n## 610.8') });
    const [insert] = fixesOf(draft, finding);
    assert.match(insert.title, /^Insert suggested provision at the end of section “610\.3 Detainers”: /);
    const after = apply(draft, insert.edits);
    assert.ok(after.includes('- Staff shall log each detainer.\n\nAny person who is the subject of an immigration detainer shall be given'), after);
    assert.ok(after.includes('written notice of their rights.\n\n## 610.8 Patrol'), after);
    assert.ok(after.endsWith('Deputies shall patrol the county.\n'));
  });

  it('never removes a character of the draft: every fix on the examples and fixtures only inserts', () => {
    const dirs = [join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures')];
    let fixes = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n))) {
        const text = readFileSync(join(dir, name), 'utf8');
        for (const finding of linter.lint(text, formatForPath(name))) {
          for (const fix of fixesOf(text, finding) as SuggestedFix[]) {
            fixes++;
            for (const edit of fix.edits) assert.equal(edit.start, edit.end, `${name}: ${fix.title} removes text`);
          }
        }
      }
    }
    assert.ok(fixes > 20, `${fixes} fixes checked`);
  });

  it('gives each sentence its own rewrite, so fixing all of a rule never pastes one sentence over others', () => {
    const draft = 'The jail shall honor ICE detainers for inmates booked on felony charges.\n\nThe Sheriff may hold any inmate subject to an immigration hold for 48 hours.\n';
    const findings = linter.lint(draft, 'markdown').filter((f) => f.ruleId === 'detainer-hold');
    assert.equal(findings.length, 2);
    const rule = pack.rules.rules.find((r) => r.id === 'detainer-hold');
    const rewrites = findings.map((finding) => rewriteFix({ text: draft, finding, rule, stillFlags: (s, l) => linter.flagsSentence('detainer-hold', s, l) })!);
    const after = apply(draft, rewrites.flatMap((r) => r.edits));
    assert.ok(after.includes('The jail shall honor ICE detainers for inmates booked on felony charges, but only if'), after);
    assert.ok(after.includes('The Sheriff may hold any inmate subject to an immigration hold for 48 hours, but only if'), after);
    assert.ok(!rulesIn(after).includes('detainer-hold'));
  });
});
