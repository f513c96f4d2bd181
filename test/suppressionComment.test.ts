// The "suppress" fix's comment: at the end of the line in a list item, table row or block quote (a line of
// its own there would split the list, table or quote), a line of its own above the sentence elsewhere and
// in plain text. Inserted as the fix inserts it, it hides the finding it was offered for, and nothing else.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Node, Parent } from 'unist';
import { loadPackFromDir } from '../src/cli/packDir';
import { suppressionComment, suppressionTitle } from '../src/fix/suppressionComment';
import { createLinter, type DraftFormat, type Linter } from '../src/lint/lint';
import { parseMarkdown } from '../src/lint/markdownParser';

const HOLD = 'The jail shall hold any person on an ICE detainer for 48 hours.';
const HONOR = 'The jail shall honor every ICE detainer it receives.';

/** How many nodes of each kind of container the Markdown has: a split list has two lists. */
function containers(text: string): Record<string, number> {
  const counts: Record<string, number> = { list: 0, table: 0, blockquote: 0, tableRow: 0, tableCell: 0, paragraph: 0 };
  const walk = (node: Node) => {
    if (node.type in counts) counts[node.type]++;
    for (const child of (node as Parent).children ?? []) walk(child);
  };
  walk(parseMarkdown(text));
  return counts;
}

