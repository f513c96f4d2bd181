// The engine's one entry point: several packs over one reading of the draft, suppressions applied
// once against every pack's rules, rule ids qualified where two packs share one, severity overrides,
// and plain data out (the result survives JSON, as a message from a worker would).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { createEngine, type Engine } from '../src/engine/engine';
import { buildSearchIndex } from '../src/search/searchIndex';

const ROOT = join(__dirname, '..');
const BUNDLED_DIR = join(ROOT, 'corpus', 'missouri-ag-ice');
const COUNTY_DIR = join(ROOT, 'test', 'vscode', 'workspace', 'guidance', 'county-pack');

const enginePack = (pack: Pack) => ({ pack, index: () => buildSearchIndex(pack) });

describe('the engine entry point', () => {
  let bundled: Pack;
  let county: Pack;
  let engine: Engine;
  before(async () => {
    bundled = await loadPackFromDir(BUNDLED_DIR);
    county = await loadPackFromDir(COUNTY_DIR);
    engine = createEngine([enginePack(bundled), enginePack(county)]);
  });

  const draft = [
    '# Field policy',
    '',
    '<!-- policy-guidance-disable-next-line camera-off -- the union agreement covers breaks -->',
    'Deputies may turn off their cameras during breaks.',
    '',
    '<!-- policy-guidance-disable-next-line detainer-hold -->',
    'The jail shall hold any inmate on an ICE detainer for 48 hours.',
    '',
    'Deputies may stop recording when a witness asks.',
    '',
  ].join('\n');

  it('applies suppressions once, against the rules of every pack', () => {
    const { findings } = engine.check({ text: draft, format: 'markdown' });
    const ids = findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('suppression-unknown-rule'), 'the county pack’s rule is known beside the bundled pack');
    assert.equal(ids.filter((id) => id === 'suppression-without-reason').length, 1, 'one problem for one comment, not one per pack');
    assert.ok(!ids.includes('detainer-hold'), 'the suppression still suppresses');
    assert.deepEqual(findings.filter((f) => f.ruleId === 'camera-off').map((f) => [f.range.start.line, f.packId]), [[8, 'county-pack']]);
  });

  it('gives every finding an id and its pack, and returns plain data', () => {
    const result = engine.check({ text: draft, format: 'markdown' });
    assert.equal(new Set(result.findings.map((f) => f.id)).size, result.findings.length);
    assert.deepEqual(JSON.parse(JSON.stringify(result)), result, 'survives a trip through JSON');
    assert.ok(result.topics['missouri-ag-ice'] && result.topics['county-pack']);
  });

  it('qualifies a rule id two packs share, and a suppression may name it either way', () => {
    const twin = structuredClone(county);
    twin.meta.id = 'twin-pack';
    const both = createEngine([enginePack(county), enginePack(twin)]);
    const text = 'Deputies may stop recording when a witness asks.\n';
    assert.deepEqual(both.check({ text, format: 'markdown' }).findings.map((f) => f.ruleId), ['county-pack/camera-off', 'twin-pack/camera-off']);
    const suppressedOne = `<!-- policy-guidance-disable-next-line twin-pack/camera-off -- reviewed -->\n${text}`;
    assert.deepEqual(both.check({ text: suppressedOne, format: 'markdown' }).findings.map((f) => f.ruleId), ['county-pack/camera-off']);
    const suppressedBoth = `<!-- policy-guidance-disable-next-line camera-off -- reviewed -->\n${text}`;
    assert.deepEqual(both.check({ text: suppressedBoth, format: 'markdown' }).findings, []);
  });

  it('lists every suppression in the register; one naming a rule is used if any pack raised it there', () => {
    const twin = structuredClone(county);
    twin.meta.id = 'twin-pack';
    const both = createEngine([enginePack(county), enginePack(twin)]);
    const text = 'Deputies may stop recording when a witness asks.\n';
    const one = both.check({ text: `<!-- policy-guidance-disable-next-line twin-pack/camera-off -- reviewed -->\n${text}`, format: 'markdown' });
    assert.deepEqual(one.findings.map((f) => f.ruleId), ['county-pack/camera-off'], 'used: it hid the twin pack’s finding');
    assert.deepEqual(one.suppressions.map((s) => [s.rules, s.suppressedRules, s.unused]), [[['twin-pack/camera-off'], ['twin-pack/camera-off'], false]]);
    const bare = both.check({ text: `<!-- policy-guidance-disable-next-line camera-off -- reviewed -->\n${text}`, format: 'markdown' });
    assert.deepEqual(bare.suppressions.map((s) => [s.suppressed, s.suppressedRules]), [[2, ['county-pack/camera-off', 'twin-pack/camera-off']]]);
    // Across packs in the two-pack engine: a bundled rule and a county rule in one comment.
    const mixed = engine.check({ text: `<!-- policy-guidance-disable-next-line camera-off, detainer-hold -- reviewed -->\n${text}`, format: 'markdown' });
    assert.deepEqual(mixed.findings.filter((f) => f.ruleId === 'unused-suppression').map((f) => /"([^"]+)"/.exec(f.message)?.[1]), ['detainer-hold']);
  });

  it('does not call a suppression of a rule set to off unused: it still hides what the rule raised', () => {
    const text = '<!-- policy-guidance-disable-next-line detainer-hold -- consent decree -->\nThe jail shall hold any inmate on an ICE detainer for 48 hours.\n';
    const result = engine.check({ text, format: 'markdown', severity: { 'detainer-hold': 'off' } });
    assert.ok(!result.findings.some((f) => f.ruleId === 'unused-suppression' || f.ruleId === 'detainer-hold'));
    assert.deepEqual(result.suppressions.map((s) => [s.reason, s.suppressed]), [['consent decree', 1]]);
    const quiet = engine.check({ text: '<!-- policy-guidance-disable-next-line detainer-hold -- x -->\nThe jail opens at 8.\n', format: 'markdown', severity: { 'unused-suppression': 'off' } });
    assert.ok(!quiet.findings.some((f) => f.ruleId === 'unused-suppression'), 'and unused-suppression itself can be turned off');
  });

  it('overrides severities, and drops a rule set to off with its document-rule state', () => {
    const text = 'The jail shall hold any inmate on an ICE detainer for 48 hours.\n';
    const result = engine.check({ text, format: 'markdown', severity: { 'detainer-hold': 'error', 'missing-notice': 'off' } });
    assert.equal(result.findings.find((f) => f.ruleId === 'detainer-hold')?.severity, 'error');
    assert.ok(!result.findings.some((f) => f.ruleId === 'missing-notice'));
    assert.ok(!result.documentRules.some((r) => r.ruleId === 'missing-notice'));
  });

  it('searches every pack, finds terms, renders entries and rules', () => {
    assert.equal(engine.search('detainer hold after release', 3)[0].id, 'Q2');
    assert.deepEqual(engine.termAt('held on an ICE detainer', 15).map((t) => t.term), ['detainer']);
    assert.match(engine.entryDocument('county-pack', 'Q1') ?? '', /^# Q1\. /);
    assert.match(engine.ruleDocument('missouri-ag-ice', 'detainer-hold') ?? '', /detainer-hold/);
  });
});

