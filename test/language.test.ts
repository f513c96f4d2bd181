// The language layer (src/language): tokens, lemmas and parts of speech, then clause frames, checked
// on minimal pairs that name no pack and no domain (test/support/languagePairs.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWordCode } from '../src/language/characters';
import { STATUS_RULES } from '../src/language/status';
import { readFrames, type Frame } from '../src/language/frames';
import { actPolarity } from '../src/language/actPolarity';
import { ACT_RULES } from '../src/language/actRules';
import { inflections, nounForms } from '../src/language/inflect';
import { statesPlainly } from '../src/language/plainStatement';
import { RETAGS } from '../src/language/retag';
import { MODAL_CUES, NEGATION_CUES, SUBORDINATORS } from '../src/language/cues';
import { tokenize, type Token } from '../src/language/tokens';
import { OUTSIDER, PAIRS, type Expect } from './support/languagePairs';
import { CONDITION_FORMS, DEONTIC_FORMS, OUTSIDER_FORMS } from './support/deonticForms';

const tok = (tokens: Token[], text: string) => {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `no token "${text}" in ${tokens.map((x) => x.text).join(' ')}`);
  return t;
};

describe('language: tokens', () => {
  it('lemmatises verbs and nouns: "held" is hold/VERB, "records" is record/NOUN', () => {
    const t = tokenize('The clerk held the records.');
    assert.deepEqual([tok(t, 'held').lemma, tok(t, 'held').pos], ['hold', 'VERB']);
    assert.deepEqual([tok(t, 'records').lemma, tok(t, 'records').pos], ['record', 'NOUN']);
  });
  it('"the hold" and "a 48-hour hold" are nouns; "shall hold" and "clerks hold the" are verbs', () => {
    assert.equal(tok(tokenize('The clerk entered the hold in the log.'), 'hold').pos, 'NOUN');
    assert.equal(tok(tokenize('Staff shall lift a 48-hour hold.'), 'hold').pos, 'NOUN');
    assert.equal(tok(tokenize('Staff shall place a records hold on any file.'), 'hold').pos, 'NOUN');
    assert.equal(tok(tokenize('The clerk shall hold the records.'), 'hold').pos, 'VERB');
    assert.equal(tok(tokenize('The clerks hold the records.'), 'hold').pos, 'VERB');
  });
  it('splits a bracket run the tagger reads as one symbol (");"), so the ";" still ends the clause before it', () => {
    const sentence = 'This differs from the forms, which are kept by a clerk (using Form 200); members shall not destroy records.';
    const t = tokenize(sentence);
    assert.deepEqual(t.filter((x) => x.pos === 'PUNCT').map((x) => x.text), [',', '(', ')', ';', '.']);
    const read = readFrames(sentence);
    const relative = read.frames.find((f) => f.role === 'relative')!;
    assert.ok(!relative.span.text.includes('destroy'), relative.span.text);
  });
  it('reads "cannot" before punctuation (the tagger gives it no lemma there) as a whole word', () => {
    const t = tokenize('A landlord cannot: give keys; or enter units.');
    assert.deepEqual([tok(t, 'cannot').lemma, tok(t, 'cannot').pos], ['cannot', 'AUX']);
    assert.equal(readFrames('A landlord cannot: give keys.').frames.length > 0, true);
  });

  it('a capitalised plural, first or in a list, gets its singular lemma', () => {
    const first = tokenize('Tenants shall be released.');
    assert.deepEqual([tok(first, 'Tenants').lemma, tok(first, 'Tenants').pos], ['tenant', 'NOUN']);
    assert.equal(tok(tokenize('Staff, Lessees and Guests may enter.'), 'Lessees').lemma, 'lessee');
    assert.equal(tok(tokenize('The lessees may enter.'), 'lessees').lemma, 'lessee');
  });
  it('repairs nouns read for verbs: "signs", "release", "share", "nor release"', () => {
    assert.equal(tok(tokenize('unless a judge signs an order'), 'signs').pos, 'VERB');
    assert.equal(tok(tokenize('provided that a judge signs.'), 'signs').pos, 'VERB');
    assert.equal(tok(tokenize('Under no circumstances may the clerk release a record.'), 'release').pos, 'VERB');
    assert.equal(tok(tokenize('The clerk may, but is not required to, share the records.'), 'share').pos, 'VERB');
    const t = tokenize('The clerk shall neither hold nor release records.');
    assert.deepEqual([tok(t, 'hold').pos, tok(t, 'release').pos], ['VERB', 'VERB']);
  });
  it('a quoted term is a noun', () => {
    assert.equal(tok(tokenize("'Hold' means to keep."), 'Hold').pos, 'NOUN');
  });
  it('keeps codes whole (digits with parenthesised letters, hyphenated alphanumerics) but splits "48-hour"', () => {
    const t = tokenize('Under section 12(b) and 2(a)(1), form W-4A and a 48-hour hold apply.');
    for (const code of ['12(b)', '2(a)(1)', 'W-4A']) tok(t, code);
    assert.ok(!t.some((x) => x.text === '48-hour'));
    assert.equal(tokenize('the clerk(s) shall').filter((x) => x.text.includes('(')).length, 1);
  });
  it('offsets point into the sentence, also after double spaces, quotes and contractions', () => {
    for (const s of ['The  clerk can\'t  hold "records" (all of them) under 12(b).', "  'Hold' means to keep; it doesn't mean to share.", 'Tenants won\'t be held.']) {
      const t = tokenize(s);
      for (const x of t) assert.equal(s.slice(x.start, x.end), x.text);
      assert.ok(t.every((x, k) => k === 0 || x.start >= t[k - 1].end));
    }
    const c = tokenize("The clerk can't hold records.");
    assert.deepEqual(c.map((x) => x.lemma).slice(2, 4), ['can', 'not']);
  });
  it('every repair rule has a name and an example', () => {
    assert.ok(RETAGS.length >= 5);
    for (const r of RETAGS) assert.ok(r.name && r.example.length > 10, r.name);
  });
});

