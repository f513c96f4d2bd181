// Several findings at one place. Missing provisions share the title line: the hover gives one short line each, with its
// links. Several sentence findings: each one's rule, why and links first, what the corpus and the law say after.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createLinter } from '../src/lint/lint';
import { findingHover, findingsHoverParts, joinHovers, missingProvisionsHover, whyText } from '../src/present/hoverText';
import { escapeMarkdown } from '../src/present/caveatText';
import { explanationParts } from '../src/present/ruleExplanation';
import { PLAIN_TEXT_SUPPRESSION_NOTE } from '../src/fix/suppressionComment';

const links = {
  openEntry: (id: string) => `open:${id}`,
  search: (query: string) => `search:${encodeURIComponent(query)}`,
  openRule: (id: string) => `rule:${id}`,
  fixes: (f: { ruleId: string }) => [{ label: `Insert suggested provision: “${f.ruleId} wording…”`, title: `Insert suggested provision at the end of the draft: “${f.ruleId} wording”`, link: `fix:${f.ruleId}`, kind: 'insert' as const }],
  suppress: (f: { ruleId: string }) => `suppress:${f.ruleId}`,
};

describe('the hover on several missing provisions', () => {
  let pack: Pack;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
  });

  it('gives each one line: its rule, title and links; why and what the corpus says stay on the rule page', () => {
    const findings = createLinter(pack.rules)
      .lint('# Jail policy\n\nThe jail shall hold inmates on ICE detainers for 48 hours.\n', 'markdown')
      .filter((f) => pack.rules.rules.find((r) => r.id === f.ruleId)?.scope === 'document');
    assert.deepEqual(findings.map((f) => f.ruleId), ['missing-notice', 'missing-reporting', 'missing-verification']);
    const text = missingProvisionsHover(pack, findings, links);
    const lines = text.split('\n');
    // One line, and it sends the drafter to the rule's page only: the Problems panel shows no more than the hover's first sentence.
    assert.equal(lines[0], "**3 provisions this draft lacks** (why, and what the corpus says: each rule's page):");
    const title = (id: string) => pack.rules.rules.find((r) => r.id === id)!.title;
    assert.deepEqual(lines.slice(2), [
      `- **[missing-notice](rule:missing-notice)** · ${title('missing-notice')} · [Insert provision](fix:missing-notice "Insert suggested provision at the end of the draft: “missing-notice wording”") · [Open Q5](open:Q5) · [Suppress…](suppress:missing-notice)`,
      `- **[missing-reporting](rule:missing-reporting)** · ${title('missing-reporting')} · [Insert provision](fix:missing-reporting "Insert suggested provision at the end of the draft: “missing-reporting wording”") · [Open Q16](open:Q16) · [Open Q7](open:Q7) · [Suppress…](suppress:missing-reporting)`,
      `- **[missing-verification](rule:missing-verification)** · ${title('missing-verification')} · [Insert provision](fix:missing-verification "Insert suggested provision at the end of the draft: “missing-verification wording”") · [Open Q5](open:Q5) · [Open Q13](open:Q13) · [Suppress…](suppress:missing-verification)`,
    ]);
    // A third of one finding's full hover, which goes on with what the corpus and the law say.
    assert.ok(text.length * 2 < findings.map((f) => findingHover(pack, f, links)).join('').length);
    assert.doesNotMatch(text, /Why:|The corpus/);
  });

  it('says beside Suppress… in a plain-text draft that the comment prints with the policy', () => {
    const [hold] = createLinter(pack.rules).lint('The jail shall hold inmates on ICE detainers for 48 hours.\n', 'plaintext').filter((f) => f.ruleId === 'detainer-hold');
    assert.match(findingHover(pack, hold, { ...links, suppressNote: PLAIN_TEXT_SUPPRESSION_NOTE }), /\[Suppress…\]\(suppress:detainer-hold\) \*\(in plain text the comment line prints with the policy: remove it before adoption\)\*/);
    assert.match(findingHover(pack, hold, links), /\[Suppress…\]\(suppress:detainer-hold\) · \*Not legal advice\.\*$/m, 'nothing said in Markdown, where the comment is hidden');
  });

  it('says it once under several missing provisions, not on each line (a drafter\'s trial: each line wrapped to three)', () => {
    const findings = createLinter(pack.rules)
      .lint('JAIL POLICY\n\nThe jail shall hold inmates on ICE detainers for 48 hours.\n', 'plaintext')
      .filter((f) => pack.rules.rules.find((r) => r.id === f.ruleId)?.scope === 'document');
    const text = missingProvisionsHover(pack, findings, { ...links, suppressNote: PLAIN_TEXT_SUPPRESSION_NOTE });
    assert.equal(text.split('prints with the policy').length - 1, 1, text);
    assert.match(text.split('\n').at(-1)!, /^\*Suppress… : in plain text the comment line prints with the policy/);
  });
});

