// `.policy-guidance.jsonc`: found by walking up from each draft, read alike by the CLI and the editor;
// per-draft packs by jurisdiction, per-path severity overrides, --config to name one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globMatches, jurisdictionAt, jurisdictionOf, packsForDraft, parseConfig, pathFromConfigFolder, severityForDraft } from '../src/config/config';
import { knownRuleIds } from '../src/config/unknownRules';
import type { Pack } from '../src/corpus/types';
import { PackError } from '../src/corpus/packError';

const ROOT = join(__dirname, '..');
const COUNTY_DIR = join(ROOT, 'test', 'vscode', 'workspace', 'guidance', 'county-pack');

describe('the configuration file', () => {
  it('parses JSONC and names an unknown key at its line and column', () => {
    assert.deepEqual(parseConfig('.policy-guidance.jsonc', '{\n  // comment\n  "severity": { "profiling": "off" }\n}'), { severity: { profiling: 'off' } });
    assert.throws(
      () => parseConfig('.policy-guidance.jsonc', '{\n  "severty": {}\n}'),
      (e: unknown) => e instanceof PackError && e.line === 2 && /severty/.test(e.problem),
    );
    assert.throws(() => parseConfig('.policy-guidance.jsonc', '{ "severity": { "profiling": "loud" } }'), PackError);
  });

  it('names every problem in one run, in file order, not one a run (a county counsel fixed a config file one error at a time)', () => {
    const text = '{\n  "severity": { "detainer-hold": "eror" },\n  "packz": [],\n  "overrides": [{ "files": "x", "severity": { "profiling": "loud" } }]\n}\n';
    assert.throws(
      () => parseConfig('.policy-guidance.jsonc', text),
      (e: unknown) => {
        if (!(e instanceof PackError)) return false;
        const all = [e, ...e.more].map((p) => `${p.line}:${p.column} ${p.problem.split(' at ')[0].split(' ').slice(0, 3).join(' ')}`);
        assert.deepEqual(all, ['2:17 Instance does not', '3:3 unknown key "packz"', '4:19 Instance type "string"', '4:47 Instance does not']);
        return true;
      },
    );
  });

  it('matches globs without backtracking', () => {
    assert.ok(globMatches('drafts/**', 'drafts/jail/policy.md'));
    assert.ok(globMatches('**/*.md', 'a/b/c.md'));
    assert.ok(globMatches('drafts/*.md', 'drafts/x.md'));
    assert.ok(!globMatches('drafts/*.md', 'drafts/jail/x.md'));
    assert.ok(!globMatches('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))); // linear, not exponential
  });

  it('reads a draft’s jurisdiction from its front matter and picks its packs', () => {
    const text = '---\ntitle: x\njurisdiction: "Example County"\n---\n# Draft\n';
    assert.equal(jurisdictionOf(text), 'Example County');
    assert.equal(jurisdictionOf('# No front matter\njurisdiction: Missouri\n'), undefined);
    const withMark = '\uFEFF---\ntitle: x\njurisdiction: Missouri  \n---\n';
    const at = jurisdictionAt(withMark)!;
    assert.equal(withMark.slice(at.start, at.end), 'jurisdiction: Missouri', 'the line, where it stands, without trailing spaces');
    const packs = [{ id: 'missouri-ag-ice', jurisdiction: 'Missouri' }, { id: 'county-pack', jurisdiction: 'Example County' }];
    assert.deepEqual(packsForDraft(text, {}, packs).packIds, ['county-pack']);
    assert.deepEqual(packsForDraft('# none\n', {}, packs).packIds, ['missouri-ag-ice', 'county-pack'], 'no jurisdiction: every pack');
    assert.deepEqual(packsForDraft(text, { jurisdictions: { 'example county': ['missouri-ag-ice'] } }, packs).packIds, ['missouri-ag-ice'], 'the config’s map wins');
  });

  it('names the jurisdiction a draft gives that neither the map nor any pack covers (its draft gets every pack)', () => {
    const packs = [{ id: 'missouri-ag-ice', jurisdiction: 'Missouri' }];
    const california = '---\njurisdiction: California\n---\n# Draft\n';
    assert.equal(packsForDraft(california, {}, packs).uncovered, 'California');
    assert.deepEqual(packsForDraft(california, {}, packs).packIds, ['missouri-ag-ice']);
    assert.equal(packsForDraft('---\njurisdiction: missouri\n---\n', {}, packs).uncovered, undefined, 'a pack covers it');
    assert.equal(packsForDraft(california, { jurisdictions: { california: ['missouri-ag-ice'] } }, packs).uncovered, undefined, 'the config maps it');
    assert.equal(packsForDraft('# none\n', {}, packs).uncovered, undefined, 'names none');
    assert.equal(packsForDraft('---\njurisdiction: City of Riverton, Missouri\n---\n', {}, packs).uncovered, undefined, 'a city in the pack’s state');
    assert.equal(packsForDraft('---\njurisdiction: Missouriville\n---\n', {}, packs).uncovered, 'Missouriville', 'whole words only');
  });

  it('knows each rule by id, and as "pack/rule" only where two packs share the id', () => {
    const pack = (id: string, ...rules: string[]) => ({ pack: { meta: { id }, rules: { rules: rules.map((r) => ({ id: r })) } } as unknown as Pick<Pack, 'meta' | 'rules'> });
    const known = knownRuleIds([pack('a', 'hold', 'stop'), pack('b', 'hold', 'camera')]);
    for (const id of ['hold', 'stop', 'camera', 'a/hold', 'b/hold', 'suppression-unknown-rule']) assert.ok(known.has(id), id);
    for (const id of ['a/stop', 'b/camera', 'a/camera']) assert.ok(!known.has(id), id);
  });

  it('applies overrides in order by path', () => {
    const config = { severity: { profiling: 'error' }, overrides: [{ files: ['jail/**'], severity: { profiling: 'off' } }] };
    assert.deepEqual(severityForDraft('jail/intake.md', config), { profiling: 'off' });
    assert.deepEqual(severityForDraft('patrol/stops.md', config), { profiling: 'error' });
  });

  it('reads a draft\'s path from the config\'s folder, also when that folder is a web workspace\'s root "/"', () => {
    assert.equal(pathFromConfigFolder('/', '/policies/jail-sop.md'), 'policies/jail-sop.md');
    assert.equal(pathFromConfigFolder('/home/ann/manual', '/home/ann/manual/policies/jail-sop.md'), 'policies/jail-sop.md');
    assert.equal(pathFromConfigFolder('/home/ann/manual', '/home/ann/manual-old/jail-sop.md'), '/home/ann/manual-old/jail-sop.md', 'a sibling folder is not inside');
    assert.ok(globMatches('policies/jail-*.md', pathFromConfigFolder('/', '/policies/jail-sop.md')));
  });
});

describe('the command line with a configuration file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-config-'));
    cpSync(COUNTY_DIR, join(dir, 'packs', 'county-pack'), { recursive: true });
    writeFileSync(join(dir, '.policy-guidance.jsonc'), '{\n  // both packs; each draft gets its own jurisdiction’s\n  "packs": ["packs/county-pack"],\n  "overrides": [{ "files": ["patrol/**"], "severity": { "detainer-hold": "off" } }]\n}\n');
    const body = 'The jail shall hold any inmate on an ICE detainer for 48 hours.\n\nDeputies may turn off their cameras during breaks.\n';
    mkdirSync(join(dir, 'jail'));
    mkdirSync(join(dir, 'patrol'));
    writeFileSync(join(dir, 'jail', 'missouri.md'), `---\njurisdiction: Missouri\n---\n${body}`);
    writeFileSync(join(dir, 'jail', 'county.md'), `---\njurisdiction: Example County\n---\n${body}`);
    writeFileSync(join(dir, 'patrol', 'missouri.md'), `---\njurisdiction: Missouri\n---\n${body}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const rulesIn = (cwd: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    return Object.fromEntries((JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ ruleId: string }> }>).map((r) => [r.file, [...new Set(r.findings.map((f) => f.ruleId))].sort()]));
  };

  it('finds the file above the drafts and gives each draft only its own jurisdiction’s pack', () => {
    const found = rulesIn(join(dir, 'jail'), '.');
    assert.ok(found['missouri.md'].includes('detainer-hold') && !found['missouri.md'].includes('camera-off'), JSON.stringify(found));
    assert.deepEqual(found['county.md'], ['camera-off']);
  });

  it('says where a draft names a jurisdiction no pack covers, on its front matter line, and still checks it', () => {
    writeFileSync(join(dir, 'jail', 'california.md'), '---\njurisdiction: California\n---\nThe jail shall hold any inmate on an ICE detainer for 48 hours.\n');
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', 'california.md'], { cwd: join(dir, 'jail'), encoding: 'utf8' });
    const [{ findings }] = JSON.parse(result.stdout) as Array<{ findings: Array<{ ruleId: string; line: number; message: string }> }>;
    const notice = findings.find((f) => f.ruleId === 'jurisdiction-not-covered');
    assert.ok(notice, JSON.stringify(findings.map((f) => f.ruleId)));
    assert.equal(notice.line, 2);
    assert.match(notice.message, /"California", which no guidance pack in use covers\. It was checked against .*\(Missouri\)/);
    assert.ok(findings.some((f) => f.ruleId === 'detainer-hold'), 'the draft is still checked');
    const covered = rulesIn(join(dir, 'jail'), 'missouri.md');
    assert.ok(!covered['missouri.md'].includes('jurisdiction-not-covered'));
  });

  it('applies per-path overrides', () => {
    const found = rulesIn(dir, 'patrol');
    assert.ok(!found['patrol/missouri.md'].includes('detainer-hold'), JSON.stringify(found));
  });

  it('takes --config instead of the nearest file', () => {
    writeFileSync(join(dir, 'other.jsonc'), '{ "severity": { "detainer-hold": "off" } }');
    const found = rulesIn(dir, '--config', 'other.jsonc', 'jail/missouri.md');
    assert.ok(!found['jail/missouri.md'].includes('detainer-hold'));
  });

  it('names a broken file at its line and column, exit 2', () => {
    writeFileSync(join(dir, 'broken.jsonc'), '{\n  "packs": 3,\n  "severty": {}\n}');
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--config', 'broken.jsonc', 'jail'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 2);
    // Both problems, a line each.
    assert.match(result.stderr, /^policy-guidance: broken\.jsonc:2:\d+: .*\npolicy-guidance: broken\.jsonc:3:3: unknown key "severty"\n$/);
  });

  // (A drafter's trial: "--severity detainer_hold=off" and a "bogus-rule" key changed nothing and said nothing.)
  it('names a severity for a rule no pack in use has, with the likely slip, exit 2: on the command line and in the file', () => {
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--severity', 'detainer_hold=off', 'jail'], { cwd: dir, encoding: 'utf8' });
    assert.equal(cli.status, 2);
    assert.match(cli.stderr, /--severity: severity names "detainer_hold", which no rule in use has \(did you mean "detainer-hold"\?\)/);
    writeFileSync(join(dir, 'slip.jsonc'), '{\n  "packs": ["packs/county-pack"],\n  "overrides": [{ "files": ["jail/**"], "severity": { "camera-of": "error" } }]\n}\n');
    const file = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--config', 'slip.jsonc', 'jail'], { cwd: dir, encoding: 'utf8' });
    assert.equal(file.status, 2);
    assert.match(file.stderr, /slip\.jsonc:3:55: severity names "camera-of", which no rule in use has \(did you mean "camera-off"\?\)/);
    // Every slip in one run, a line each (a drafter's trial fixed one a run).
    const both = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--config', 'slip.jsonc', '--severity', 'detainer_hold=off', 'jail'], { cwd: dir, encoding: 'utf8' });
    assert.match(both.stderr, /^policy-guidance: --severity: .*"detainer_hold".*\npolicy-guidance: slip\.jsonc:3:55: .*"camera-of"/);
    const known = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--severity', 'camera-off=error', 'jail/county.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(known.status, 1, 'a rule of a pack the config adds is known');
    // ("pack/rule" names a rule two packs share; with no second pack it would match nothing, so it is a slip too.)
    const qualified = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--severity', 'missouri-ag-ice/detainer-hold=off', 'jail/missouri.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(qualified.status, 2);
    assert.match(qualified.stderr, /severity names "missouri-ag-ice\/detainer-hold", which no rule in use has/);
  });
});
