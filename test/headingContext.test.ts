// The title and headings above a provision complete a context-only rule: in a school's protocol for
// visits by immigration agents, "Staff shall not let ICE agents into the gym" is about immigration
// enforcement at a school though the sentence never says "school".
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createEngine, type Engine } from '../src/engine/engine';
import { createLinter, type Linter } from '../src/lint/lint';
import { whyText } from '../src/present/hoverText';
import { buildSearchIndex } from '../src/search/searchIndex';

const PROTOCOL = [
  '# Protocol for Visits by Immigration Agents at Lincoln Elementary School',
  '',
  '## When agents arrive',
  '',
  'Staff shall not let ICE agents into the gym.', // line 4: ICE here, the school in the title
  'The front office shall record every visit.', // neither: nothing
  'ICE agents visited the district in March.', // no provision: nothing
  '',
].join('\n');

describe('headings complete a context-only rule', () => {
  let pack: Pack;
  let linter: Linter;
  let engine: Engine;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
    engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
  });
  const located = (text: string) =>
    linter
      .lint(text, 'markdown')
      .filter((f) => f.ruleId === 'sensitive-location')
      .map((f) => f.range.start.line);

  it('flags a provision that names ICE under a title that names a school, and says the heading is why', () => {
    assert.deepEqual(located(PROTOCOL), [4]);
    const [finding] = linter.lint(PROTOCOL, 'markdown').filter((f) => f.ruleId === 'sensitive-location');
    assert.ok(finding.evidence?.heading?.includes('Lincoln Elementary School'));
    assert.match(whyText(finding.evidence!), /counting the title and headings it stands under/);
  });

  it('does not flag the same provision under headings that name no such place', () => {
    assert.deepEqual(located(PROTOCOL.replace('at Lincoln Elementary School', 'at City Hall')), []);
  });

  it('reads only the headings the provision stands under: a later section at the same level replaces an earlier one', () => {
    const manual = '# District Manual\n\n## Schools\n\nStaff shall not let ICE agents into the gym.\n\n## Payroll\n\nStaff shall not give ICE agents payroll records.\n';
    assert.deepEqual(located(manual), [4]);
  });

  it('reads plain-text title lines the same way', () => {
    const plain = 'Protocol for Visits by Immigration Agents at Lincoln Elementary School\n\nStaff shall not let ICE agents into the gym.\n';
    assert.deepEqual(
      linter.lint(plain, 'plaintext').filter((f) => f.ruleId === 'sensitive-location').map((f) => f.range.start.line),
      [2],
    );
  });

  it('follows an edit to a heading in another block when a draft is checked again', () => {
    const draft = engine.draft();
    const lines = (text: string) => draft.check({ text, format: 'markdown' }).findings.filter((f) => f.ruleId === 'sensitive-location').map((f) => f.range.start.line);
    assert.deepEqual(lines(PROTOCOL), [4]);
    assert.deepEqual(lines(PROTOCOL.replace('at Lincoln Elementary School', 'at City Hall')), []);
    assert.deepEqual(lines(PROTOCOL), [4]);
  });
});
