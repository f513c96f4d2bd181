// Conditions in the matcher's grammar, read from clause frames: which state a requirement (a judicial warrant), which
// lift a prohibition, and which say that what they name does not matter ("regardless of").
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { FramePolarity } from '../src/lint/framePolarity';

describe('conditions (judicial warrant as a requirement or not)', () => {
  const requirement = (sentence: string) => {
    const at = sentence.indexOf('judicial warrant');
    return new FramePolarity(sentence).isRequirement(at);
  };
  it('"unless accompanied by a judicial warrant" is a requirement', () =>
    assert.equal(requirement('The jail shall hold the person on a detainer unless accompanied by a judicial warrant.'), true));
  it('"without a judicial warrant" is not', () => assert.equal(requirement('The jail shall hold the person on a detainer without a judicial warrant.'), false));
  it('"regardless of whether a judicial warrant" is not', () =>
    assert.equal(requirement('The jail shall hold the person regardless of whether a judicial warrant has issued.'), false));
  it('"a judicial warrant is not required" is not', () => assert.equal(requirement('The jail shall hold the person; a judicial warrant is not required.'), false));
  it('"absent a judicial warrant" after a prohibition is a requirement, and allows the act under it', () => {
    const sentence = 'The jail shall not hold the person on a detainer absent a judicial warrant.';
    assert.equal(requirement(sentence), true);
    assert.equal(new FramePolarity(sentence).isConditional(sentence.indexOf('hold')), true);
  });
  it('"shall not hold … if … is not subject to a judicial warrant" is a requirement; "shall hold … if … is not" is not', () => {
    assert.equal(requirement('The jail shall not hold the person on a detainer if the person is not subject to a judicial warrant.'), true);
    assert.equal(requirement('The jail shall hold the person on a detainer if the person is not subject to a judicial warrant.'), false);
  });
  it('an exception that only points elsewhere ("except as provided in section 5") lifts nothing; "except as permitted by" does', () => {
    const conditional = (sentence: string) => new FramePolarity(sentence).isConditional(sentence.indexOf('hold'));
    assert.equal(conditional('Except as provided in section 5, the jail shall not hold the person.'), false);
    assert.equal(conditional('The jail shall not hold the person unless otherwise required by law.'), false);
    assert.equal(conditional('The jail shall not hold the person except as permitted by section 5.'), true);
  });
  it('a plain "when" says where a prohibition applies and lifts it nowhere; "unless", a negated "if" and "only … if" lift it (trial 9)', () => {
    const lifted = (sentence: string) => new FramePolarity(sentence).liftsProhibition(sentence.indexOf('hold'));
    assert.equal(lifted('The jail shall not hold the person when the person is eligible for release.'), false);
    assert.equal(lifted('The jail shall not hold the person if the request is solely for civil enforcement.'), false);
    assert.equal(lifted('The jail shall not hold the person unless the board asks.'), true);
    assert.equal(lifted('The jail shall not hold the person if no judge has signed an order.'), true);
    assert.equal(lifted('The jail shall only hold the person if a judge has signed an order.'), true);
  });
  it('a condition\'s clause alternatives ("… a judicial warrant or the person has been convicted …"); a noun joined by "or" is none', () => {
    const alternatives = (sentence: string) => new FramePolarity(sentence).conditionAlternatives(sentence.indexOf('judicial warrant'))?.map(([from, to]) => sentence.slice(from, to));
    assert.deepEqual(alternatives('The jail shall not hold the person unless ICE presents a judicial warrant or the person has been convicted of a felony.'), ['ICE presents a judicial warrant', 'or the person has been convicted of a felony.']);
    assert.equal(alternatives('The jail shall not hold the person unless ICE presents a judicial warrant or an order signed by a judge.'), undefined);
    assert.equal(alternatives('The jail shall not hold the person unless ICE presents a judicial warrant or order authorizing detention.'), undefined);
    assert.equal(alternatives('The jail shall hold the person only if a judicial warrant or order signed by a judge or magistrate authorizes the hold.'), undefined);
  });
  it('"even absent a judicial warrant" is not', () => assert.equal(requirement('The jail shall hold the person on a detainer even absent a judicial warrant.'), false));
});

