#!/usr/bin/env node
'use strict';
// Screenshots for a visual review, as a drafter sees the extension (not a test): the example
// ordinance with its findings, a hover on a finding, the quick-fix menu, an entry document.
//   node test/vscode/reviewShots.js OUT_DIR        (after npm run build)
const path = require('path');
const host = require('./webHost');
const { startServe } = require('./serve');

async function main() {
  const out = path.resolve(process.argv[2] || '.vscode-test-web/review');
  require('fs').mkdirSync(out, { recursive: true });
  host.guardTimeout(240000, 'reviewShots');
  const playwright = host.useSystemChromium();
  const server = await startServe({ port: await host.freePort(), folderPath: path.join(host.repoRoot, 'examples'), extensionDevelopmentPath: host.repoRoot });
  const browser = await playwright.chromium.launch({ headless: true });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  const shot = async (name) => {
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, `${name}.png`) });
    console.log(`saved ${name}.png`);
  };
  try {
    await page.goto(server.url);
    const file = 'restrictive-city-ordinance.md';
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().dblclick({ timeout: 60000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 60000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'policy-guidance' }).first().waitFor({ timeout: 30000 });
    await page.locator('.part.activitybar .action-item a[aria-label^="Policy Guidance"], .part.activitybar .action-item[aria-label^="Policy Guidance"]').first().click();
    await shot('1-overview');
    // Go to line 32 (the limits on cooperation) and hover its first sentence.
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+g');
    await page.keyboard.type('32:5');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    await shot('2-hover-finding');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    await shot('3-quick-fixes');
    await page.keyboard.press('Escape');
    // A detainer sentence: line 28.
    await page.keyboard.press('Control+g');
    await page.keyboard.type('28:40');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    await shot('4-hover-term');
    await page.keyboard.press('Escape');
    // Open an entry document from the Guidance view: expand the first topic in conflict.
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Information sharing' }).first().click();
    await page.waitForTimeout(500);
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Q3.' }).first().click();
    await page.locator('.tabs-container .tab', { hasText: 'Q3' }).first().waitFor({ timeout: 20000 });
    await shot('5-entry-document');
  } finally {
    await browser.close().catch(() => undefined);
    server.dispose();
  }
  process.exit(0);
}
main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
