// Property tests: whatever text comes in — random strings, Markdown assembled from awkward fragments,
// the example drafts with random damage — lint never throws and every finding points inside the text.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, DraftInputError, type DraftFormat, type Linter } from '../src/lint/lint';

const RUNS = Number(process.env.PROPERTY_RUNS) || 200; // PROPERTY_RUNS=5000 for a deeper search
const FORMATS: DraftFormat[] = ['markdown', 'plaintext'];

/** Line starts, counting "\n", "\r\n" and a lone "\r" as line ends (independently of src/lint/positions). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function lineEnd(text: string, starts: number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > starts[line] && text[end - 1] === '\n') end--;
  if (end > starts[line] && text[end - 1] === '\r') end--;
  return end;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Lints and checks every invariant (assert throws with the first broken one). */
function check(linter: Linter, text: string, format: DraftFormat): void {
  const findings = linter.lint(text, format);
  const starts = lineStarts(text);
  for (const f of findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end}) in ${format} text of length ${text.length}`;
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `non-integer offsets: ${where}`);
    assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `offsets outside the text: ${where}`);
    for (const [name, offset, position] of [
      ['start', f.start, f.range.start],
      ['end', f.end, f.range.end],
    ] as const) {
      assert.ok(position.line >= 0 && position.line < starts.length, `${name} line ${position.line} outside the document: ${where}`);
      const lineStart = starts[position.line];
      assert.equal(lineStart + position.character, offset, `${name} position ${position.line}:${position.character} does not match offset: ${where}`);
      assert.ok(position.character >= 0 && lineStart + position.character <= Math.max(lineEnd(text, starts, position.line), offset), `${name} column past the end of its line: ${where}`);
      assert.ok(offset === text.length || offset < (starts[position.line + 1] ?? Infinity), `${name} offset not on its line: ${where}`);
    }
    assert.ok(!(isLowSurrogate(text.charCodeAt(f.start)) && isHighSurrogate(text.charCodeAt(f.start - 1))), `starts inside a surrogate pair: ${where}`);
    assert.ok(!(isHighSurrogate(text.charCodeAt(f.end - 1)) && isLowSurrogate(text.charCodeAt(f.end))), `ends inside a surrogate pair: ${where}`);
    assert.equal(typeof f.excerpt, 'string');
    // The excerpt is the flagged text as read: its first and last characters are the ones at the range's
    // ends (line breaks and tabs read as spaces; an entity like "&copy;" reads as one character).
    const read = (char: string) => (char === '\n' || char === '\r' || char === '\t' ? ' ' : char);
    if (f.excerpt.length > 0 && text[f.start] !== '&' && text[f.end - 1] !== '&' && text[f.end - 1] !== ';') {
      assert.equal(f.excerpt[0], read(text[f.start]), `excerpt does not start where the range does: ${where}`);
      assert.equal(f.excerpt[f.excerpt.length - 1], read(text[f.end - 1]), `excerpt does not end where the range does: ${where}`);
    }
  }
}

// Pieces real drafts are made of, and pieces that break parsers.
const SENTENCES = [
  'The jail shall hold any person on an ICE detainer for 48 hours.',
  'No person shall be held solely on the basis of an ICE detainer unless a judge has signed a warrant.',
  "City employees shall not share any person's immigration status with ICE.",
  'Deputies may detain a person solely to verify immigration status.',
  'Officers shall ask victims and witnesses about their immigration status.',
  'Deputies may consider accent or appearance in deciding whether to question a person about immigration status.',
  'ICE shall not conduct enforcement actions at schools, hospitals or churches.',
  'Inmates on a detainer shall not be permitted to call an attorney.',
  'Deputies may arrest persons for civil immigration violations.',
  'All staff shall complete annual training, and each detainer shall be logged.',
  'The booking deputy shall:',
  'Nothing in this policy prohibits sharing information with ICE.',
];
const FRAGMENTS = [
  '# ', '## ', '### ', '#', '- ', '* ', '1. ', '2) ', '  - ', '    ', '> ', '>', '(a) ',
  '**', '*', '_', '__', '~~', '`', '```', '```text', '~~~', '    code', '\t',
  '[', ']', '(', ')', '](', '[link](http://x)', '[ref]', '[ref]: http://x', '<https://example.gov/hold/on/ice/detainer>', '![img](x.png)',
  '<!--', '-->', '<!-- note -->', '<!-- policy-guidance-disable-next-line detainer-hold -- reason -->',
  '<!-- policy-guidance-disable detainer-hold -->', '<!-- policy-guidance-enable -->', '<!-- policy-guidance-disable-next-line nope -->',
  '<div>', '</div>', '<span>', '---', '+++', '===', '| a | b |', '|---|---|', '| hold on an ICE detainer | 48 hours |', '|',
  '&amp;', '&copy;', '&#104;', '\\*', '\\', '[^1]', '[^1]: note', '“', '”', '’', '🚨', '👩‍⚖️', 'é', '\u00a0', '\u200b', '\ufeff', '\ud83d', '\udea8',
  'hold', 'detainer', 'ICE', 'shall not', 'unless', 'judicial warrant', ':', ';', '.', '. ', ' ',
];
const NEWLINES = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ', ''];

