// The CLI on awkward input and output: FIFOs, devices, symbolic links, unreadable and UTF-16 files,
// a reader that stops early, and reports far larger than any draft (dist/cli.js; `npm test` builds it).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import * as json from '../src/format/json';
import { ruleInfos } from '../src/format/ruleInfo';
import * as sarif from '../src/format/sarif';
import * as stylish from '../src/format/stylish';
import type { FileFindings } from '../src/format/types';
import type { Finding } from '../src/lint/finding';
import { loadPackFromDir } from '../src/cli/packDir';

const PACK_DIR = resolve('corpus/missouri-ag-ice');

function finding(ruleId: string, severity: Finding['severity'], line: number): Finding {
  const range = { start: { line, character: 4 }, end: { line, character: 20 } };
  return { ruleId, severity, message: `Message of ${ruleId},\nsaid "twice".`, entries: ['Q2'], suggestion: 'No person shall be held.', start: 0, end: 0, range, excerpt: 'x' };
}

describe('policy-guidance CLI: files and output', function () {
  describe('reports written piece by piece', () => {
    const files: FileFindings[] = [
      { file: 'a.md', findings: Array.from({ length: 1000 }, (_, i) => finding(i % 2 ? 'detainer-hold' : 'status-inquiry', i % 2 ? 'warning' : 'information', i)) },
      { file: 'clean.md', findings: [] },
      { file: 'dir/my draft.txt', findings: [finding('profiling', 'error', 3)] },
    ];

    it('a stylish report of 200,000 findings in one file does not throw', () => {
      const many = Array.from({ length: 200_000 }, (_, i) => finding('detainer-hold', 'warning', i));
      const text = stylish.formatStylish([{ file: 'big.md', findings: many }]);
      const lines = text.trimEnd().split('\n');
      assert.equal(lines.length, 1 + 200_000 + 2);
      assert.equal(lines[0], 'big.md');
      assert.match(lines[200_000], /^ {2}200000:5 {2}warning {2}Message of detainer-hold, said "twice". {2}detainer-hold$/);
      assert.equal(lines.at(-1), '200000 problems (0 errors, 200000 warnings, 0 infos)');
    });

    it('JSON and SARIF come a finding at a time and read exactly as the whole document', async () => {
      const rules = ruleInfos((await loadPackFromDir(PACK_DIR)).rules);
      const tool = { name: 'policy-guidance', version: '1.2.3' };
      const cases = [
        { writer: new json.JsonWriter(), whole: (f: FileFindings[]) => json.toJsonReport(f) },
        { writer: new sarif.SarifWriter(rules, tool), whole: (f: FileFindings[]) => sarif.toSarif(f, rules, tool) },
      ];
      for (const { writer, whole } of cases) {
        const pieces = [writer.begin(), ...files.flatMap((f) => [...writer.file(f)]), writer.end()];
        assert.equal(pieces.join(''), `${JSON.stringify(whole(files), null, 2)}\n`);
        assert.ok(pieces.length >= 1001, `${pieces.length} pieces`);
        assert.ok(Math.max(...pieces.slice(1).map((p) => p.length)) < 2000, 'no piece holds more than one finding');
      }
      for (const { writer, whole } of [
        { writer: new json.JsonWriter(), whole: () => [] },
        { writer: new sarif.SarifWriter(rules, tool), whole: () => sarif.toSarif([], rules, tool) },
      ]) {
        assert.equal([writer.begin(), writer.end()].join(''), `${JSON.stringify(whole(), null, 2)}\n`);
      }
      const writer = new stylish.StylishWriter();
      assert.equal([writer.begin(), ...files.flatMap((f) => [...writer.file(f)]), writer.end()].join(''), stylish.formatStylish(files));
    });
  });
});
