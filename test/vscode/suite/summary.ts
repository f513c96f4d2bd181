// Prints each failure and the "N passed, N failed" line CI reads, whatever mocha's reporter does.
import * as vscode from 'vscode';
import type { PolicyGuidanceApi } from '../../../src/vscode/extension';
import { EXTENSION_ID } from './harness';
export interface RunnerEvents {
  on(event: 'pass', listener: () => void): unknown;
  on(event: 'fail', listener: (test: { fullTitle(): string }, error: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
}

export function reportSummary(runner: RunnerEvents): void {
  let passed = 0;
  let failed = 0;
  runner.on('pass', () => passed++);
  runner.on('fail', (test, error) => {
    failed++;
    console.error(`FAILED: ${test.fullTitle()}\n  ${error?.stack ?? error}`);
  });
  runner.on('end', () => console.log(`${passed} passed, ${failed} failed`));
}

/** Prints how long the extension's activate() took in this VS Code (for the record, not a test). */
export function reportActivation(runner: RunnerEvents): void {
  runner.on('end', () => {
    const api = vscode.extensions.getExtension<PolicyGuidanceApi>(EXTENSION_ID)?.exports;
    if (api) console.log(`activation: ${api.activationMs.toFixed(1)} ms in VS Code ${vscode.version} (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
  });
}
