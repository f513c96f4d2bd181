// Exceptions: a concept the rules name only in notWith says why the rule must not fire on its words, with
// example sentences. The examples are tests of the exception: every rule naming the concept in notWith passes
// each of them as the pack stands; each is flagged by such a rule once the concept alone is dropped from that
// rule's notWith; and each such rule flags one of them then (so the exception is load-bearing for every rule
// that names it, not a leftover).
import assert from 'node:assert/strict';
import { buildPack, type PackTexts } from '../src/corpus/loadPack';
import { PackError } from '../src/corpus/packError';
import { createLinter, type Linter } from '../src/lint/lint';
import { ruleDocument } from '../src/present/ruleDocument';
import { exclusionOnlyConcepts, exclusionsOf, withoutExclusion } from '../src/rules/exclusions';
import type { RuleSet, RuleSetFile, SentenceRule } from '../src/rules/types';
import { bundledPackTexts } from './support/bundledTexts';

const bundled: PackTexts = bundledPackTexts();

const flags = (linter: Linter, ruleId: string, text: string) => linter.lint(text, 'markdown').some((f) => f.ruleId === ruleId);

/**
 * What is wrong with a pack's exceptions: an example that a rule naming the concept in notWith flags as the
 * pack stands; an example that none of them flags once the concept alone is dropped from its notWith; a rule
 * that flags none of the examples once the concept is dropped from its notWith (not load-bearing there).
 */
function exceptionProblems(ruleSet: RuleSet): string[] {
  const problems: string[] = [];
  const linter = createLinter(ruleSet);
  for (const [concept, { examples }] of Object.entries(ruleSet.exceptions ?? {})) {
    const rules = ruleSet.rules.filter((r): r is SentenceRule => r.scope === 'sentence' && exclusionsOf(r).includes(concept));
    const shown = new Set<string>();
    for (const rule of rules) {
      const without = createLinter({ ...ruleSet, rules: ruleSet.rules.map((r) => (r === rule ? withoutExclusion(rule, concept) : r)) });
      let any = false;
      for (const text of examples) {
        if (flags(linter, rule.id, text)) problems.push(`${rule.id} flags, despite "${concept}": ${text}`);
        else if (flags(without, rule.id, text)) {
          any = true;
          shown.add(text);
        }
      }
      if (!any) problems.push(`${rule.id} flags none of the examples of "${concept}" once it is dropped from its notWith`);
    }
    for (const text of examples) if (!shown.has(text)) problems.push(`no rule flags this example once "${concept}" is dropped (the exception is not what passes it): ${text}`);
  }
  return problems;
}

/** The PackError the texts fail with. */
function packError(texts: PackTexts): PackError {
  try {
    buildPack(texts);
  } catch (error) {
    assert.ok(error instanceof PackError, `not a PackError: ${(error as Error).stack}`);
    assert.match(error.message, /^rules\.json:\d+:\d+: \S/);
    return error;
  }
  assert.fail('the pack loaded');
}

