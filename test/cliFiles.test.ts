// The CLI on awkward input and output: FIFOs, devices, symbolic links, unreadable and UTF-16 files,
// a reader that stops early, and reports far larger than any draft (dist/cli.js; `npm test` builds it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as json from '../src/format/json';
import { ruleInfos } from '../src/format/ruleInfo';
import * as sarif from '../src/format/sarif';
import * as stylish from '../src/format/stylish';
import type { FileFindings } from '../src/format/types';
import type { Finding } from '../src/lint/finding';
import { loadPackFromDir } from '../src/cli/packDir';

const CLI = resolve('dist/cli.js');
const PACK_DIR = resolve('corpus/missouri-ag-ice');
const HOLD = 'The jail shall hold any inmate who is the subject of an ICE detainer for up to 48 hours beyond release.';
const FLAGGED = `# Jail operations\n\n## Detainers\n\nInmates are booked in the order of arrival. ${HOLD}\n`;
const INFO_ONLY = 'During a traffic stop, officers shall ask the driver about immigration status.\n';
const posix = process.platform !== 'win32';

let dir: string;

function cli(...args: string[]) {
  // A hang (a FIFO read for ever) is killed after 10 s and shows as status null.
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 10_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(path: string, content: string | Buffer) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}

const filesIn = (stdout: string) => (JSON.parse(stdout) as { file: string }[]).map((r) => r.file);

function finding(ruleId: string, severity: Finding['severity'], line: number): Finding {
  const range = { start: { line, character: 4 }, end: { line, character: 20 } };
  return { ruleId, severity, message: `Message of ${ruleId},\nsaid "twice".`, entries: ['Q2'], suggestion: 'No person shall be held.', start: 0, end: 0, range, excerpt: 'x' };
}

