// Quick fixes: suggested wording, opening the entry, suppressing with a reason, fixing all.
import * as vscode from 'vscode';
import { deepEqual, equal, includes, ok } from './assert';
import { closeAll, openCopy, ruleOf, waitFor, waitForDiagnostics } from './harness';

async function actionsFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

const holdsIn = (uri: vscode.Uri) => waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'), 'a detainer-hold finding');

describe('quick fixes', () => {
  afterEach(closeAll);

  it('offers the suggested wording, the entries and a suppression for a finding', async () => {
    const { document } = await openCopy('jail-policy.md');
    const hold = (await holdsIn(document.uri)).find((d) => ruleOf(d) === 'detainer-hold')!;
    const titles = (await actionsFor(document, hold)).map((a) => a.title);
    ok(titles.includes('Replace with the suggested wording (detainer-hold)'), titles.join(' | '));
    ok(titles.includes('Open guidance Q2') && titles.includes('Open guidance Q5'), titles.join(' | '));
    ok(titles.includes('Suppress detainer-hold here, with a reason'), titles.join(' | '));
  });

  it('replaces the flagged sentence with the suggested wording, and the finding goes away', async () => {
    const { document } = await openCopy('jail-policy.md');
    const hold = (await holdsIn(document.uri)).find((d) => ruleOf(d) === 'detainer-hold')!;
    const line = hold.range.start.line;
    const fix = (await actionsFor(document, hold)).find((a) => a.title.startsWith('Replace with'))!;
    ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
    equal(
      document.lineAt(line).text,
      'No person shall be held solely on the basis of an ICE detainer or administrative immigration warrant unless it is accompanied by a judicial warrant or order signed by a judge or magistrate. <!-- expect: detainer-hold -->',
    );
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => ruleOf(x) === 'detainer-hold'), 'detainer-hold to clear');
  });

  it('opens the guidance entry from a finding', async () => {
    const { document } = await openCopy('jail-policy.md');
    const hold = (await holdsIn(document.uri)).find((d) => ruleOf(d) === 'detainer-hold')!;
    const open = (await actionsFor(document, hold)).find((a) => a.title === 'Open guidance Q5')!;
    await vscode.commands.executeCommand(open.command!.command, ...(open.command!.arguments ?? []));
    const opened = await waitFor('the entry to open', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('/Q5.md')));
    includes(opened.document.getText(), '# Q5. Are there any guidelines for how ICE detainers should be handled');
  });

  it('suppresses a finding with a reason typed into the inserted comment', async () => {
    const { document } = await openCopy('jail-policy.md');
    const hold = (await holdsIn(document.uri)).find((d) => ruleOf(d) === 'detainer-hold')!;
    const line = hold.range.start.line;
    const suppress = (await actionsFor(document, hold)).find((a) => a.title.startsWith('Suppress'))!;
    await vscode.commands.executeCommand(suppress.command!.command, ...(suppress.command!.arguments ?? []));
    // The reason is a selected placeholder: typing replaces it.
    await vscode.commands.executeCommand('type', { text: 'a judicial warrant is required by section 610.3' });
    equal(document.lineAt(line).text, '<!-- policy-guidance-disable-next-line detainer-hold -- a judicial warrant is required by section 610.3 -->');
    const after = await waitForDiagnostics(document.uri, (d) => !d.some((x) => ruleOf(x) === 'detainer-hold'), 'detainer-hold to be suppressed');
    ok(!after.some((x) => ruleOf(x) === 'suppression-without-reason'), 'the suppression has its reason');
  });

  it('fixes every finding of one rule in the file at once', async () => {
    const { document } = await openCopy('two-holds.md');
    const holds = await waitForDiagnostics(document.uri, (d) => d.filter((x) => ruleOf(x) === 'detainer-hold').length === 2, 'two detainer-hold findings');
    const fixAll = (await actionsFor(document, holds.find((d) => ruleOf(d) === 'detainer-hold')!)).find((a) => a.title.startsWith('Replace all'));
    ok(fixAll, 'a fix-all action is offered');
    equal(fixAll.title, 'Replace all 2 detainer-hold findings in this file with the suggested wording');
    ok(await vscode.workspace.applyEdit(fixAll.edit!));
    const after = await waitForDiagnostics(document.uri, (d) => !d.some((x) => ruleOf(x) === 'detainer-hold'), 'every detainer-hold to clear');
    deepEqual(after.map(ruleOf), ['missing-reporting'], 'only the document-level finding is left');
    includes(document.getText(), 'Before acting on any detainer, the shift supervisor shall verify', 'the other text is untouched');
  });
});
