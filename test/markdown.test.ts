// Prose extraction and exact source ranges: every expected offset is computed from the source text
// with indexOf, never written down as a number.
import assert from 'node:assert/strict';
import type { Finding } from '../src/lint/finding';
import { markdownProse } from '../src/lint/markdownProse';
import { LineIndex } from '../src/lint/positions';
import { bundledLinter } from './support/bundledLinter';
import { assertRange, positionOf, spanOf } from './support/ranges';

const HOLD = 'The jail shall hold any person on an ICE detainer for 48 hours.';

describe('Markdown prose and exact ranges', () => {
  const { lint, only } = bundledLinter();

  it('reads a statute\'s inline enumeration ("that: 1. Limits…") as one sentence, so its items keep the definition around them', () => {
    const text = '(d) "Sanctuary policy" means an order that: 1. Limits or prohibits an official from communicating with federal agencies to verify or report the immigration status of a person; or 2. Prohibits an officer from honoring a detainer.';
    const sentenceFindings = lint(text, 'plaintext').filter((f) => ['sanctuary-limit', 'detainer-hold'].includes(f.ruleId));
    assert.deepEqual(sentenceFindings.map((f) => f.ruleId), []);
    const required = 'Any official shall require a judicial warrant prior to a. Detaining an individual at the request of ICE; or b. Notifying ICE.';
    assert.deepEqual(only(lint(required, 'plaintext'), 'detainer-hold'), []);
    const directed = 'The jail shall: 1. Hold any person on an ICE detainer for 48 hours; and 2. Notify ICE.';
    assertRange(directed, only(lint(directed, 'plaintext'), 'detainer-hold')[0], { start: 0, end: directed.length });
  });

  describe('a sentence across emphasis and links', () => {
    const text = [
      '# 7.4 Old wording',
      '',
      'This section keeps the old wording. The jail **shall hold** any person named in an _ICE detainer_ for up to [48 hours](https://example.gov/8-cfr-287-7) after release. It was replaced in 2024.',
      '',
    ].join('\n');

    it('is flagged once, from its first to its last character in the source', () => {
      const holds = only(lint(text), 'detainer-hold');
      assert.equal(holds.length, 1);
      assertRange(text, holds[0], spanOf(text, 'The jail **shall', 'after release.'));
      assert.equal(holds[0].excerpt, 'The jail shall hold any person named in an ICE detainer for up to 48 hours after release.');
    });

    it('keeps the range right when the sentence runs over several lines inside emphasis', () => {
      const wrapped = 'Intro sentence.\nThe jail **shall\nhold** any person named in an\n_ICE\ndetainer_ for up to [48\nhours](https://example.gov/x "title") after release.\n';
      const holds = only(lint(wrapped), 'detainer-hold');
      assert.equal(holds.length, 1);
      assertRange(wrapped, holds[0], spanOf(wrapped, 'The jail', 'after release.'));
    });

    it('reads a link by its text, not its target', () => {
      const linkText = 'Under the new policy the jail will [hold any inmate on an ICE detainer](https://example.gov/policy) for 48 hours.\n';
      assertRange(linkText, only(lint(linkText), 'detainer-hold')[0], spanOf(linkText, 'Under the new', 'for 48 hours.'));
      const target = 'Staff shall read the [release checklist](https://example.gov/the-jail-shall-hold-any-person-on-an-ice-detainer "hold on ICE detainers") first.\n';
      assert.deepEqual(lint(target), []);
    });

    it('does not read autolinks, reference definitions or image text as prose', () => {
      const text = [
        'See <https://example.gov/hold/inmates/on/ice/detainers> for the form.',
        '',
        '![The jail shall hold any person on an ICE detainer](form.png)',
        '',
        `[form]: https://example.gov/hold/inmates/on/ice/detainers "${HOLD}"`,
        '',
      ].join('\n');
      assert.deepEqual(lint(text), []);
    });
  });

  describe('line endings, tabs and Unicode', () => {
    it('gives the same lines and columns for CRLF as for LF', () => {
      const lf = `# Holds\n\nIntro sentence. ${HOLD}\n\nThe jail shall:\n\n- hold persons subject to an ICE detainer for 48 hours;\n- give a copy.\n`;
      const crlf = lf.replace(/\n/g, '\r\n');
      const key = (f: Finding) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;
      const lfFindings = lint(lf).map(key);
      assert.ok(lfFindings.filter((k) => k.startsWith('detainer-hold')).length === 2, lfFindings.join(', '));
      assert.deepEqual(lint(crlf).map(key), lfFindings);
      const holds = only(lint(crlf), 'detainer-hold');
      assertRange(crlf, holds[0], spanOf(crlf, 'The jail shall hold', 'hours.'));
      assertRange(crlf, holds[1], spanOf(crlf, 'hold persons', 'hours;'));
    });

    it('counts a lone CR as a line end', () => {
      const cr = `# Holds\r\rIntro sentence.\r${HOLD}\r`;
      for (const format of ['markdown', 'plaintext'] as const) {
        const holds = only(lint(cr, format), 'detainer-hold');
        assert.equal(holds.length, 1, format);
        assertRange(cr, holds[0], spanOf(cr, 'The jail', 'hours.'));
        assert.equal(holds[0].range.start.line, 3);
      }
    });

    it('counts a tab as one character', () => {
      const text = 'Intro.\tThe jail\tshall hold\tany person on an ICE detainer for 48 hours.\n';
      for (const format of ['markdown', 'plaintext'] as const) {
        const holds = only(lint(text, format), 'detainer-hold');
        assert.equal(holds.length, 1, format);
        assertRange(text, holds[0], spanOf(text, 'The jail', 'hours.'));
      }
    });

    it('counts columns in UTF-16 code units after emoji and curly quotes', () => {
      const text = `# Notes\n\nRead this 🚨 “first.” ${HOLD.replace('for 48', 'for 48 🚨')} It was replaced.\n`;
      const { start, end } = spanOf(text, 'The jail', 'hours.');
      const line = text.split('\n')[2];
      assert.notEqual([...line.slice(0, line.indexOf('The jail'))].length, line.indexOf('The jail'), 'the test needs a character outside the BMP before the sentence');
      for (const format of ['markdown', 'plaintext'] as const) {
        const holds = only(lint(text, format), 'detainer-hold');
        assert.equal(holds.length, 1, format);
        assertRange(text, holds[0], { start, end });
      }
    });

    it('keeps offsets right after emoji in a block quote that runs over several lines', () => {
      const text = `> Note 🚨🚨 one.\n> 🚨 Warning. ${HOLD}\n> More 🚨 text. The jail shall honor every ICE detainer.\n`;
      const holds = only(lint(text), 'detainer-hold');
      assert.equal(holds.length, 2);
      assertRange(text, holds[0], spanOf(text, 'The jail shall hold', 'hours.'));
      assertRange(text, holds[1], spanOf(text, 'The jail shall honor', 'detainer.'));
    });

    it('keeps offsets right after a byte-order mark', () => {
      const text = `\uFEFF${HOLD}\n\nSecond paragraph. The jail shall honor every ICE detainer.\n`;
      for (const format of ['markdown', 'plaintext'] as const) {
        const holds = only(lint(text, format), 'detainer-hold');
        assert.equal(holds.length, 2, format);
        assertRange(text, holds[0], spanOf(text, 'The jail shall hold', 'hours.'));
        assertRange(text, holds[1], spanOf(text, 'The jail shall honor', 'detainer.'));
      }
    });

    it('maps escapes and character references back to the source', () => {
      const text = 'Intro. The jail shall hold \\*any\\* person &amp; family on an ICE detainer for 48 hours.\n';
      assertRange(text, only(lint(text), 'detainer-hold')[0], spanOf(text, 'The jail', 'hours.'));
      // "&#104;" reads as "h": the walk must not jump ahead to the next "h" in the paragraph.
      const reference = `&#104;&copy; note.\n${HOLD}\n`;
      assertRange(reference, only(lint(reference), 'detainer-hold')[0], spanOf(reference, 'The jail', 'hours.'));
      const quoted = `> &#104; note.\n> ${HOLD}\n`;
      assertRange(quoted, only(lint(quoted), 'detainer-hold')[0], spanOf(quoted, 'The jail', 'hours.'));
    });

    it('ends a table-cell finding on its cell, not on the separator after it', () => {
      const text = '| Situation | Action |\n|---|---|\n| Detainer received | Hold on the detainer for up to 48 hours | |\n';
      const hold = only(lint(text), 'detainer-hold')[0];
      assertRange(text, hold, spanOf(text, 'Hold on', '48 hours'));
      assert.equal(hold.excerpt, 'Hold on the detainer for up to 48 hours');
    });
  });

  describe('text around and inside HTML is read (it must not be a silent way around a check)', () => {
    const cases = [
      ['after a comment on the same line', `<!-- note --> ${HOLD}\n`],
      ['between comments on one line', `<!-- a --> ${HOLD} <!-- b -->\n`],
      ['inside a <div> block', `<div class="note">\n${HOLD}\n</div>\n`],
      ['inside a <p> block', `<p>${HOLD}</p>\n`],
      ['inside a <div> in a block quote', `> <div>\n> ${HOLD}\n> </div>\n`],
      ['inside a <div> in a list item', `- item\n\n  <div>\n  ${HOLD}\n  </div>\n`],
      ['across inline tags in an HTML block', `<div>The jail shall <b>hold</b> any person on an ICE detainer for 48 hours.</div>\n`],
    ] as const;
    for (const [what, text] of cases) {
      it(`flags a sentence ${what}, with its exact range`, () => {
        const holds = only(lint(text), 'detainer-hold');
        assert.equal(holds.length, 1, what);
        assertRange(text, holds[0], spanOf(text, 'The jail', 'hours.'));
      });
    }

    it('in plain text, a line with comments and text is read', () => {
      const text = `<!-- a --> ${HOLD} <!-- b -->\n`;
      assertRange(text, only(lint(text, 'plaintext'), 'detainer-hold')[0], spanOf(text, 'The jail', 'hours.'));
    });

    it('reads block-level tags as unit breaks and skips script, style and comments', () => {
      const text = '<div>\n<p>First part</p><p>second part</p>\n<script>hold the ICE detainer</script><!-- hold on a detainer -->\n</div>\n';
      assert.deepEqual(
        markdownProse(text).units.map((u) => u.text.trim()),
        ['First part', 'second part'],
      );
    });

    it('suppression comments still work on HTML blocks', () => {
      for (const text of [
        `<!-- policy-guidance-disable-next-line detainer-hold -- covered by section 4 -->\n<p>${HOLD}</p>\n`,
        `<!-- policy-guidance-disable detainer-hold -- covered by section 4 -->\n<div>\n${HOLD}\n</div>\n<!-- policy-guidance-enable detainer-hold -->\n`,
      ]) {
        assert.deepEqual(lint(text).filter((f) => f.ruleId !== 'missing-verification' && f.ruleId !== 'missing-notice' && f.ruleId !== 'missing-reporting'), [], text);
      }
    });
  });

  describe('what is not prose', () => {
    const notProse = [
      ['YAML front matter', `---\ntitle: Draft\nnote: ${HOLD}\n---\n\n# Policy\n`],
      ['TOML front matter', `+++\nnote = "${HOLD}"\n+++\n\n# Policy\n`],
      ['a fenced code block', `# Policy\n\n\`\`\`text\n${HOLD}\n\`\`\`\n`],
      ['a tilde code block', `# Policy\n\n~~~\n${HOLD}\n~~~\n`],
      ['an indented code block', `# Policy\n\nThe old wording:\n\n    ${HOLD}\n`],
      ['inline code', 'Log each detainer under the booking code `HOLD INMATE ON ICE DETAINER FOR 48 HOURS` today.\n'],
      ['an HTML comment', `# Policy\n\n<!-- Drafting note: ${HOLD} -->\n`],
      ['an HTML comment inside a paragraph', `Intro. The jail shall <!-- ${HOLD} --> release inmates on time.\n`],
      ['a heading', '## 7.3 The jail shall hold inmates on ICE detainers for 48 hours\n'],
    ] as const;

    for (const [what, text] of notProse) {
      it(`does not flag ${what}`, () => {
        const sentenceFindings = lint(text).filter((f) => !f.ruleId.startsWith('missing-'));
        assert.deepEqual(sentenceFindings, []);
        if (what !== 'a heading') {
          const prose = markdownProse(text).units.map((u) => u.text).join('\n');
          assert.doesNotMatch(prose, /hold/i, `prose read from ${what}`);
        }
      });
    }

    it('still reads headings, paragraphs, list items, table rows and block quotes', () => {
      const text = [
        '# Heading text',
        '',
        'Paragraph text.',
        '',
        '- list item text',
        '',
        '| Column | Other |',
        '|---|---|',
        '| cell text | more |',
        '',
        '> quoted text',
        '',
      ].join('\n');
      const units = markdownProse(text).units.map((u) => [u.kind, u.text]);
      assert.deepEqual(units, [
        ['heading', 'Heading text'],
        ['paragraph', 'Paragraph text.'],
        ['listItem', 'list item text'],
        ['tableCell', 'Column'],
        ['tableCell', 'Other'],
        ['tableCell', 'cell text'],
        ['tableCell', 'more'],
        ['paragraph', 'quoted text'],
      ]);
    });

    it('flags one table cell, not the row: a quick fix must not delete the neighbouring cells', () => {
      const text = '| 4.2 | The jail shall hold any person on an ICE detainer for 48 hours. | 2020 |\n|---|---|---|\n';
      const holds = only(lint(text), 'detainer-hold');
      assert.equal(holds.length, 1);
      assertRange(text, holds[0], spanOf(text, 'The jail', 'hours.'));
    });

    it('reads a cell after the cells before it in its row, and flags the row once', () => {
      const text = '| Situation | Action |\n|---|---|\n| Detainer received, person due for release | Hold on the detainer for up to 48 hours |\n';
      const holds = only(lint(text), 'detainer-hold');
      assert.equal(holds.length, 1);
      assertRange(text, holds[0], spanOf(text, 'Hold on', '48 hours'));
    });
  });

  describe('LineIndex', () => {
    it('agrees with a direct count for mixed line endings', () => {
      const text = 'a\r\nbb\rccc\nd\r\n\re';
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between CR and LF: no position of its own
        assert.deepEqual(index.position(offset), positionOf(text, offset), `offset ${offset}`);
      }
      assert.equal(index.offsetOfLine(2), text.indexOf('ccc'));
    });
  });
});
