// The CLI against a baseline, as CI runs it (a drafter's trial): a renumbered section still matches, SARIF keeps the
// accepted findings as unchanged results, and a baseline that names none of the files checked says so.
import assert from 'node:assert/strict';
import { cli, inFreshFolder, write } from './support/cliRun';

const SHARE = "City employees shall not share any person's immigration status with ICE.";
const HONOR = 'The jail shall honor every ICE detainer it receives.';
const draft = (...paragraphs: string[]) => `# Jail operations\n\n${paragraphs.join('\n\n')}\n`;

describe('policy-guidance CLI: check against a baseline, as CI runs it', function () {
  this.timeout(30_000);
  inFreshFolder();

  it('still accepts a finding whose section was renumbered ("5.2" → "5.9", "Section 5.2." → "Section 5.3.")', () => {
    write('policy.md', draft(`5.2 ${SHARE}`, `Section 5.2. ${HONOR}`));
    assert.equal(cli('check', '--write-baseline', 'baseline.json', 'policy.md').code, 0);
    write('policy.md', draft(`5.9 ${SHARE}`, `Section 5.3. ${HONOR}`));
    const renumbered = cli('check', '--format', 'json', '--baseline', 'baseline.json', 'policy.md');
    assert.deepEqual(JSON.parse(renumbered.stdout)[0].findings.map((f: any) => f.ruleId), []);
    assert.equal(renumbered.code, 0, renumbered.stderr);
  });

  it('writes SARIF with the accepted findings as "unchanged" results and the others as "new", failing only on new ones', () => {
    write('policy.md', draft(SHARE));
    assert.equal(cli('check', '--write-baseline', 'baseline.json', 'policy.md').code, 0);
    const accepted = cli('check', '--format', 'sarif', '--baseline', 'baseline.json', 'policy.md');
    assert.equal(accepted.code, 0, accepted.stderr);
    // (The sentence findings: a draft that limits or holds has its missing-provision findings too.)
    const states = (result: ReturnType<typeof cli>) => JSON.parse(result.stdout).runs[0].results.filter((r: any) => !r.ruleId.startsWith('missing-')).map((r: any) => [r.ruleId, r.baselineState]);
    assert.deepEqual(states(accepted), [['sanctuary-limit', 'unchanged']], 'code scanning keeps the accepted alert open, not fixed');
    write('policy.md', draft(SHARE, HONOR));
    const added = cli('check', '--format', 'sarif', '--baseline', 'baseline.json', 'policy.md');
    assert.equal(added.code, 1);
    assert.deepEqual(states(added), [['detainer-hold', 'new'], ['sanctuary-limit', 'unchanged']]);
  });

  it('says so when the baseline names none of the files checked (run from another folder), instead of failing silently', () => {
    write('policy.md', draft(SHARE));
    write('ws/policy.md', draft(SHARE));
    assert.equal(cli('check', '--write-baseline', 'baseline.json', 'policy.md').code, 0);
    const elsewhere = cli('check', '--baseline', 'baseline.json', 'ws/policy.md');
    assert.equal(elsewhere.code, 1);
    assert.match(elsewhere.stderr, /--baseline baseline\.json: none of the files checked is in it .*e\.g\. "policy\.md".*every finding is new/);
    assert.doesNotMatch(cli('check', '--baseline', 'baseline.json', 'policy.md').stderr, /none of the files checked/);
  });
});
