// Builds everything that ships: `node esbuild.js` (npm run build).
//   1. dist/bundled-pack.json: the bundled pack, loaded, validated and indexed by the engine itself,
//      so that start-up does neither.
//   2. The bundles in BUNDLES (today the CLI), each embedding that JSON.
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

const SHARED = { bundle: true, minify: true, mainFields: MAIN_FIELDS, logLevel: 'warning', plugins: [bundledPackPlugin] };

// Step 2: one entry per shipped bundle. The extension (src/vscode/, the only folder that imports
// `vscode`) adds its two here, with the same SHARED options:
//   - package.json "main":    { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js',
//                               platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'],
//                               banner: { js: IMPORT_META_URL_SHIM }, define: { 'import.meta.url': '__importMetaUrl' } }
//   - package.json "browser": { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js',
//                               platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'],
//                               mainFields: ['browser', ...MAIN_FIELDS] }
//     (a web worker: no Node built-ins, which the engine already avoids).
const BUNDLES = [
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: `#!/usr/bin/env node\n${IMPORT_META_URL_SHIM}` },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
];

async function main() {
  const started = Date.now();
  fs.mkdirSync(DIST, { recursive: true });
  await writeBundledPack();
  await Promise.all(BUNDLES.map((bundle) => esbuild.build({ ...SHARED, ...bundle, absWorkingDir: ROOT })));
  fs.chmodSync(path.join(DIST, 'cli.js'), 0o755);
  console.log(`built ${BUNDLES.map((b) => b.outfile).join(', ')} and dist/bundled-pack.json in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(`build failed: ${error.message}`);
  process.exitCode = 1;
});