describe('what a condition says does not matter ("regardless of", "whether or not", "even if")', () => {
  const irrelevant = (sentence: string, words: string) => new FramePolarity(sentence).isIrrelevant(sentence.indexOf(words));
  it('reads the words in such a condition as irrelevant, and no others', () => {
    assert.equal(irrelevant('The jail shall hold the inmate on the state charge regardless of any immigration detainer.', 'immigration detainer'), true);
    assert.equal(irrelevant('Officers shall treat every caller alike, whether or not the caller is a citizen.', 'citizen'), true);
    assert.equal(irrelevant('The clerk shall file the order even if a judge has signed it.', 'judge'), true);
    assert.equal(irrelevant('The jail shall hold the inmate on an immigration detainer.', 'immigration detainer'), false);
    assert.equal(irrelevant('The jail shall not hold the inmate unless a judge signs an order.', 'judge'), false);
  });

  describe('with the bundled pack', () => {
    let lint: (text: string) => string[];
    before(async () => {
      const { createLinter } = await import('../src/lint/lint');
      const linter = createLinter((await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'))).rules);
      lint = (text) => linter.lint(text, 'markdown').map((f) => f.ruleId);
    });
    it('a hold allowed on a judicial warrant or on any other alternative is not exempt (a drafter\'s trial)', () => {
      const holds = (text: string) => lint(text).filter((id) => id === 'detainer-hold');
      assert.deepEqual(holds('The jail shall not hold any person on a detainer unless ICE presents a judicial warrant or the person has been convicted of a felony.'), ['detainer-hold']);
      assert.deepEqual(holds('The jail shall not hold any person on a detainer unless ICE presents a judicial warrant or an order signed by a judge.'), []);
    });
    it('a status named only in such a condition is no ground for a stop or arrest', () => {
      assert.deepEqual(lint('Officers may stop a person regardless of immigration status.'), []);
      assert.deepEqual(lint('Officers may stop a person to determine immigration status.'), ['status-only-stop']);
      const regardless = 'Officers may arrest a person for a state criminal offense, such as forgery of identification documents, regardless of whether the person is also suspected of being unlawfully present.';
      assert.deepEqual(lint(regardless), []);
      // (An arrest for unlawful presence is taking part in immigration enforcement: with no training required, missing-training too.)
      assert.deepEqual(lint('Officers may arrest a person who is suspected of being unlawfully present.'), ['missing-training', 'status-only-stop', 'unauthorized-enforcement']);
    });
  });
});

describe('a subject shared by two predicates with modals of their own', () => {
  const shared = (sentence: string, word: string) => {
    const range = new FramePolarity(sentence).sharedSubjectOf(sentence.indexOf(word));
    return range && sentence.slice(...range).trim();
  };
  it('belongs to the second predicate too (the words before the first verb), active or passive', () => {
    assert.equal(shared('Records kept by the clerk shall be sealed and shall not be shown to visitors.', 'shown'), 'Records kept by the clerk shall be');
    assert.equal(shared('The clerk shall keep the records and shall not show them to visitors.', 'show'), 'The clerk shall');
  });
  it('is none for the first predicate, nor for a second one with a subject of its own', () => {
    assert.equal(shared('Records kept by the clerk shall be sealed and shall not be shown to visitors.', 'sealed'), undefined);
    assert.equal(shared('The clerk shall keep the records, and visitors shall not see them.', 'see'), undefined);
  });
});

describe('a negated relative clause after a forbidden act', () => {
  const lifts = (sentence: string, word: string) => new FramePolarity(sentence).liftsProhibition(sentence.indexOf(word));
  it('"shall not be copied on a request that is not signed by a judge" allows the copy where the judge signs, and requires the judge', () => {
    const sentence = 'No file shall be copied on a request that is not signed by a judge.';
    assert.equal(lifts(sentence, 'copied'), true);
    assert.equal(new FramePolarity(sentence).isRequirement(sentence.indexOf('judge')), true);
  });
  it('lifts nothing with no such clause, nor with a negated relative clause on the subject', () => {
    assert.equal(lifts('No file shall be copied on a request.', 'copied'), false);
    assert.equal(lifts('No clerk who is not sworn shall copy a file.', 'copy'), false);
  });
});

describe('a negated participle before what a rule would require', () => {
  it('"including those not accompanied by a judge\'s order" names what is missing: no requirement', () => {
    const sentence = 'The clerk shall copy all files, including those not accompanied by a judge\'s order.';
    assert.equal(new FramePolarity(sentence).isRequirement(sentence.indexOf('judge')), false);
    const accompanied = 'The clerk shall copy only files accompanied by a judge\'s order.';
    assert.equal(new FramePolarity(accompanied).isRequirement(accompanied.indexOf('judge')), true);
  });
});
