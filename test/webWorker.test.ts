// The engine must run in a browser web worker (the extension's web bundle): bundle it with the web
// worker options of esbuild.js and run it where there is no require, process, Buffer or document.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';

interface BuildConfig {
  SHARED: esbuild.BuildOptions;
  WEB_WORKER: esbuild.BuildOptions;
}

const ENGINE_ENTRY = `
export { bundledPack, bundledSearchIndex } from './src/pack/bundledPack';
export { searchGuidance } from './src/search/searchGuidance';
export { createLinter } from './src/lint/lint';
export { ruleInfos } from './src/format/ruleInfo';
export { toSarif } from './src/format/sarif';
export { formatStylish } from './src/format/stylish';
`;

describe('engine in a web worker', function () {
  this.timeout(30_000);

  it('bundles without Node built-ins and lints, searches and reports with only worker globals', async () => {
    const { SHARED, WEB_WORKER } = require(resolve('esbuild.js')) as BuildConfig;
    const result = await esbuild.build({
      ...SHARED,
      ...WEB_WORKER,
      minify: false,
      write: false,
      stdin: { contents: ENGINE_ENTRY, resolveDir: resolve('.'), loader: 'ts' },
    });
    const code = result.outputFiles[0].text;
    assert.doesNotMatch(code, /require\(["'](node:)?[a-z_/]+["']\)/);

    // What a dedicated worker offers beyond the language itself (and no more). atob/btoa: the language model decodes itself with them.
    const worker = { console, TextEncoder, TextDecoder, URL, queueMicrotask, setTimeout, clearTimeout, atob, btoa };
    const sandbox: Record<string, unknown> = { ...worker, module: { exports: {} } };
    sandbox.self = sandbox;
    createContext(sandbox);
    runInContext(code, sandbox);
    const engine = (sandbox.module as { exports: any }).exports;

    assert.equal(engine.searchGuidance(engine.bundledSearchIndex(), 'MOU', 1)[0].id, 'Q4');
    const rules = engine.bundledPack().rules;
    const findings = engine.createLinter(rules).lint('The jail shall hold any inmate who is the subject of an ICE detainer for up to 48 hours beyond release.\n', 'markdown');
    assert.ok(findings.some((f: { ruleId: string }) => f.ruleId === 'detainer-hold'));
    const sarif = engine.toSarif([{ file: 'draft.md', findings }], engine.ruleInfos(rules), { name: 'policy-guidance', version: '0' });
    assert.ok(sarif.runs[0].results.length >= 1);
    assert.match(engine.formatStylish([{ file: 'draft.md', findings }]), /detainer-hold/);
  });
});
