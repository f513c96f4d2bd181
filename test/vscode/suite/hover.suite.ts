// Hovers: corpus text on guidance terms, the rule and why on flagged sentences.
import * as vscode from 'vscode';
import { deepEqual, equal, includes, ok } from './assert';
import { closeAll, openCopy, openFixture, openUntitled, ruleOf, waitForDiagnostics } from './harness';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function positionOf(document: vscode.TextDocument, words: string): vscode.Position {
  const at = document.getText().indexOf(words);
  ok(at >= 0, `"${words}" is in the fixture`);
  return document.positionAt(at + 2);
}

describe('hover', () => {
  after(closeAll);

  it('shows the corpus excerpt, entry, topic and links for a guidance term', async () => {
    const { document } = await openFixture('jail-policy.md');
    const text = await hoverText(document.uri, positionOf(document, 'judicial warrant signed'));
    includes(text, '**judicial warrant**');
    includes(text, 'Q2 (Detainers; 2 unverified passages)');
    includes(text, 'warrants issued by a judge or magistrate', 'the corpus excerpt about judicial warrants');
    includes(text, 'command:policyGuidance.openEntry');
    includes(text, 'command:policyGuidance.search');
  });

  it('shows a caveat beside corpus text that has one', async () => {
    const { document } = await openFixture('jail-policy.md');
    // "detainer" → Q2, which has caveats (a sentence no rule flags: see the next test for one that is).
    const text = await hoverText(document.uri, positionOf(document, 'detainer received'));
    includes(text, 'Q2');
    includes(text, 'Sources:');
  });

  it('on a term inside a flagged sentence, puts the finding first (why, then the fixes) and the term in one line, without the corpus passage', async () => {
    const { document } = await openFixture('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'));
    const text = await hoverText(document.uri, positionOf(document, 'ICE detainer for up'));
    const fix = text.indexOf('[Add “…, but only if');
    const term = text.search(/\*\*[^*]*detainer\*\* · explained in \[Q2\]\(command:policyGuidance\.openEntry/);
    ok(fix >= 0 && term > fix, `the fix link, then the term's line, in ${text}`);
    ok(text.startsWith('**[detainer-hold]('), 'the rule and why it flags the sentence open the hover');
    ok(text.indexOf('Why: ') < fix, `why before the fix link, in ${text}`);
    // What the corpus and the law say, which the diagnostic (the message, one sentence) leaves out, after the fixes, each
    // under its label: the corpus part first, the law part after it.
    const corpus = text.indexOf('**What the guidance corpus says** (Q2, Q5; partly unverified): The corpus calls detainers non-binding requests');
    const law = text.indexOf('**What verified sources say**: Federal rules call a detainer a request (8 CFR 287.7(a)).');
    ok(corpus > fix && law > corpus && law < term, `the rule's explanation in two labelled parts after the fix link, in ${text}`);
    ok(!text.includes('Corpus text, quoted as written') && !text.includes('Sources:'), 'no corpus passage or caveat in full');
    includes(text, 'Not legal advice. Parts of the corpus are unverified');
  });

  it('explains the rule on a flagged sentence', async () => {
    const { document } = await openFixture('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'profiling'));
    const text = await hoverText(document.uri, positionOf(document, 'Deputies shall consider'));
    includes(text, '**[profiling](command:policyGuidance.openRule');
    includes(text, 'Why: “consider” is directed or allowed here, with “accent” and “immigration”.');
    // Then what can be done, as links: the suggested provision to insert, the entries, a suppression.
    // (Link titles are escaped Markdown: "\\:" renders as ":".)
    // (A short label; where the text goes and that the drafter's sentence is kept show on pointing at it.)
    ok(/\[Insert suggested provision\\?: “Members shall not consider race[^\]]*\]\(command:[^)\s]+ "Insert suggested provision after this (?:sentence|paragraph) \(yours is kept: revise it to clear the warning\)/.test(text), text);
    includes(text, '](command:policyGuidance.applyFix?');
    ok(!/Replace/.test(text), 'nothing replaces the drafter’s text');
    includes(text, '[Open Q19](command:policyGuidance.openEntry?');
    includes(text, '[Suppress…](command:policyGuidance.suppress?');
    ok(!/Rests on|compliant wording/i.test(text), 'no list of entries repeated, and the wording is "suggested"');
    includes(text, 'Not legal advice. Parts of the corpus are unverified');
  });

  it('adds the condition to the sentence from the hover’s link, keeping the drafter’s words', async () => {
    const { document } = await openCopy('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'));
    const text = await hoverText(document.uri, positionOf(document, 'The jail shall hold'));
    const link = /\[Add “[^\]]*\]\(command:([^?]+)\?([^)\s]+) "Add to this sentence/.exec(text);
    ok(link, `an "Add …" link titled "Add to this sentence" in ${text}`);
    await vscode.commands.executeCommand(link[1], ...JSON.parse(decodeURIComponent(link[2])));
    includes(document.getText(), "The jail shall hold any inmate on an ICE detainer for up to 48 hours after the inmate's scheduled release, but only if a judicial warrant");
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => ruleOf(x) === 'detainer-hold'), 'detainer-hold to clear');
  });

  it('gives several missing provisions on the title one line each, with their links', async () => {
    const document = await openUntitled({ language: 'markdown', content: '# Jail policy\n\nThe jail shall hold inmates on ICE detainers for 48 hours.\n' });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.filter((x) => x.range.start.line === 0).length === 3, 'three missing provisions');
    const text = await hoverText(document.uri, new vscode.Position(0, 4));
    const lines = text.split('\n').filter((l) => l.startsWith('- **[missing-'));
    deepEqual(lines.map((l) => /^- \*\*\[([a-z-]+)\]/.exec(l)![1]), ['missing-notice', 'missing-reporting', 'missing-verification']);
    for (const line of lines) ok(/ · \[Insert provision\]\(command:policyGuidance\.applyFix\?[^)\s]+ "Insert suggested provision [^"]+"\) · \[Open Q\d+\]/.test(line) && line.includes('[Suppress…]('), line);
    includes(text, '3 provisions this draft lacks');
    ok(!text.includes('Why: ') && !text.includes('The corpus says'), 'why and what the corpus says are on the rule pages');
  });

  it('links a search for a term with parentheses that runs with the term intact', async () => {
    const document = await openUntitled({ language: 'markdown', content: 'Deputies serve under the 287(g) agreement.\n' });
    const text = await hoverText(document.uri, positionOf(document, '287(g)'));
    const link = /\[Search guidance for “287\\?\(g\\?\)”\]\((command:[^)\s]+)\)/.exec(text);
    ok(link, `a search link in ${text}`);
    const [command, query] = link[1].slice('command:'.length).split('?');
    equal(command, 'policyGuidance.search');
    deepEqual(JSON.parse(decodeURIComponent(query)), ['287(g)']);
  });

  it('puts a sentence\'s conflicts before its notes (a drafter\'s trial: the warning\'s "why" fell below the visible part)', async () => {
    const content = "# Sharing\n\nMembers shall not share any information with ICE concerning a person's immigration status, address or place of employment.\n";
    const document = await openUntitled({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'sanctuary-limit') && d.some((x) => ruleOf(x) === 'cooperation-limit'));
    const text = await hoverText(document.uri, positionOf(document, 'share any'));
    const [warning, note] = [text.indexOf('sanctuary-limit'), text.indexOf('cooperation-limit')];
    ok(warning >= 0 && note > warning, `the warning first: ${text.slice(0, 300)}`);
  });

  it('on a sentence two rules flag, gives both rules, why and fixes before either one\'s corpus and law text', async () => {
    const content = '# Patrol\n\nDeputies may arrest persons for civil immigration violations when they encounter them on patrol.\n';
    const document = await openUntitled({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'status-only-stop') && d.some((x) => ruleOf(x) === 'unauthorized-enforcement'));
    const text = await hoverText(document.uri, positionOf(document, 'arrest persons'));
    const corpus = text.indexOf('**What the guidance corpus says**');
    const suppress = [...text.matchAll(/\[Suppress…\]\(command:policyGuidance\.suppress/g)].map((m) => m.index!);
    equal(suppress.length, 2, text);
    ok(corpus > suppress[1], `both rules' links before the corpus text, in ${text}`);
    for (const rule of ['status-only-stop', 'unauthorized-enforcement']) {
      const heading = text.search(new RegExp(`\\*\\*\\[${rule}\\]\\(command:policyGuidance\\.openRule[^)\\s]*\\): what the corpus`));
      ok(text.indexOf(`**[${rule}](`) < suppress[1] && heading > suppress[1], `${rule}: its line first, its corpus and law text under its name after all links, in ${text}`);
    }
  });

  it('shows nothing on ordinary words', async () => {
    const { document } = await openFixture('jail-policy.md');
    // (Not the title: the draft's document-level finding sits there.)
    const text = await hoverText(document.uri, positionOf(document, 'records unit'));
    ok(!text.includes('policyGuidance'), `no guidance hover expected, got ${text.slice(0, 200)}`);
  });
});
