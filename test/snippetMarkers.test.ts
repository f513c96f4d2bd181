// A search snippet cut out of a sentence keeps the marker of a caveated quote the cut runs through (a drafter's trial:
// "…by the Missouri Attorney General's Office, …" showed the AG attribution with no sign it is unverified).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { createEngine, type Engine } from '../src/engine/engine';
import { withMarkers } from '../src/present/caveatMarkers';
import { buildSearchIndex } from '../src/search/searchIndex';
import type { Caveat } from '../src/corpus/types';

const caveat = (quote: string): Caveat => ({ id: 'c', entries: ['Q1'], quote, kind: 'unverified', note: 'n', sources: [{ title: 's' }] });

describe('caveat markers in clipped snippets', () => {
  let engine: Engine;
  before(async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
  });

  it('marks a quote whose start the cut dropped, or whose end it dropped, where its part in the snippet ends', () => {
    const quote = caveat('guidance issued by the State Office');
    assert.equal(withMarkers('…by the State Office, agencies are advised.', [quote], undefined, true).text, '…by the State Office [unverified: see caveat 1], agencies are advised.');
    assert.equal(withMarkers('Agencies follow guidance issued by the State…', [quote], undefined, true).text, 'Agencies follow guidance issued by the State [unverified: see caveat 1]…');
    assert.equal(withMarkers('…Office, agencies are advised.', [quote], undefined, true).text, '…Office, agencies are advised.', 'two words of it at least, not one');
    assert.equal(withMarkers('…by the State Office, agencies are advised.', [quote]).text, '…by the State Office, agencies are advised.', 'only a clipped snippet');
  });

  it('keeps the marker on the AG attribution in a search hit on Q2', () => {
    const hit = engine.search('advised local agencies', 3).find((h) => h.id === 'Q2')!;
    assert.match(hit.snippet, /^…by the Missouri Attorney General’s Office \[unverified: see caveat 2\], /);
  });
});
