// Prints each failure and the "N passed, N failed" line CI reads, whatever mocha's reporter does.
import * as vscode from 'vscode';
import type { PolicyGuidanceApi } from '../../../src/vscode/extension';
import { EXTENSION_ID } from './harness';
export interface RunnerEvents {
  on(event: 'pass', listener: () => void): unknown;
  on(event: 'fail', listener: (test: { fullTitle(): string }, error: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'retry', listener: (test: { fullTitle(): string }, error: Error) => void): unknown;
}

export function reportSummary(runner: RunnerEvents): void {
  let passed = 0;
  let failed = 0;
  const retried: string[] = [];
  runner.on('pass', () => passed++);
  // A retried test is named in the summary, so a flaky wait stays visible though it passed the second time.
  runner.on('retry', (test, error) => {
    retried.push(test.fullTitle());
    console.error(`RETRIED: ${test.fullTitle()}\n  ${error?.message ?? error}`);
  });
  runner.on('fail', (test, error) => {
    failed++;
    console.error(`FAILED: ${test.fullTitle()}\n  ${error?.stack ?? error}`);
  });
  runner.on('end', () => console.log(`${passed} passed, ${failed} failed${retried.length ? ` (${retried.length} passed on a retry: ${retried.join('; ')})` : ''}`));
}

/** Prints how long the extension's activate() took in this VS Code (for the record, not a test). */
export function reportActivation(runner: RunnerEvents): void {
  runner.on('end', () => {
    const api = vscode.extensions.getExtension<PolicyGuidanceApi>(EXTENSION_ID)?.exports;
    if (api) console.log(`activation: ${api.activationMs.toFixed(1)} ms in VS Code ${vscode.version} (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
  });
}