describe('policy-guidance CLI: files and output', function () {
  this.timeout(20_000); // generous: only catches hangs

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-guidance-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // (A drafter's trial: run from policies/, SARIF said "x.md", and code scanning would place the alert on no file.)
  it('writes SARIF paths from the repository root wherever the CLI runs, and the other formats from where it runs', () => {
    mkdirSync(join(dir, '.git'));
    write('policies/jail sop.md', FLAGGED);
    const uris = (cwd: string, file: string) => {
      const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'sarif', file], { cwd, encoding: 'utf8' });
      return [...new Set(JSON.parse(result.stdout).runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri))];
    };
    assert.deepEqual(uris(join(dir, 'policies'), 'jail sop.md'), ['policies/jail%20sop.md']);
    assert.deepEqual(uris(join(dir, 'policies'), join(dir, 'policies', 'jail sop.md')), ['policies/jail%20sop.md'], 'an absolute argument');
    assert.deepEqual(uris(dir, 'policies'), ['policies/jail%20sop.md']);
    const json = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'jail sop.md'], { cwd: join(dir, 'policies'), encoding: 'utf8' });
    assert.deepEqual(filesIn(json.stdout), ['jail sop.md']);
  });

  describe('reports written piece by piece', () => {
    const files: FileFindings[] = [
      { file: 'a.md', findings: Array.from({ length: 1000 }, (_, i) => finding(i % 2 ? 'detainer-hold' : 'status-inquiry', i % 2 ? 'warning' : 'information', i)) },
      { file: 'clean.md', findings: [] },
      {
        file: 'dir/my draft.txt',
        findings: [finding('profiling', 'error', 3)],
        suppressions: [
          { kind: 'disable-next-line', rules: ['detainer-hold'], reason: 'reviewed', start: 0, end: 9, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, suppressed: 0, suppressedRules: [], unused: true, unusedRules: ['detainer-hold'] },
        ],
      },
    ];

    it('a stylish report of 200,000 findings in one file does not throw', () => {
      const many = Array.from({ length: 200_000 }, (_, i) => finding('detainer-hold', 'warning', i));
      const text = stylish.formatStylish([{ file: 'big.md', findings: many }]);
      const lines = text.trimEnd().split('\n');
      assert.equal(lines.length, 1 + 2 * 200_000 + 3); // the file, its findings with their sentences, a blank line, the summary, the notice
      assert.equal(lines[0], 'big.md');
      assert.match(lines[2 * 200_000 - 1], /^ {2}200000:5 {2}warning {2}detainer-hold {2}Message of detainer-hold, said "twice"\.$/);
      assert.equal(lines.at(-2), '200000 problems (0 errors, 200000 warnings, 0 infos)');
    });

    it('JSON and SARIF come a finding at a time and read exactly as the whole document', async () => {
      const rules = ruleInfos((await loadPackFromDir(PACK_DIR)).rules);
      const tool = { name: 'policy-guidance', version: '1.2.3' };
      const cases = [
        { writer: new json.JsonWriter(rules), whole: (f: FileFindings[]) => json.toJsonReport(f, rules) },
        { writer: new sarif.SarifWriter(rules, tool), whole: (f: FileFindings[]) => sarif.toSarif(f, rules, tool) },
      ];
      for (const { writer, whole } of cases) {
        const pieces = [writer.begin(), ...files.flatMap((f) => [...writer.file(f)]), writer.end()];
        assert.equal(pieces.join(''), `${JSON.stringify(whole(files), null, 2)}\n`);
        assert.ok(pieces.length >= 1001, `${pieces.length} pieces`);
        assert.ok(Math.max(...pieces.slice(1).map((p) => p.length)) < 2000, 'no piece holds more than one finding');
      }
      for (const { writer, whole } of [
        { writer: new json.JsonWriter(rules), whole: () => [] },
        { writer: new sarif.SarifWriter(rules, tool), whole: () => sarif.toSarif([], rules, tool) },
      ]) {
        assert.equal([writer.begin(), writer.end()].join(''), `${JSON.stringify(whole(), null, 2)}\n`);
      }
      // An input that could not be checked makes the SARIF run unsuccessful, with a notification (a CI user's trial).
      const problems = ['gone.md: cannot read: ENOENT'];
      for (const results of [[], files]) {
        const streamed = new sarif.SarifWriter(rules, tool);
        const text = [streamed.begin(), ...results.flatMap((f) => [...streamed.file(f)]), streamed.end(problems)].join('');
        assert.equal(text, `${JSON.stringify(sarif.toSarif(results, rules, tool, problems), null, 2)}\n`);
        assert.deepEqual(JSON.parse(text).runs[0].invocations, [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: problems[0] } }] }]);
      }
      const writer = new stylish.StylishWriter(rules);
      assert.equal([writer.begin(), ...files.flatMap((f) => [...writer.file(f)]), writer.end()].join(''), stylish.formatStylish(files, rules));
    });

    it('20 MB of JSON findings: complete and valid', () => {
      write('many.md', 'Honor ICE detainers. '.repeat(15_000));
      const result = cli('check', '--format', 'json', 'many.md');
      assert.equal(result.code, 1, result.stderr);
      assert.ok(result.stdout.length > 20_000_000, `${result.stdout.length} characters`);
      const [report] = JSON.parse(result.stdout);
      assert.equal(report.findings.filter((f: any) => f.ruleId === 'detainer-hold').length, 15_000);
    });

    it('a reader that stops early (| head -1) ends the run quietly with the findings’ exit code', function () {
      if (!posix) this.skip();
      write('stops.txt', INFO_ONLY.repeat(2000)); // 2,000 information findings: exit 0, not 1 for EPIPE
      write('flagged.md', `${HOLD}\n\n`.repeat(2000));
      for (const [format, file, status] of [['json', 'stops.txt', 0], ['stylish', 'stops.txt', 0], ['sarif', 'flagged.md', 1]] as const) {
        const script = `("$0" "$1" check --format ${format} ${file}; echo $? > status) | head -1`;
        const result = spawnSync('sh', ['-c', script, process.execPath, CLI], { cwd: dir, encoding: 'utf8', timeout: 15_000 });
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stderr, '', `${format}: nothing on stderr, no stack`);
        assert.equal(readFileSync(join(dir, 'status'), 'utf8').trim(), String(status), format);
        assert.ok(result.stdout.length > 0);
      }
    });

    it('a write error other than a closed pipe: one line, exit 2', function () {
      if (!existsSync('/dev/full')) this.skip();
      write('flagged.md', FLAGGED);
      const result = spawnSync('sh', ['-c', '"$0" "$1" check flagged.md > /dev/full', process.execPath, CLI], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
      assert.equal(result.status, 2, result.stderr);
      assert.equal(result.stderr, 'policy-guidance: cannot write the report: ENOSPC\n');
    });
  });

  describe('files', () => {
    it('a FIFO is skipped with a one-line report, not waited on for ever', function () {
      if (!posix) this.skip();
      write('good.md', FLAGGED);
      mkdirSync(join(dir, 'd'));
      for (const fifo of ['pipe.md', 'd/pipe.md']) assert.equal(spawnSync('mkfifo', [join(dir, fifo)]).status, 0, 'mkfifo');
      const result = cli('check', '--format', 'json', 'good.md', 'pipe.md', 'd');
      assert.equal(result.code, 2, result.stderr);
      assert.equal(result.stderr, ['pipe.md', 'd/pipe.md'].map((f) => `policy-guidance: ${f}: skipped: not a regular file (a FIFO)\n`).join(''));
      assert.deepEqual(filesIn(result.stdout), ['good.md']);
    });

    it('/dev/zero is skipped, not read without end', function () {
      if (!existsSync('/dev/zero')) this.skip();
      const result = cli('check', '/dev/zero');
      assert.equal(result.code, 2);
      assert.equal(result.stderr, 'policy-guidance: /dev/zero: skipped: not a regular file (a character device)\n');
    });

    it('folders: symbolic links to folders are not followed (out of the tree, loops); each file once', function () {
      write('d/a.md', FLAGGED);
      write('d/sub/b.md', FLAGGED);
      write('outside/c.md', FLAGGED);
      try {
        symlinkSync('..', join(dir, 'd/sub/loop'), 'dir');
        symlinkSync(join(dir, 'outside'), join(dir, 'd/ext'), 'dir');
        symlinkSync(join(dir, 'd'), join(dir, 'd/sub/up'), 'dir');
        symlinkSync('a.md', join(dir, 'd/alias.md'));
        symlinkSync('../../outside/c.md', join(dir, 'd/sub/linked.md'));
      } catch {
        this.skip(); // no symbolic links here (Windows without the privilege)
      }
      const result = cli('check', '--format', 'json', 'd', 'd/**/*.md', 'd/a.md');
      assert.equal(result.code, 1, result.stderr);
      assert.equal(result.stderr, '');
      assert.deepEqual(filesIn(result.stdout), ['d/a.md', 'd/sub/b.md', 'd/sub/linked.md']);
    });

    it('UTF-16 with a byte-order mark is read as text, and a UTF-8 mark is dropped', () => {
      const bom = (be: boolean) => Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]);
      const be = Buffer.from(FLAGGED, 'utf16le').swap16();
      write('le.md', Buffer.concat([bom(false), Buffer.from(FLAGGED, 'utf16le')]));
      write('be.md', Buffer.concat([bom(true), be]));
      write('utf8.md', `\uFEFF${HOLD}\n`);
      const result = cli('check', '--format', 'json', 'le.md', 'be.md', 'utf8.md');
      assert.equal(result.code, 1, result.stderr);
      const report = JSON.parse(result.stdout);
      const column = FLAGGED.split('\n')[4].indexOf(HOLD) + 1;
      for (const [i, line, col] of [[0, 5, column], [1, 5, column], [2, 1, 1]]) {
        const hold = report[i].findings.find((f: any) => f.ruleId === 'detainer-hold');
        assert.ok(hold, report[i].file);
        assert.deepEqual([hold.line, hold.column, hold.excerpt], [line, col, HOLD], report[i].file);
      }
    });

    it('an unreadable file among good ones: reported as file: reason, the rest checked, exit 2', function () {
      write('good.md', FLAGGED);
      write('d/also-good.md', FLAGGED);
      try {
        symlinkSync('nowhere.md', join(dir, 'gone.md'));
        symlinkSync('nowhere.md', join(dir, 'd/gone.md'));
      } catch {
        this.skip();
      }
      write('scan.md', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
      mkdirSync(join(dir, 'folder.md'));
      const result = cli('check', '--format', 'json', 'gone.md', 'good.md', 'scan.md', 'folder.md', 'd');
      assert.equal(result.code, 2, result.stderr);
      assert.deepEqual(result.stderr.trimEnd().split('\n'), [
        'policy-guidance: folder.md: no .md, .markdown or .txt files found',
        'policy-guidance: gone.md: cannot read: no such file (ENOENT)',
        'policy-guidance: scan.md: cannot check: the file contains NUL bytes; it looks binary, not a text draft',
        'policy-guidance: d/gone.md: cannot read: no such file (ENOENT)',
      ]);
      assert.deepEqual(filesIn(result.stdout), ['good.md', 'd/also-good.md']);
    });
  });
});
