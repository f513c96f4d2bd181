// Runs the built CLI (dist/cli.js; `npm test` builds it first) as a user would.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertFails, cli, inFreshFolder, workDir, write } from './support/cliRun';

const PACK_DIR = resolve('corpus/missouri-ag-ice');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const HOLD = 'The jail shall hold any inmate who is the subject of an ICE detainer for up to 48 hours beyond release.';
const FLAGGED = `# Jail operations\n\n## Detainers\n\nInmates are booked in the order of arrival. ${HOLD}\n`;
// Compliant throughout: the hold is forbidden, and verification, notice and reporting are provided for.
const COMPLIANT = [
  '# Detainers',
  'No person shall be held solely on the basis of an ICE detainer.',
  'Before acting on any detainer or request from ICE, the shift supervisor shall verify its authenticity and whether it is accompanied by a judicial warrant.',
  'The jail shall give any person who is the subject of an immigration detainer a copy of the detainer and written notice of their rights.',
  'The Department shall record each detainer, request and transfer involving ICE and publish an annual report of these interactions.',
].join('\n\n');
// Only an information finding (status-inquiry): advice, not a failure.
const INFO_ONLY = 'During a traffic stop, officers shall ask the driver about immigration status.\n';

/** 1-based line and column of the first occurrence of `needle`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in the text`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('policy-guidance CLI', function () {
  this.timeout(30_000);

  inFreshFolder();

  describe('check', () => {
    it('exits 1 and reports the finding at its 1-based place in JSON', () => {
      write('drafts/flagged.md', FLAGGED);
      const result = cli('check', '--format', 'json', 'drafts/flagged.md');
      assert.equal(result.code, 1, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.equal(report.length, 1);
      assert.equal(report[0].file, 'drafts/flagged.md');
      assert.match(report[0].notice, /^Not legal advice\..*"suggestion" is wording to consider/, 'a tool built on the JSON keeps the notice');
      const hold = report[0].findings.find((f: any) => f.ruleId === 'detainer-hold');
      const { line, column } = positionOf(FLAGGED, HOLD);
      assert.equal(line, 5);
      assert.ok(column > 1);
      assert.deepEqual([hold.line, hold.column, hold.endLine, hold.endColumn], [line, column, line, column + HOLD.length]);
      assert.deepEqual(hold.range, { start: { line: line - 1, character: column - 1 }, end: { line: line - 1, character: column - 1 + HOLD.length } });
      assert.deepEqual(hold.entries, ['Q2', 'Q5']);
      assert.equal(hold.severity, 'warning');
    });

    it('lists every suppression comment in JSON (the exceptions register), and reports one that suppresses nothing', () => {
      const draft = [
        '# Jail operations',
        '',
        '<!-- policy-guidance-disable-next-line detainer-hold -- consent decree of 2024; reviewed by county counsel -->',
        HOLD,
        '',
        '<!-- policy-guidance-disable-next-line profiling -- under review -->',
        'Inmates are booked in the order of arrival.',
        '',
      ].join('\n');
      write('register.md', draft);
      const result = cli('check', '--format', 'json', 'register.md');
      const [report] = JSON.parse(result.stdout);
      assert.deepEqual(
        report.suppressions.map((s: any) => [s.line, s.column, s.rules, s.reason, s.suppressed, s.unused]),
        [
          [3, 1, ['detainer-hold'], 'consent decree of 2024; reviewed by county counsel', 1, false],
          [6, 1, ['profiling'], 'under review', 0, true],
        ],
      );
      const unused = report.findings.filter((f: any) => f.ruleId === 'unused-suppression');
      assert.deepEqual(unused.map((f: any) => [f.line, f.severity]), [[6, 'information']]);
      assert.ok(!report.findings.some((f: any) => f.ruleId === 'detainer-hold'));
    });

    it('writes a finding a suppression comment hid to SARIF as suppressed in source, with its reason', () => {
      const draft = ['# Jail operations', '', '<!-- policy-guidance-disable-next-line detainer-hold -- consent decree of 2024 -->', HOLD, ''].join('\n');
      write('suppressed.md', draft);
      const result = cli('check', '--format', 'sarif', 'suppressed.md');
      const holds = JSON.parse(result.stdout).runs[0].results.filter((r: any) => r.ruleId === 'detainer-hold');
      assert.equal(holds.length, 1);
      assert.deepEqual(holds[0].suppressions, [{ kind: 'inSource', justification: 'consent decree of 2024' }]);
      assert.equal(holds[0].locations[0].physicalLocation.region.startLine, 4);
      // Without the comment the same finding is an open result.
      write('suppressed.md', draft.replace(/<!--.*-->/, ''));
      const open = JSON.parse(cli('check', '--format', 'sarif', 'suppressed.md').stdout).runs[0].results.filter((r: any) => r.ruleId === 'detainer-hold');
      assert.deepEqual(open.map((r: any) => [r.locations[0].physicalLocation.region.startLine, r.suppressions]), [[4, undefined]]);
    });

    it('writes SARIF 2.1.0 with rule metadata, 1-based regions, entries, suggested wording and the not-legal-advice notice', () => {
      write('drafts/flagged.md', FLAGGED);
      const result = cli('check', '--format', 'sarif', 'drafts');
      assert.equal(result.code, 1, result.stderr);
      const sarif = JSON.parse(result.stdout);
      assert.equal(sarif.version, '2.1.0');
      const [run] = sarif.runs;
      assert.equal(run.tool.driver.name, 'policy-guidance');
      assert.equal(run.tool.driver.version, version);
      const rule = run.tool.driver.rules.find((r: any) => r.id === 'detainer-hold');
      assert.equal(rule.defaultConfiguration.level, 'warning');
      assert.deepEqual(rule.properties.entries, ['Q2', 'Q5']);
      assert.ok(rule.shortDescription.text.length > 0 && rule.fullDescription.text.length > 0);
      assert.ok(run.tool.driver.rules.some((r: any) => r.id === 'suppression-without-reason'));

      const hold = run.results.find((r: any) => r.ruleId === 'detainer-hold');
      assert.equal(run.tool.driver.rules[hold.ruleIndex].id, 'detainer-hold');
      assert.equal(hold.level, 'warning');
      assert.ok(!hold.message.text.includes('\n'));
      const { physicalLocation } = hold.locations[0];
      assert.equal(physicalLocation.artifactLocation.uri, 'drafts/flagged.md');
      const { line, column } = positionOf(FLAGGED, HOLD);
      assert.deepEqual(physicalLocation.region, { startLine: line, startColumn: column, endLine: line, endColumn: column + HOLD.length });
      assert.deepEqual(hold.properties.entries, ['Q2', 'Q5']);
      assert.equal(typeof hold.properties.suggestedWording, 'string');
      assert.match(sarif.runs[0].properties.notice, /^Not legal advice/);
      for (const r of run.results) {
        const region = r.locations[0].physicalLocation.region;
        assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine, JSON.stringify(region));
      }
    });

    it('prints an ESLint-like stylish report by default', () => {
      write('flagged.md', FLAGGED);
      const result = cli('check', 'flagged.md');
      assert.equal(result.code, 1);
      const lines = result.stdout.split('\n');
      assert.equal(lines[0], 'flagged.md');
      const { line, column } = positionOf(FLAGGED, HOLD);
      const at = lines.findIndex((l) => new RegExp(`^  ${line}:${column}\\s+warning\\s+detainer-hold\\s+\\S.*\\S$`).test(l));
      assert.ok(at > 0, result.stdout);
      assert.match(lines[at + 1], /^\s+> \S/, 'the sentence found, quoted below its finding');
      assert.match(result.stdout, /\n\d+ problems? \(0 errors, [1-9]\d* warnings?, [0-9]+ infos?\)\nNot legal advice\. [^\n]*\n$/);
    });

    it('exits 0 with no output for a compliant draft', () => {
      write('compliant.md', COMPLIANT);
      const result = cli('check', 'compliant.md');
      assert.equal(result.code, 0, result.stdout);
      assert.equal(result.stdout, '');
    });

    it('exits 0 when the only findings are information', () => {
      write('stops.txt', INFO_ONLY);
      const result = cli('check', '--format', 'json', 'stops.txt');
      assert.equal(result.code, 0, result.stdout);
      const findings = JSON.parse(result.stdout)[0].findings;
      assert.ok(findings.length > 0);
      assert.ok(findings.every((f: any) => f.severity === 'information' || f.severity === 'hint'));
    });

    it('expands folders and globs to .md, .markdown and .txt, skipping node_modules and .git', () => {
      for (const path of ['d/a.md', 'd/sub/b.markdown', 'd/c.TXT', 'd/e.rst', 'd/node_modules/x.md', 'd/.git/y.md']) write(path, COMPLIANT);
      const files = (...args: string[]) => JSON.parse(cli('check', '--format', 'json', ...args).stdout).map((r: any) => r.file);
      assert.deepEqual(files('d'), ['d/a.md', 'd/c.TXT', 'd/sub/b.markdown']);
      assert.deepEqual(files('d/**/*.md'), ['d/a.md']);
      assert.deepEqual(files('d/a.md', 'd', 'd/e.rst'), ['d/a.md', 'd/c.TXT', 'd/sub/b.markdown', 'd/e.rst']);
    });

    it('checks the same with --pack pointing at a copy of the bundled pack', () => {
      write('flagged.md', FLAGGED);
      const bundled = cli('check', '--format', 'json', 'flagged.md');
      const fromDir = cli('check', '--format', 'json', '--pack', PACK_DIR, 'flagged.md');
      assert.equal(fromDir.code, bundled.code);
      assert.deepEqual(JSON.parse(fromDir.stdout), JSON.parse(bundled.stdout));
    });
  });

  describe('check against a baseline', () => {
    const HONOR = 'The jail shall honor every ICE detainer it receives.';
    const SHARE = "City employees shall not share any person's immigration status with ICE.";
    const draft = (...paragraphs: string[]) => `# Jail operations\n\n${paragraphs.join('\n\n')}\n`;
    const findingsOf = (result: ReturnType<typeof cli>) => JSON.parse(result.stdout)[0].findings.map((f: any) => [f.ruleId, f.line]);

    it('writes the baseline by rule and sentence hash (no line numbers), with a count for a repeated sentence, and exits 0', () => {
      write('policy.md', draft(HOLD, HONOR, HONOR));
      const result = cli('check', '--write-baseline', 'baseline.json', 'policy.md');
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /detainer-hold/, 'the report is still written');
      const baseline = JSON.parse(readFileSync(join(workDir(), 'baseline.json'), 'utf8'));
      assert.equal(baseline.version, 1);
      const entries = baseline.files['policy.md'];
      assert.ok(entries.every((e: any) => Object.keys(e).join() === 'ruleId,hash,count'), JSON.stringify(entries));
      const holds = entries.filter((e: any) => e.ruleId === 'detainer-hold');
      assert.deepEqual(holds.map((e: any) => e.count).sort(), [1, 2]);
      assert.ok(entries.some((e: any) => e.ruleId === 'missing-notice' && e.hash === 'document'), 'a missing provision is kept by rule alone');
    });

    it('passes on findings the baseline holds, also after edits elsewhere and a moved sentence; fails on a new one', () => {
      write('policy.md', draft(HOLD, 'Inmates are booked in the order of arrival.'));
      assert.equal(cli('check', '--write-baseline', 'baseline.json', 'policy.md').code, 0);

      const unchanged = cli('check', '--format', 'json', '--baseline', 'baseline.json', 'policy.md');
      assert.equal(unchanged.code, 0, unchanged.stderr);
      assert.deepEqual(findingsOf(unchanged), [], 'baselined findings are not reported');
      assert.match(unchanged.stderr, /^policy-guidance: \d+ findings in the baseline not reported\n$/);

      // Edits elsewhere, and the flagged sentence moved down and rewrapped over two lines.
      write('policy.md', `# Jail operations\n\n## Booking\n\nInmates are booked in the order of arrival, and property is logged.\n\n## Holds\n\n${HOLD.replace(' for up', '\nfor up')}\n`);
      const moved = cli('check', '--format', 'json', '--baseline', 'baseline.json', 'policy.md');
      assert.equal(moved.code, 0, moved.stderr);
      assert.deepEqual(findingsOf(moved), []);

      write('policy.md', draft(HOLD, 'Inmates are booked in the order of arrival.', SHARE));
      const added = cli('check', '--format', 'json', '--baseline', 'baseline.json', 'policy.md');
      assert.equal(added.code, 1, 'a new finding fails the check');
      assert.deepEqual(findingsOf(added), [['sanctuary-limit', 7]], 'and only it is reported');
    });

    it('treats an edited sentence as new, and a third copy of a sentence baselined twice as new', () => {
      write('policy.md', draft(HONOR, HONOR));
      assert.equal(cli('check', '--write-baseline', 'baseline.json', 'policy.md').code, 0);
      write('policy.md', draft(HONOR, HONOR, HONOR));
      assert.deepEqual(findingsOf(cli('check', '--format', 'json', '--baseline', 'baseline.json', 'policy.md')), [['detainer-hold', 7]]);
      write('policy.md', draft(HONOR, HONOR.replace('every', 'each')));
      const edited = cli('check', '--format', 'json', '--baseline', 'baseline.json', 'policy.md');
      assert.equal(edited.code, 1);
      assert.deepEqual(findingsOf(edited), [['detainer-hold', 5]]);
      assert.match(edited.stderr, /1 baseline finding no longer found \(policy\.md: detainer-hold; rewrite it with --write-baseline\)/);
    });

    it('refuses a missing or malformed baseline, and both options at once', () => {
      write('policy.md', draft(HOLD));
      assertFails(cli('check', '--baseline', 'none.json', 'policy.md'), /--baseline none\.json: cannot read it: no such file/);
      write('bad.json', '[1, 2]');
      assertFails(cli('check', '--baseline', 'bad.json', 'policy.md'), /--baseline bad\.json: not a policy-guidance baseline/);
      assertFails(cli('check', '--baseline', 'a.json', '--write-baseline', 'b.json', 'policy.md'), /either --baseline .* or --write-baseline/);
    });
  });

  describe('check failures (exit 2, one line on stderr)', () => {
    it('a missing file', () => assertFails(cli('check', 'draft.md'), /: draft\.md: cannot read: no such file \(ENOENT\)$/m));

    it('a glob or folder with no drafts', () => {
      write('empty/notes.rst', 'x');
      assertFails(cli('check', 'nothing/*.md'), /: nothing\/\*\.md: no \.md, \.markdown or \.txt files found$/m);
      assertFails(cli('check', 'empty'), /: empty: no \.md, \.markdown or \.txt files found$/m);
    });

    it('a binary file', () => {
      write('scan.md', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0x00, 0x41]));
      assertFails(cli('check', 'scan.md'), /: scan\.md: cannot check: .*binary/);
    });

    it('a draft over 10 MB', () => {
      write('huge.md', Buffer.alloc(10 * 1024 * 1024 + 1, 'word '));
      assertFails(cli('check', 'huge.md'), /: huge\.md: skipped: 10\.0 MB; drafts over 10 MB are not checked$/m);
    });

    it('an unreadable input among readable ones: reported on stderr, the rest checked, a complete report, exit 2', () => {
      write('flagged.md', FLAGGED);
      const result = cli('check', '--format', 'sarif', 'missing.md', 'flagged.md');
      assert.equal(result.code, 2, result.stderr);
      assert.equal(result.stderr, 'policy-guidance: missing.md: cannot read: no such file (ENOENT)\n');
      const results = JSON.parse(result.stdout).runs[0].results;
      assert.ok(results.some((r: any) => r.ruleId === 'detainer-hold' && r.locations[0].physicalLocation.artifactLocation.uri === 'flagged.md'));
    });

    it('a broken --pack, naming file, line and column', () => {
      cpSync(PACK_DIR, join(workDir(), 'pack'), { recursive: true });
      const rulesPath = join(workDir(), 'pack', 'rules.json');
      const rules = readFileSync(rulesPath, 'utf8');
      const broken = rules.replace('"severity": "warning"', '"severity": "fatal"');
      assert.notEqual(broken, rules);
      writeFileSync(rulesPath, broken);
      const { line } = positionOf(broken, '"severity": "fatal"');
      write('flagged.md', FLAGGED);
      assertFails(cli('check', '--pack', 'pack', 'flagged.md'), new RegExp(`pack[\\\\/]rules\\.json:${line}:\\d+: `));
    });

    it('a --pack folder that does not exist', () => assertFails(cli('check', '--pack', 'nowhere', 'x.md'), /--pack nowhere: no such folder/));

    it('bad usage', () => {
      assertFails(cli('check'), /check needs at least one file/);
      assertFails(cli('check', ''), /check was given an empty file name/); // not the current folder
      assertFails(cli('check', 'x.md', ''), /check was given an empty file name/);
      assertFails(cli('check', '--format', 'xml', 'x.md'), /unknown format "xml"/);
      assertFails(cli('check', '--colour', 'x.md'), /unknown option --colour/);
      assertFails(cli('lint', 'x.md'), /unknown command "lint"/);
      assertFails(cli(), /missing command/);
    });
  });
});