describe('the suppress fix', () => {
  let linter: Linter;
  const flagged = (text: string, format: DraftFormat) => linter.lint(text, format).filter((f) => !f.ruleId.startsWith('missing-'));

  before(async () => {
    linter = createLinter((await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules);
  });

  /** The draft after the fix for its first detainer-hold finding, with a reason typed. */
  function suppressFirst(text: string, format: DraftFormat = 'markdown') {
    const finding = flagged(text, format).find((f) => f.ruleId === 'detainer-hold');
    assert.ok(finding, `no detainer-hold finding in ${JSON.stringify(text)}`);
    const comment = suppressionComment(text, format, 'detainer-hold', finding.range.start.line, finding.range.end.line);
    const lines = text.split('\n');
    const line = lines[comment.line];
    lines[comment.line] = `${line.slice(0, comment.character)}${comment.before}reviewed by counsel${comment.after}${line.slice(comment.character)}`;
    return { comment, after: lines.join('\n') };
  }

  const cases: Array<[string, string, 'disable-line' | 'disable-next-line']> = [
    ['a list item', `The jail shall:\n\n- ${HOLD}\n- ${HONOR}\n`, 'disable-line'],
    ['a list item wrapped over two lines', `The jail shall:\n\n- The jail shall hold any person on an ICE detainer\n  for 48 hours.\n- ${HONOR}\n`, 'disable-line'],
    ['the second sentence of a list item', `- Deputies shall patrol.\n  ${HOLD}\n- ${HONOR}\n`, 'disable-line'],
    ['a table row', `| When | Action |\n|---|---|\n| booking | ${HOLD} |\n| release | ${HONOR} |\n`, 'disable-line'],
    ['a block quote', `> Intro.\n> ${HOLD}\n>\n> ${HONOR}\n`, 'disable-line'],
    ['a paragraph, on its first line', `# Detainers\n\n${HOLD}\nIt applies at booking.\n\n${HONOR}\n`, 'disable-next-line'],
    ['a paragraph, on its second line (a comment line there would split it in two)', `# Detainers\n\nIntro.\n${HOLD}\n\n${HONOR}\n`, 'disable-line'],
    ['a table’s header row (one more cell there would unmake the table)', `| ${HOLD} | Note |\n|---|---|\n| booking | none |\n\n${HONOR}\n`, 'disable-line'],
    ['a table row with no outer pipes', `When | Action\n---|---\nbooking | ${HOLD}\n\n${HONOR}\n`, 'disable-line'],
    ['a paragraph after a list', `- Deputies shall patrol.\n\n${HOLD}\n\n${HONOR}\n`, 'disable-next-line'],
  ];
  for (const [where, text, kind] of cases) {
    it(`in ${where}: ${kind}, which hides that finding only and keeps the Markdown's structure`, () => {
      const { comment, after } = suppressFirst(text);
      assert.equal(comment.kind, kind);
      assert.deepEqual(
        flagged(after, 'markdown').map((f) => f.ruleId),
        ['detainer-hold'],
        `the other detainer-hold stays, nothing else is raised:\n${after}`,
      );
      assert.deepEqual(containers(after), containers(text), `the structure is kept:\n${after}`);
    });
  }

  it('in a list item, goes at the end of the sentence’s last line', () => {
    const { after } = suppressFirst(`- The jail shall hold any person on an ICE detainer\n  for 48 hours.  \n- ${HONOR}\n`);
    assert.equal(after.split('\n')[1], '  for 48 hours. <!-- policy-guidance-disable-line detainer-hold -- reviewed by counsel -->  ');
  });

  it('in a table row, goes inside the last cell, before the closing pipe', () => {
    const { after } = suppressFirst(`| When | Action |\n|---|---|\n| booking | ${HOLD}   |\n`);
    assert.equal(after.split('\n')[2], `| booking | ${HOLD} <!-- policy-guidance-disable-line detainer-hold -- reviewed by counsel -->   |`);
  });

  it('before a backslash that breaks the line, so the break stays', () => {
    const { after } = suppressFirst(`Intro.\nThe jail shall hold any person on an ICE detainer\\\nfor 48 hours.\n`);
    assert.equal(after.split('\n')[2], 'for 48 hours. <!-- policy-guidance-disable-line detainer-hold -- reviewed by counsel -->');
    const broken = suppressFirst(`Intro.\n${HOLD}\\\nSee section 4.\n`).after;
    assert.equal(broken.split('\n')[1], `${HOLD} <!-- policy-guidance-disable-line detainer-hold -- reviewed by counsel -->\\`);
  });

  it('in a plain-text table set with spaces, is a line of its own that the table reads past: the rows after it keep their header', () => {
    const table = [
      'Inmate status                   Hold for ICE?',
      '----------------------          ---------------------------',
      'ICE detainer only               Yes, up to 48 hours past release',
      'ICE detainer and I-200          Yes, up to 48 hours past release',
      'Judicial warrant                Yes',
    ].join('\n');
    const text = `${table}\n`;
    const before = flagged(text, 'plaintext').map((f) => [f.ruleId, f.range.start.line]);
    assert.deepEqual(before, [['detainer-hold', 2], ['detainer-hold', 3]], 'each holding row is a finding of its own');
    const { comment, after } = suppressFirst(text, 'plaintext');
    assert.equal(comment.kind, 'disable-next-line');
    // (Read as the table's end, the header and rule became a paragraph of their own, "Hold for ICE?", and a finding.)
    assert.deepEqual(flagged(after, 'plaintext').map((f) => [f.ruleId, f.range.start.line]), [['detainer-hold', 4]], `the other row is still read under its header:\n${after}`);
  });

  it('in plain text, is a line of its own (a list there is not split by it), and its title says it shows', () => {
    const text = `The jail shall:\n- ${HOLD}\n- ${HONOR}\n`;
    const { comment, after } = suppressFirst(text, 'plaintext');
    assert.equal(comment.kind, 'disable-next-line');
    assert.equal(after.split('\n')[1], '<!-- policy-guidance-disable-next-line detainer-hold -- reviewed by counsel -->');
    assert.deepEqual(
      flagged(after, 'plaintext').map((f) => [f.ruleId, f.range.start.line]),
      [['detainer-hold', 3]],
    );
    assert.equal(suppressionTitle('detainer-hold', 'plaintext'), 'Suppress detainer-hold here, with a reason (in plain text the comment line prints with the policy: remove it before adoption)');
    assert.equal(suppressionTitle('detainer-hold', 'markdown'), 'Suppress detainer-hold here, with a reason');
  });
});
