// Entry of the in-editor suite for desktop VS Code (@vscode/test-electron).
import Mocha from 'mocha';
import { reportActivation, reportSummary } from './summary';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60000, retries: 1 }); // as web.ts: one retry, named in the summary
  // The suites are bundled into this file; expose describe/it before they load.
  mocha.suite.emit('pre-require', globalThis, 'suite', mocha);
  require('./allSuites');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    reportSummary(runner);
    reportActivation(runner);
  });
}