describe('the hover on several findings in one sentence', () => {
  let pack: Pack;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
  });
  // The sentence of examples/cooperative-jail-policy.md that two rules flag.
  const sentence = 'Deputies may arrest persons for civil immigration violations when they encounter them on patrol.\n';
  const findingsOf = () => createLinter(pack.rules).lint(sentence, 'markdown').filter((f) => pack.rules.rules.find((r) => r.id === f.ruleId)?.scope === 'sentence');

  it("gives both rules' lines, why and fix links before the first corpus passage, then each rule's corpus and law text under its name", () => {
    const findings = findingsOf();
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ['status-only-stop', 'unauthorized-enforcement']);
    const { leads, details } = findingsHoverParts(findings.map((f) => ({ pack, findings: [f], links })));
    const text = joinHovers([...leads, ...details]);
    const corpus = text.indexOf('**What the guidance corpus says**');
    assert.ok(corpus > 0, text);
    for (const f of findings) {
      for (const link of [`(rule:${f.ruleId})`, `(fix:${f.ruleId} `, `(suppress:${f.ruleId})`]) assert.ok(text.indexOf(link) >= 0 && text.indexOf(link) < corpus, `${link} before the corpus text, in ${text}`);
      assert.match(leads.join('\n'), new RegExp(`\\*\\*\\[${f.ruleId}\\]\\(rule:${f.ruleId}\\)\\*\\* · [^\\n]*Why: `));
    }
    // Each rule's explanation after all the links, under a line naming its rule, in the order of the leads.
    assert.deepEqual(details.map((d) => d.split('\n')[0]), findings.map((f) => `**[${f.ruleId}](rule:${f.ruleId}): what the corpus and verified sources say**`));
    assert.ok(details.every((d) => !/\(fix:|\(suppress:/.test(d)));
    assert.equal(details.join('\n\n').split('**What the guidance corpus says**').length - 1, 2);
  });

  it('leaves the hover on one finding as it was: its findingHover whole, nothing after it', () => {
    const [one] = findingsOf().filter((f) => f.ruleId === 'unauthorized-enforcement');
    const rule = pack.rules.rules.find((r) => r.id === one.ruleId)!;
    const parts = findingsHoverParts([{ pack, findings: [one], links }]);
    assert.deepEqual(parts, { leads: [findingHover(pack, one, links)], details: [] });
    // Byte for byte as before the split: the rule's line, the links, then the two labelled parts.
    const [corpus, law] = explanationParts(rule);
    const actions = `[${links.fixes(one)[0].label}](fix:unauthorized-enforcement "${links.fixes(one)[0].title}") · *(its condition cannot be added to this sentence as written: revise it yourself)* · [Open Q1](open:Q1) · [Open Q4](open:Q4) · [Open Q8](open:Q8) · [Suppress…](suppress:unauthorized-enforcement) · *Not legal advice.*`;
    assert.equal(
      parts.leads[0],
      `**[unauthorized-enforcement](rule:unauthorized-enforcement)** · ${escapeMarkdown(rule.title)}. Why: ${whyText(one.evidence!)}\n\n${actions}\n\n**${corpus.label}** (${corpus.detail}): ${escapeMarkdown(corpus.text)}\n\n**${law.label}**: ${escapeMarkdown(law.text)}`,
    );
    // A pack's missing provisions alone are its one-line-each hover, as before.
    const missing = createLinter(pack.rules).lint('# Jail policy\n\nThe jail shall hold inmates on ICE detainers for 48 hours.\n', 'markdown').filter((f) => pack.rules.rules.find((r) => r.id === f.ruleId)?.scope === 'document');
    assert.deepEqual(findingsHoverParts([{ pack, findings: missing, links }]), { leads: [missingProvisionsHover(pack, missing, links)], details: [] });
  });
});
