// Glossary terms in a draft: acronyms ("ICE", "MOU") only in capitals; a topic's everyday wordings ("share information").
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createTermFinder } from '../src/present/glossaryTerms';
import { acronymsOf, writesInCapitals } from '../src/language/characters';

describe('glossary acronyms', () => {
  let pack: Pack;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
  });

  it('finds "ICE" and "MOU" in capitals, not "ice" on the steps, "Ice" opening a sentence or a pack id in a citation', () => {
    const draft = 'Ice on the steps is cleared by 6 a.m.; deputies salt the ice. [drafting note: see missouri-ag-ice guidance Q&A, Q2] The mou is signed. ICE agents and the MOU are named. ICEs too.';
    const found = createTermFinder(pack.glossary).find(draft).map((m) => m.text);
    assert.deepEqual(found, ['ICE', 'MOU', 'ICEs']);
  });

  it('still finds a term that is no acronym in any case ("Detainer", "DETAINER")', () => {
    const found = createTermFinder(pack.glossary).find('Detainer requests. A DETAINER.').map((m) => m.term.term);
    assert.deepEqual(found, ['detainer', 'detainer']);
  });

  it('finds information sharing where a draft shares information, not only where it says "sharing information" (a drafter\'s trial: the report said the topic was not mentioned)', () => {
    const used = createTermFinder(pack.glossary).used('Officers shall share immigration status information with federal immigration authorities on request.');
    assert.ok(used.some((t) => t.term === 'information sharing'), used.map((t) => t.term).join(', '));
  });

  it('reads acronyms alike for the rules and the glossary: the words a phrase writes in capitals, matched only in capitals', () => {
    assert.deepEqual([...acronymsOf('(notify|tell) * (ICE|DHS|federal)')!], ['ice', 'dhs']);
    assert.equal(acronymsOf('287(g) agreement'), undefined);
    assert.equal(writesInCapitals('notify ICE', acronymsOf('notify ICE')!), true);
    assert.equal(writesInCapitals('notify ice', acronymsOf('notify ICE')!), false);
    assert.equal(writesInCapitals('Notify ICE', acronymsOf('notify ICE')!), true, 'other words in any case');
  });
});
