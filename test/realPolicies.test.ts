// Whole-document snapshots of real policies (as markdownlint checks real repositories): each
// test/fixtures/real/<name>.md is the full text of a public law or policy, and <name>.findings.json
// records what the bundled pack reports on it today (rule, 1-based line, severity; not the message).
// A change to the rules or the matcher that moves a finding shows up here, to be reviewed against
// test/fixtures/real/REVIEW.md, which says which of these findings are right, which are false
// positives and which conflicts are missed.
//
//   UPDATE_SNAPSHOTS=1 npx mocha test/realPolicies.test.ts    rewrites the snapshots instead of comparing
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createEngine, type Engine } from '../src/engine/engine';
import { formatForPath } from '../src/lint/lint';
import { buildSearchIndex } from '../src/search/searchIndex';

const REAL = join(__dirname, 'fixtures', 'real');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

interface SnapshotFinding {
  ruleId: string;
  /** 1-based line where the finding starts. */
  line: number;
  severity: string;
}

/** The documents: every .md/.txt here that opens with its source comment (REVIEW.md does not). */
const documents = readdirSync(REAL)
  .filter((f) => /\.(md|txt)$/i.test(f))
  .filter((f) => /^<!--\s*source:/.test(readFileSync(join(REAL, f), 'utf8')))
  .sort();

const snapshotPath = (file: string) => join(REAL, `${file.replace(/\.(md|txt)$/i, '')}.findings.json`);

function findingsOf(engine: Engine, file: string): SnapshotFinding[] {
  const text = readFileSync(join(REAL, file), 'utf8');
  return engine
    .check({ text, format: formatForPath(file) })
    .findings.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line + 1, severity: f.severity }))
    .sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}

const show = (f: SnapshotFinding) => `${f.line}: ${f.ruleId} (${f.severity})`;

describe('real policies, whole documents, against their snapshots', () => {
  let engine: Engine;
  before(async () => {
    const pack: Pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
  });

  it('has at least three real documents, each with a snapshot and a review', () => {
    assert.ok(documents.length >= 3, `only ${documents.length} documents in test/fixtures/real`);
    const review = readFileSync(join(REAL, 'REVIEW.md'), 'utf8');
    for (const file of documents) {
      assert.ok(UPDATE || existsSync(snapshotPath(file)), `no snapshot for ${file}: run with UPDATE_SNAPSHOTS=1`);
      assert.ok(review.includes(file), `REVIEW.md does not review ${file}`);
    }
    const orphans = readdirSync(REAL)
      .filter((f) => f.endsWith('.findings.json'))
      .filter((f) => !documents.some((d) => snapshotPath(d) === join(REAL, f)));
    assert.deepEqual(orphans, [], 'snapshots with no document');
  });

  for (const file of documents) {
    it(file, () => {
      const actual = findingsOf(engine, file);
      const path = snapshotPath(file);
      if (UPDATE) {
        writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      const expected = JSON.parse(readFileSync(path, 'utf8')) as SnapshotFinding[];
      const key = (f: SnapshotFinding) => show(f);
      const gone = expected.filter((e) => !actual.some((a) => key(a) === key(e))).map(show);
      const added = actual.filter((a) => !expected.some((e) => key(a) === key(e))).map(show);
      assert.ok(
        gone.length === 0 && added.length === 0 && actual.length === expected.length,
        `test/fixtures/real/${file} no longer matches its snapshot (check test/fixtures/real/REVIEW.md, then UPDATE_SNAPSHOTS=1 to accept):\n` +
          `  no longer reported: ${gone.join('; ') || 'none'}\n  newly reported: ${added.join('; ') || 'none'}`,
      );
    });
  }
});
