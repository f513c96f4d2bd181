// Settings: a rule's severity can be changed or turned off; the languages setting picks what is checked.
import * as vscode from 'vscode';
import { equal, ok } from './assert';
import { closeAll, openFixture, ruleOf, waitForDiagnostics } from './harness';

const config = () => vscode.workspace.getConfiguration('policyGuidance');

describe('settings', () => {
  afterEach(async () => {
    await config().update('severity', undefined, vscode.ConfigurationTarget.Global);
    await config().update('languages', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('honours a per-rule severity and "off"', async () => {
    const { document } = await openFixture('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold' && x.severity === vscode.DiagnosticSeverity.Warning));
    await config().update('severity', { 'detainer-hold': 'error', 'status-inquiry': 'off' }, vscode.ConfigurationTarget.Global);
    const found = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold' && x.severity === vscode.DiagnosticSeverity.Error), 'detainer-hold as an error');
    ok(!found.some((x) => ruleOf(x) === 'status-inquiry'), 'status-inquiry is off');
    equal(found.find((x) => ruleOf(x) === 'profiling')?.severity, vscode.DiagnosticSeverity.Error, 'other rules keep their severity');
  });

  it('stops checking a language taken out of the languages setting', async () => {
    const { document } = await openFixture('field-notes.txt');
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    await config().update('languages', ['markdown'], vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the plain-text findings to clear');
  });
});
