#!/usr/bin/env node
'use strict';
// Screenshots for a visual review, as a drafter sees the extension (not a test): the example
// ordinance with its findings, a hover on a finding, the quick-fix menu, an entry document; then the jail policy's
// hover on a sentence with two findings, its Guidance view and a topic's tooltip.
//   node test/vscode/reviewShots.js OUT_DIR        (after npm run build)
const path = require('path');
const host = require('./webHost');
const { startServe } = require('./serve');

async function main() {
  const out = path.resolve(process.argv[2] || '.vscode-test-web/review');
  require('fs').mkdirSync(out, { recursive: true });
  host.guardTimeout(300000, 'reviewShots');
  const playwright = host.useSystemChromium();
  const server = await startServe({ port: await host.freePort(), folderPath: path.join(host.repoRoot, 'examples'), extensionDevelopmentPath: host.repoRoot });
  const browser = await playwright.chromium.launch({ headless: true });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  const shot = async (name) => {
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, `${name}.png`) });
    console.log(`saved ${name}.png`);
  };
  const guidance = () => page.locator('.part.activitybar .action-item a[aria-label^="Policy Guidance"], .part.activitybar .action-item[aria-label^="Policy Guidance"]').first().click();
  try {
    await page.goto(server.url);
    const file = 'restrictive-city-ordinance.md';
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().dblclick({ timeout: 60000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 60000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'policy-guidance' }).first().waitFor({ timeout: 30000 });
    await guidance();
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
    // A sentence two rules flag (status-only-stop and unauthorized-enforcement, line 57 of the jail policy): both rules'
    // fixes should show before either one's corpus and law text.
    // One editor, no panel: the hover has the room a drafter's usually has.
    await page.keyboard.press('F1');
    await page.keyboard.type('View: Close All Editors');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+j');
    await page.keyboard.press('Control+Shift+e');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'cooperative-jail-policy.md' }).first().dblclick({ timeout: 30000 });
    await page.locator('.tabs-container .tab', { hasText: 'cooperative-jail-policy.md' }).first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(3000);
    await page.keyboard.press('Control+g');
    await page.keyboard.type('57:130');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    await shot('6-hover-two-findings');
    // Its text, to read the order in full, then the hover scrolled (the same keys focus it).
    const hover = page.locator('.monaco-hover:visible').first();
    require('fs').writeFileSync(path.join(out, '6-hover-two-findings.txt'), await hover.innerText().catch((e) => String(e)));
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    for (const name of ['6b', '6c', '6d']) {
      await page.keyboard.press('PageDown');
      await shot(`${name}-hover-two-findings-scrolled`);
    }
    await page.keyboard.press('Escape');
    await guidance();
    // The Guidance view for that draft, then a conflicted topic's tooltip (how many conflicts rest on unverified passages).
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Information sharing' }).first().click();
    await shot('7-guidance-view');
    await page.locator('.part.sidebar .monaco-list-row', { hasText: "AG's policy" }).first().hover();
    await page.waitForTimeout(1500);
    await shot('8-guidance-tooltip');
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
