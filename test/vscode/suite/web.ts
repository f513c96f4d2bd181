// Entry of the in-editor suite for the web extension host (@vscode/test-web): mocha's browser build.
import 'mocha/mocha';
import { reportActivation, reportSummary } from './summary';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: string; timeout: number; color?: boolean }): void;
  run(done: (failures: number) => void): Parameters<typeof reportSummary>[0];
}

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60000 });
    require('./allSuites');
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    reportSummary(runner);
    reportActivation(runner);
  });
}