/** The bundled rules.json, changed, as pack texts. */
function withRules(change: (rules: RuleSetFile) => void): PackTexts {
  const rules = JSON.parse(bundled.rulesText) as RuleSetFile;
  change(rules);
  return { ...bundled, rulesText: JSON.stringify(rules, null, 2) };
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('exceptions (concepts used only in notWith)', function () {
  this.timeout(120000);
  const pack = buildPack(bundled);
  const exceptions = pack.rules.exceptions ?? {};

  it('documents every concept the bundled rules name only in notWith', () => {
    const undocumented = [...exclusionOnlyConcepts(pack.rules.rules, pack.rules.outsiders)].filter((c) => !Object.hasOwn(exceptions, c));
    assert.deepEqual(undocumented, []);
    assert.ok(Object.keys(exceptions).length > 0);
  });

  it('each example passes every rule naming the exception in notWith, and is flagged once the exception alone is dropped, by each such rule for one example at least', () => {
    assert.deepEqual(exceptionProblems(pack.rules), []);
  });

  it('catches an example that is flagged anyway, one the exception is not what passes, and a rule it is not load-bearing for', () => {
    const [concept, exception] = Object.entries(exceptions)[0];
    const rule = pack.rules.rules.find((r) => exclusionsOf(r).includes(concept))!;
    const flagged = rule.examples!.flag[0];
    const unrelated = 'The county library opens at nine.';
    const problems = exceptionProblems({ ...pack.rules, exceptions: { [concept]: { ...exception, examples: [...exception.examples, flagged, unrelated] } } });
    assert.deepEqual(problems, [`${rule.id} flags, despite "${concept}": ${flagged}`, `no rule flags this example once "${concept}" is dropped (the exception is not what passes it): ${flagged}`, `no rule flags this example once "${concept}" is dropped (the exception is not what passes it): ${unrelated}`]);
    const onlyUnrelated = exceptionProblems({ ...pack.rules, exceptions: { [concept]: { ...exception, examples: [unrelated] } } });
    assert.ok(onlyUnrelated.includes(`${rule.id} flags none of the examples of "${concept}" once it is dropped from its notWith`), onlyUnrelated.join('\n'));
  });

  it('notOverlapping clears only the acts inside the concept\'s words; notWith clears the sentence', () => {
    const rule = pack.rules.rules.find((r): r is SentenceRule => r.scope === 'sentence' && !!r.pattern.notOverlapping?.length)!;
    const [concept] = rule.pattern.notOverlapping!;
    const both = 'Jail staff shall place a hold on any inmate who is the subject of an ICE detainer and notify ICE of the scheduled release date.';
    const noticeOnly = 'Jail staff shall notify ICE 48 hours before the release of any inmate who is the subject of an ICE detainer.';
    const linter = createLinter(pack.rules);
    assert.equal(flags(linter, rule.id, both), true);
    assert.equal(flags(linter, rule.id, noticeOnly), false);
    const sentenceWide = { ...rule, pattern: { ...rule.pattern, notWith: [...(rule.pattern.notWith ?? []), concept], notOverlapping: undefined } };
    const asNotWith = createLinter({ ...pack.rules, rules: pack.rules.rules.map((r) => (r === rule ? sentenceWide : r)) });
    assert.equal(flags(asNotWith, rule.id, both), false);
    assert.equal(flags(createLinter({ ...pack.rules, rules: pack.rules.rules.map((r) => (r === rule ? withoutExclusion(rule, concept) : r)) }), rule.id, noticeOnly), true);
  });

  it('an undocumented concept used only in notWith is a PackError at its line', () => {
    const [concept] = Object.keys(exceptions);
    const texts = withRules((rules) => {
      rules.concepts[concept] = (rules.concepts[concept] as { phrases: string[] }).phrases;
    });
    const error = packError(texts);
    assert.equal(error.line, lineOf(texts.rulesText, `"${concept}": [`));
    assert.match(error.problem, new RegExp(`concept "${concept}" is used only in notWith`));
  });

  it('an exception on a concept no rule names in notWith is a PackError', () => {
    const texts = withRules((rules) => {
      rules.concepts.hold = { phrases: rules.concepts.hold as string[], exception: 'Not an exclusion at all.', examples: ['The jail shall hold him.'] };
    });
    const error = packError(texts);
    assert.equal(error.line, lineOf(texts.rulesText, '"exception": "Not an exclusion at all."'));
    assert.match(error.problem, /"hold" carries an exception, but no rule names it in notWith/);
  });

  it('a malformed exception is a schema error at its line: no examples, an unknown key, an empty phrase list', () => {
    const [concept] = Object.keys(exceptions);
    const noExamples = withRules((rules) => delete (rules.concepts[concept] as { examples?: string[] }).examples);
    assert.match(packError(noExamples).problem, /examples/);
    assert.equal(packError(noExamples).line, lineOf(noExamples.rulesText, `"${concept}": {`));
    const unknown = withRules((rules) => Object.assign(rules.concepts[concept], { why: 'x' }));
    assert.equal(packError(unknown).problem, `unknown key "why" in concepts.${concept}`);
    assert.equal(packError(unknown).line, lineOf(unknown.rulesText, '"why": "x"'));
    const empty = withRules((rules) => Object.assign(rules.concepts[concept], { phrases: [] }));
    assert.equal(packError(empty).line, lineOf(empty.rulesText, '"phrases": []'));
  });

  it('a bad phrase inside an exception is reported at the phrase', () => {
    const [concept] = Object.keys(exceptions);
    const bad = 'hold * hold * hold * hold * hold * zzz';
    const texts = withRules((rules) => (rules.concepts[concept] as { phrases: string[] }).phrases.push(bad));
    assert.equal(packError(texts).line, lineOf(texts.rulesText, JSON.stringify(bad)));
  });

  it('shows a rule’s exceptions on its page, with why and the examples', () => {
    const [concept, exception] = Object.entries(exceptions)[0];
    const rule = pack.rules.rules.find((r) => exclusionsOf(r).includes(concept))!;
    const page = ruleDocument(pack, rule.id)!;
    assert.match(page, /## Exceptions/);
    assert.ok(page.includes(exception.exception.slice(0, 40)), page);
    for (const example of exception.examples) assert.ok(page.includes(example.slice(0, 40)), example);
    const plain = pack.rules.rules.find((r) => exclusionsOf(r).every((c) => !Object.hasOwn(exceptions, c)));
    if (plain) assert.doesNotMatch(ruleDocument(pack, plain.id)!, /## Exceptions/);
  });
});
