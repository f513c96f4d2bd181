// What the built CLI says of one-sentence drafts, rule by rule: messages that state the law and the corpus exactly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Finding } from '../src/lint/finding';

const ROOT = join(__dirname, '..');

describe('messages that state the law and the corpus exactly (CLI probes of issue 8)', () => {
  // The built CLI on a one-sentence draft: the sentence-level findings, as "rule:severity".
  const probe = (sentence: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-probe-'));
    try {
      writeFileSync(join(dir, 'draft.txt'), `${sentence}\n`);
      const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', 'draft.txt'], { cwd: dir, encoding: 'utf8' });
      const [report] = JSON.parse(result.stdout) as Array<{ findings: Finding[] }>;
      return report.findings.filter((f) => !f.ruleId.startsWith('missing-')).map((f) => `${f.ruleId}:${f.severity}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('does not read notice to ICE before release as a hold', () => {
    assert.deepEqual(probe('The jail shall notify ICE 48 hours before the release of any inmate who is the subject of a detainer.'), []);
  });

  it('does not read a hold by officers designated under a 287(g) agreement, acting under it, as a hold on a detainer alone', () => {
    assert.deepEqual(probe('Deputies designated under the 287(g) agreement shall hold inmates who are the subject of an ICE detainer as that agreement provides.'), []);
  });

  it('reports declining a 287(g) agreement as cooperation-limit, information only', () => {
    assert.deepEqual(probe('The City shall not enter into any 287(g) agreement.'), ['cooperation-limit:information']);
  });

  it('reports a limit on sharing immigration status as sanctuary-limit, a warning', () => {
    assert.deepEqual(probe('City employees shall not share any person’s immigration status with ICE.'), ['sanctuary-limit:warning']);
  });
});

describe('rule messages', () => {
  it('never lean on the S-CRED program, and say which passages are unverified', async () => {
    const rules = (await loadPackFromDir(join(ROOT, 'corpus', 'missouri-ag-ice'))).rules.rules;
    for (const rule of rules) assert.doesNotMatch(`${rule.message} ${rule.corpusSays} ${rule.lawSays ?? ''}`, /S-CRED/, rule.id);
    for (const id of ['missing-reporting', 'missing-training', 'missing-verification', 'detainee-rights', 'profiling']) {
      const rule = rules.find((r) => r.id === id)!;
      assert.match(rule.corpusSays, /unverified/, id);
      assert.notEqual(rule.severity, 'error', id);
    }
  });
});
