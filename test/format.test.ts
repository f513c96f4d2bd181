import assert from 'node:assert/strict';
import type { Finding } from '../src/lint/finding';
import { toJsonReport } from '../src/format/json';
import { ruleInfos } from '../src/format/ruleInfo';
import { formatRulesTable } from '../src/format/rulesTable';
import { pathToUri, toSarif } from '../src/format/sarif';
import { formatStylish } from '../src/format/stylish';
import type { FileFindings, RuleInfo } from '../src/format/types';
import type { RuleSet } from '../src/rules/types';

// Hand-made findings: 0-based ranges with an exclusive end, as the engine gives them.
function finding(ruleId: string, severity: Finding['severity'], line: number, character: number, endLine: number, endCharacter: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity,
    message: `Message of ${ruleId}.`,
    entries: ['Q2', 'Q5'],
    start: 0,
    end: 0,
    range: { start: { line, character }, end: { line: endLine, character: endCharacter } },
    excerpt: 'excerpt',
    ...extra,
  };
}

const RULES: RuleInfo[] = [
  { id: 'detainer-hold', title: 'Hold on a detainer', severity: 'warning', scope: 'sentence', message: 'Holds a person\non a detainer.', restsOn: ['Q2', 'Q5'], suggestion: 'No person shall be held.' },
  { id: 'status-inquiry', title: 'Status questions', severity: 'information', scope: 'sentence', message: 'Asks about status.', restsOn: ['Q10'] },
  { id: 'profiling', title: 'Profiling', severity: 'error', scope: 'sentence', message: 'Profiles.', restsOn: ['Q19'] },
];

const FILES: FileFindings[] = [
  {
    file: 'policies/jail policy.md',
    findings: [
      finding('detainer-hold', 'warning', 2, 0, 2, 103, { suggestion: 'No person shall be held.', message: 'Holds a person\n   on a detainer.' }),
      finding('status-inquiry', 'information', 10, 4, 11, 7, { entries: ['Q10'] }),
    ],
  },
  { file: 'clean.md', findings: [] },
  { file: 'ordinance.txt', findings: [finding('profiling', 'error', 0, 9, 0, 20, { entries: ['Q19'] }), finding('unknown-rule', 'hint', 1, 0, 1, 1, { entries: [] })] },
];

describe('SARIF report', () => {
  const sarif = toSarif(FILES, RULES, { name: 'policy-guidance', version: '1.2.3', informationUri: 'https://example.org/pg' }) as any;
  const run = sarif.runs[0];

  it('is a SARIF 2.1.0 log with one run', () => {
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-schema-2\.1\.0\.json$/);
    assert.equal(sarif.runs.length, 1);
  });

  it('describes the tool and every rule', () => {
    assert.equal(run.tool.driver.name, 'policy-guidance');
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.equal(run.tool.driver.informationUri, 'https://example.org/pg');
    assert.deepEqual(run.tool.driver.rules[0], {
      id: 'detainer-hold',
      name: 'detainer-hold',
      shortDescription: { text: 'Hold on a detainer' },
      fullDescription: { text: 'Holds a person on a detainer.' },
      help: {
        text: 'Suggested wording (a provision to consider, not legal advice): No person shall be held.',
        markdown: '**Suggested wording (a provision to consider, not legal advice):** No person shall be held.',
      },
      defaultConfiguration: { level: 'warning' },
      properties: { entries: ['Q2', 'Q5'], scope: 'sentence' },
    });
    assert.deepEqual(
      run.tool.driver.rules.map((r: any) => r.defaultConfiguration.level),
      ['warning', 'note', 'error'],
    );
    assert.equal('help' in run.tool.driver.rules[1], false);
  });

  it('leaves informationUri out when there is none', () => {
    const bare = toSarif([], RULES, { name: 'policy-guidance', version: '1.2.3' }) as any;
    assert.equal('informationUri' in bare.runs[0].tool.driver, false);
    assert.deepEqual(bare.runs[0].results, []);
  });

  it('gives each finding a 1-based region with an exclusive end column', () => {
    assert.equal(run.results.length, 4);
    const [hold, inquiry, profiling] = run.results;
    assert.deepEqual(hold.locations[0].physicalLocation.region, { startLine: 3, startColumn: 1, endLine: 3, endColumn: 104 });
    assert.deepEqual(inquiry.locations[0].physicalLocation.region, { startLine: 11, startColumn: 5, endLine: 12, endColumn: 8 });
    assert.deepEqual(profiling.locations[0].physicalLocation.region, { startLine: 1, startColumn: 10, endLine: 1, endColumn: 21 });
  });

  it('carries rule id and index, level, one-line message, relative URI, entries and suggestion', () => {
    const [hold, inquiry, profiling, unknown] = run.results;
    assert.equal(hold.ruleId, 'detainer-hold');
    assert.equal(hold.ruleIndex, 0);
    assert.equal(hold.level, 'warning');
    assert.equal(hold.message.text, 'Holds a person on a detainer.');
    assert.equal(hold.locations[0].physicalLocation.artifactLocation.uri, 'policies/jail%20policy.md');
    assert.deepEqual(hold.properties, { entries: ['Q2', 'Q5'], suggestedWording: 'No person shall be held.' });
    assert.equal(inquiry.level, 'note');
    assert.equal(inquiry.ruleIndex, 1);
    assert.deepEqual(inquiry.properties, { entries: ['Q10'] });
    assert.equal(profiling.level, 'error');
    assert.equal(profiling.ruleIndex, 2);
    assert.equal(profiling.locations[0].physicalLocation.artifactLocation.uri, 'ordinance.txt');
    assert.equal(unknown.level, 'note');
    assert.equal('ruleIndex' in unknown, false);
  });

  it('leads a message with the words that made the finding, as the Problems panel does (a CI viewer read five alike)', () => {
    const led = finding('detainer-hold', 'warning', 2, 0, 2, 103, { message: 'Holds a person on a detainer.', evidence: { action: 'keep the inmate in custody', treatment: 'directed', context: ['ICE detainer'], notRequired: [] } });
    const [result] = (toSarif([{ file: 'a.md', findings: [led] }], RULES, { name: 'policy-guidance', version: '1' }) as any).runs[0].results;
    assert.equal(result.message.text, '“keep the inmate in custody”: Holds a person on a detainer.');
  });

  it('turns paths into relative URI references', () => {
    assert.equal(pathToUri('a\\b c\\d#1.md'), 'a/b%20c/d%231.md');
    assert.equal(pathToUri('docs/policy.md'), 'docs/policy.md');
    // A drafter's trial: an absolute path came out as a bare "/work/…" where SARIF wants a file: URI.
    assert.equal(pathToUri('/work/drafts/county resolution.txt'), 'file:///work/drafts/county%20resolution.txt');
    assert.equal(pathToUri('C:\\Drafts\\policy.md'), 'file:///C:/Drafts/policy.md');
  });
});