describe('the command line, over the same entry point', () => {
  const run = (...args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-engine-'));
    try {
      writeFileSync(join(dir, 'draft.md'), 'Deputies may stop recording when a witness asks.\n\nThe jail shall hold any inmate on an ICE detainer for 48 hours.\n');
      const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...args, 'draft.md'], { cwd: dir, encoding: 'utf8' });
      return { status: result.status, findings: (JSON.parse(result.stdout)[0]?.findings ?? []) as Array<{ ruleId: string; severity: string; packId: string }> };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('checks with a second pack beside the bundled one', () => {
    const { findings } = run('--pack', COUNTY_DIR);
    assert.ok(findings.some((f) => f.ruleId === 'camera-off' && f.packId === 'county-pack'));
    assert.ok(findings.some((f) => f.ruleId === 'detainer-hold' && f.packId === 'missouri-ag-ice'));
  });

  it('takes severity overrides as the editor’s setting does', () => {
    const { status, findings } = run('--severity', 'detainer-hold=off', '--severity', 'missing-notice=off', '--severity', 'missing-verification=information');
    assert.ok(!findings.some((f) => f.ruleId === 'detainer-hold' || f.ruleId === 'missing-notice'));
    assert.equal(findings.find((f) => f.ruleId === 'missing-verification')?.severity, 'information');
    assert.equal(status, 0, 'nothing left fails the check');
  });

  it('refuses a malformed severity', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-engine-'));
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--severity', 'detainer-hold=loud', 'x.md'], { cwd: dir, encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--severity needs RULE=LEVEL/);
  });
});

