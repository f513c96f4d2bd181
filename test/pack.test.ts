// The bundled pack: what it holds, and that it matches the seed (a broken copy: brokenPack.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { inflections } from '../src/language/inflect';

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

  it('writes a verb by its lemma ("~hold"), never every one of its forms by hand', () => {
    const spelledOut: string[] = [];
    for (const [concept, value] of Object.entries(pack.rules.concepts)) {
      for (const phrase of value) {
        for (const alternatives of phrase.split(/[\s()?]+/).map((token) => new Set(token.split('|')))) {
          for (const word of alternatives) {
            if (/^[a-z]+$/.test(word) && inflections(word).every((form) => alternatives.has(form))) spelledOut.push(`${concept}: ${word} in "${phrase}"`);
          }
        }
      }
    }
    assert.deepEqual(spelledOut, []);
  });

  it('gives every glossary term entries that exist', () => {
    const ids = new Set(pack.entries.map((e) => e.id));
    for (const term of pack.glossary) for (const id of term.entries) assert.ok(ids.has(id), `${term.term}: ${id}`);
  });
});
