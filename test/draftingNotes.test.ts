// Drafting notes are listed over their own text: an unclosed note ends at its line's end, before "\r\n" too.
import assert from 'node:assert/strict';
import { draftingNoteFindings } from '../src/lint/draftingNotes';

describe('drafting notes', () => {
  const range = () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  it('mark a closed note to its bracket and an unclosed one to its line end, never over a line break', () => {
    for (const newline of ['\n', '\r\n', '\r']) {
      const text = `The jail shall keep a log. [drafting note: see Q2]${newline}Deputies [drafting note: check this${newline}shall sign it.`;
      const notes = draftingNoteFindings(text, { range });
      assert.deepEqual(notes.map((n) => n.excerpt), ['[drafting note: see Q2]', '[drafting note: check this'], JSON.stringify(newline));
      assert.equal(text.slice(notes[1].start, notes[1].end), '[drafting note: check this');
    }
  });
});
