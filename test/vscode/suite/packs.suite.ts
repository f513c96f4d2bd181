// Guidance packs from the workspace (setting policyGuidance.packs): loaded beside the bundled pack; a
// folder that cannot be loaded is reported and the bundled guidance stays in use.
import * as vscode from 'vscode';
import { deepEqual, equal, includes, ok } from './assert';
import { closeAll, extensionApi, openFixture, openUntitled, PACK, ruleOf, setSetting, waitFor, waitForDiagnostics } from './harness';


async function setPacks(folders: string[] | undefined): Promise<void> {
  const { packs } = await extensionApi();
  await setSetting('packs', folders);
  // Once the extension host reads the new value, a reload queued after any in flight (reloads run one after another) ends
  // in the state the setting gives. (Waiting for the next reload event instead hung when the setting was unchanged, and
  // caught a late file-watcher reload left by a test that named its packs in a config file.)
  const want = JSON.stringify(folders ?? []);
  await waitFor('the setting to reach the extension host', () => JSON.stringify(vscode.workspace.getConfiguration('policyGuidance').get<string[]>('packs') ?? []) === want);
  await packs.reload();
}

describe('workspace guidance packs', () => {
  afterEach(async () => {
    await setPacks(undefined);
    await closeAll();
  });

  it('loads a pack folder named in settings, with its own rules, entries and topics', async () => {
    ok(vscode.workspace.isTrusted, 'the test workspace is trusted');
    await setPacks(['guidance/county-pack']);
    const { packs, topicTree } = await extensionApi();
    deepEqual(packs.all().map((p) => p.pack.meta.id), [PACK, 'county-pack']);
    const { document } = await openFixture('camera-policy.md');
    const [finding] = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'camera-off'), 'the county pack’s finding');
    equal(finding.relatedInformation?.[0].location.uri.toString(), 'policy-guidance:/county-pack/Q1.md');
    const entry = await vscode.workspace.openTextDocument(finding.relatedInformation![0].location.uri);
    includes(entry.getText(), 'Deputies record every enforcement contact with their body-worn camera');
    // With two packs the view groups topics under each pack.
    deepEqual(topicTree.getChildren().map((n) => n.kind), ['pack', 'pack']);
  });

  it('reads the draft once for both packs: a suppression of the workspace pack’s rule is known, and a missing reason reported once', async () => {
    await setPacks(['guidance/county-pack']);
    const document = await openUntitled({
      language: 'markdown',
      content: '# Contacts\n\n<!-- policy-guidance-disable-next-line camera-off -->\nDeputies may turn off their cameras during breaks.\n',
    });
    await vscode.window.showTextDocument(document);
    const found = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'suppression-without-reason'), 'the suppression problem');
    deepEqual(found.map(ruleOf).filter((r) => r.startsWith('suppression-')), ['suppression-without-reason'], 'no false unknown-rule, no doubled problem');
    ok(!found.some((x) => ruleOf(x) === 'camera-off'), 'the suppression still suppresses');
  });

  it('gives a draft only the packs its jurisdiction names, as the command line does', async () => {
    await setPacks(['guidance/county-pack']);
    const body = 'The jail shall hold any inmate on an ICE detainer for 48 hours.\n\nDeputies may turn off their cameras during breaks.\n';
    const county = await openUntitled({ language: 'markdown', content: `---\njurisdiction: Example County\n---\n${body}` });
    await vscode.window.showTextDocument(county);
    const found = await waitForDiagnostics(county.uri, (d) => d.some((x) => ruleOf(x) === 'camera-off'), 'the county pack’s finding');
    deepEqual([...new Set(found.map(ruleOf))], ['camera-off'], 'no finding of the Missouri pack');
    const missouri = await openUntitled({ language: 'markdown', content: `---\njurisdiction: Missouri\n---\n${body}` });
    await vscode.window.showTextDocument(missouri);
    const other = await waitForDiagnostics(missouri.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'), 'the Missouri pack’s finding');
    ok(!other.some((x) => ruleOf(x) === 'camera-off'), 'no finding of the county pack');
  });

  it('says on its front matter line when a draft names a jurisdiction no pack covers, and still checks it', async () => {
    await setPacks(['guidance/county-pack']);
    const draft = await openUntitled({ language: 'markdown', content: '---\njurisdiction: California\n---\nThe jail shall hold any inmate on an ICE detainer for 48 hours.\n' });
    await vscode.window.showTextDocument(draft);
    const found = await waitForDiagnostics(draft.uri, (d) => d.some((x) => ruleOf(x) === 'jurisdiction-not-covered') && d.some((x) => ruleOf(x) === 'detainer-hold'), 'the notice and the Missouri finding');
    const notice = found.find((x) => ruleOf(x) === 'jurisdiction-not-covered')!;
    deepEqual(notice.range.start.line, 1, 'on the jurisdiction: line');
    ok(notice.message.includes('"California", which no guidance pack in use covers') && notice.message.includes('(Missouri)'), notice.message);
  });

  it('loads the pack folders a .policy-guidance.jsonc names, as the command line does', async () => {
    const { packs } = await extensionApi();
    const config = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.policy-guidance.jsonc');
    const reloaded = () => new Promise<void>((resolve) => {
      const listener = packs.onDidChange(() => {
        listener.dispose();
        resolve();
      });
    });
    try {
      let next = reloaded();
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "packs": ["guidance/county-pack"] }\n'));
      await next;
      deepEqual(packs.all().map((p) => p.pack.meta.id), [PACK, 'county-pack']);
      next = reloaded();
      await vscode.workspace.fs.delete(config);
      await next;
      deepEqual(packs.all().map((p) => p.pack.meta.id), [PACK]);
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
  });

  it('reports where a broken pack is wrong, in the status item, and keeps the bundled guidance', async () => {
    await setPacks(['guidance/broken-pack']);
    const { packs, status } = await extensionApi();
    deepEqual(packs.all().map((p) => p.pack.meta.id), [PACK]);
    equal(packs.failures.length, 1);
    includes(packs.failures[0], 'guidance/broken-pack: rules.json:13:19: Q9 is not an entry in entries.md');
    await openFixture('jail-policy.md');
    await waitFor('the status to show the failure', () => status.item.severity === vscode.LanguageStatusSeverity.Error && status.item.detail);
    includes(status.item.detail ?? '', 'Q9 is not an entry in entries.md');
  });

  it('reports a pack folder that cannot be loaded and keeps the bundled guidance', async () => {
    await setPacks(['guidance/no-such-pack']);
    const { packs } = await extensionApi();
    deepEqual(packs.all().map((p) => p.pack.meta.id), [PACK]);
    const { document } = await openFixture('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'), 'bundled findings');
  });
});
