// A pattern of a rule that speaks to another act than the rule's suggested wording offers wording of its own:
// a drafter's bond denial was offered a provision on counsel and family, which says nothing of bond.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createLinter, type Linter } from '../src/lint/lint';
import { ruleDocument } from '../src/present/ruleDocument';
import { fixesFor, findingIn } from './support/fixKit';

describe('suggested wording of the pattern that flagged the sentence', () => {
  let pack: Pack;
  let linter: Linter;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
  });

  const inserted = (draft: string) => {
    const fixes = fixesFor(pack, linter, draft, findingIn(linter, draft, 'detainee-rights'));
    return fixes.filter((f) => f.kind === 'insert').map((f) => f.added);
  };

  it('offers a bond denial the provision on bond, not the one on counsel and family', () => {
    const [provision] = inserted('Inmates subject to an ICE detainer shall not be eligible for bond.\n');
    assert.match(provision, /^An immigration detainer shall not by itself make a person ineligible for bond/);
  });

  it('still offers a denial of calls to counsel the rule\'s own provision', () => {
    const [provision] = inserted('Inmates held on ICE detainers shall not be permitted to call an attorney.\n');
    assert.match(provision, /^A person held pursuant to an immigration detainer shall be given a copy of the detainer and shall have access to counsel/);
  });

  it('shows both wordings on the rule\'s page, the pattern\'s with the act it is for', () => {
    const page = ruleDocument(pack, 'detainee-rights')!;
    const rules = page.indexOf('> A person held pursuant to an immigration detainer');
    const bond = page.indexOf('Where the sentence is flagged for “bond-access” or “bail-denial”, this instead:\n\n> An immigration detainer shall not by itself');
    assert.ok(rules > 0 && bond > rules, page);
    assert.equal(page.split('> An immigration detainer shall not by itself').length, 2, 'one wording shown once');
  });
});