function check(sentence: string, e: Expect): void {
  const read = readFrames(sentence, { isOutsider: (t) => t.lemma === OUTSIDER });
  const f: Frame | undefined = read.frames[e.frame ?? 0];
  const where = `${sentence} [frame ${e.frame ?? 0}]`;
  assert.ok(f, `${where}: no such frame (${read.frames.length})`);
  const eq = (actual: unknown, expected: unknown, field: string) => assert.deepEqual(actual, expected, `${where}: ${field}`);
  if (e.frames !== undefined) eq(read.frames.length, e.frames, 'frames');
  if (e.status !== undefined) eq(f.status, e.status, 'status');
  if (e.sentence !== undefined) eq(read.status, e.sentence, 'sentence status');
  if (e.statusRule !== undefined) eq(f.statusRule, e.statusRule, 'status rule');
  if (e.role !== undefined) eq(f.role, e.role, 'role');
  if (e.polarity !== undefined) eq(f.polarity, e.polarity, 'polarity');
  if (e.negations !== undefined) eq(f.negations, e.negations, 'negations');
  if (e.act !== undefined) eq(f.act?.lemma, e.act, 'act');
  if (e.object !== undefined) eq(f.act?.object?.text ?? null, e.object, 'object');
  if (e.passive !== undefined) eq(f.act?.passive, e.passive, 'passive');
  if (e.elided !== undefined) eq(f.act?.elided, e.elided, 'elided');
  if (e.actor !== undefined) eq(f.actor?.text ?? null, e.actor, 'actor');
  if (e.force !== undefined) eq(f.modality?.force ?? null, e.force, 'force');
  if (e.conditions !== undefined) eq(f.conditions.map((c) => `${c.kind}:${c.span?.text ?? ''}`), e.conditions, 'conditions');
  if (e.effects !== undefined) eq(f.conditions.map((c) => c.effect), e.effects, 'effects');
  // Spans point into the sentence.
  for (const s of [f.span, f.actor, f.act?.object, f.act?.span]) if (s && s.to - s.from === 1) eq(sentence.slice(s.start, s.end), s.text, 'span text');
}

