#!/usr/bin/env node
'use strict';
// Runs the bundled extension test suite inside VS Code desktop through @vscode/test-electron.
//
//   npm run test:desktop        (after `npm run build`)
//
// Needs internet access: test-electron downloads VS Code desktop into .vscode-test/ (no npm
// package provides it). On machines without it use `npm run test:web`, which runs the same
// tests in the VS Code web build. On Linux without a display, run it under xvfb:
//   xvfb-run -a npm run test:desktop
//
// Environment overrides (paths relative to the repository root):
//   EXTENSION_PATH     extension folder                  (default: .)
//   TESTS_PATH         bundled suite exporting run()     (default: dist/test/node/suite.js)
//   FOLDER_PATH        workspace folder to open          (default: test/vscode/workspace)
//   VSCODE_VERSION     'stable', 'insiders' or '1.91.0'  (default: inferred from engines.vscode)
//   VSCODE_EXECUTABLE  use this VS Code binary instead of downloading one
//   TEST_DESKTOP_TIMEOUT  seconds before giving up       (default: 600, includes the download)

const fs = require('fs');
const path = require('path');
const { guardTimeout, timeoutFromEnv, pathFromEnv, repoRoot } = require('./webHost');

function fail(message) {
  console.error(`test:desktop: ${message}`);
  process.exit(1);
}

async function main() {
  guardTimeout(timeoutFromEnv('TEST_DESKTOP_TIMEOUT', 600), 'test:desktop');

  const extensionDevelopmentPath = pathFromEnv('EXTENSION_PATH', '.');
  const extensionTestsPath = pathFromEnv('TESTS_PATH', 'dist/test/node/suite.js');
  const folderPath = pathFromEnv('FOLDER_PATH', 'test/vscode/workspace');
  if (!fs.existsSync(extensionTestsPath)) fail(`test suite ${extensionTestsPath} does not exist: run \`npm run build\` first`);
  fs.mkdirSync(folderPath, { recursive: true });

  const { downloadAndUnzipVSCode, runTests } = require(require.resolve('@vscode/test-electron', { paths: [repoRoot] }));

  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (vscodeExecutablePath) {
    if (!fs.existsSync(vscodeExecutablePath)) fail(`VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
  } else {
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({
        version: process.env.VSCODE_VERSION || undefined,
        extensionDevelopmentPath,
        cachePath: path.join(repoRoot, '.vscode-test'),
        timeout: 30000,
      });
    } catch (err) {
      fail(
        `could not download VS Code desktop (${err && err.message ? err.message : err}).\n` +
          '  This test needs internet access to update.code.visualstudio.com, or VSCODE_EXECUTABLE set to an installed VS Code.\n' +
          '  Without it, run the same suite in the VS Code web build: npm run test:web',
      );
    }
  }

  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('test:desktop: no DISPLAY set; if VS Code fails to start, run under xvfb: xvfb-run -a npm run test:desktop');
  }

  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [folderPath, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (err) {
    fail(`FAILED: ${err && err.message ? err.message : err}`);
  }
  console.log('test:desktop: passed');
  process.exit(0);
}

main().catch((err) => fail(String(err && err.message ? err.message : err)));
