// The bundled pack: what it holds, that it matches the seed, and that a broken copy fails with a
// PackError naming file, line and problem.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { PackError } from '../src/corpus/packError';
import type { Pack } from '../src/corpus/types';

const PACK_DIR = resolve(__dirname, '..', 'corpus', 'missouri-ag-ice');
// The Q&A as it was given to the project (a copy of shared/seeds/000_cf1b3dc66dc30a46.txt).
const SEED = join(__dirname, 'fixtures', 'seed', 'missouri-ag-ice-qa.txt');

interface SeedEntry {
  number: number;
  question: string;
  answerLines: string[];
}

/** The seed: "N. question?" lines, each followed by its answer (whose own numbered points are not questions). */
function readSeed(text: string): SeedEntry[] {
  const entries: SeedEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^(\d+)\.\s+(.*\?)\s*$/.exec(line);
    if (match && Number(match[1]) === entries.length + 1) {
      entries.push({ number: Number(match[1]), question: match[2].trim(), answerLines: [] });
    } else if (entries.length > 0) {
      entries[entries.length - 1].answerLines.push(line);
    }
  }
  return entries;
}

/** Answer text as comparable lines: no list numbers, no blank lines, single spaces. */
function comparable(lines: string[]): string[] {
  return lines
    .map((line) => line.replace(/^\s*\d+\.\s+/, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** 1-based line of the first occurrence of needle (after `after`, if given). */
function lineOf(text: string, needle: string, after = ''): number {
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" not found`);
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not found`);
  return text.slice(0, at).split('\n').length;
}

describe('the bundled pack', () => {
  let pack: Pack;

  before(async () => {
    pack = await loadPackFromDir(PACK_DIR);
  });

  it('holds exactly Q1 … Q20, in order', () => {
    assert.deepEqual(
      pack.entries.map((e) => e.id),
      Array.from({ length: 20 }, (_, i) => `Q${i + 1}`),
    );
  });

  describe('matches the seed', () => {
    let seed: SeedEntry[];

    before(() => {
      seed = readSeed(readFileSync(SEED, 'utf8'));
    });

    it('has the seed’s 20 questions', () => {
      assert.equal(seed.length, 20);
    });

    it('has each question word for word', () => {
      for (const [i, entry] of pack.entries.entries()) assert.equal(entry.question, seed[i].question, entry.id);
    });

    it('has each answer word for word (list numbers aside)', () => {
      for (const [i, entry] of pack.entries.entries()) {
        const expected = comparable(seed[i].answerLines);
        assert.ok(expected.length > 0, `the seed has no answer for question ${i + 1}`);
        assert.deepEqual(comparable(entry.answerText.split('\n')), expected, entry.id);
      }
    });

    it('keeps the seed’s numbered points as lists', () => {
      for (const [i, entry] of pack.entries.entries()) {
        const points = seed[i].answerLines.filter((line) => /^\d+\.\s/.test(line)).length;
        const items = entry.answerMarkdown.split('\n').filter((line) => /^\d+\.\s/.test(line)).length;
        assert.equal(items, points, entry.id);
      }
    });
  });

  it('puts every entry in exactly one topic', () => {
    const seen = pack.topics.flatMap((t) => t.entries);
    assert.deepEqual([...seen].sort(), pack.entries.map((e) => e.id).sort());
    for (const entry of pack.entries) assert.ok(pack.topics.some((t) => t.id === entry.topic), entry.id);
  });

  it('gives every caveat a source and a quote that occurs in each of its entries', () => {
    assert.ok(pack.caveats.length > 0);
    for (const caveat of pack.caveats) {
      assert.ok(caveat.sources.length > 0, `${caveat.id} has no source`);
      for (const source of caveat.sources) assert.ok(source.title.trim() !== '', `${caveat.id} has a source with no title`);
      for (const id of caveat.entries) {
        const entry = pack.entries.find((e) => e.id === id);
        assert.ok(entry, `${caveat.id} names ${id}, which is not an entry`);
        assert.ok(entry.question.includes(caveat.quote) || entry.answerText.includes(caveat.quote), `${caveat.id}: "${caveat.quote}" is not in ${id}`);
      }
    }
  });

  // shared/docs/legal-facts.md, "Corpus passages that carry no caveat yet": each must now carry one.
  const UNCAVEATED_PASSAGES: Array<[string, string]> = [
    ['Q1', 'has issued guidance'],
    ['Q1', 'not authorized to engage in immigration enforcement actions'],
    ['Q3', 'has issued guidance'],
    ['Q6', 'no formal agreement between the state of Missouri'],
    ['Q7', 'AG offices can actively monitor'],
    ['Q8', 'Yes, there are training requirements'],
    ['Q9', 'Right to a bond hearing'],
    ['Q12', 'handles complaints regarding ICE activities'],
    ['Q13', 'on how to handle requests for assistance'],
    ['Q16', 'Yes, there are data reporting requirements'],
    ['Q18', 'conducts regular legal reviews'],
    ['Q19', 'Under Missouri law'],
  ];

  it('puts a caveat on every passage legal-facts listed as carrying none', () => {
    for (const [id, quote] of UNCAVEATED_PASSAGES) {
      const entry = pack.entries.find((e) => e.id === id)!;
      assert.ok(entry.answerText.includes(quote), `"${quote}" is not in ${id}`);
      const caveat = pack.caveats.find((c) => c.entries.includes(id) && c.quote === quote);
      assert.ok(caveat, `no caveat on ${id}: "${quote}"`);
      assert.ok(['unverified', 'outdated'].includes(caveat.kind), `${caveat.id} is ${caveat.kind}`);
    }
  });

  it('gives caveats unique ids and at most one caveat per entry and quote', () => {
    const ids = pack.caveats.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    const places = pack.caveats.flatMap((c) => c.entries.map((id) => `${id}: ${c.quote}`));
    assert.deepEqual(places.filter((p, i) => places.indexOf(p) !== i), []);
  });

  it('gives every glossary note its sources', () => {
    assert.ok(pack.glossary.some((t) => t.note));
    for (const term of pack.glossary) {
      if (term.note === undefined) continue;
      assert.ok(term.sources && term.sources.length > 0, `${term.term} has a note but no source`);
      for (const source of term.sources) assert.ok(source.title.trim() !== '', `${term.term} has a source with no title`);
    }
  });

  it('shares no glossary word between two terms', () => {
    const owner = new Map<string, string>();
    for (const term of pack.glossary) {
      for (const phrase of new Set([term.term, ...term.synonyms].map((p) => p.toLowerCase()))) {
        assert.ok(!owner.has(phrase), `"${phrase}" belongs to both "${owner.get(phrase)}" and "${term.term}"`);
        owner.set(phrase, term.term);
      }
    }
  });

  it('rests every rule on entries that exist', () => {
    const ids = new Set(pack.entries.map((e) => e.id));
    assert.ok(pack.rules.rules.length >= 12);
    for (const rule of pack.rules.rules) {
      assert.ok(rule.restsOn.length > 0, `${rule.id} rests on nothing`);
      for (const id of rule.restsOn) assert.ok(ids.has(id), `${rule.id} rests on ${id}, which is not an entry`);
    }
  });

  it('has the rule ids the product promises', () => {
    assert.deepEqual(
      pack.rules.rules.map((r) => r.id).sort(),
      [
        'cooperation-limit', 'detainee-rights', 'detainer-hold', 'missing-notice', 'missing-reporting', 'missing-training', 'missing-verification',
        'profiling', 'sanctuary-limit', 'sensitive-location', 'status-inquiry', 'status-only-stop', 'unauthorized-enforcement',
      ],
    );
  });

  it('gives every glossary term entries that exist', () => {
    const ids = new Set(pack.entries.map((e) => e.id));
    for (const term of pack.glossary) for (const id of term.entries) assert.ok(ids.has(id), `${term.term}: ${id}`);
  });
});

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

  for (const file of ['pack.json', 'entries.md', 'glossary.json', 'caveats.json', 'rules.json']) {
    it(`a missing ${file}: names the file`, async () => {
      rmSync(join(dir, file));
      const error = await failure();
      assert.equal(error.file, file);
      assert.match(error.problem, /cannot be read/);
    });
  }
});
