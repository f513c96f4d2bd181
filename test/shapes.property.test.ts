// Property tests on the shapes that once made checking crash, take minutes, or skip text: nesting
// thousands of levels deep, a 100 KB list lead-in, table rows, and HTML around and inside text. Each
// asserts what is found and where; the mocha timeout only catches a hang.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, type Linter } from '../src/lint/lint';
import type { Finding } from '../src/lint/finding';
import { MAX_NESTING } from '../src/lint/nesting';

const HOLD = 'The jail shall hold any person on an ICE detainer for 48 hours.';
const RUNS = Number(process.env.PROPERTY_RUNS) || 25;

const holdsIn = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'detainer-hold');

/** Asserts exactly one detainer-hold finding, exactly on the HOLD sentence at `at`. */
function assertOneHoldAt(text: string, findings: Finding[], at: number): void {
  const holds = holdsIn(findings);
  assert.equal(holds.length, 1, `detainer-hold findings: ${holds.map((h) => JSON.stringify(h.excerpt)).join(', ')}`);
  assert.equal(holds[0].start, at);
  assert.equal(holds[0].end, at + HOLD.length);
  assert.equal(text.slice(holds[0].start, holds[0].end), HOLD);
}

describe('property: deep, long and mixed shapes are read, quickly and exactly', function () {
  this.timeout(20000);
  let linter: Linter;
  before(async () => {
    linter = createLinter((await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules);
  });

  describe('nesting', () => {
    const MARKERS = ['- ', '* ', '+ ', '1. ', '> ', '>'];

    it('"- " 5,000 levels deep (10 KB) and ">" 2,156 levels deep: the sentence is found, with one notice', () => {
      for (const prefix of ['- '.repeat(5000), '>'.repeat(2156), '- '.repeat(3000)]) {
        const text = prefix + HOLD;
        const findings = linter.lint(text, 'markdown');
        assertOneHoldAt(text, findings, prefix.length);
        const notices = findings.filter((f) => f.ruleId === 'nesting-too-deep');
        assert.equal(notices.length, 1);
        assert.equal(notices[0].severity, 'information');
        assert.match(notices[0].message, new RegExp(`deeper than ${MAX_NESTING} levels.*read as plain text`));
      }
    });

    it('any mix of list and quote markers on one line, to depth 10,000', () => {
      const depths = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10_000 }));
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...MARKERS), { minLength: 1, maxLength: 8 }), depths, (pattern, depth) => {
          const markers = Array.from({ length: depth }, (_, i) => pattern[i % pattern.length]);
          const prefix = markers.join('');
          const text = `${prefix}${HOLD}\n`;
          const findings = linter.lint(text, 'markdown');
          assertOneHoldAt(text, findings, prefix.length);
          assert.equal(findings.filter((f) => f.ruleId === 'nesting-too-deep').length, depth > MAX_NESTING ? 1 : 0);
        }),
        { numRuns: RUNS },
      );
    });

    it('deep lines repeated, and one level more per line by indentation: one notice, every sentence found', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 33, max: 2000 }), (lines, depth) => {
          const line = `${'> '.repeat(depth)}${HOLD}`;
          const text = Array.from({ length: lines }, () => line).join('\n\n');
          const findings = linter.lint(text, 'markdown');
          assert.equal(holdsIn(findings).length, lines);
          assert.equal(findings.filter((f) => f.ruleId === 'nesting-too-deep').length, 1);
        }),
        { numRuns: RUNS },
      );
      const stairs = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
      const text = `${stairs}\n${'  '.repeat(300)}- ${HOLD}\n`;
      assert.ok(linter.lint(text, 'markdown').some((f) => f.ruleId === 'nesting-too-deep'));
    });

    it('a suppression still works on a line nested too deep', () => {
      const prefix = '> '.repeat(100);
      const text = `${prefix}<!-- policy-guidance-disable-next-line detainer-hold -- covered by section 4 -->\n${prefix}${HOLD}\n`;
      assert.deepEqual(holdsIn(linter.lint(text, 'markdown')), []);
    });
  });

  describe('list lead-ins', () => {
    // Words that direct nothing themselves: what the items are read as comes from the lead-in's last clause.
    const PHRASES = ['with respect to', 'the release date,', 'any person', 'in the custody of', 'the county', 'and its officers,', 'under section 4', 'notwithstanding'];

    it('a lead-in of up to 100 KB with no sentence break: items are read with its last clause', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 100_000 }), fc.boolean(), fc.integer({ min: 1, max: 60 }), (pattern, size, negated, items) => {
          let words = '';
          for (let i = 0; words.length < size; i++) words += `${pattern[i % pattern.length]} `;
          const leadIn = `${words}, the jail shall${negated ? ' not' : ''}:`;
          const item = '- hold any person on an ICE detainer for 48 hours;';
          const text = `${leadIn}\n\n${Array.from({ length: items }, () => item).join('\n')}\n`;
          const holds = holdsIn(linter.lint(text, 'markdown')).filter((f) => f.start > leadIn.length);
          assert.equal(holds.length, negated ? 0 : items);
        }),
        { numRuns: 8 },
      );
    });

    it('a 135 KB draft: a lead-in of 110 KB with no sentence break, and 200 items', () => {
      const leadIn = `${'hold any person on an ICE detainer with respect to the release date, and notify ICE '.repeat(1400)}the jail shall:`;
      const item = '- hold any person on an ICE detainer for 48 hours beyond the release date of that person;';
      const text = `${leadIn}\n\n${Array.from({ length: 200 }, () => item).join('\n')}\n`;
      assert.ok(text.length > 130_000);
      assert.equal(holdsIn(linter.lint(text, 'markdown')).filter((f) => f.start > leadIn.length).length, 200);
    });
  });

  describe('tables', () => {
    const FILLER = ['4.2', '2020', 'Intake', 'Booking desk', '', 'See section 9'];
    it('each finding covers one cell, and a row with the sentence is flagged once, on its first such cell', () => {
      fc.assert(
        fc.property(fc.array(fc.array(fc.oneof(fc.constant(HOLD), fc.constantFrom(...FILLER)), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }), (rows) => {
          const width = Math.max(...rows.map((r) => r.length));
          const line = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
          const lines = [line(Array(width).fill('Col')), `|${'---|'.repeat(width)}`];
          const expected: number[] = [];
          let offset = lines.join('\n').length + 1;
          for (const row of rows) {
            const text = line(row);
            const first = row.indexOf(HOLD);
            if (first >= 0) expected.push(offset + text.indexOf(HOLD));
            lines.push(text);
            offset += text.length + 1;
          }
          const text = `${lines.join('\n')}\n`;
          const holds = holdsIn(linter.lint(text, 'markdown'));
          assert.deepEqual(holds.map((h) => h.start), expected);
          for (const h of holds) {
            assert.equal(h.end - h.start, HOLD.length);
            assert.ok(!text.slice(h.start, h.end).includes('|'), 'a finding runs across cells');
          }
        }),
        { numRuns: RUNS * 4 },
      );
    });
  });

  describe('HTML around and inside text', () => {
    const WRAPPERS: Array<[string, string]> = [
      ['<!-- note --> ', ''],
      ['<!-- a --> ', ' <!-- b -->'],
      ['<div>\n', '\n</div>'],
      ['<div class="note">\n<p>', '</p>\n</div>'],
      ['<p>', '</p>'],
      ['<section>\n', '\n</section>'],
      ['<div><span>', '</span></div>'],
      ['<table><tr><td>', '</td></tr></table>'],
    ];
    it('the sentence is found with its exact range, whatever wraps it and whatever is around it', () => {
      fc.assert(
        fc.property(fc.constantFrom(...WRAPPERS), fc.constantFrom('', '# Policy\n\n', 'Intro.\n\n', '> '), (wrapper, before) => {
          const [open, close] = wrapper;
          // Inside a block quote every line carries the marker.
          const quoted = (s: string) => (before === '> ' ? s.replace(/\n/g, '\n> ') : s);
          const head = before + quoted(open);
          const text = `${head}${HOLD}${quoted(close)}\n`;
          assertOneHoldAt(text, linter.lint(text, 'markdown'), head.length);
        }),
        { numRuns: RUNS * 2 },
      );
    });
  });
});