describe('language: clause frames (minimal pairs)', () => {
  it(`has at least 40 pairs`, () => assert.ok(PAIRS.length >= 40, `${PAIRS.length}`));
  PAIRS.forEach(([a, ea, b, eb], k) => {
    it(`pair ${k + 1}: ${a} / ${b}`, () => {
      check(a, ea);
      check(b, eb);
    });
  });

  it('each status rule reads its own example', () => {
    for (const rule of STATUS_RULES) {
      const example = rule.example.split(/ \(| \/ | → /)[0];
      if (!/[.;]$/.test(example)) continue;
      const read = readFrames(example, { isOutsider: (t) => t.lemma === OUTSIDER });
      assert.equal(read.frames[0].statusRule, rule.name, `${rule.name}: "${example}" read by ${read.frames[0].statusRule}`);
    }
  });

  it('a relative clause runs on through a long series of verbs ("do not stop, question, …, or arrest")', () => {
    const s = 'The office keeps the practice wherein clerks do not stop, question, interrogate, investigate, or arrest a visitor based on rumor.';
    const read = readFrames(s);
    const relative = read.frames.find((f) => f.role === 'relative')!;
    assert.ok(relative.span.text.endsWith('arrest a visitor based on rumor'), relative.span.text);
    assert.equal(read.main.span.text, 'The office keeps the practice');
  });

  it('"…, or that …" opens a second relative clause on the same noun, not a predicate of the host', () => {
    const read = readFrames('The clerk shall not sign a lease that names the tenant, or that lets the tenant store records.');
    const second = read.frames.find((f) => f.span.text.startsWith('or that lets'))!;
    assert.equal(second.role, 'relative');
    assert.equal(second.host, 0);
  });

  it('", and no aide or guard … shall" opens a coordinate clause with a subject of its own (two nouns joined by "or")', () => {
    const read = readFrames('The clerk declines the invitation to sign the lease, and no aide or guard of the office shall copy any file.');
    const second = read.frames.find((f) => f.span.text.startsWith('and no aide or guard'))!;
    assert.deepEqual([second.role, second.status, second.act?.lemma], ['coordinate', 'prohibition', 'copy']);
  });

  // A cue is asked only at the words its `first` list names: a word missing there would switch the cue off unseen.
  const exampleSentence = (example: string) => example.split(/ \(| \/ /)[0];
  for (const cue of MODAL_CUES) {
    it(`modal cue ${cue.name} reads its own example`, () => {
      const read = readFrames(exampleSentence(cue.example));
      assert.ok(read.frames.some((f) => f.modality?.cue === cue.name), JSON.stringify(read.frames.map((f) => f.modality)));
    });
  }
  for (const cue of NEGATION_CUES) {
    it(`negation cue ${cue.name} reads its own example`, () => {
      const read = readFrames(exampleSentence(cue.example));
      assert.ok(read.frames.some((f) => f.negations.includes(cue.name)), JSON.stringify(read.frames.map((f) => f.negations)));
    });
  }

  for (const cue of SUBORDINATORS.filter((c) => c.kind && /^[A-Z].*\.$/.test(exampleSentence(c.example)))) {
    it(`condition "${cue.words.join(' ')}" reads its own example as ${cue.kind}`, () => {
      const read = readFrames(exampleSentence(cue.example));
      assert.ok(read.frames.some((f) => f.conditions.some((c) => c.kind === cue.kind)), JSON.stringify(read.frames.map((f) => f.conditions.map((c) => c.kind))));
    });
  }

  it('reads no word as a modal because an object has a property of that name ("constructor", "toString")', () => {
    const modalVerb = MODAL_CUES.find((c) => c.name === 'modalVerb')!;
    const token = (word: string, pos: Token['pos']): Token => ({ text: word, lower: word.toLowerCase(), lemma: word.toLowerCase(), pos, start: 0, end: word.length });
    for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      assert.equal(modalVerb.match([token(word, 'VERB')], 0), 0, word);
      assert.equal(modalVerb.match([token(word, 'AUX')], 0), 0, word);
    }
    assert.equal(modalVerb.match([token('shall', 'AUX')], 0), 1);
  });

  it('condition and act spans are character offsets into the sentence', () => {
    const s = 'The clerk shall not hold the records unless a judge signs an order.';
    const f = readFrames(s).main;
    const c = f.conditions[0];
    assert.equal(s.slice(c.cue.start, c.cue.end), 'unless');
    assert.equal(s.slice(c.span!.start, c.span!.end), 'a judge signs an order');
    assert.equal(s.slice(f.act!.object!.start, f.act!.object!.end), 'the records');
    assert.equal(s.slice(f.actor!.start, f.actor!.end), 'The clerk');
  });
});

describe('language: layering', () => {
  const dir = join(__dirname, '..', 'src', 'language');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it('imports only its own files and the NLP packages (no Node built-ins, no editor API)', () => {
    for (const file of files) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) assert.match(spec, /^(\.\/[\w]+|wink-nlp|wink-eng-lite-web-model)$/, `${file} imports ${spec}`);
    }
  });
  it('names no domain word, in the layer or in its tests', () => {
    const banned = new RegExp(['\\bi' + 'ce\\b', 'det' + 'ain', 'immi' + 'gra', 'war' + 'rant', '\\bali' + 'en', 'depor' + 't', '2' + '87'].join('|'), 'i');
    const texts = [...files.map((f) => join(dir, f)), __filename, join(__dirname, 'support', 'languagePairs.ts')];
    for (const path of texts) assert.doesNotMatch(readFileSync(path, 'utf8'), banned, path);
  });
});

describe('character tests by code', () => {
  it('isWordCode is exactly \\w on every UTF-16 code', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isWordCode(c), /\w/.test(String.fromCharCode(c)), `code ${c.toString(16)}`);
  });
});