// Rules that say what the corpus and the law say, as the bundled pack's do.
const EXPLAINED: RuleInfo[] = [
  { ...RULES[0], corpusSays: 'The corpus calls detainers\nrequests (Q2); unverified (see the caveat on Q5).', lawSays: 'A detainer is a request (8 CFR 287.7(a)).' },
  { ...RULES[1], corpusSays: 'The corpus urges caution (Q10).' },
  RULES[2],
];

describe('SARIF help: what the corpus says and what verified law says, under their labels', () => {
  const rules = (toSarif([], EXPLAINED, { name: 'policy-guidance', version: '1' }) as any).runs[0].tool.driver.rules;

  it('gives each part a paragraph of the help text and Markdown, then the suggested wording, then the notice', () => {
    assert.equal(rules[0].fullDescription.text, 'Holds a person on a detainer.');
    assert.equal(
      rules[0].help.text,
      [
        'What the guidance corpus says (Q2, Q5; partly unverified): The corpus calls detainers requests (Q2); unverified (see the caveat on Q5).',
        'What verified sources say: A detainer is a request (8 CFR 287.7(a)).',
        'Suggested wording (a provision to consider, not legal advice): No person shall be held.',
        'Not legal advice.',
      ].join('\n\n'),
    );
    assert.match(rules[0].help.markdown, /^\*\*What the guidance corpus says \(Q2, Q5; partly unverified\):\*\* The corpus calls detainers requests \(Q2\)[^\n]*\n\n\*\*What verified sources say:\*\* A detainer is a request \(8 CFR 287\.7\(a\)\)\.\n\n/);
    assert.equal(rules[1].help.text, 'What the guidance corpus says (Q10): The corpus urges caution (Q10).\n\nNot legal advice.');
    assert.equal('help' in rules[2], false);
  });
});

