// Document-level findings are about the whole draft: they sit on its title line (the first heading,
// or the first line if there is none), and the linter says which document rules were in scope and
// satisfied, so an editor can show a provision as present.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, type Linter } from '../src/lint/lint';

describe('document-level findings', () => {
  let linter: Linter;
  before(async () => {
    linter = createLinter((await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules);
  });

  const draft = [
    '---',
    'title: Jail detainer policy',
    '---',
    '',
    'Adopted by the Board on May 1.',
    '',
    '# Policy 610: Immigration Detainers',
    '',
    'The jail shall hold any inmate on an ICE detainer for up to 48 hours.',
    '',
  ].join('\n');

  it('sit on the first heading, not on the sentence that brought the draft into scope', () => {
    const notice = linter.lint(draft, 'markdown').find((f) => f.ruleId === 'missing-notice')!;
    assert.deepEqual(notice.range, { start: { line: 6, character: 2 }, end: { line: 6, character: 35 } });
    assert.equal(notice.excerpt, 'Policy 610: Immigration Detainers');
  });

  it('sit on the first line of prose when the draft has no heading', () => {
    const plain = 'JAIL POLICY 610\nImmigration detainers\n\nThe jail shall hold any inmate on an ICE detainer for up to 48 hours.\n';
    const notice = linter.lint(plain, 'plaintext').find((f) => f.ruleId === 'missing-notice')!;
    assert.equal(notice.range.start.line, 0);
    assert.equal(notice.excerpt, 'JAIL POLICY 610');
  });

  it('sit on title lines set above the first heading, not on the heading below them (a jail captain\'s trial: on the office\'s name)', () => {
    const chapter = "CHAPTER 7\nINMATES WITH IMMIGRATION DETAINERS\n\nWashburn County Sheriff's Office -- Jail Operations Manual\nRevised by: Capt. R. Hollis\n\n7.1 PURPOSE\n\nThe jail shall hold any inmate on an ICE detainer for up to 48 hours.\n";
    const notice = linter.lint(chapter, 'plaintext').find((f) => f.ruleId === 'missing-notice')!;
    assert.equal(notice.range.start.line, 0);
    // A first paragraph that is prose, not a title, leaves the finding on the first heading.
    const prose = 'This chapter sets out how the jail handles detainers.\n\n7.1 PURPOSE\n\nThe jail shall hold any inmate on an ICE detainer for up to 48 hours.\n';
    assert.equal(linter.lint(prose, 'plaintext').find((f) => f.ruleId === 'missing-notice')!.excerpt, '7.1 PURPOSE');
  });

  it("sit on a plain-text resolution's number line, and name the section that brought them to bear (a drafter's trial)", () => {
    // The finding sat on the signature block ("COUNTY COMMISSION OF …") and its provision went in after the signatures.
    const resolution = [
      'RESOLUTION NO. 2026-14',
      '',
      'Section 4. Information Held by the County.',
      '',
      'Each County department shall keep a log of every request received from federal immigration authorities.',
      '',
      'Section 5. County Resources.',
      '',
      'The Sheriff shall continue holding persons subject to ICE detainers whenever the County is reimbursed.',
      '',
      'Section 6. Notice and Training.',
      '',
      'The County Counselor shall provide a copy of this resolution to every department head.',
      '',
      'COUNTY COMMISSION OF BOONE RIDGE COUNTY, MISSOURI',
      '',
    ].join('\n');
    const verification = linter.lint(resolution, 'plaintext').find((f) => f.ruleId === 'missing-verification')!;
    assert.equal(verification.excerpt, 'RESOLUTION NO. 2026-14');
    assert.deepEqual(verification.section, { heading: 'Section 5. County Resources.', end: resolution.indexOf('\n\nSection 6.') });
  });

  it('read a copy "given to the inmate", in the passive, as notice (a drafter\'s session)', () => {
    const given = `${draft}A copy of each detainer shall be placed in the inmate's file and given to the inmate.\n`;
    assert.ok(!linter.lint(given, 'markdown').some((f) => f.ruleId === 'missing-notice'));
  });

  it('leave no finding on the sentence once the missing provision is added elsewhere', () => {
    const fixed = `${draft}The jail shall notify the individual in writing of any detainer lodged against them.\n`;
    const { findings, documentRules } = linter.check(fixed, 'markdown');
    assert.ok(!findings.some((f) => f.ruleId === 'missing-notice'));
    assert.deepEqual(documentRules.find((r) => r.ruleId === 'missing-notice'), { ruleId: 'missing-notice', inScope: true, satisfied: true, restsOn: ['Q5'], providedAt: fixed.indexOf('The jail shall notify') });
  });

  it('are not brought to bear by a heading, which names a topic (trial 9: "## Immigration Enforcement in Tukwila" over a council\'s answers)', () => {
    const state = (text: string, rule: string) => linter.check(text, 'markdown').documentRules.find((r) => r.ruleId === rule)!;
    assert.equal(state('# City\n\n## Immigration Enforcement in Tukwila\n\nStaff is available to answer questions.\n', 'missing-training').inScope, false);
    assert.equal(state('# City\n\n## Enforcement\n\nOfficers shall take part in immigration enforcement operations.\n', 'missing-training').inScope, true);
  });

  it('take "the course of" an investigation or a U visa certification for no training (trials 8 and 9: the Guidance view showed Training covered)', () => {
    const training = (sentence: string) => linter.check(`# Policy\n\nOfficers shall take part in immigration enforcement operations.\n\n${sentence}\n`, 'markdown').documentRules.find((r) => r.ruleId === 'missing-training')!;
    assert.equal(training('Officers shall keep notes during the course of a criminal investigation.').satisfied, false);
    assert.equal(training('Officers shall first complete a course on immigration law.').satisfied, true);
    // (Nor is a U visa certification, trial 8's sheriff's manual: "Requests for certification of Form I-918 … shall be forwarded".)
    assert.equal(training('Requests for certification of Form I-918 Supplement B shall be forwarded to the commander.').satisfied, false);
  });

  it('take a definition for no training requirement (a county counsel\'s trial: the report credited "Designated deputy - A deputy who has completed …")', () => {
    const training = (sentence: string) => linter.check(`# Policy\n\nOfficers shall take part in immigration enforcement operations.\n\n${sentence}\n`, 'markdown').documentRules.find((r) => r.ruleId === 'missing-training')!;
    assert.equal(training('**Designated deputy** - A deputy who has completed the ICE 287(g) training program and been certified.').satisfied, false);
    assert.equal(training('Designated deputies shall complete the ICE training program and annual refresher training.').satisfied, true);
  });

  it('take keeping a copy of every detainer and request for record-keeping (a police policy writer\'s trial: "902.6 RECORDS" had one)', () => {
    const reporting = (sentence: string) => linter.check(`# Policy\n\nThe jail shall notify ICE of the release date of any prisoner named in an ICE detainer.\n\n${sentence}\n`, 'markdown').documentRules.find((r) => r.ruleId === 'missing-reporting')!;
    assert.equal(reporting('The records unit shall keep a copy of every detainer, notification request and administrative warrant received, with the action taken, for three years.').satisfied, true);
    assert.equal(reporting('The records unit shall keep the building clean.').satisfied, false);
  });

  it("take an ordinance's savings clause for no verification (a drafter's trial: the Guidance view showed ICE requests covered)", () => {
    const verification = (sentence: string) => linter.check(`# Ordinance\n\nOfficers may hold a person named in an immigration detainer over a weekend.\n\n${sentence}\n`, 'markdown').documentRules.find((r) => r.ruleId === 'missing-verification')!;
    assert.equal(verification('If any section of this ordinance is held to be invalid, such decision shall not affect the validity of the remaining portions.').satisfied, false);
    assert.equal(verification('The shift supervisor shall confirm the validity of each detainer before it is acted on.').satisfied, true);
  });

  it('report every document rule as in scope or not, and lint() returns the same findings as check()', () => {
    const { findings, documentRules } = linter.check(draft, 'markdown');
    assert.deepEqual(findings, linter.lint(draft, 'markdown'));
    const notice = documentRules.find((r) => r.ruleId === 'missing-notice')!;
    assert.equal(notice.inScope && !notice.satisfied, true);
    const unrelated = linter.check('# Parking\n\nVehicles shall be parked in marked spaces.\n', 'markdown').documentRules;
    assert.ok(unrelated.every((r) => !r.inScope && !r.satisfied));
  });
});
