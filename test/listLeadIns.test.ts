// Lists read with their lead-in ("The jail shall:" then "- hold …"), nested lead-ins included.
import assert from 'node:assert/strict';
import { plainTextProse } from '../src/lint/plainTextProse';
import { bundledLinter } from './support/bundledLinter';
import { assertRange, spanOf } from './support/ranges';

describe('list items read with their lead-in', () => {
  const { lint, only } = bundledLinter();

  const markdown = [
    'The jail shall not:',
    '',
    '- hold any person solely on an ICE detainer;',
    '',
    'The jail shall:',
    '',
    '1. hold persons subject to an ICE detainer for 48 hours;',
    '2. give each person a copy of the detainer.',
    '',
  ].join('\n');

  it('in Markdown, flags only the item under "The jail shall:", with the item text as its range', () => {
    const holds = only(lint(markdown), 'detainer-hold');
    assert.equal(holds.length, 1);
    assertRange(markdown, holds[0], spanOf(markdown, 'hold persons', 'hours;'));
  });

  it('reads the items after "the following terms mean:" as definitions (a drafter\'s trial: a detainer\'s definition raised detainer-hold)', () => {
    const item = '*Civil immigration detainer*, a request from ICE, usually on DHS Form I-247A, that the City keep a person in custody past the time he or she would otherwise be released.';
    for (const leadIn of ['As used in sections 215.080 through 215.095, the following terms mean:', 'Definitions:', 'As used in this chapter:', 'For purposes of this article, the following words have the meanings given:', 'The following terms are defined as follows:']) {
      assert.deepEqual(only(lint(`${leadIn}\n\n1. ${item}\n`), 'detainer-hold'), [], leadIn);
    }
    assert.equal(only(lint(`The City shall hold the following persons:\n\n1. ${item.replace('a request', 'persons named in a request')}\n`), 'detainer-hold').length, 1);
  });

  it('reads words that the list\'s own "; or" opens in the item they run into (a "will not: …; or hold …" list raised detainer-hold)', () => {
    for (const modal of ['will not', 'shall not', 'cannot', 'does not', 'will never']) {
      assert.deepEqual(only(lint(`The Department ${modal}: act as ICE agents; or hold persons on ICE detainers.\n`), 'detainer-hold'), [], modal);
    }
    assert.equal(only(lint('The Department shall: notify ICE of releases; and hold persons on ICE detainers for 48 hours.\n'), 'detainer-hold').length, 1);
  });

  it('carries a lead-in\'s negation through "any of the following:" into the items', () => {
    // "following" before an act is a state ("following arrest"), but not in "the following" that opens a list.
    const under = (leadIn: string) => only(lint(`${leadIn}\n\n1. share release dates with ICE;\n2. keep records.\n`), 'cooperation-limit').length;
    assert.equal(under('The jail shall not do any of the following:'), 1);
    assert.equal(under('The jail shall not:'), 1);
    assert.equal(under('The jail shall do the following:'), 0);
  });

  it('in plain text, with "-", "1." and "(a)" markers', () => {
    for (const marker of ['-', '1.', '(a)', '*']) {
      const text = `The jail shall not:\n  ${marker} hold any person solely on an ICE detainer;\n\nThe jail shall:\n  ${marker} hold persons subject to an ICE detainer for 48 hours;\n  ${marker} give each person a copy of the detainer.\n`;
      const holds = only(lint(text, 'plaintext'), 'detainer-hold');
      assert.equal(holds.length, 1, `marker ${marker}: ${holds.map((h) => h.excerpt).join(' | ')}`);
      assertRange(text, holds[0], spanOf(text, 'hold persons', 'hours;'));
    }
  });

  it('in plain text, takes the lead-in from the last sentence of the paragraph before the list', () => {
    const text = 'B. Custody. Jail staff shall:\n\n1. hold persons subject to an ICE detainer for 48 hours;\n';
    const units = plainTextProse(text).units;
    assert.equal(units[1].leadIn, 'Jail staff shall');
    assertRange(text, only(lint(text, 'plaintext'), 'detainer-hold')[0], spanOf(text, 'hold persons', 'hours;'));
  });

  it('in plain text, reads items under an item that ends with a colon with it, until the next item of its kind', () => {
    const text = '(a) Except as required by law, no City officer shall:\n(1) participate in any task force with ICE whose purpose is civil immigration enforcement;\n(2) keep records.\n(b) City officers shall participate in any task force with ICE whose purpose is civil immigration enforcement.\n';
    const units = plainTextProse(text).units;
    assert.deepEqual(units.map((u) => u.leadIn), [undefined, 'Except as required by law, no City officer shall', 'Except as required by law, no City officer shall', undefined]);
    assert.deepEqual(only(lint(text, 'plaintext'), 'cooperation-limit').map((f) => f.range.start.line), [1]);
  });

  it('in plain text, reads items at any depth with the lead-in in force, as a statute nests them ("(a) … shall not:", "(1) …, including:", "(A) …", "(2) …")', () => {
    const text = '(a) Agencies shall not:\n(1) use personnel for immigration enforcement, including any of the following:\n(A) providing office space to ICE.\n(2) participate in any task force with ICE.\n(b) Agencies shall keep records.\n(1) provide office space to ICE.\n';
    const units = plainTextProse(text).units;
    assert.deepEqual(units.map((u) => u.leadIn), [undefined, 'Agencies shall not', 'Agencies shall not', 'Agencies shall not', undefined, undefined]);
    // "(A)" is not "(a)": a capital letter marks a level of its own.
    assert.deepEqual(only(lint(text, 'plaintext'), 'cooperation-limit').map((f) => f.range.start.line), [1, 2, 3]);
  });

  it('in plain text, reads a numbered title in capitals ("2. HOLDS") as its section\'s heading, not as a list item the text below runs into', () => {
    const text = '2. HOLDS\n2.1 Upon receipt of an ICE detainer, the inmate shall be held for up to 48 hours beyond the scheduled release.\n\n3. FIELD CONTACTS\n3.1 Deputies shall ask every driver stopped for a traffic violation whether the driver is a U.S. citizen.\n';
    assert.deepEqual(plainTextProse(text).units.map((u) => u.kind), ['heading', 'paragraph', 'heading', 'paragraph']);
    assertRange(text, only(lint(text, 'plaintext'), 'detainer-hold')[0], spanOf(text, '2.1 Upon', 'release.'));
    assert.equal(only(lint(text, 'plaintext'), 'status-inquiry')[0].range.start.line, 4);
    // A numbered item that says something stays an item: "1. NO PERSON SHALL BE HELD ON A DETAINER ALONE."
    assert.equal(plainTextProse('1. NO PERSON SHALL BE HELD ON A DETAINER ALONE.\n').units[0].kind, 'listItem');
  });

  it('in running text, reads each numbered item after a full stop with the lead-in ("may not do any of the following: 1. …. 2. …")', () => {
    const text = 'An officer may not do any of the following: 1. stop any person to verify the person’s identity. 2. hold any person on an ICE detainer for 48 hours.';
    assert.deepEqual(only(lint(text, 'plaintext'), 'detainer-hold'), []);
    assert.deepEqual(only(lint(text.replace('may not', 'may'), 'plaintext'), 'detainer-hold').length, 1);
  });
});

describe('nested list lead-ins', () => {
  const { lint } = bundledLinter();
  // A lead-in with no modal of its own ("(1) Except for …:") keeps the force of the list around it.
  const draft = (force: string) => `The jail ${force}:\n\n- (1) Except for persons held on federal criminal charges:\n\n  - (A) hold any person on an ICE detainer until ICE takes custody;\n`;
  it('reads an item two levels down with the outer lead-in when the inner one has no modal', () => {
    const holds = (text: string) => lint(text).filter((f) => f.ruleId === 'detainer-hold').map((f) => f.range.start.line);
    assert.deepEqual(holds(draft('shall')), [4]);
    assert.deepEqual(holds(draft('shall not')), []);
    // An inner lead-in that ends in a condition introduces conditions: its items are not acts.
    const conditions = 'The jail shall not:\n\n- (1) permit ICE to interview an inmate unless:\n\n  - (A) the inmate consents in writing;\n';
    assert.deepEqual(lint(conditions).filter((f) => f.range.start.line === 4).map((f) => f.ruleId), []);
  });
});
