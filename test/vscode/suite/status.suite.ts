// The language-status item, the example draft the walkthrough opens, and drafts closing.
import * as vscode from 'vscode';
import { equal, includes, ok } from './assert';
import { closeAll, extensionApi, openFixture, openUntitled, ours, ruleOf, setSetting, waitFor, waitForDiagnostics } from './harness';

describe('status and walkthrough', () => {
  afterEach(closeAll);

  it('shows the pack and the active draft’s conflicts and notes, counted as the Problems panel counts them', async () => {
    const { status } = await extensionApi();
    const { document } = await openFixture('jail-policy.md');
    const found = await waitForDiagnostics(document.uri, (d) => d.length === 4, 'the four findings of jail-policy.md');
    const conflicts = found.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
    equal(conflicts, 3, 'detainer-hold, profiling and missing-notice; status-inquiry is information');
    await waitFor('the status to count them', () => status.item.text === '$(law) Guidance: 3 conflicts, 1 note');
    includes(status.item.detail ?? '', 'Missouri AG guidance on cooperation with ICE');
  });

  it('opens the example draft as an untitled copy, with its findings', async () => {
    await vscode.commands.executeCommand('policyGuidance.openExample');
    const editor = await waitFor('the example to open', () => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor);
    includes(editor.document.getText(), 'Ordinance No.');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'sanctuary-limit'), 'the example’s sanctuary-limit findings');
  });

  it('clears a draft’s findings when it is closed', async () => {
    const document = await openUntitled({ language: 'markdown', content: 'The jail shall hold inmates on ICE detainers for 48 hours.\n' });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the findings to clear', () => ours(document.uri).length === 0);
    ok(document.isClosed);
  });
});

describe('checking on save only', () => {
  after(async () => {
    await setSetting('run', undefined);
    await closeAll();
  });

  it('does not re-check while typing when policyGuidance.run is onSave', async () => {
    await setSetting('run', 'onSave');
    const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Notes.\n' }));
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'The jail shall hold inmates on ICE detainers for 48 hours.\n'));
    await new Promise((resolve) => setTimeout(resolve, 800)); // well past the typing delay
    equal(ours(editor.document.uri).length, 0, 'no findings until saved');
    await setSetting('run', undefined);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# Holds\n\n'));
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'), 'findings after switching back to onType (which re-checks open drafts)');
  });
});

describe('compliance report', () => {
  afterEach(closeAll);

  it('opens the draft’s report in a preview beside it', async () => {
    const { document } = await openFixture('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the draft’s findings');
    const panel = (await vscode.commands.executeCommand('policyGuidance.createReport')) as vscode.WebviewPanel | undefined;
    ok(panel, 'a report panel');
    equal(panel!.title, 'Compliance report: jail-policy.md');
    includes(panel!.webview.html, 'Not legal advice');
    includes(panel!.webview.html, 'detainer-hold');
    await waitFor('the report’s tab', () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Compliance report'))));
    panel!.dispose();
  });
});

describe('check workspace', () => {
  afterEach(closeAll);

  it('fills the Problems panel for drafts that are not open', async () => {
    await closeAll();
    // A draft no test opens: written here, checked by the command without an editor, then removed.
    const unopened = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'unopened', 'holds.md');
    await vscode.workspace.fs.writeFile(unopened, new TextEncoder().encode('# Holds\n\nThe jail shall hold any inmate on an ICE detainer for 48 hours.\n\nDeputies may keep an inmate in custody on an immigration hold until ICE arrives.\n'));
    try {
      const result = (await vscode.commands.executeCommand('policyGuidance.checkWorkspace')) as { files: number; findings: number };
      ok(result.files >= 4, `checked ${result.files} drafts`);
      ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the draft was not opened');
      const found = vscode.languages.getDiagnostics(unopened).filter((x) => x.source === 'policy-guidance');
      equal(found.filter((d) => ruleOf(d) === 'detainer-hold').length, 2);
      // Deleted (as the Explorer deletes), it keeps no findings.
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(vscode.Uri.joinPath(unopened, '..'), { recursive: true });
      ok(await vscode.workspace.applyEdit(edit), 'deleted');
      await waitFor('the deleted draft’s findings to go', () => vscode.languages.getDiagnostics(unopened).length === 0);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(unopened, '..'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
