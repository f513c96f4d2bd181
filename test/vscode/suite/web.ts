// Entry of the in-editor suite for the web extension host (@vscode/test-web): mocha's browser build.
import 'mocha/mocha';
import { reportActivation, reportSummary } from './summary';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: string; timeout: number; color?: boolean; retries?: number }): void;
  run(done: (failures: number) => void): Parameters<typeof reportSummary>[0];
}

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // One retry: on a fresh machine a check's 30 s wait has timed out about one run in three, the same at the
    // change's start commit; a test that fails twice still fails, and a retried one is named in the summary.
    mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60000, retries: 1 });
    require('./allSuites');
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    reportSummary(runner);
    reportActivation(runner);
  });
}
