// A rule's message splits into what the flagged text does (the editor's diagnostic) and what the corpus and the law say (the hover).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { findingHover } from '../src/present/hoverText';
import { splitMessage } from '../src/present/ruleMessage';

describe('rule messages in two parts', () => {
  it('splits at the first sentence, not inside a citation', () => {
    assert.deepEqual(splitMessage('This sentence holds a person. The corpus says (Q2) so. Courts differ.'), { summary: 'This sentence holds a person.', detail: 'The corpus says (Q2) so. Courts differ.' });
    assert.deepEqual(splitMessage('Under 8 U.S. Code the hold is a request. Courts differ.'), { summary: 'Under 8 U.S. Code the hold is a request.', detail: 'Courts differ.' });
    assert.deepEqual(splitMessage('One sentence only.'), { summary: 'One sentence only.', detail: '' });
  });

  it('keeps every word of each bundled rule\'s message: what the sentence does first, then the corpus and the law', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    for (const rule of pack.rules.rules) {
      const { summary, detail } = splitMessage(rule.message);
      assert.equal(`${summary} ${detail}`.trim(), rule.message.replace(/\s+/g, ' ').trim(), rule.id);
      assert.ok(summary.length <= 220, `${rule.id}: the diagnostic is one sentence (${summary.length} characters)`);
      if (rule.restsOn.length && rule.id !== 'sensitive-location') assert.match(detail, /corpus/i, `${rule.id}: the hover says what the corpus says`);
    }
  });

  it('puts the rest of the message in the finding hover, after the rule and its actions', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const rule = pack.rules.rules.find((r) => r.id === 'detainer-hold')!;
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const text = findingHover(pack, { ruleId: rule.id, entries: ['Q2'], message: rule.message, range }, { openRule: () => 'r', openEntry: () => 'e', search: () => 's' });
    assert.ok(text.startsWith('**[detainer-hold](r)**'));
    assert.ok(text.includes(splitMessage(rule.message).detail.slice(0, 40)), text);
    assert.ok(!text.includes(splitMessage(rule.message).summary), 'the first sentence is the diagnostic above, not repeated');
  });
});
