// Running the built CLI (dist/cli.js; `npm test` builds it first) as a user would, in a fresh folder per test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');
let folder = '';

/** Gives each test of the calling suite a fresh working folder, removed after it. */
export function inFreshFolder(): void {
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'policy-guidance-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
}

/** The current test's working folder. */
export const workDir = () => folder;

export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: folder, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function write(path: string, content: string | Buffer) {
  mkdirSync(join(folder, path, '..'), { recursive: true });
  writeFileSync(join(folder, path), content);
}

/** A usage or input failure: exit 2, nothing on stdout, exactly one line on stderr. */
export function assertFails(result: ReturnType<typeof cli>, reason: RegExp) {
  assert.equal(result.code, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, /^policy-guidance: /);
  assert.match(result.stderr, reason);
}
