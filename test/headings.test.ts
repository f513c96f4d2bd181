// Headings in running text: a title names a topic and directs nothing; the provision after it still does.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { isHeadingFragment, isTitleLine } from '../src/lint/headings';
import { createLinter, type Linter } from '../src/lint/lint';

describe('headings in running text (grammar, no pack)', () => {
  const headings = [
    '(2) Inquiries about immigration status.',
    '(c) Verification of Status. -',
    'Section 4. Holding Persons for Other Agencies',
    'Honoring requests from other agencies',
    'IMMIGRATION DETAINERS',
    'II. ORDER',
    'Section 5. Sensitive locations.',
    'PURPOSE',
    '§ 12-3 Cooperation with federal agencies.',
    'Sec. 4.1 Access to Facilities',
    // A labelled line in capitals, though it has a verb (a drafter's trial: an insert meant for Article III landed after Article IV).
    'ARTICLE IV.  COUNTY INMATES WHO ARE THE SUBJECT OF DETAINERS',
  ];
  for (const text of headings) it(`reads "${text}" as a heading`, () => assert.equal(isHeadingFragment(text), true));

  const provisions = [
    // A command starts with a verb in its base form.
    'Hold inmates for other agencies for 48 hours.',
    'Notify the supervisor.',
    'Bring the person to the facility.',
    'Process all requests within one day.',
    // A clause has a modal, an auxiliary or a negation.
    'Inquiries about immigration status are prohibited.',
    'Officers shall not inquire about immigration status.',
    'No inquiries about immigration status.',
    // A longer run with a series in it: a sentence with a verb the word list does not know.
    'Immigration enforcement activity on campuses disrupts instruction, harms attendance, and creates fear.',
    // Lower-case words in a longer run: a sentence, not a title.
    'Officers may ask any driver stopped for a traffic violation about immigration status.',
    // A sentence in capitals has its verb: "SHALL" is a clause word.
    'OFFICERS SHALL NOT HOLD ANY PERSON.',
    'ARTICLE IV. NO COUNTY SHALL HOLD PERSONS FOR ICE',
  ];
  for (const text of provisions) it(`reads "${text}" as text, not a heading`, () => assert.equal(isHeadingFragment(text), false));

  it('takes a plain-text line for a title only without sentence punctuation at its end', () => {
    assert.equal(isTitleLine('Holding Persons for Other Agencies'), true);
    assert.equal(isTitleLine('Holding Persons for Other Agencies.'), false);
    assert.equal(isTitleLine('Holding persons for other agencies:'), false);
    // After a section label the full stop ends the title; "No." before a number is no negation.
    assert.equal(isTitleLine('Section 5. County Resources.'), true);
    assert.equal(isTitleLine('Section 5. The jail shall hold no one.'), false);
    assert.equal(isTitleLine('RESOLUTION NO. 2026-14'), true);
  });

  it('stays linear on a long run of labels and words', () => {
    const long = `${'(1) '.repeat(50_000)}${'Word '.repeat(50_000)}`;
    const start = performance.now();
    isHeadingFragment(long);
    isTitleLine(long);
    assert.ok(performance.now() - start < 1000);
  });
});

describe('headings in drafts', () => {
  let linter: Linter;
  before(async () => {
    linter = createLinter((await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules);
  });
  const sentenceFindings = (text: string, format: 'markdown' | 'plaintext') =>
    linter.lint(text, format).filter((f) => !f.ruleId.startsWith('missing-')).map((f) => `${f.ruleId} ${f.excerpt}`);

  it('raises nothing on a heading run into its paragraph, and reads the provision after it', () => {
    assert.deepEqual(sentenceFindings('(2) Inquiries about immigration status. Officers shall not ask victims about their immigration status.', 'markdown'), []);
    assert.deepEqual(sentenceFindings('(2) Inquiries about immigration status. Officers may ask any driver stopped for a traffic violation about immigration status.', 'markdown'), [
      'status-inquiry Officers may ask any driver stopped for a traffic violation about immigration status.',
    ]);
  });

  it('ends a run-in heading at a full stop and a dash, so the finding covers the provision only', () => {
    assert.deepEqual(sentenceFindings('(c) Verification of Status. - Officers may ask any driver stopped for a traffic violation about immigration status.', 'plaintext'), [
      'status-inquiry Officers may ask any driver stopped for a traffic violation about immigration status.',
    ]);
  });

  it('reads a plain-text title line as a heading, whether a blank line or the text follows it', () => {
    assert.deepEqual(sentenceFindings('Inquiries about immigration status\n\nOfficers shall not ask victims about their immigration status.', 'plaintext'), []);
    assert.deepEqual(sentenceFindings('Honoring ICE Detainers\nDeputies shall honor every ICE detainer.', 'plaintext'), ['detainer-hold Deputies shall honor every ICE detainer.']);
  });

  it('reads a bold run-in section title as a heading, so only the provision after it is flagged, once', () => {
    assert.deepEqual(sentenceFindings('**Section 5. Sensitive locations.** The Police Department shall not assist ICE with enforcement at schools.', 'markdown'), [
      'cooperation-limit The Police Department shall not assist ICE with enforcement at schools.',
      'sensitive-location The Police Department shall not assist ICE with enforcement at schools.',
    ]);
  });

  it('reads a short line in capitals ("II. ORDER") as a heading, not the start of the item after it', () => {
    assert.deepEqual(sentenceFindings('II. ORDER\nA. Officers shall hold any arrestee named in an ICE detainer until ICE takes custody.', 'plaintext'), [
      'detainer-hold A. Officers shall hold any arrestee named in an ICE detainer until ICE takes custody.',
    ]);
  });

  it('reads a line that the next line continues in lower case as part of its sentence', () => {
    assert.deepEqual(sentenceFindings('Holds on ICE detainers for 48 hours\nare required for all inmates.', 'plaintext'), [
      'detainer-hold Holds on ICE detainers for 48 hours are required for all inmates.',
    ]);
  });
});