describe('shared vocabulary: concept references and packs that extend another', () => {
  const EXTENDING_DIR = join(ROOT, 'test', 'fixtures', 'packs', 'extending-pack');

  it('lets a pack use and refer to ("@name") the concepts of the pack it extends, and runs its examples', async () => {
    const bundled = await loadPackFromDir(BUNDLED_DIR);
    const extending = await loadPackFromDir(EXTENDING_DIR);
    const engine = createEngine([enginePack(bundled), enginePack(extending)]);
    const rule = extending.rules.rules[0];
    for (const text of rule.examples!.flag) assert.ok(engine.check({ text, format: 'markdown' }).findings.some((f) => f.ruleId === rule.id), `flags: ${text}`);
    for (const text of rule.examples!.pass) assert.ok(!engine.check({ text, format: 'markdown' }).findings.some((f) => f.ruleId === rule.id), `passes: ${text}`);
  });

  it("reads the base pack's outsiders unless the extending pack names its own", async () => {
    const bundled = await loadPackFromDir(BUNDLED_DIR);
    const extending = await loadPackFromDir(EXTENDING_DIR);
    const sentence = 'The clerk shall log each request from ICE to hold an inmate on a detainer.';
    const flags = (pack: typeof extending) => createEngine([enginePack(bundled), enginePack(pack)]).flagsSentence(pack.meta.id, 'hold-for-another-agency', sentence);
    assert.equal(flags(extending), false, 'ICE is an outsider, as in the base pack: the hold is what ICE asks for');
    assert.equal(flags({ ...extending, rules: { ...extending.rules, outsiders: [] } }), true, 'an extending pack that names no outsiders reads the hold as directed');
  });

  it("shows the base pack's exceptions on the page of an extending pack's rule that names them in notWith", async () => {
    const bundled = await loadPackFromDir(BUNDLED_DIR);
    const extending = await loadPackFromDir(EXTENDING_DIR);
    const [concept, exception] = Object.entries(bundled.rules.exceptions!)[0];
    const [rule] = extending.rules.rules;
    assert.ok(rule.scope === 'sentence');
    const naming = { ...extending, rules: { ...extending.rules, rules: [{ ...rule, pattern: { ...rule.pattern, notWith: [concept] } }] } };
    const page = createEngine([enginePack(bundled), enginePack(naming)]).ruleDocument(extending.meta.id, rule.id)!;
    assert.match(page, /## Exceptions/);
    assert.ok(page.includes(exception.examples[0].slice(0, 30)), page);
    assert.doesNotMatch(createEngine([enginePack(bundled), enginePack(extending)]).ruleDocument(extending.meta.id, rule.id)!, /## Exceptions/);
  });

  it('refuses an extending pack whose base is not loaded, naming both', async () => {
    const extending = await loadPackFromDir(EXTENDING_DIR);
    assert.throws(() => createEngine([enginePack(extending)]), /extends "missouri-ag-ice", which is not loaded/);
  });

  it('reports a reference to no concept, and a cycle, at the item that makes it', async () => {
    const { PackError } = await import('../src/corpus/packError');
    const { loadPack } = await import('../src/corpus/loadPack');
    const { readFileSync } = await import('node:fs');
    const files = (rules: object) => async (name: string) => (name === 'rules.json' ? JSON.stringify(rules, null, 2) : readFileSync(join(COUNTY_DIR, name), 'utf8'));
    const county = JSON.parse(readFileSync(join(COUNTY_DIR, 'rules.json'), 'utf8'));
    const missing = { ...county, concepts: { ...county.concepts, extra: ['@nowhere'] } };
    await assert.rejects(loadPack(files(missing)), (e: unknown) => e instanceof PackError && /"@nowhere" names no concept/.test(e.message) && e.line > 0);
    const cycle = { ...county, concepts: { ...county.concepts, a: ['@b'], b: ['@a'] } };
    await assert.rejects(loadPack(files(cycle)), (e: unknown) => e instanceof PackError && /a cycle/.test(e.message));
  });
});

describe('entries beyond questions', () => {
  it('reads free-form entry ids and kinds (a county ordinance beside a question)', async () => {
    const pack = await loadPackFromDir(join(ROOT, 'test', 'fixtures', 'packs', 'extending-pack'));
    assert.deepEqual(pack.entries.map((e) => [e.id, e.kind]), [['Q1', 'question'], ['Ord-12.3', 'policy']]);
    const bundled = await loadPackFromDir(BUNDLED_DIR);
    const engine = createEngine([enginePack(bundled), enginePack(pack)]);
    const page = engine.entryDocument('extending-pack', 'Ord-12.3')!;
    assert.match(page, /^# Ord-12\.3\. Holds at another agency's request/);
    assert.match(page, / · policy · topic: Holds/);
  });
});
