// package.json's contributions agree with the code and the pack: every command the code registers is
// declared, every rule has a severity setting, every file the manifest names exists, and activation
// stays narrow.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../src/lint/builtinRules';
import { COMMANDS, OVER_LIMIT_CONTEXT } from '../src/vscode/commandIds';

const ROOT = join(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** Every file package.json points at, and the example draft the walkthrough opens (src/vscode/example.ts). */
const NAMED_FILES: string[] = [
  manifest.main,
  manifest.browser,
  // The worker that checks drafts off the extension host's thread (src/vscode/checkWorker.ts), per host.
  'dist/worker.js',
  'dist/web/worker.js',
  manifest.icon,
  ...(manifest.contributes.jsonValidation ?? []).map((j: { url: string }) => j.url),
  ...manifest.contributes.viewsContainers.activitybar.map((c: { icon: string }) => c.icon),
  ...manifest.contributes.walkthroughs.flatMap((w: { steps: Array<{ media: { markdown: string } }> }) => w.steps.map((s) => s.media.markdown)),
  'examples/restrictive-city-ordinance.md',
].map((file) => file.replace(/^\.\//, ''));
const rules = JSON.parse(readFileSync(join(ROOT, 'corpus/missouri-ag-ice/rules.json'), 'utf8')).rules as Array<{ id: string }>;

describe('extension manifest', () => {
  it('shows the size-limit commands in the palette only for a draft the limit skipped, by a context key the extension sets', () => {
    // A drafter's trial: "Check This Draft Anyway" and "Raise the Draft Size Limit" were always listed.
    const palette = manifest.contributes.menus.commandPalette as Array<{ command: string; when: string }>;
    for (const command of [COMMANDS.checkAnyway, COMMANDS.raiseLimit]) assert.equal(palette.find((m) => m.command === command)?.when, OVER_LIMIT_CONTEXT, command);
    const status = readFileSync(join(ROOT, 'src/vscode/statusItem.ts'), 'utf8');
    assert.match(status, /executeCommand\('setContext', OVER_LIMIT_CONTEXT,/);
  });

  it('declares exactly the commands the extension registers', () => {
    assert.deepEqual(manifest.contributes.commands.map((c: { command: string }) => c.command).sort(), Object.values(COMMANDS).sort());
  });

  it('has a severity setting for every rule, pack and built-in', () => {
    const properties = Object.keys(manifest.contributes.configuration.properties['policyGuidance.severity'].properties);
    assert.deepEqual(properties.sort(), [...rules.map((r) => r.id), ...BUILTIN_RULES.map((r) => r.id)].sort());
  });

  it('names only files that exist (after the build)', () => {
    for (const file of NAMED_FILES) assert.ok(existsSync(join(ROOT, file)), `${file} exists`);
  });

  it('activates only for drafts, its view, its commands and its documents', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext', 'onFileSystem:policy-guidance']);
  });

  it('keeps workspace packs out of untrusted workspaces and supports virtual ones', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['policyGuidance.packs']);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('builds before packaging and names its icon, repository and issues page', () => {
    assert.match(manifest.scripts['vscode:prepublish'], /\bbuild\b/);
    assert.doesNotMatch(manifest.scripts.package, /\bbuild\b|--allow-missing-repository|--no-rewrite-relative-links/);
    assert.ok(NAMED_FILES.includes(manifest.icon), 'the icon is among the files the manifest names');
    assert.match(manifest.repository.url, /^https:\/\//);
    assert.match(manifest.bugs.url, /^https:\/\//);
  });
});

describe('extension package', () => {
  it('ships the bundles and every file the manifest names, and no sources, tests or CLI', () => {
    // `vsce ls` applies .vscodeignore exactly as `vsce package` does, without writing a VSIX.
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    // A stray file in the root is never shipped: .vscodeignore is an allow-list.
    const stray = join(ROOT, 'stray-notes.md');
    writeFileSync(stray, 'notes that must not ship\n');
    let listed: string[];
    try {
      listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    } finally {
      rmSync(stray);
    }
    const named = [...NAMED_FILES, 'media/screenshot.png', 'media/report.png' /* shown by the README on the extension's page */];
    for (const file of named) assert.ok(listed.includes(file), `${file} is in the package`);
    assert.deepEqual(listed.filter((file) => !named.includes(file)).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
  });
});
