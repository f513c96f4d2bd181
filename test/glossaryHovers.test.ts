// Hovers on glossary terms: the corpus sentence about the term with the caveats on its passages marked
// as the entry marks them, the caveat that names the term, and what a term the corpus never uses says.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { entryDocument } from '../src/present/entryDocument';
import { caveatsNaming, termHover, termLine } from '../src/present/hoverText';
import { createTermFinder, otherNumber } from '../src/present/glossaryTerms';
import { caveatsFor } from '../src/present/caveatText';

const links = {
  openEntry: (id: string) => `open:${id}`,
  search: (query: string) => `search:${encodeURIComponent(query)}`,
  openRule: (id: string) => `rule:${id}`,
};

describe('glossary hovers', () => {
  let pack: Pack;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
  });
  it('say on their first line that they are not legal advice (a long hover\'s footer is below the fold), for every term', () => {
    for (const term of pack.glossary) assert.match(termHover(pack, term, links).split('\n')[0], /\*Not legal advice\.\*$/, term.term);
  });

  it('say when the quoted excerpt leaves words out, and only then (a drafter\'s trial: "quoted as written" over a cut "…")', () => {
    let cut = 0;
    for (const term of pack.glossary) {
      const text = termHover(pack, term, links);
      const quote = /^> (.*)$/m.exec(text)?.[1] ?? '';
      assert.equal(/marks words left out/.test(text), quote.includes('…'), term.term);
      if (quote.includes('…')) cut++;
    }
    assert.ok(cut > 0, 'some term\'s excerpt is cut');
  });

  it('find a term in the other number than the glossary writes it ("school", "place of worship", "sanctuary policies"), and leave acronyms as written', () => {
    const finder = createTermFinder(pack.glossary);
    const found = (text: string) => finder.find(text).map((m) => `${m.text} → ${m.term.term}`);
    assert.deepEqual(found('at a school, hospital or place of worship'), ['school → sensitive locations', 'hospital → sensitive locations', 'place of worship → sensitive locations']);
    assert.deepEqual(found('two sanctuary policies'), ['sanctuary policies → sanctuary policy']);
    assert.deepEqual(['schools', 'places of worship', 'sanctuary policy', 'churches', 'DHS', 'status', 'I-247A'].map(otherNumber), ['school', 'place of worship', 'sanctuary policies', 'church', undefined, undefined, undefined]);
  });

  it('put the caveat that names the term first', () => {
    // Q2's caveats in file order start with one about the AG's guidance; the one on judicial warrants
    // ("warrants issued by a judge or magistrate") names the term and comes first.
    const term = pack.glossary.find((t) => t.term === 'judicial warrant')!;
    assert.notEqual(caveatsFor(pack, 'Q2')[0].id, 'q2-administrative-warrant');
    assert.equal(caveatsNaming(pack, 'Q2', term)[0].id, 'q2-administrative-warrant');
    assert.match(termHover(pack, term, links), /\*\*Context:\*\* on “warrants issued by a judge or magistrate”/);
  });

  it('show no caveat on another passage of the entry (a drafter\'s trial: "consular notification" showed the bond-hearing caveat)', () => {
    const term = pack.glossary.find((t) => t.term === 'consulate')!; // its synonyms include "consular notification"
    const text = termHover(pack, term, links);
    assert.ok(!/bond hearing/i.test(text.replace(/^> .*$/m, '')), text);
    assert.match(text, /\+1 more caveat in Q9\./);
  });

  it('mark each caveated passage of the quoted excerpt as the entry does, and show those caveats in full', () => {
    // A drafter's trial: the "detainer" hover quoted "hold … for up to 48 hours" with no marker, which read
    // as support for a 48-hour hold; the entry marks the passage and its caveat gives the federal limit.
    const term = pack.glossary.find((t) => t.term === 'detainer')!;
    const text = termHover(pack, term, links);
    const quoted = text.split('\n').find((line) => line.startsWith('> '))!;
    assert.match(quoted, /48 hours \\\[context: see caveat \d+\\\]/, quoted);
    const numbers = [...quoted.matchAll(/see caveat (\d+)/g)].map((m) => Number(m[1]));
    const caveats = caveatsFor(pack, 'Q2');
    for (const n of numbers) {
      assert.ok(text.includes(`(caveat ${n}) **${caveats[n - 1].kind === 'context' ? 'Context' : caveats[n - 1].kind === 'outdated' ? 'Out of date in the corpus' : 'Unverified in the corpus'}:**`), `caveat ${n} shown`);
    }
    assert.match(text, new RegExp(`\\+${caveats.length - numbers.length} more caveats in Q2\\.`));
    const at48 = Number(/48 hours \\\[context: see caveat (\d+)/.exec(quoted)![1]);
    assert.ok(entryDocument(pack, 'Q2')!.includes(`48 hours [context: see caveat ${at48}]`), 'the same numbers as the entry');
  });

  it('quote the claim a "This means…" sentence rests on when a caveat doubts that claim (a drafter\'s trial: the "ICE" hover)', () => {
    // Q1's "This means that … do not have the authority to … assist ICE …" restates the sentence before it,
    // which its caveat says Missouri law contradicts; quoted alone, the doubt did not show beside it.
    const text = termHover(pack, pack.glossary.find((t) => t.term === 'ICE')!, links);
    const quoted = text.split('\n').find((line) => line.startsWith('> '))!;
    assert.match(quoted, /not authorized to engage in immigration enforcement actions \\\[unverified: see caveat 1\\\], as this falls under the purview of federal authorities\. This means that Missouri/, quoted);
    assert.match(text, /\(caveat 1\) \*\*Unverified in the corpus:\*\* on “not authorized to engage in immigration enforcement actions”/);
  });

  it('quote a "These…" sentence alone when no caveat doubts the sentence before it', () => {
    const text = termHover(pack, pack.glossary.find((t) => t.term === 'community outreach')!, links);
    const quoted = text.split('\n').find((line) => line.startsWith('> '))!;
    assert.match(quoted, /^> These initiatives may include town hall meetings/, quoted);
  });

  it('show the caveat that speaks of the term most when none is on the excerpt (a drafter\'s trial: "sanctuary policy" showed who is Attorney General)', () => {
    const text = termHover(pack, pack.glossary.find((t) => t.term === 'sanctuary policy')!, links);
    assert.match(text, /\*\*Context:\*\* on “withholding state funding”: .*RSMo 67\.307/);
    assert.doesNotMatch(text, /Catherine Hanaway/);
  });

  it('say the corpus does not mention a term it never uses, with the term’s verified note and sources', () => {
    // A pack fixture: the bundled corpus with a glossary term whose words appear in no entry.
    const term = {
      term: 'administrative warrant',
      synonyms: ['ICE warrant', 'Form I-200'],
      entries: ['Q2', 'Q5'],
      note: 'Since April 2, 2017 ICE detainers come with an administrative warrant (Form I-200 or I-205) signed by an ICE officer, not a judge.',
      sources: [{ title: 'ICE Policy 10074.2', url: 'https://www.ice.gov/detainer-policy' }],
    };
    const fixture: Pack = { ...pack, glossary: [...pack.glossary.filter((t) => t.term !== term.term), term] };
    const text = termHover(fixture, term, links);
    assert.match(text, /\nThe corpus does not mention “administrative warrant”\.\n/);
    assert.match(text, /\*\*Verified note\*\* \(not corpus text\): Since April 2, 2017 ICE detainers/);
    assert.match(text, /\*Sources:\* \[ICE Policy 10074\.2\]\(https:\/\/www\.ice\.gov\/detainer-policy\)/);
    assert.match(text, /Related entries: \[Q2\]\(open:Q2\), \[Q5\]\(open:Q5\)/);
    assert.doesNotMatch(text, /^> /m, 'no corpus sentence quoted as if it were about the term');
    // Without a note it still says so, and offers the related entries.
    assert.match(termHover(fixture, { ...term, note: undefined, sources: undefined }, links), /The corpus does not mention “administrative warrant”\.\n\nRelated entries:/);
  });

  it('inside a flagged sentence: one line naming the entry, its topic and how many caveats it has, with no corpus passage', () => {
    const term = pack.glossary.find((t) => t.term === 'judicial warrant')!;
    const line = termLine(pack, term, links);
    assert.equal(line, `**judicial warrant** · explained in [Q2](open:Q2) (Detainers; ${caveatsFor(pack, 'Q2').length} caveats) · [Search guidance for “judicial warrant”](search:judicial%20warrant)`);
    assert.ok(termHover(pack, term, links).includes('> '), 'the full hover quotes the corpus');
    const unknown = { term: '287(g)', synonyms: [], entries: [] };
    assert.equal(termLine(pack, unknown, links), '**287(g)** · the corpus does not mention it · [Search guidance for “287(g)”](search:287(g))');
  });
});
