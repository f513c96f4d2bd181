// Fixtures: drafts in test/fixtures/ with their expected findings marked inline.
//
//   Markdown   … a sentence that holds someone on a detainer. <!-- expect: detainer-hold -->
//              <!-- expect-document: missing-training, missing-notice -->   (anywhere)
//   Plain text … a sentence that holds someone on a detainer. [expect: detainer-hold]
//              [expect-document: missing-training]                         (anywhere)
//
// A marker stands at the end of the line where the finding starts; a line without one expects no
// sentence-level finding to start on it. Markers are blanked out (same length, so columns stay
// right) before linting. Document-level findings are compared as a set, wherever they are reported.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../src/lint/builtinRules';
import { loadPackFromDir } from '../src/cli/packDir';
import { createLinter, formatForPath, type Linter } from '../src/lint/lint';
import type { Finding } from '../src/lint/finding';

const FIXTURES = join(__dirname, 'fixtures');
const EXAMPLES = join(__dirname, '..', 'examples');

interface Marked {
  /** The draft with every marker replaced by spaces. */
  text: string;
  /** 0-based line → expected sentence-level rule ids. */
  lines: Map<number, Set<string>>;
  document: Set<string>;
}

const MARKERS = {
  markdown: /<!--\s*(expect|expect-document)\s*:\s*([^>]*?)\s*-->/g,
  plaintext: /\[(expect|expect-document)\s*:\s*([^\]]*?)\s*\]/g,
};

export function readMarkers(source: string, format: 'markdown' | 'plaintext'): Marked {
  const lines = new Map<number, Set<string>>();
  const document = new Set<string>();
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return line;
  };
  const text = source.replace(MARKERS[format], (whole: string, kind: string, list: string, offset: number) => {
    const ids = list.split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length === 0) throw new Error(`line ${lineOf(offset) + 1}: empty marker ${whole}`);
    if (kind === 'expect-document') ids.forEach((id) => document.add(id));
    else {
      const line = lineOf(offset);
      const rest = source.slice(offset + whole.length, lineStarts[line + 1] ?? source.length);
      if (rest.trim() !== '') throw new Error(`line ${line + 1}: an expect marker must end its line (found "${rest.trim()}" after it)`);
      const set = lines.get(line) ?? new Set<string>();
      ids.forEach((id) => set.add(id));
      lines.set(line, set);
    }
    return ' '.repeat(whole.length);
  });
  return { text, lines, document };
}

const show = (ids: Iterable<string>) => `[${[...ids].sort().join(', ')}]`;
const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Every disagreement between the markers and the findings, as "file:line: expected …, got …". */
export function compare(file: string, marked: Marked, findings: Finding[], documentRules: Set<string>): string[] {
  const problems: string[] = [];
  const got = new Map<number, { ids: Set<string>; excerpts: string[] }>();
  const gotDocument = new Set<string>();
  for (const f of findings) {
    if (documentRules.has(f.ruleId)) {
      gotDocument.add(f.ruleId);
      continue;
    }
    const entry = got.get(f.range.start.line) ?? { ids: new Set<string>(), excerpts: [] };
    entry.ids.add(f.ruleId);
    entry.excerpts.push(`${f.ruleId}: "${f.excerpt.length > 90 ? `${f.excerpt.slice(0, 87)}...` : f.excerpt}"`);
    got.set(f.range.start.line, entry);
  }
  const allLines = [...new Set([...marked.lines.keys(), ...got.keys()])].sort((a, b) => a - b);
  for (const line of allLines) {
    const expected = marked.lines.get(line) ?? new Set<string>();
    const found = got.get(line);
    const actual = found?.ids ?? new Set<string>();
    if (!same(expected, actual)) {
      const detail = found ? ` (${found.excerpts.join('; ')})` : '';
      problems.push(`${file}:${line + 1}: expected ${show(expected)}, got ${show(actual)}${detail}`);
    }
  }
  if (!same(marked.document, gotDocument)) {
    problems.push(`${file}: document-level: expected ${show(marked.document)}, got ${show(gotDocument)}`);
  }
  return problems;
}

