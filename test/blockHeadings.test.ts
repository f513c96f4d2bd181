// The headings above a provision are followed across blocks check after check (src/engine/blockHeadings.ts): an
// edit walks from the first block it changed to where the chain above the blocks is the last walk's again. Edits of
// the title and of headings far above many provisions must give what a check from scratch gives.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadPackFromDir } from '../src/cli/packDir';
import { createEngine, type Engine } from '../src/engine/engine';
import { buildSearchIndex } from '../src/search/searchIndex';

const RUNS = Number(process.env.PROPERTY_RUNS) || 60;
const HEADINGS = ['# Visits by ICE agents at Lincoln School', '# Hospital grounds', '## School visits', '### Classrooms', '## Records', '#', '## ICE agents'];
const TEXTS = ['Staff shall not let ICE agents into the gym.', 'Deputies shall keep records of every visit.', 'Officers may not ask about immigration status.'];

/** A draft of sections, each a heading and a few provisions, so most blocks sit under a heading an edit may change. */
function draft(sections: Array<{ heading: number; texts: number[] }>): string {
  return sections.map((s) => `${HEADINGS[s.heading]}\n\n${s.texts.map((t) => TEXTS[t]).join('\n\n')}\n\n`).join('');
}

const section = fc.record({ heading: fc.integer({ min: 0, max: HEADINGS.length - 1 }), texts: fc.array(fc.integer({ min: 0, max: TEXTS.length - 1 }), { minLength: 1, maxLength: 4 }) });

describe('headings followed across blocks', function () {
  this.timeout(300_000);
  let engine: Engine;
  before(async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
  });

  it('a heading completes the provisions below it, in the blocks after the one it stands in', () => {
    const text = draft([{ heading: 0, texts: [1] }, { heading: 4, texts: [1, 1] }, { heading: 2, texts: [0] }]);
    const checker = engine.draft();
    const once = checker.check({ text, format: 'markdown' });
    assert.ok(once.findings.some((f) => f.evidence?.heading !== undefined), 'a provision is flagged for the headings above it');
    assert.deepStrictEqual(checker.check({ text: text.replace(HEADINGS[0], HEADINGS[4]), format: 'markdown' }), engine.check({ text: text.replace(HEADINGS[0], HEADINGS[4]), format: 'markdown' }));
  });

  it('after edits of headings and sections, gives what a check from scratch gives', () => {
    const edit = fc.record({ at: fc.nat(), heading: fc.integer({ min: 0, max: HEADINGS.length - 1 }), kind: fc.constantFrom('heading', 'insert', 'delete') });
    fc.assert(
      fc.property(fc.array(section, { minLength: 2, maxLength: 12 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (sections, edits) => {
        const checker = engine.draft();
        checker.check({ text: draft(sections), format: 'markdown' });
        for (const e of edits) {
          const i = e.at % sections.length;
          if (e.kind === 'heading') sections[i] = { ...sections[i], heading: e.heading };
          else if (e.kind === 'insert') sections.splice(i, 0, { heading: e.heading, texts: [0, 1] });
          else if (sections.length > 1) sections.splice(i, 1);
          const text = draft(sections);
          assert.deepStrictEqual(checker.check({ text, format: 'markdown' }), engine.check({ text, format: 'markdown' }));
        }
      }),
      // (No shrinking: each step checks two whole drafts, and shrinking a failure ran past ten minutes.)
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
