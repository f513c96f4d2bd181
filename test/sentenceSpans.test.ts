// The sentence splitter skips Intl.Segmenter for text that is plainly one sentence (ASCII, no terminator,
// no line break); it must cut exactly where the segmenter would, on any text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isOneSegment, sentenceSpans, splitSentences } from '../src/lint/sentences';
import { markdownProse } from '../src/lint/markdownProse';

function segmenterSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const { index, segment } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) spans.push([index, index + segment.length]);
  return spans;
}

describe('sentence spans', () => {
  it('reads a heading or a lead-in with no terminator as one sentence, as the segmenter does', () => {
    for (const text of ['Immigration Matters, part 4', 'The jail shall:', 'Detainer received ', '  (a) Holds on detainers']) assert.deepEqual(sentenceSpans(text), segmenterSpans(text));
  });

  it('reads a drafter\'s lettered lines apart where Markdown joins them into one paragraph, and an inline enumeration whole (trial 10)', () => {
    const draft = 'Deputies conducting a traffic stop:\n\na. shall not prolong the stop solely to investigate status;\nb. may ask each passenger whether they are lawfully present;\nc. shall issue a summons, rather than arrest.\n';
    const sentences = markdownProse(draft).units.flatMap(splitSentences).map((x) => x.text);
    assert.deepEqual(sentences.slice(1), ['a. shall not prolong the stop solely to investigate status;', 'b. may ask each passenger whether they are lawfully present;', 'c. shall issue a summons, rather than arrest.']);
    const inline = 'The officer shall not: a. prolong the stop; b. ask about status; or c. arrest anyone.\n';
    assert.equal(markdownProse(inline).units.flatMap(splitSentences).length, 1);
  });

  it("reads a memo's header fields apart, also when Markdown joins their lines (a drafter's trial: four lines were one finding)", () => {
    const read = (text: string) => sentenceSpans(text).map(([a, b]) => text.slice(a, b).trim());
    assert.deepEqual(read('Subject: Immigration Status Inquiries Effective date: January 15, 2026 Rescinds: Special Order 18-03 Distribution: All sworn members'), [
      'Subject: Immigration Status Inquiries',
      'Effective date: January 15, 2026',
      'Rescinds: Special Order 18-03',
      'Distribution: All sworn members',
    ]);
    // Only a unit that opens with a field: elsewhere "date:" is any word before a colon.
    assert.deepEqual(read('The jail shall log the release Date: and time of each release.'), ['The jail shall log the release Date: and time of each release.']);
  });

  it('keeps a numbered inline enumeration after a colon in one sentence, past each item\'s full stop', () => {
    const text = 'Staff may not do the following: 1. ask about status. 2. share records. Staff shall report.';
    assert.deepEqual(sentenceSpans(text).map(([a, b]) => text.slice(a, b).trim()), ['Staff may not do the following: 1. ask about status. 2. share records.', 'Staff shall report.']);
  });

  it('starts a new sentence at a label after a full stop ("(b) The …", "e. Nothing …"), the label with the sentence it opens', () => {
    const read = (text: string) => sentenceSpans(text).map(([a, b]) => text.slice(a, b).trim());
    // Subsections on consecutive lines of one paragraph: the segmenter reads on before "(b" (a lower-case letter).
    assert.deepEqual(read('(a) The jail shall hold a person. (b) The commander shall log it. (c) Officers shall book arrestees.'), [
      '(a) The jail shall hold a person.',
      '(b) The commander shall log it.',
      '(c) Officers shall book arrestees.',
    ]);
    assert.deepEqual(read('d. Staff shall hold inmates.\ne. Nothing in this resolution applies.'), ['d. Staff shall hold inmates.', 'e. Nothing in this resolution applies.']);
    // After a lead-in that opens a list, its items stay with it.
    assert.deepEqual(read('Factors may include: (a) An admission. (b) A forged document.'), ['Factors may include: (a) An admission. (b) A forged document.']);
  });

  it('reads on past an abbreviation or a bill number\'s initial ("U.S. Immigration", "S. 7373/A. 7099-A")', () => {
    const read = (text: string) => sentenceSpans(text).map(([a, b]) => text.slice(a, b).trim());
    assert.deepEqual(read('Resolution calling on the Legislature to pass S. 7373/A. 7099-A, prohibiting such agreements. Staff shall report.'), [
      'Resolution calling on the Legislature to pass S. 7373/A. 7099-A, prohibiting such agreements.',
      'Staff shall report.',
    ]);
    assert.deepEqual(read('Officers shall call U.S. Immigration and Customs Enforcement.'), ['Officers shall call U.S. Immigration and Customs Enforcement.']);
  });

  it('cuts where the segmenter cuts on random short text from words, spaces and punctuation', () => {
    const piece = fc.constantFrom('The jail', ' shall', ' hold', ' ICE', ',', ':', ';', ' (a)', ' ', '  ', '\t', '-', '"', '’', 'é', '\n', '.', '?', '!', ' Officers', ' may', ' 287(g)');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), (parts) => {
        const text = parts.join('');
        // Abbreviations and enumeration labels are joined after the segmenter; without a full stop there are none.
        if (/[.?!]/.test(text)) return;
        assert.deepEqual(sentenceSpans(text), segmenterSpans(text));
      }),
      { numRuns: 500 },
    );
  });

  it('skips the segmenter only for text it reads as one segment (one run of terminators at the end, then closing marks, then spaces)', () => {
    const ascii = fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c));
    const piece = fc.oneof(ascii, fc.constantFrom('The jail', ' shall', ' U', 'S', 'e', 'g', ' 287(g)', ' ', '\t', '"', "'", ')', ']'));
    const end = fc.constantFrom('.', '?', '!', '..', '?!', '.)', '."', "'.", '.") ', '. \t', '.\t"');
    let skipped = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), end, fc.array(fc.oneof(ascii, fc.constantFrom(' ', '"', ')')), { maxLength: 3 }), (body, stop, after) => {
        const text = body.join('') + stop + after.join('');
        if (!isOneSegment(text)) return;
        skipped++;
        assert.deepEqual(segmenterSpans(text), [[0, text.length]], JSON.stringify(text));
      }),
      { numRuns: 20_000 },
    );
    assert.ok(skipped > 1000, `${skipped} texts skipped the segmenter`);
    for (const text of ['The jail shall hold. ', 'Staff shall report (see below).', 'Is it "held?" ', 'Hold it!']) assert.ok(isOneSegment(text), text);
    for (const text of ['Hold it. Now.', 'Hold it. "', 'Hold it.\n', 'Hold it. ’', 'U.S. staff shall hold.', 'Hold it.\u2028']) assert.ok(!isOneSegment(text), text);
  });

  it('reads a few characters per character of text where abbreviations and labels join segments (a fuzzing helper: quadratic)', () => {
    // Characters handed to regular expressions' test(): the span joined so far was read again at each segment.
    const charactersRead = (text: string) => {
      const test = RegExp.prototype.test;
      let chars = 0;
      RegExp.prototype.test = function (this: RegExp, s: string) {
        chars += String(s).length;
        return test.call(this, s);
      };
      try {
        sentenceSpans(text);
      } finally {
        RegExp.prototype.test = test;
      }
      return chars;
    };
    for (const unit of ['U.S. Immigration ', 'hold on a detainer; or b. Such officer shall hold ', 'See Sec. 5 The jail shall hold on a detainer Sec. ', 'the following: 1. stop. 2. ask. ']) {
      const text = unit.repeat(Math.ceil(80_000 / unit.length));
      const perCharacter = charactersRead(text) / text.length;
      assert.ok(perCharacter < 40, `${JSON.stringify(unit)}: ${perCharacter.toFixed(1)} characters read per character`);
    }
    // Joined as before: "U.S." ends no sentence.
    assert.deepEqual(sentenceSpans('U.S. Immigration U.S. Immigration'), [[0, 33]]);
  });
});
