// Settings: a rule's severity can be changed or turned off; the languages setting picks what is checked.
import * as vscode from 'vscode';
import { equal, ok } from './assert';
import { closeAll, extensionApi, openFixture, ruleOf, waitFor, waitForDiagnostics, setSetting } from './harness';


describe('settings', () => {
  afterEach(async () => {
    await setSetting('severity', undefined);
    await setSetting('languages', undefined);
    await closeAll();
  });

  it('honours a per-rule severity and "off"', async () => {
    const { document } = await openFixture('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold' && x.severity === vscode.DiagnosticSeverity.Warning));
    await setSetting('severity', { 'detainer-hold': 'error', 'status-inquiry': 'off' });
    const found = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold' && x.severity === vscode.DiagnosticSeverity.Error), 'detainer-hold as an error');
    ok(!found.some((x) => ruleOf(x) === 'status-inquiry'), 'status-inquiry is off');
    // A rule turned off is gone everywhere, not only from the Problems list.
    const { diagnostics, status } = await extensionApi();
    ok(!diagnostics.report(document)!.findings.some((f) => f.ruleId === 'status-inquiry'), 'no status-inquiry for hovers, fixes and topic states');
    await waitFor('the status to count only the findings shown', () => status.item.text === `$(law) Guidance: ${found.length} conflicts`);
    equal(found.find((x) => ruleOf(x) === 'profiling')?.severity, vscode.DiagnosticSeverity.Warning, 'other rules keep their severity');
  });

  it('stops checking a language taken out of the languages setting', async () => {
    const { document } = await openFixture('field-notes.txt');
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    await setSetting('languages', ['markdown']);
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the plain-text findings to clear');
  });
});
