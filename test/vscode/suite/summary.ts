// Prints each failure and the "N passed, N failed" line CI reads, whatever mocha's reporter does.
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
