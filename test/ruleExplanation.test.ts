// A rule's explanation in parts (rules.json corpusSays and lawSays): the pack is rejected, with file:line:column,
// where the corpus part names no entry the rule rests on, or says nothing of a caveat's doubt, or where the law part
// cites a corpus entry as its authority.
import assert from 'node:assert/strict';
import { buildPack, type PackTexts } from '../src/corpus/loadPack';
import { PackError } from '../src/corpus/packError';
import { entriesNamed, entryMentions } from '../src/corpus/entryMentions';
import type { RuleSetFile } from '../src/rules/types';
import { bundledPackTexts } from './support/bundledTexts';

const bundled: PackTexts = bundledPackTexts();

/** The bundled pack with detainer-hold's message, corpusSays and lawSays set as given (undefined: left out). */
function withHold(parts: { message?: string; corpusSays?: string; lawSays?: string }): PackTexts {
  const rules = JSON.parse(bundled.rulesText) as RuleSetFile;
  Object.assign(rules.rules.find((r) => r.id === 'detainer-hold')!, parts);
  return { ...bundled, rulesText: JSON.stringify(rules, null, 2) };
}

function packError(texts: PackTexts): PackError {
  try {
    buildPack(texts);
  } catch (error) {
    assert.ok(error instanceof PackError, `not a PackError: ${(error as Error).stack}`);
    return error;
  }
  assert.fail('the pack loaded');
}

/** The 1-based line of detainer-hold's `field` in the texts' rules.json. */
function lineOfField(texts: PackTexts, field: string): number {
  const text = texts.rulesText;
  const at = text.indexOf(`"${field}"`, text.indexOf('"id": "detainer-hold"'));
  return text.slice(0, at).split('\n').length;
}

const CORPUS = 'The corpus calls detainers non-binding requests (Q2); it attributes this to guidance that could not be found (unverified, see the caveats on Q2 and Q5).';
const LAW = 'Federal rules call a detainer a request (8 CFR 287.7(a)); cases and sources in the caveat on Q2.';

describe('corpusSays and lawSays in rules.json', () => {
  it('loads a corpus part that names the entries and their doubt, and a law part that cites its sources', () => {
    const hold = buildPack(withHold({ corpusSays: CORPUS, lawSays: LAW })).rules.rules.find((r) => r.id === 'detainer-hold')!;
    assert.equal(hold.corpusSays, CORPUS);
    assert.equal(hold.lawSays, LAW);
  });

  it('rejects a corpus part that names no entry, at the line of corpusSays', () => {
    const texts = withHold({ corpusSays: 'The corpus calls detainers non-binding requests; this is unverified.' });
    const error = packError(texts);
    assert.equal(error.file, 'rules.json');
    assert.equal(error.line, lineOfField(texts, 'corpusSays'));
    assert.match(error.problem, /corpusSays names none of the entries the rule rests on \(Q2, Q5\)/);
  });

  it('rejects a corpus part that names an entry the rule does not rest on', () => {
    const error = packError(withHold({ corpusSays: `${CORPUS} See also Q7.` }));
    assert.match(error.problem, /corpusSays names Q7, which the rule does not rest on/);
  });

  it('rejects a corpus part that names an entry with an unverified passage and does not say so', () => {
    const error = packError(withHold({ corpusSays: 'The corpus calls detainers non-binding requests (Q2).' }));
    assert.match(error.problem, /corpusSays names Q2, whose caveats find a passage unverified or out of date: say so/);
  });

  it('rejects a law part that names a corpus entry, at the line of lawSays', () => {
    const texts = withHold({ corpusSays: CORPUS, lawSays: 'Federal rules call a detainer a request (Q2).' });
    const error = packError(texts);
    assert.equal(error.file, 'rules.json');
    assert.equal(error.line, lineOfField(texts, 'lawSays'));
    assert.match(error.problem, /lawSays names Q2: what verified law says cites its own sources, not corpus entries/);
  });

  it('lets a law part point to caveats, and no more', () => {
    for (const pointer of ['the caveat on Q2', 'the caveats on Q2 and Q5', 'the caveats on Q2, Q5', 'the context note on Q5']) {
      assert.doesNotThrow(() => buildPack(withHold({ corpusSays: CORPUS, lawSays: `A detainer is a request (8 CFR 287.7(a); see ${pointer}).` })), pointer);
    }
    assert.match(packError(withHold({ corpusSays: CORPUS, lawSays: 'A detainer is a request (see the caveat on Q2; Q5 agrees).' })).problem, /lawSays names Q5/);
  });

  it('rejects a message of more than one sentence, at the line of message; a citation does not end one', () => {
    const message = 'This sentence holds a person on an ICE detainer without requiring a judicial warrant.';
    const texts = withHold({ message: `${message} The corpus calls detainers requests (Q2).` });
    const error = packError(texts);
    assert.equal(error.line, lineOfField(texts, 'message'));
    assert.match(error.problem, /message is more than one sentence: say in it only what the flagged text does/);
    assert.doesNotThrow(() => buildPack(withHold({ message: 'This sentence limits what 8 U.S.C. 1373 protects, as in Galarza v. Szalczyk.' })));
  });

  it('rejects a rule with no corpus part, and an empty part, through the schema', () => {
    assert.match(packError(withHold({ corpusSays: undefined })).problem, /corpusSays/);

    const error = packError(withHold({ corpusSays: CORPUS, lawSays: '' }));
    assert.equal(error.file, 'rules.json');
    assert.match(error.problem, /lawSays/);
  });
});

describe('entry ids named in a text', () => {
  it('reads whole ids only', () => {
    assert.deepEqual(entryMentions('Q2, Q20 and (Q2).', 'Q2'), [0, 13]);
    assert.deepEqual(entryMentions('see Q2.1 and Q2-b', 'Q2'), []);
    assert.deepEqual(entryMentions('under RSMo-67.307.', 'RSMo-67.307'), [6]);
  });

  it('lists them in the order the text first names them', () => {
    assert.deepEqual(entriesNamed('The corpus (Q14) and Q3; again Q14.', ['Q3', 'Q14', 'Q17']), ['Q14', 'Q3']);
  });
});
