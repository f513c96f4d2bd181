// The cues that read a sentence as describing an instrument or the law (src/lint/instrumentCues.ts), each on its
// minimal pair: its example is read by it (and by no cue before it), its near miss by no cue, so it stays a provision.
import assert from 'node:assert/strict';
import { INSTRUMENT_CUES, instrumentDescriptionAt } from '../src/lint/instrumentCues';
import { FramePolarity } from '../src/lint/framePolarity';

describe('instrument cues (one named cue per way a sentence describes an instrument or the law)', () => {
  for (const cue of INSTRUMENT_CUES) {
    it(`${cue.name} reads "${cue.example}"`, () => assert.equal(instrumentDescriptionAt(cue.example)?.cue, cue.name));
    it(`${cue.name}: no cue reads "${cue.nearMiss}"`, () => {
      assert.equal(cue.at(cue.nearMiss), -1);
      assert.equal(instrumentDescriptionAt(cue.nearMiss), undefined);
    });
    it(`${cue.name}: the polarity rule names the cue`, () => {
      const end = cue.example.length;
      assert.deepEqual(new FramePolarity(cue.example).reading(end - 1, end), { polarity: 0, rule: `instrumentDescribed:${cue.name}`, frame: -1 });
    });
  }

  it('names each cue once', () => {
    const names = INSTRUMENT_CUES.map((c) => c.name);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) assert.match(name, /^[a-z][a-zA-Z]+$/);
  });

  it('says where a description starts mid-sentence (from the instrument named on)', () => {
    const text = 'The clerk shall follow Act 12, which requires a log of records.';
    assert.deepEqual(instrumentDescriptionAt(text), { at: text.indexOf('Act 12'), cue: 'instrumentWhich' });
    const at = text.indexOf('follow');
    assert.doesNotMatch(new FramePolarity(text).reading(at, at + 'follow'.length).rule, /^instrumentDescribed/);
  });

  // Gaps are bounded in words, not characters: each pair is the longest gap read and one word more.
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
  it('reads a parenthetical of up to nine words after a law, not ten', () => {
    assert.equal(instrumentDescriptionAt(`Ohio law (${words(9)}) limits clerks.`)?.cue, 'lawReport');
    assert.equal(instrumentDescriptionAt(`Ohio law (${words(10)}) limits clerks.`), undefined);
  });
  it('reads an opening phrase of up to eight words before its comma, not nine', () => {
    assert.equal(instrumentDescriptionAt(`As ${words(7)}, we believe clerks may keep records.`)?.cue, 'epistemic');
    assert.equal(instrumentDescriptionAt(`As ${words(8)}, we believe clerks may keep records.`), undefined);
  });
  it('reads up to twelve words between a new instrument and what it allows, not thirteen', () => {
    assert.equal(instrumentDescriptionAt(`A new rule ${words(12)} now allows clerks to keep records.`)?.cue, 'newsOfChange');
    assert.equal(instrumentDescriptionAt(`A new rule ${words(13)} now allows clerks to keep records.`), undefined);
  });
  it('takes a lead-in of up to twenty words after "as used in" for a definitions lead-in, not twenty-one', () => {
    const item = (lead: string) => {
      const text = `${lead} a person who keeps records.`;
      const at = text.indexOf('keeps');
      return new FramePolarity(text, lead.length + 1).reading(at, at + 'keeps'.length).rule;
    };
    assert.equal(item(`As used in ${words(20)}:`), 'definitionItem');
    assert.notEqual(item(`As used in ${words(21)}:`), 'definitionItem');
    assert.equal(item(`The following terms ${words(12)} mean:`), 'definitionItem');
    assert.notEqual(item(`The following terms ${words(13)} mean:`), 'definitionItem');
  });
});
