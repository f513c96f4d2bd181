// A rule's page is read in a text editor (policy-guidance:/<pack>/rules/<rule>.md), where Markdown escapes are not
// rendered: every backslash the page holds shows to the drafter.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import type { Pack } from '../src/corpus/types';
import { escapeMarkdown } from '../src/present/caveatText';
import { ruleDocument } from '../src/present/ruleDocument';

describe('rule pages', () => {
  let pack: Pack;
  before(async () => {
    pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
  });

  it('show no escape backslash in the bundled rules (a quoted statute read "SHALL\\: (1)", an example "\\# Jail policy")', () => {
    for (const rule of pack.rules.rules) assert.deepEqual(ruleDocument(pack, rule.id)!.match(/.{0,30}\\.{0,10}/g), null, rule.id);
    assert.ok(ruleDocument(pack, 'detainer-hold')!.includes('Courts differ: Miranda-Olivares'));
    assert.ok(ruleDocument(pack, 'missing-notice')!.includes('\n- “# Jail policy ¶ '), 'an example draft is quoted, its title kept');
  });

  it('show no emphasis, which a text editor shows as asterisks (a drafter read "Severity: **warning**")', () => {
    for (const rule of pack.rules.rules) assert.deepEqual(ruleDocument(pack, rule.id)!.match(/.{0,20}(?:\*\*|(?<![\w*])\*\S).{0,20}/g), null, rule.id);
    assert.match(ruleDocument(pack, 'detainer-hold')!, /\nSeverity: warning · checks: each sentence\n\nNot legal advice\. /);
    assert.match(ruleDocument(pack, 'detainer-hold')!, /\n- Q2\. Can local law enforcement agencies/);
  });

  it('still escape what could make a link or a heading', () => {
    assert.equal(escapeMarkdown('see https://evil.example'), 'see https\\://evil.example');
    assert.equal(escapeMarkdown('command:evil'), 'command\\:evil');
    assert.equal(escapeMarkdown('ends with a scheme:'), 'ends with a scheme\\:');
    assert.equal(escapeMarkdown('# Heading'), '\\# Heading');
    assert.equal(escapeMarkdown('a line\n  # heading'), 'a line\n  \\# heading');
    assert.equal(escapeMarkdown('Ord. #5: Courts differ: see'), 'Ord. #5: Courts differ: see');
  });
});