describe('stylish report', () => {
  const text = formatStylish(FILES);
  const lines = text.split('\n');

  it('prints a header per file with findings, and skips clean files', () => {
    assert.ok(lines.includes('policies/jail policy.md'));
    assert.ok(lines.includes('ordinance.txt'));
    assert.ok(!text.includes('clean.md'));
  });

  it('prints aligned 1-based line:col, severity and rule id, the one-line message last, and the sentence below', () => {
    assert.equal(lines[1], '  3:1   warning  detainer-hold   Holds a person on a detainer.');
    assert.equal(lines[2], '        > excerpt');
    assert.equal(lines[3], '  11:5  info     status-inquiry  Message of status-inquiry.');
    assert.equal(lines[7], '  1:10  error  profiling     Message of profiling.');
    assert.equal(lines[9], '  2:1   hint   unknown-rule  Message of unknown-rule.');
  });

  it('quotes at most 120 characters of the sentence, on one line', () => {
    const long = `The jail shall\nhold ${'any person '.repeat(20)}on a detainer.`;
    const [, , quoted] = formatStylish([{ file: 'a.md', findings: [finding('detainer-hold', 'warning', 0, 0, 0, 1, { excerpt: long })] }]).split('\n');
    assert.match(quoted, /^ {7}> The jail shall hold any person any person .*…$/);
    assert.ok(quoted.length <= 7 + 2 + 120, `${quoted.length}`);
  });

  // (A drafter's trial: hints had been counted as infos.)
  it('ends with a summary that counts hints apart from infos, and names them only where there are some', () => {
    assert.equal(lines.at(-3), '4 problems (1 error, 1 warning, 1 info, 1 hint)');
    assert.match(lines.at(-2)!, /^Not legal advice\. /);
    assert.equal(lines.at(-1), '');
  });

  it('uses the singular for one', () => {
    assert.match(formatStylish([{ file: 'a.md', findings: [finding('profiling', 'error', 0, 0, 0, 1)] }]), /\n1 problem \(1 error, 0 warnings, 0 infos\)\nNot legal advice\. [^\n]*\n$/);
  });

  it('prints nothing for a clean run', () => {
    assert.equal(formatStylish([{ file: 'clean.md', findings: [] }]), '');
  });

  it('says once for each rule found what the corpus says and what verified law says, a line each under its label, before the summary', () => {
    const explained = formatStylish(FILES, EXPLAINED).split('\n');
    const at = explained.indexOf('What the guidance corpus and verified sources say, rule by rule:');
    assert.equal(explained[at - 1], '');
    assert.deepEqual(explained.slice(at + 1, at + 6), [
      '  detainer-hold',
      '    What the guidance corpus says (Q2, Q5; partly unverified): The corpus calls detainers requests (Q2); unverified (see the caveat on Q5).',
      '    What verified sources say: A detainer is a request (8 CFR 287.7(a)).',
      '  status-inquiry',
      '    What the guidance corpus says (Q10): The corpus urges caution (Q10).',
    ]);
    assert.deepEqual(explained.slice(at + 6), ['', '4 problems (1 error, 1 warning, 1 info, 1 hint)', explained.at(-2), '']);
    assert.match(explained.at(-2)!, /^Not legal advice\. /);
    assert.ok(!formatStylish([{ file: 'a.md', findings: [finding('profiling', 'error', 0, 0, 0, 1)] }], EXPLAINED).includes('rule by rule'), 'a rule that says neither has no lines');
  });
});

describe('JSON report', () => {
  it('lists every file, findings with engine fields plus 1-based positions', () => {
    const report = toJsonReport(FILES);
    assert.deepEqual(report.map((r) => r.file), ['policies/jail policy.md', 'clean.md', 'ordinance.txt']);
    const [hold] = report[0].findings;
    assert.equal(hold.ruleId, 'detainer-hold');
    assert.deepEqual(hold.range, FILES[0].findings[0].range);
    assert.deepEqual([hold.line, hold.column, hold.endLine, hold.endColumn], [3, 1, 3, 104]);
    assert.deepEqual(report[1].findings, []);
  });

  it('gives each finding what its rule says of the corpus and the law, after its message', () => {
    const [hold, inquiry] = toJsonReport(FILES, EXPLAINED)[0].findings;
    assert.deepEqual(Object.keys(hold).slice(0, 5), ['ruleId', 'severity', 'message', 'corpusSays', 'lawSays']);
    assert.equal(hold.lawSays, 'A detainer is a request (8 CFR 287.7(a)).');
    assert.equal(inquiry.corpusSays, 'The corpus urges caution (Q10).');
    assert.equal('lawSays' in inquiry, false);
    assert.equal('corpusSays' in toJsonReport(FILES, EXPLAINED)[2].findings[0], false);
  });
});

describe('rule listing', () => {
  const ruleSet = {
    concepts: {},
    rules: [
      { id: 'detainer-hold', title: 'Hold on a detainer', severity: 'warning', scope: 'sentence', message: 'm', restsOn: ['Q2', 'Q5'], pattern: { action: ['hold'], flagWhen: 'affirmed' } },
      { id: 'missing-notice', title: 'No notice', severity: 'warning', scope: 'document', message: 'm', restsOn: ['Q5'], pattern: { when: ['hold'], missing: [['notice']] } },
    ],
  } as RuleSet;

  it('includes the pack rules and the built-in suppression rules', () => {
    const infos = ruleInfos(ruleSet);
    assert.deepEqual(infos.map((r) => [r.id, r.scope]).slice(0, 2), [['detainer-hold', 'sentence'], ['missing-notice', 'document']]);
    assert.ok(infos.some((r) => r.id === 'suppression-without-reason' && r.scope === 'comment'));
  });

  it('prints one aligned row per rule under a header', () => {
    const lines = formatRulesTable(ruleInfos(ruleSet)).split('\n');
    assert.match(lines[0], /^RULE\s+SEVERITY\s+SCOPE\s+ENTRIES\s+TITLE$/);
    assert.match(lines[1], /^detainer-hold\s+warning\s+sentence\s+Q2, Q5\s+Hold on a detainer$/);
    assert.equal(lines[1].indexOf('warning'), lines[2].indexOf('warning'));
    assert.match(lines.find((l) => l.startsWith('suppression-without-reason'))!, /comment\s+-\s+Suppression without a reason/);
  });
});