describe('fixtures with expected findings marked inline', () => {
  let linter: Linter;
  let documentRules: Set<string>;
  let ruleIds: Set<string>;

  before(async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
    documentRules = new Set(pack.rules.rules.filter((r) => r.scope === 'document').map((r) => r.id));
    ruleIds = new Set([...pack.rules.rules.map((r) => r.id), ...BUILTIN_RULES.map((r) => r.id)]);
  });

  const files = readdirSync(FIXTURES)
    .filter((f) => /\.(md|markdown|txt)$/i.test(f))
    .sort();

  it('has Markdown and plain-text fixtures', () => {
    assert.ok(files.some((f) => f.endsWith('.md')), 'no Markdown fixture in test/fixtures');
    assert.ok(files.some((f) => f.endsWith('.txt')), 'no plain-text fixture in test/fixtures');
  });

  for (const file of files) {
    it(file, () => {
      const format = formatForPath(file);
      const marked = readMarkers(readFileSync(join(FIXTURES, file), 'utf8'), format);
      for (const id of [...marked.document, ...[...marked.lines.values()].flatMap((s) => [...s])]) {
        assert.ok(ruleIds.has(id), `test/fixtures/${file}: marker names unknown rule "${id}"`);
      }
      const problems = compare(`test/fixtures/${file}`, marked, linter.lint(marked.text, format), documentRules);
      assert.ok(problems.length === 0, `${problems.length} line(s) disagree with the markers:\n  ${problems.join('\n  ')}`);
    });
  }

  describe('the marker reader', () => {
    it('blanks markers with spaces of equal length and records them by line', () => {
      const source = 'First line.\nThe jail shall hold X. <!-- expect: detainer-hold, profiling -->\n<!-- expect-document: missing-notice -->\n';
      const marked = readMarkers(source, 'markdown');
      assert.equal(marked.text.length, source.length);
      assert.equal(marked.text.split('\n')[1].trimEnd(), 'The jail shall hold X.');
      assert.deepEqual([...marked.lines.entries()].map(([l, s]) => [l, [...s]]), [[1, ['detainer-hold', 'profiling']]]);
      assert.deepEqual([...marked.document], ['missing-notice']);
    });

    it('reads plain-text markers', () => {
      const marked = readMarkers('a\nb [expect: status-inquiry]\n[expect-document: missing-training]', 'plaintext');
      assert.deepEqual([...marked.lines.get(1)!], ['status-inquiry']);
      assert.deepEqual([...marked.document], ['missing-training']);
      assert.equal(marked.text, `a\nb ${' '.repeat('[expect: status-inquiry]'.length)}\n${' '.repeat('[expect-document: missing-training]'.length)}`);
    });

    it('rejects a marker that does not end its line', () => {
      assert.throws(() => readMarkers('x <!-- expect: profiling --> more text\n', 'markdown'), /must end its line/);
    });
  });
});

describe('example drafts', () => {
  let linter: Linter;
  before(async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
  });

  it('together exercise every sentence rule and some document rules', () => {
    const found = new Set<string>();
    for (const file of readdirSync(EXAMPLES).filter((f) => /\.(md|txt)$/.test(f))) {
      for (const f of linter.lint(readFileSync(join(EXAMPLES, file), 'utf8'), formatForPath(file))) found.add(f.ruleId);
    }
    const wanted = ['detainer-hold', 'status-only-stop', 'unauthorized-enforcement', 'sanctuary-limit', 'detainee-rights', 'profiling', 'status-inquiry', 'sensitive-location'];
    assert.deepEqual(wanted.filter((id) => !found.has(id)), [], 'rules no example triggers');
    assert.ok([...found].some((id) => id.startsWith('missing-')), 'no document-level rule fires on the examples');
  });

  it('contain no test markers', () => {
    for (const file of readdirSync(EXAMPLES)) {
      assert.doesNotMatch(readFileSync(join(EXAMPLES, file), 'utf8'), /expect(-document)?\s*:/, file);
    }
  });
});
