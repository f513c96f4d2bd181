// Builds everything that ships: `node esbuild.js` (npm run build).
//   1. dist/bundled-pack.json: the bundled pack, loaded, validated and indexed by the engine itself,
//      so that start-up does neither.
//   2. The bundles in BUNDLES (the CLI, the extension for desktop and web, the in-editor test suite).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = __dirname;
const DIST = path.join(ROOT, 'dist');
const BUNDLED_PACK_DIR = path.join(ROOT, 'corpus', 'missouri-ag-ice');
const BUNDLED_PACK_JSON = path.join(DIST, 'bundled-pack.json');
// Prefer packages' ES modules: jsonc-parser's "main" is a UMD build whose dynamic require()s esbuild cannot follow.
const MAIN_FIELDS = ['module', 'main'];

/** Step 1: bundle the engine's build-time entry, run it on the pack folder, write the JSON. */
async function writeBundledPack() {
  const tool = path.join(DIST, '.build', 'make-bundled-pack.cjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/pack/makeBundledPack.ts')],
    outfile: tool,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: MAIN_FIELDS,
    logLevel: 'warning',
  });
  const { makeBundledPack, PackError } = require(tool);
  try {
    const json = await makeBundledPack((name) => fs.promises.readFile(path.join(BUNDLED_PACK_DIR, name), 'utf8'));
    fs.writeFileSync(BUNDLED_PACK_JSON, json);
  } catch (error) {
    // A broken pack names file:line:col; print it where an editor can follow it.
    if (error instanceof PackError) throw new Error(`${path.relative(ROOT, path.join(BUNDLED_PACK_DIR, error.file))}:${error.line}:${error.column}: ${error.problem}`);
    throw error;
  } finally {
    fs.rmSync(path.dirname(tool), { recursive: true, force: true });
  }
}

/** Resolves `import text from 'policy-guidance:bundled-pack'` (src/pack/bundledPack.ts) to the JSON's text. */
const bundledPackPlugin = {
  name: 'bundled-pack',
  setup(build) {
    build.onResolve({ filter: /^policy-guidance:bundled-pack$/ }, () => ({ path: BUNDLED_PACK_JSON, namespace: 'bundled-pack' }));
    build.onLoad({ filter: /.*/, namespace: 'bundled-pack' }, async (args) => ({
      contents: await fs.promises.readFile(args.path, 'utf8'),
      loader: 'text', // parsed with JSON.parse at first use: faster to start than a JS object literal
    }));
  },
};

// ES-module dependencies (fdir, under tinyglobby) call createRequire(import.meta.url), which is empty in
// a CommonJS bundle; Node bundles define it from the bundle's own file name.
const IMPORT_META_URL_SHIM = 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;';
const NODE = {
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: IMPORT_META_URL_SHIM },
  define: { 'import.meta.url': '__importMetaUrl', POLICY_GUIDANCE_NODE: 'true' },
};

// A web worker has neither Node built-ins nor a DOM: the "worker" condition keeps packages from picking
// their DOM builds (decode-named-character-reference, under remark, would call `document`).
// test/webWorker.test.ts bundles the engine with these options and runs it with no globals at all.
// @cfworker/json-schema builds a base URL from self.location when it loads; in VS Code's web extension
// host (a blob: worker) that string is not a URL and the constructor throws. Without self.location it
// uses its own constant base, which is all a pack's schemas need (they have no relative $refs).
const WEB_WORKER = {
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  conditions: ['worker'],
  mainFields: ['browser', ...MAIN_FIELDS],
  define: { 'self.location': 'undefined', POLICY_GUIDANCE_NODE: 'false' },
};

const SHARED = { bundle: true, minify: true, mainFields: MAIN_FIELDS, logLevel: 'warning', plugins: [bundledPackPlugin] };

// Step 2: one entry per shipped bundle, each { ...SHARED, ...NODE or WEB_WORKER, ...its own }.
// The extension (src/vscode/, the only folder that imports `vscode`) is built twice from the same
// source: package.json "main" for desktop VS Code, "browser" for the web extension host.
const BUNDLES = [
  {
    ...NODE,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL_SHIM}` },
  },
  { ...NODE, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...WEB_WORKER, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  // The worker that checks drafts off the extension host's thread (src/vscode/checkWorker.ts starts
  // it): a script with a web worker's globals, which the desktop host provides in a Node worker thread.
  { ...NODE, entryPoints: ['src/engine/worker.ts'], outfile: 'dist/worker.js' },
  { ...WEB_WORKER, format: 'iife', entryPoints: ['src/engine/worker.ts'], outfile: 'dist/web/worker.js' },
  // The in-editor test suite, one file per host (the web extension host can only require 'vscode').
  // Not shipped: .vscodeignore leaves out dist/test/.
  { ...WEB_WORKER, entryPoints: ['test/vscode/suite/web.ts'], outfile: 'dist/test/web/suite.js', external: ['vscode'], minify: false },
  { ...NODE, entryPoints: ['test/vscode/suite/node.ts'], outfile: 'dist/test/node/suite.js', external: ['vscode', 'mocha'], minify: false },
];

async function main() {
  const started = Date.now();
  fs.mkdirSync(DIST, { recursive: true });
  await writeBundledPack();
  await Promise.all(BUNDLES.map((bundle) => esbuild.build({ ...SHARED, ...bundle, absWorkingDir: ROOT })));
  fs.chmodSync(path.join(DIST, 'cli.js'), 0o755);
  console.log(`built ${BUNDLES.length} bundles and dist/bundled-pack.json in ${Date.now() - started} ms`);
}

// Run as a script it builds; required (by tests), it only shares its options.
if (require.main === module) {
  main().catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exitCode = 1;
  });
}

module.exports = { SHARED, NODE, WEB_WORKER, BUNDLED_PACK_JSON };
