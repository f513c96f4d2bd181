// A broken copy of the bundled pack fails with a PackError naming file, line and problem.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { PackError } from '../src/corpus/packError';

const PACK_DIR = resolve(__dirname, '..', 'corpus', 'missouri-ag-ice');

/** 1-based line of the first occurrence of needle (after `after`, if given). */
function lineOf(text: string, needle: string, after = ''): number {
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" not found`);
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not found`);
  return text.slice(0, at).split('\n').length;
}

describe('a broken pack', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-guidance-pack-'));
    cpSync(PACK_DIR, dir, { recursive: true });
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  const editJson = (file: string, edit: (json: any) => void) => {
    const json = JSON.parse(read(file));
    edit(json);
    const text = `${JSON.stringify(json, null, 2)}\n`;
    write(file, text);
    return text;
  };

  /** Loads the copy and returns the PackError it must raise. */
  async function failure(): Promise<PackError> {
    try {
      await loadPackFromDir(dir);
    } catch (error) {
      assert.ok(error instanceof PackError, `expected a PackError, got ${String(error)}`);
      assert.equal(error.message, `${error.file}:${error.line}:${error.column}: ${error.problem}`);
      return error;
    }
    assert.fail('the broken pack loaded');
  }

  it('loads when nothing is broken (the copy itself is fine)', async () => {
    const pack = await loadPackFromDir(dir);
    assert.equal(pack.entries.length, 20);
  });

  it('rules.json that is not JSON: names the line of the syntax error', async () => {
    const text = read('rules.json');
    write('rules.json', text.replace('"rules": [', '"rules": [,'));
    const error = await failure();
    assert.equal(error.file, 'rules.json');
    assert.equal(error.line, lineOf(text, '"rules": ['));
    assert.match(error.problem, /not valid JSON/);
  });

  it('a bad severity: names the line of that severity', async () => {
    const text = read('rules.json');
    const line = lineOf(text, '"severity": "warning"');
    write('rules.json', text.replace('"severity": "warning"', '"severity": "severe"'));
    const error = await failure();
    assert.equal(error.file, 'rules.json');
    assert.equal(error.line, line);
    assert.match(error.problem, /severity/);
    assert.match(error.problem, /error|warning|information|hint/);
  });

  it('a rule that uses an unknown concept: names the rule, the concept and the line of its pattern', async () => {
    const text = editJson('rules.json', (json) => {
      json.rules[0].pattern.action[0] = 'no-such-concept';
    });
    const error = await failure();
    assert.equal(error.file, 'rules.json');
    assert.match(error.problem, /no-such-concept/);
    const ruleId = JSON.parse(text).rules[0].id;
    assert.match(error.problem, new RegExp(ruleId));
    assert.equal(error.line, lineOf(text, '"pattern"', `"id": "${ruleId}"`));
  });

  it('a document rule whose whenFlagged names no sentence rule: names the line of that name', async () => {
    const text = editJson('rules.json', (json) => {
      json.rules.find((r: { id: string }) => r.id === 'missing-notice').pattern.whenFlagged = ['missing-training'];
    });
    const error = await failure();
    assert.match(error.problem, /"missing-training" is not a sentence rule/);
    assert.equal(error.line, lineOf(text, '"missing-training"', '"whenFlagged"'));
  });

  it('an entry heading "## Question 3": names the line of the heading', async () => {
    const text = read('entries.md');
    const broken = text.replace(/^## Q3\. /m, '## Question 3. ');
    assert.notEqual(broken, text);
    write('entries.md', broken);
    const error = await failure();
    assert.equal(error.file, 'entries.md');
    assert.equal(error.line, lineOf(broken, '## Question 3'));
    assert.match(error.problem, /Question 3/);
  });

  it('a caveat quote that is not in its entry: names the line of the quote', async () => {
    let caveatId = '';
    const text = editJson('caveats.json', (json) => {
      json.caveats[0].quote = 'words that appear in no entry at all';
      caveatId = json.caveats[0].id;
    });
    const error = await failure();
    assert.equal(error.file, 'caveats.json');
    assert.equal(error.line, lineOf(text, '"quote"', `"id": "${caveatId}"`));
    assert.match(error.problem, /words that appear in no entry at all/);
  });

  it('a glossary note without sources: names the line and column of the term', async () => {
    const text = editJson('glossary.json', (json) => {
      json.terms[0].note = 'A note that names no source at all.';
      delete json.terms[0].sources;
    });
    const error = await failure();
    assert.equal(error.file, 'glossary.json');
    const termLine = lineOf(text, `"term": ${JSON.stringify(JSON.parse(text).terms[0].term)}`);
    assert.equal(error.line, termLine - 1, 'the line of the term’s opening brace');
    assert.equal(error.column, text.split('\n')[termLine - 2].indexOf('{') + 1);
    assert.match(error.problem, /"note".*"sources"/);
  });

  it('a topic naming Q99: names the line of Q99', async () => {
    const text = editJson('pack.json', (json) => {
      json.topics[1].entries.push('Q99');
    });
    const error = await failure();
    assert.equal(error.file, 'pack.json');
    assert.equal(error.line, lineOf(text, '"Q99"'));
    assert.match(error.problem, /Q99/);
  });

  it('a topic counting a rule rules.json lacks: names the line of the rule', async () => {
    const text = editJson('pack.json', (json) => {
      json.topics[1].rules = ['detainer-hold', 'no-such-rule'];
    });
    const error = await failure();
    assert.equal(error.file, 'pack.json');
    assert.equal(error.line, lineOf(text, '"no-such-rule"'));
    assert.match(error.problem, /rule "no-such-rule" is not in rules\.json/);
  });

  for (const file of ['pack.json', 'entries.md', 'glossary.json', 'caveats.json', 'rules.json']) {
    it(`a missing ${file}: names the file`, async () => {
      rmSync(join(dir, file));
      const error = await failure();
      assert.equal(error.file, file);
      assert.match(error.problem, /cannot be read/);
    });
  }
});