describe('language: how a clause treats an act (actPolarity, one named rule per decision)', () => {
  const isOutsider = (t: Token) => t.lemma === OUTSIDER;
  for (const rule of ACT_RULES) {
    for (const [sentence, act, polarity] of rule.examples) {
      it(`${rule.name}: "${act}" in "${sentence}" is ${polarity}`, () => {
        const at = sentence.indexOf(act);
        assert.ok(at >= 0, `"${act}" not in the example`);
        const reading = actPolarity(readFrames(sentence, { isOutsider }), at, at + act.length);
        assert.deepEqual([reading.rule, reading.polarity], [rule.name, polarity]);
      });
    }
  }
  const wrongIn = (forms: Array<[string, number]>, act: RegExp) =>
    forms.filter(([sentence, polarity]) => {
      const at = sentence.search(act);
      const word = /\w+/.exec(sentence.slice(at))![0];
      return actPolarity(readFrames(sentence), at, at + word.length).polarity !== polarity;
    });
  it('reads each way of directing, allowing, forbidding or not requiring an act (test/support/deonticForms.ts)', () => {
    assert.deepEqual(wrongIn(DEONTIC_FORMS, /\b[Ss]har/), []);
  });
  it('reads what another body asks for, is allowed or refused, and help given to it (test/support/deonticForms.ts)', () => {
    const wrong = OUTSIDER_FORMS.filter(([sentence, act, polarity]) => {
      const at = sentence.indexOf(act);
      return actPolarity(readFrames(sentence, { isOutsider: (t) => t.lemma === OUTSIDER }), at, at + act.length).polarity !== polarity;
    });
    assert.deepEqual(wrong, []);
  });
  it('reads an act under conditions, exceptions, requests and time limits (test/support/deonticForms.ts)', () => {
    assert.deepEqual(wrongIn(CONDITION_FORMS, /\b(?:[Hh]old|held)/), []);
  });
  it('names each rule once, gives each an example, and names only listed rules in the code', () => {
    const names = ACT_RULES.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const r of ACT_RULES) assert.ok(r.examples.length > 0, r.name);
    const source = readFileSync(join(__dirname, '..', 'src', 'language', 'actPolarity.ts'), 'utf8');
    const used = new Set([...source.matchAll(/(?:out|denied)\([^;]*?'([a-zA-Z]+)'\)|rule: '([a-zA-Z]+)'/g)].map((m) => m[1] ?? m[2]));
    for (const name of used) assert.ok(names.includes(name), `${name} is decided in the code but not listed in ACT_RULES`);
  });
});

describe('language: a verb\'s forms from its lemma (inflect.ts)', () => {
  const cases: Array<[string, string[]]> = [
    ['retain', ['retain', 'retains', 'retained', 'retaining']],
    ['share', ['share', 'shares', 'shared', 'sharing']],
    ['hold', ['hold', 'holds', 'held', 'holding']],
    ['take', ['take', 'takes', 'took', 'taken', 'taking']],
    ['undertake', ['undertake', 'undertakes', 'undertook', 'undertaken', 'undertaking']],
    ['bar', ['bar', 'bars', 'barred', 'barring']],
    ['limit', ['limit', 'limits', 'limited', 'limiting']],
    ['refer', ['refer', 'refers', 'referred', 'referring']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['question', ['question', 'questions', 'questioned', 'questioning']],
    ['release', ['release', 'releases', 'released', 'releasing']],
    ['notify', ['notify', 'notifies', 'notified', 'notifying']],
    ['be', ['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being']],
    ['have', ['have', 'has', 'had', 'having']],
  ];
  for (const [verb, forms] of cases) it(`${verb}: ${forms.join(', ')}`, () => assert.deepEqual(inflections(verb), forms));
  const nouns: Array<[string, string[]]> = [['record', ['record', 'records']], ['policy', ['policy', 'policies']], ['address', ['address', 'addresses']], ['day', ['day', 'days']], ['person', ['person', 'persons', 'people']]];
  for (const [noun, forms] of nouns) it(`noun ${noun}: ${forms.join(', ')}`, () => assert.deepEqual(nounForms(noun), forms));
});

describe('language: a sentence that states its act plainly (statesPlainly, where a quick fix may add a condition)', () => {
  const cases: Array<[string, boolean]> = [
    ['The clerk shall hold the records for thirty days.', true],
    ['The clerk may share the records with the board.', true],
    ['The clerk shall not hold the records.', false],
    ['The clerk shall never share the records.', false],
    ['The clerk shall not refuse to hold the records.', false],
    ['The clerk shall hold the records unless a judge orders otherwise.', false],
    ['The clerk shall hold the records only if a judge signs an order.', false],
    ['The clerk shall hold the records so that the board can review them.', false],
    ['If the board asks, the clerk shall hold the records.', false],
    ['The clerk shall hold the records without an order.', false],
    ['The clerk shall deny access to the records.', false],
    ['The clerk shall prohibit staff from sharing the records.', false],
    ['No clerk shall share the records.', false],
  ];
  for (const [sentence, plain] of cases) it(`${plain ? 'plain' : 'not plain'}: ${sentence}`, () => assert.equal(statesPlainly(sentence), plain));
});
