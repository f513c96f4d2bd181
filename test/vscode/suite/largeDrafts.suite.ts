// Whole manuals while typing: drafts are checked in a worker, so the extension host keeps answering
// (a hover on another draft) while a 2 MB manual is checked, and edits made during a check end with
// the findings of the last version.
import * as vscode from 'vscode';
import { equal, includes, ok } from './assert';
import { closeAll, extensionApi, openUntitled, ours, ruleOf, waitFor } from './harness';

const SENTENCES = [
  'The jail shall hold any inmate on an ICE detainer for 48 hours beyond release.',
  'Deputies shall notify ICE of the release date of any inmate subject to a detainer.',
  'No person shall be held solely on the basis of an ICE detainer unless a judicial warrant signed by a judge accompanies it.',
  'Officers shall ask every person stopped about their immigration status.',
  'The Sheriff may enter into a 287(g) agreement with ICE.',
  'Booking staff shall verify each detainer with ICE before acting on it.',
];

/** A dense manual of about `size` characters: every sentence about detainers and ICE, no two blocks alike. */
function manual(size: number): string {
  const parts = ['# Detention Manual\n'];
  let length = parts[0].length;
  for (let section = 1; length < size; section++) {
    const s = (i: number) => SENTENCES[(section + i) % SENTENCES.length];
    const text = `## ${section} Detainers\n\nUnder section ${section}: ${s(0)} ${s(1)} ${s(2)}\n\nUnder section ${section}, the jail shall:\n\n1. ${s(3)}\n2. ${s(4)}\n\n| Case ${section} | Action |\n|---|---|\n| Detainer | ${s(5)} |\n`;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join('\n');
}

describe('large drafts', () => {
  afterEach(closeAll);

  it('a hover on another draft answers while a 2 MB manual is being checked, and the manual’s findings arrive', async function () {
    this.timeout(180_000);
    const { diagnostics, checker } = await extensionApi();
    equal(checker.mode, 'worker', 'drafts are checked in a worker');
    const small = await openUntitled({ language: 'markdown', content: 'The jail shall honor every ICE detainer.\n' });
    await waitFor('the small draft’s findings', () => diagnostics.report(small));
    const opened = Date.now();
    const big = await openUntitled({ language: 'markdown', content: manual(2_000_000) });
    ok(diagnostics.isChecking(big), 'the manual is checked from the moment it opens');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', small.uri, new vscode.Position(0, 32));
    const ms = Date.now() - opened;
    ok(!diagnostics.report(big), `the manual’s findings had not arrived when the hover answered (${ms} ms after it opened)`);
    // (The bound: well under the manual's check, which takes seconds; 1 s failed at 1.6 s on a slow day's clean-clone CI.)
    ok(ms < 2500, `the hover took ${ms} ms`);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    includes(text, 'detainer');
    const report = await waitFor('the manual’s findings', () => diagnostics.report(big), 170_000);
    ok(report.findings.length > 1000 && ours(big.uri).length === report.findings.length, `${report.findings.length} findings`);
    console.log(`2 MB manual: a hover on another draft answered ${ms} ms after it opened, during its check; its ${report.findings.length} findings ${Date.now() - opened} ms after`);
  });

  it('edits made while a check runs end with the findings of the last version', async function () {
    this.timeout(120_000);
    const { diagnostics } = await extensionApi();
    const document = await openUntitled({ language: 'markdown', content: manual(1_000_000) });
    ok(diagnostics.isChecking(document), 'a check starts as the draft opens');
    const editor = await vscode.window.showTextDocument(document);
    const { status } = await extensionApi();
    if (diagnostics.isChecking(document)) equal(status.item.text, '$(sync~spin) Guidance: checking…');
    // Three edits while the first check runs: a flagged sentence at the top, then it is fixed, then one at the end.
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), '\nThe jail shall keep inmates on ICE detainers for two days.\n'));
    await editor.edit((e) => e.replace(document.lineAt(2).range, 'The jail shall not keep inmates on ICE detainers unless a judicial warrant signed by a judge accompanies them.'));
    const last = document.lineCount;
    await editor.edit((e) => e.insert(new vscode.Position(last, 0), '\n\nOfficers shall arrest persons for civil immigration violations.\n'));
    ok(diagnostics.isChecking(document) || diagnostics.report(document) === undefined, 'the edits came while the first check ran');
    const report = await waitFor('the last version’s findings', () => diagnostics.report(document), 100_000);
    equal(report.version, document.version);
    const found = ours(document.uri);
    ok(!found.some((d) => d.range.start.line === 2), 'the fixed sentence has no finding');
    ok(found.some((d) => ruleOf(d) === 'unauthorized-enforcement' && d.range.start.line === document.lineCount - 2), 'the sentence added last is flagged');
  });
});
