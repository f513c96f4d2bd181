// Hostile and malformed packs: every problem is a PackError naming file:line:column, found quickly
// (the mocha timeout catches a hang), and a pack that loads is matched in bounded time.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildPack, type PackTexts } from '../src/corpus/loadPack';
import { PackError } from '../src/corpus/packError';
import { createLinter } from '../src/lint/lint';
import type { RuleSet } from '../src/rules/types';
import { createTermFinder } from '../src/present/glossaryTerms';
import { findingHover, termHover, whyText } from '../src/present/hoverText';
import { ruleDocument } from '../src/present/ruleDocument';
import { bundledPackTexts } from './support/bundledTexts';

const bundled: PackTexts = bundledPackTexts();
const HOLD = 'The jail shall hold any person on an ICE detainer for 48 hours.';

/** The bundled rules.json with one more phrase in the "hold" concept. */
function withPhrase(phrase: string): PackTexts {
  const rules = JSON.parse(bundled.rulesText) as RuleSet;
  rules.concepts.hold.push(phrase);
  return { ...bundled, rulesText: JSON.stringify(rules, null, 2) };
}

/** The PackError a pack fails with; fails the test when it loads or throws anything else. */
function packError(texts: PackTexts): PackError {
  try {
    buildPack(texts);
  } catch (error) {
    assert.ok(error instanceof PackError, `not a PackError: ${(error as Error).stack}`);
    assert.match(error.message, /^[a-z.]+\.(?:json|md):\d+:\d+: \S/);
    assert.ok(error.line >= 1 && error.column >= 1, error.message);
    return error;
  }
  assert.fail('the pack loaded');
}

/** 1-based line of the first occurrence of needle in text. */
const lineOf = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return text.slice(0, at).split('\n').length;
};