const markdownish = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SENTENCES), fc.string({ maxLength: 12 })), fc.constantFrom(...NEWLINES)), { maxLength: 60 })
  .map((parts) => parts.map(([fragment, newline]) => fragment + newline).join(''));

const withoutNul = (s: string) => s.replace(/\u0000/g, '');

describe('property: lint never throws and every range stays inside the document', () => {
  let linter: Linter;
  let examples: string[];

  before(async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
    const dirs = [join(__dirname, '..', 'examples'), join(__dirname, 'fixtures')];
    examples = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(md|txt)$/.test(f))
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    );
    assert.ok(examples.length >= 2);
  });

  it('random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }).map(withoutNul), fc.constantFrom(...FORMATS), (text, format) => check(linter, text, format)),
      { numRuns: RUNS },
    );
  });

  it('random Markdown built from fragments', () => {
    fc.assert(
      fc.property(markdownish, fc.constantFrom(...FORMATS), (text, format) => check(linter, text, format)),
      { numRuns: RUNS },
    );
  });

  it('the example drafts and fixtures, mutated', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS, ...NEWLINES.filter(Boolean)) }),
    );
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.constantFrom(...FORMATS), (which, mutations, format) => {
        let text = examples[which % examples.length];
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
          else if (m.kind === 'duplicate') text = text.slice(0, at + m.length) + text.slice(at);
          else if (m.kind === 'insert') text = text.slice(0, at) + m.fragment + text.slice(at);
          else if (text.length > 1) {
            const [i, j] = [at % text.length, m.other % text.length].sort((a, b) => a - b);
            if (i !== j) text = text.slice(0, i) + text[j] + text.slice(i + 1, j) + text[i] + text.slice(j + 1);
          }
        }
        check(linter, text, format);
      }),
      { numRuns: RUNS },
    );
  });

  it('the unmodified examples and fixtures, in both formats', () => {
    for (const text of examples) for (const format of FORMATS) check(linter, text, format);
  });

  // Counterexamples the random search once found, kept so they run on every CI whatever the seed.
  it('inputs that once crashed the linter', () => {
    const found = [
      // An inline list whose lead-in is blank: its item was joined to a lead-in of length -1.
      ':\n1. \nThe jail shall hold any person on an ICE detainer for 48 hours.\n',
    ];
    for (const text of found) for (const format of FORMATS) check(linter, text, format);
  });

  it('a NUL anywhere is a DraftInputError, not a crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.constantFrom(...FORMATS), (text, at, format) => {
        const i = at % (text.length + 1);
        const withNul = `${text.slice(0, i)}\u0000${text.slice(i)}`;
        assert.throws(() => linter.lint(withNul, format), (error: unknown) => error instanceof DraftInputError && /NUL|binary/i.test((error as Error).message));
      }),
      { numRuns: RUNS },
    );
  });
});
