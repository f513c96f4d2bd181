// A provision is inserted only where the draft has none like it already, in words of its own: another would only repeat
// it, and the sentence flagged needs revising instead (the hover says so: see present.test.ts).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import type { Finding } from '../src/lint/finding';
import { fixesFor, findingIn } from './support/fixKit';
import { createLinter, type DraftFormat, type Linter } from '../src/lint/lint';
import { findingHover } from '../src/present/hoverText';

describe('no suggested provision the draft already has', () => {
  let pack: Pack;
  let linter: Linter;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    linter = createLinter(pack.rules);
  });

  const fixesOf = (text: string, finding: Finding) => fixesFor(pack, linter, text, finding);
  const findingOf = (text: string, ruleId: string, format: DraftFormat = 'markdown') => findingIn(linter, text, ruleId, format);

  it('offers no provision the draft already has in words of its own (a drafter\'s trial: 608.5(c)\'s insert repeated 608.5(a))', () => {
    const held = '(c) Inmates with an immigration hold will not be released on bond until ICE has been contacted and has responded.';
    const own = '(a) No inmate shall be kept in custody solely on the basis of an immigration detainer or administrative warrant unless a judge or magistrate has signed a warrant or order authorizing the hold.';
    const withOwn = `## 608.5 Holds\n\n${own}\n\n${held}\n`;
    // Shown instead, with its line (a city attorney's trial read the bare absence of wording as the tool having none).
    const [shown] = fixesOf(withOwn, findingOf(withOwn, 'detainer-hold'));
    assert.equal(shown.kind, 'existing');
    assert.equal(withOwn.slice(shown.at!.start, shown.at!.end), own);
    assert.deepEqual(shown.edits, []);
    assert.match(shown.title, /^Show your provision like the suggested one, line 3: “\(a\) No inmate shall be kept/);
    // Lines as the editor counts them, where a lone "\r" ends one too.
    for (const eol of ['\r', '\r\n']) {
      const other = withOwn.replace(/\n/g, eol);
      const [mark] = fixesOf(other, findingOf(other, 'detainer-hold'));
      assert.match(mark.title, /line 3: /, JSON.stringify(eol));
      assert.equal(other.slice(mark.at!.start, mark.at!.end), own, JSON.stringify(eol));
    }
    const without = `## 608.5 Holds\n\n${held}\n`;
    assert.deepEqual(fixesOf(without, findingOf(without, 'detainer-hold')).map((f) => f.kind), ['insert']);
  });

  it('shows the own provision from its section number, in plain text hard-wrapped (a jail captain\'s trial: "2 An inmate …" for 7.5.2)', () => {
    const held = '7.3.4 An inmate with an ICE detainer shall be kept in custody until ICE picks the inmate up.';
    const own = '7.5.2 No inmate shall be kept in custody solely on the basis of an immigration\ndetainer unless a judge or magistrate has signed a warrant authorizing the hold.';
    const text = `7.3 DETAINERS\n\n${held}\n\n7.5 RELEASE\n\n${own}\n`;
    const [shown] = fixesOf(text, findingOf(text, 'detainer-hold', 'plaintext'));
    assert.equal(shown.kind, 'existing');
    assert.equal(text.slice(shown.at!.start, shown.at!.end), own);
    assert.match(shown.title, /line 7: “7\.5\.2 No inmate/);
  });

  it('shows the own provision without the heading right above it (a county counsel\'s trial: "### 604.7.1 Designated deputies Only …")', () => {
    const held = '(c) Inmates with an immigration hold will not be released on bond until ICE has been contacted and has responded.';
    const own = 'No inmate shall be kept in custody solely on the basis of an immigration detainer or administrative warrant unless a judge or magistrate has signed a warrant or order authorizing the hold.';
    for (const eol of ['\n', '\r\n']) {
      const text = `## 608.5 Holds\n\n${held}\n\n### 608.6 Warrants${eol}${own}\n`;
      const [shown] = fixesOf(text, findingOf(text, 'detainer-hold'));
      assert.equal(shown.kind, 'existing', JSON.stringify(eol));
      assert.equal(text.slice(shown.at!.start, shown.at!.end), own, JSON.stringify(eol));
      assert.match(shown.title, /line 6: “No inmate shall/);
    }
  });

  it('finds the drafter\'s own limit by any of its five longest words (three missed one that has none of "accompanied", "magistrate", "detainer")', () => {
    const held = '12.3.3 An inmate with an ICE detainer who posts bond shall not be released and shall be kept in custody until ICE picks the inmate up.';
    const own = '12.3.4 No person shall be held solely on the basis of a request unless a judicial warrant or order signed by a judge authorizes the hold.';
    const withOwn = `### 12.3 Detainers\n\n${held}\n\n${own}\n`;
    assert.deepEqual(fixesOf(withOwn, findingOf(withOwn, 'detainer-hold')).map((f) => f.kind), ['existing']);
  });

  it('offers no provision a savings clause of the draft already makes (trial 8: 428.3\'s insert repeated 428.6)', () => {
    const limit = 'The immigration status of a victim or witness may not be disclosed to ICE by any member without the prior approval of the Sheriff.';
    const own = 'Nothing in this policy restricts any member from sending to or receiving from ICE information about the citizenship or immigration status of any person, as provided in 8 U.S.C. 1373.';
    const withOwn = `### 428.3 Victims\n\n${limit}\n\n### 428.6 Information sharing\n\n${own}\n`;
    const [shown] = fixesOf(withOwn, findingOf(withOwn, 'sanctuary-limit'));
    assert.equal(shown.kind, 'existing');
    // The whole provision, not cut at "U.S.C." (a drafter's savings clause was selected up to it).
    assert.equal(withOwn.slice(shown.at!.start, shown.at!.end), own);
    const without = `### 428.3 Victims\n\n${limit}\n`;
    assert.deepEqual(fixesOf(without, findingOf(without, 'sanctuary-limit')).map((f) => f.kind), ['insert']);
  });

  it('offers no provision a resolution already makes in its own terms for the document and its staff (the UX trial: a second savings clause after (b))', () => {
    const limit = '(a) County employees shall not provide ICE with any person\'s release date, home address or immigration status.';
    const own = '(b) Nothing in this resolution prohibits any County employee from sending to, or receiving from, ICE information regarding the citizenship or immigration status of any individual, as required by 8 U.S.C. 1373.';
    const withOwn = `Section 3. Information sharing.\n${limit}\n${own}\n`;
    assert.deepEqual(fixesOf(withOwn, findingOf(withOwn, 'sanctuary-limit', 'plaintext')).map((f) => f.kind), ['existing']);
  });

  it('finds the provision by any of its three longest words (a drafter\'s trial: 4.02.3 "… unless the detainer is accompanied by a judicial warrant" has no "administrative", and 4.02.2\'s insert repeated it)', () => {
    const held = '4.02.2 Detention staff shall keep the inmate in custody for up to 48 hours after an ICE detainer is received.';
    const own = '4.02.3 No inmate shall be held beyond his or her release date on the basis of an immigration detainer unless the detainer is accompanied by a judicial warrant or an order signed by a judge or magistrate.';
    const withOwn = `Section 4.02 Detainers\n\n${held}\n\n${own}\n`;
    assert.deepEqual(fixesOf(withOwn, findingOf(withOwn, 'detainer-hold', 'plaintext')).map((f) => f.kind).filter((k) => k === 'insert'), []);
    const without = `Section 4.02 Detainers\n\n${held}\n`;
    assert.ok(fixesOf(without, findingOf(without, 'detainer-hold', 'plaintext')).some((f) => f.kind === 'insert'));
  });

  it('counts a drafter\'s own wording of the limit, half the words alike ("prohibit" and "prohibits" one word), but no definition (a drafter\'s trial: step 4 and the Lexipol clause were repeated)', () => {
    const held = '3. The Release Officer shall keep the inmate in custody for up to 48 hours beyond the scheduled release time to allow ICE to take custody.';
    const own = '4. A detainer that is not accompanied by a warrant signed by a judge or magistrate shall not by itself be a basis for continued detention.';
    const inserts = (text: string, format: DraftFormat) => fixesOf(text, findingOf(text, 'detainer-hold', format)).filter((f) => f.kind === 'insert').length;
    assert.equal(inserts(`RELEASE\n\n1. Check the file for an ICE detainer.\n${held}\n${own}\n`, 'plaintext'), 0);
    const definition = '**Detainer with a warrant** - A detainer accompanied by a warrant signed by a judge or magistrate, a basis for continued detention.';
    assert.equal(inserts(`# Release\n\n${definition}\n\n${held.slice(3)}\n`, 'markdown'), 1, 'a definition provides nothing');
  });

  it('says in the hover why no provision is offered (a drafter\'s trial took its absence for a fault)', () => {
    const [hold] = linter.lint('The jail shall hold inmates on ICE detainers for 48 hours.\n', 'markdown').filter((f) => f.ruleId === 'detainer-hold');
    const links = { openEntry: (id: string) => `open:${id}`, search: (q: string) => `search:${q}`, openRule: (id: string) => `rule:${id}` };
    const rewrite = { label: 'Fix', title: '', link: 'fix:', kind: 'rewrite' as const };
    assert.match(findingHover(pack, hold, { ...links, fixes: () => [rewrite] }), /\*\(the draft already has a provision like the one suggested: revise this sentence\)\* · \[Open Q2\]/);
    assert.match(findingHover(pack, hold, { ...links, fixes: () => [] }), /\*\(revise this sentence yourself: its condition cannot be added as written, and the draft already has a provision like the one suggested\)\*/);
  });
});