describe('hostile packs', function () {
  this.timeout(20000);

  describe('phrases', () => {
    it('ten separate "*" gaps: a PackError at the phrase, not a minute of backtracking', () => {
      const phrase = 'hold * hold * hold * hold * hold * hold * hold * hold * hold * hold * zzz';
      const texts = withPhrase(phrase);
      const error = packError(texts);
      assert.equal(error.file, 'rules.json');
      assert.equal(error.line, lineOf(texts.rulesText, phrase));
      assert.match(error.problem, /too many separate "\*" gaps/);
    });

    it('ten adjacent stars load and match in bounded time, like one gap of sixty words', () => {
      const texts = withPhrase('hold * * * * * * * * * * zzz');
      const linter = createLinter(buildPack(texts).rules);
      const text = `The jail shall ${'hold '.repeat(200)}zz on an ICE detainer.`;
      assert.ok(linter.lint(text, 'markdown').every((f) => f.ruleId !== 'detainer-hold' || f.evidence?.action !== undefined));
      const hit = linter.lint('The jail shall hold the person for ICE on a detainer zzz.', 'markdown').filter((f) => f.ruleId === 'detainer-hold');
      assert.equal(hit.length, 1);
    });

    for (const phrase of ['??', '(|)', 'the?', '(a|b)?', '(hold|)?', '* the?']) {
      it(`"${phrase}" matches empty text: a PackError at the phrase`, () => {
        const texts = withPhrase(phrase);
        const error = packError(texts);
        assert.equal(error.line, lineOf(texts.rulesText, JSON.stringify(phrase)));
        assert.match(error.problem, /empty text|no words/);
      });
    }

    for (const [phrase, advice] of [
      ['hold|holds * on an ICE detainer', 'write +hold for hold|holds'],
      ['ICE !hold|holds', 'write +hold for hold|holds'],
      ['ICE (hold|holds)? detainer', 'write +hold for hold|holds'],
      ['(detain|detains|detained|detaining|keep) * ICE', 'write ~detain for detain|detains|detained|detaining'],
      ['release (the|persons|person|people|him)', 'write +person for person|persons|people'],
    ]) {
      it(`"${phrase}" spells out a word's forms: a PackError at the phrase naming the shorthand`, () => {
        const texts = withPhrase(phrase);
        const error = packError(texts);
        assert.equal(error.line, lineOf(texts.rulesText, JSON.stringify(phrase)));
        assert.match(error.problem, /spells out the forms of one word/);
        assert.ok(error.problem.endsWith(advice), error.problem);
      });
    }

    it('a phrase with some forms of a word, or with them as words of a longer alternative, loads', () => {
      // "~enforce" would add enforces and enforced; "hold on" is not the word "hold".
      for (const phrase of ['(enforce|enforcing) * ICE', 'held|holding * ICE', '(hold on|holds) * ICE', '(Hold|holds) ICE', '+hold|held * ICE']) buildPack(withPhrase(phrase));
    });

    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      it(`a rule using an undefined concept named "${name}": a PackError`, () => {
        const rules = JSON.parse(bundled.rulesText) as RuleSet;
        rules.rules[0].pattern = { ...rules.rules[0].pattern, action: [name] } as never;
        const error = packError({ ...bundled, rulesText: JSON.stringify(rules, null, 2) });
        assert.match(error.problem, new RegExp(`uses concept "${name}", which is not defined`));
      });
    }

    it('an outsider concept that is not defined: a PackError at its line', () => {
      const rules = JSON.parse(bundled.rulesText) as RuleSet;
      rules.outsiders = ['immigration-authority', 'no-such-body'];
      const rulesText = JSON.stringify(rules, null, 2);
      const error = packError({ ...bundled, rulesText });
      assert.equal(error.line, lineOf(rulesText, '"no-such-body"'));
      assert.match(error.problem, /outsider concept "no-such-body" is not defined/);
    });

    it('random phrase syntax: a PackError with a position or a pack that lints 1 KB, never a hang', function () {
      // 150 whole packs built (about 11 s alone); a loaded 2-core machine doubles it. A hang still fails.
      this.timeout(60_000);
      const pieces = ['*', '* *', '?', '(', ')', '|', '(a|b)', '(a b|c)?', 'hold', 'detain*', '287(g)', 'the?', 'ICE', '.', '\\', '[', '$', '{2}', '(?=x)', ' '];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), (parts) => {
          const texts = withPhrase(parts.join(' '));
          let rules: RuleSet;
          try {
            rules = buildPack(texts).rules;
          } catch (error) {
            assert.ok(error instanceof PackError, String(error));
            assert.match(error.message, /^rules\.json:\d+:\d+: /);
            return;
          }
          const text = `${HOLD} ${'hold ICE the a b detain 287(g) '.repeat(30)}zzz.`;
          createLinter(rules).lint(text, 'markdown');
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('ids', () => {
    it('a duplicate topic id', () => {
      const pack = JSON.parse(bundled.packText);
      pack.topics[1].id = pack.topics[0].id;
      const packText = JSON.stringify(pack, null, 2);
      const error = packError({ ...bundled, packText });
      assert.equal(error.file, 'pack.json');
      assert.match(error.problem, new RegExp(`topic id "${pack.topics[0].id}" is used twice`));
      assert.equal(error.line, packText.split('\n').findIndex((l, i) => i > lineOf(packText, `"id": "${pack.topics[0].id}"`) - 1 && l.includes(`"id": "${pack.topics[0].id}"`)) + 1);
    });

    it('a duplicate caveat id', () => {
      const caveats = JSON.parse(bundled.caveatsText);
      caveats.caveats[1].id = caveats.caveats[0].id;
      const error = packError({ ...bundled, caveatsText: JSON.stringify(caveats, null, 2) });
      assert.equal(error.file, 'caveats.json');
      assert.match(error.problem, /caveat id ".*" is used twice/);
    });

    it('a glossary term given twice (as a term or a synonym, in any case)', () => {
      const glossary = JSON.parse(bundled.glossaryText);
      glossary.terms[1].synonyms.push(glossary.terms[0].term.toUpperCase());
      const error = packError({ ...bundled, glossaryText: JSON.stringify(glossary, null, 2) });
      assert.equal(error.file, 'glossary.json');
      assert.match(error.problem, /glossary term ".*" is used twice/);
    });
  });

  describe('file shapes', () => {
    for (const depth of [100, 5000, 100_000]) {
      it(`JSON nested ${depth} deep: a PackError at the level that is too deep, not a stack overflow`, () => {
        for (const key of ['rulesText', 'packText', 'glossaryText', 'caveatsText'] as const) {
          const text = `{\n  "x": ${'['.repeat(depth)}${']'.repeat(depth)}\n}\n`;
          const error = packError({ ...bundled, [key]: text });
          assert.equal(error.line, 2);
          assert.match(error.problem, /nested deeper than/);
        }
      });
    }

    it('entries.md nested thousands deep: a PackError at the line and column', () => {
      for (const prefix of ['> '.repeat(5000), '- '.repeat(5000)]) {
        const entriesText = bundled.entriesText.replace('\n## Q2.', `\n${prefix}deep text\n\n## Q2.`);
        const error = packError({ ...bundled, entriesText });
        assert.equal(error.file, 'entries.md');
        assert.equal(error.line, lineOf(entriesText, prefix));
        assert.match(error.problem, /nested deeper than/);
      }
    });

    it('random depths and shapes of JSON: a PackError or a load, never a crash', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":', '[{"b":'), fc.constantFrom('rulesText', 'packText') as fc.Arbitrary<'rulesText' | 'packText'>, (depth, open, key) => {
          const close = open === '[' ? ']' : open === '{"a":' ? '}' : '}]';
          packError({ ...bundled, [key]: `${open.repeat(depth)}1${close.repeat(depth)}` });
        }),
        { numRuns: 40 },
      );
    });

    it('a byte-order mark and lone-CR line ends read like the plain files', () => {
      const cr = (text: string) => `\ufeff${text.replace(/\r?\n/g, '\r')}`;
      const plain = buildPack(bundled);
      const odd = buildPack({ packText: cr(bundled.packText), entriesText: cr(bundled.entriesText), glossaryText: cr(bundled.glossaryText), caveatsText: cr(bundled.caveatsText), rulesText: cr(bundled.rulesText) });
      assert.deepEqual(odd.meta, plain.meta);
      assert.deepEqual(odd.rules, plain.rules);
      assert.deepEqual(odd.entries.map((e) => [e.id, e.question, e.answerText.replace(/\r/g, '\n'), e.line]), plain.entries.map((e) => [e.id, e.question, e.answerText, e.line]));
    });

    it('a problem in a lone-CR file is reported on its line', () => {
      const rules = JSON.parse(bundled.rulesText);
      rules.rules[2].severity = 'loud';
      const rulesText = JSON.stringify(rules, null, 2).replace(/\n/g, '\r');
      const error = packError({ ...bundled, rulesText: `\ufeff${rulesText}` });
      assert.equal(error.line, rulesText.slice(0, rulesText.indexOf('"loud"')).split('\r').length);
    });

    it('an unknown key says which key, not "False boolean schema"', () => {
      const rules = JSON.parse(bundled.rulesText);
      rules.rules[0].sevrity = 'warning';
      const rulesText = JSON.stringify(rules, null, 2);
      const error = packError({ ...bundled, rulesText });
      assert.match(error.problem, /unknown key "sevrity"/);
      assert.equal(error.line, lineOf(rulesText, '"sevrity"'));
    });
  });

  describe('scale', () => {
    it('800 overlapping glossary terms on 20 KB: each found where it is, no expression "too large"', () => {
      const terms = Array.from({ length: 800 }, (_, i) => ({ term: `${'immigration detainer '.repeat(1 + (i % 60))}request${i}`, synonyms: [], entries: ['Q1'] }));
      const finder = createTermFinder(terms);
      const text = `${'immigration detainer '.repeat(1000)}request7 and Immigration-Detainer requests`;
      const found = finder.find(text);
      assert.deepEqual(
        found.map((m) => [m.start, m.term.term]),
        [[text.indexOf('request7') - 'immigration detainer '.length * 8, terms[7].term]],
      );
      assert.equal(finder.at(text, text.indexOf('request7'))?.term, terms[7]);
    });

    it('a 20,000-phrase pack: a sentence runs only the phrases its words can start, not all that share a word', () => {
      const rules = JSON.parse(bundled.rulesText) as RuleSet;
      for (let i = 0; i < 10_000; i++) rules.concepts.hold.push(`hold * word${i}`, `term${i}* detainer`);
      const linter = createLinter(buildPack({ ...bundled, rulesText: JSON.stringify(rules) }).rules);
      assert.ok((linter.rules.keys.get('hold')?.phrases?.length ?? 0) < 100, 'phrases keyed on a word 10,000 of them share');
      const text = `${HOLD}\n\n`.repeat(2000);
      assert.equal(linter.lint(text, 'markdown').filter((f) => f.ruleId === 'detainer-hold').length, 2000);
      const hit = linter.lint('The jail shall hold any inmate for word1234 on an ICE detainer.', 'markdown');
      assert.ok(hit.some((f) => f.ruleId === 'detainer-hold'));
    });
  });

  describe('pack text in rendered Markdown', () => {
    const EVIL = '[click](command:workbench.action.terminal.new) ![x](https://evil.example/x.png) <img src=x> https://evil.example';
    const links = { openEntry: (id: string) => `command:open?${id}`, search: (q: string) => `command:search?${encodeURIComponent(q)}`, openRule: (id: string) => `command:rule?${id}` };
    /** Every link or image target, and every piece of HTML, in the Markdown as a CommonMark parser reads it, that the pack, not the caller, put there. */
    const injected = (markdown: string) => {
      const found: string[] = [];
      const walk = (node: { type: string; url?: string; value?: string; children?: unknown[] }) => {
        if ((node.type === 'link' || node.type === 'image') && node.url !== undefined) found.push(node.url);
        if (node.type === 'html') found.push(`html: ${node.value}`);
        for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
      };
      walk(unified().use(remarkParse).parse(markdown) as never);
      return found.filter((target) => !/^command:(?:open|search|rule)\?/.test(target) && !/^https:\/\/ok\.example\//.test(target));
    };

    it('titles, topic labels, concept names, caveat sources and URLs cannot make links, images or HTML', () => {
      const pack = buildPack(bundled);
      pack.meta.title = EVIL;
      for (const topic of pack.topics) topic.label = EVIL;
      const term = pack.glossary.find((t) => t.term === 'judicial warrant')!;
      term.term = `judicial warrant ${EVIL}`;
      for (const caveat of pack.caveats) {
        caveat.note = EVIL;
        caveat.sources = [{ title: EVIL, url: 'command:workbench.action.terminal.new' }, { title: 'fine', url: 'https://ok.example/a' }];
      }
      for (const t of pack.glossary) t.sources &&= [{ title: EVIL, url: 'command:workbench.action.terminal.new' }, { title: 'fine', url: 'https://ok.example/b' }];
      for (const rule of pack.rules.rules) rule.title = EVIL;
      const hovers = [
        termHover(pack, term, links),
        ...pack.glossary.map((t) => termHover(pack, t, links)),
        findingHover(pack, { ruleId: 'detainer-hold', entries: ['Q2'], suggestion: EVIL, message: EVIL, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, evidence: { action: EVIL, treatment: 'directed', context: [EVIL], notRequired: ['x](command:evil)'] } }, links),
        whyText({ action: 'hold', treatment: 'directed', context: [], notRequired: ['judicial-warrant](command:evil) ![i](https://evil.example/i.png'] }),
        ruleDocument(pack, 'detainer-hold')!,
      ];
      for (const markdown of hovers) {
        assert.deepEqual(injected(markdown), [], `${JSON.stringify(injected(markdown))} in ${markdown}`);
        assert.doesNotMatch(markdown, /(?<!\\)<img|(?<!\\)!\[/, markdown);
        assert.doesNotMatch(markdown, /(?<![\\(])https:\/\/evil/, 'a bare URL would be linkified');
      }
      assert.ok(hovers.some((m) => m.includes('](https://ok.example/a)')), 'a web link in a caveat source is still a link');
    });
  });
});
