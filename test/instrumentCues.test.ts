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
});
