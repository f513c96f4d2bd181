// Runs the built CLI's search, rules, help and version commands (dist/cli.js; `npm test` builds it first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertFails, cli, inFreshFolder } from './support/cliRun';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('policy-guidance CLI: search, rules, help and version', function () {
  this.timeout(30_000);

  inFreshFolder();

  describe('search', () => {
    it('prints JSON hits best first with id, question, topic and score', () => {
      const result = cli('search', '--json', 'MOU');
      assert.equal(result.code, 0, result.stderr);
      const hits = JSON.parse(result.stdout);
      assert.equal(hits[0].id, 'Q4');
      for (const hit of hits) {
        assert.match(hit.id, /^Q\d+$/);
        assert.equal(typeof hit.question, 'string');
        assert.equal(typeof hit.topic, 'string');
        assert.equal(typeof hit.score, 'number');
      }
      for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
    });

    it('takes the query from several words and honours --limit', () => {
      const hits = JSON.parse(cli('search', '--json', '--limit', '2', 'can', 'the', 'jail', 'keep', 'someone', 'for', 'ICE', 'after', 'release').stdout);
      assert.equal(hits.length, 2);
      assert.ok(hits.some((h: any) => h.id === 'Q2' || h.id === 'Q5'), JSON.stringify(hits.map((h: any) => h.id)));
    });

    it('prints readable hits with the snippet', () => {
      const result = cli('search', 'sanctuary city');
      assert.equal(result.code, 0);
      const [first, question, snippet] = result.stdout.split('\n');
      assert.match(first, /^Q14  Sanctuary policies and opting out  \(score \d+\.\d\)$/);
      assert.match(question, /^  What is the State Attorney General’s stance on sanctuary cities in Missouri\?$/);
      assert.match(snippet, /^  .*sanctuary/i);
      assert.match(result.stdout, /\nNot legal advice\. .*caveats\.\n$/, 'the notice closes the hits');
    });

    it('says first when the corpus\'s text never uses a word searched for, and marks caveated passages in snippets (the UX trial)', () => {
      const absent = cli('search', '287(g)').stdout;
      assert.match(absent, /^The corpus's text does not mention “287\(g\)”: entries below match it only through/);
      assert.doesNotMatch(cli('search', 'detainer').stdout, /does not mention/);
      assert.match(cli('search', 'RSMo 67.307').stdout, /788\.25 RSMo \[unverified: see caveat 2\]/);
    });

    it('says which hits have unverified or outdated passages, as the editor\'s search does', () => {
      const result = cli('search', '--limit', '1', 'formal agreement between Missouri and ICE');
      assert.match(result.stdout, /^Q6 /);
      assert.match(result.stdout, /\n  \(1 outdated passage in this entry: read its caveats before relying on it\)\n/);
    });

    it('says so when nothing matches', () => {
      assert.equal(cli('search', 'the', 'of').stdout, 'No entries match "the of".\n');
      assert.equal(cli('search', '--json', 'the', 'of').stdout, '[]\n');
    });

    it('rejects a missing query or a bad limit', () => {
      assertFails(cli('search'), /search needs a query/);
      assertFails(cli('search', '--limit', 'ten', 'MOU'), /--limit must be a whole number/);
    });
  });

  describe('rules, help and version', () => {
    it('lists every rule with severity, scope and entries', () => {
      const result = cli('rules');
      assert.equal(result.code, 0);
      assert.match(result.stdout, /^detainer-hold\s+warning\s+sentence\s+Q2, Q5\s+\S/m);
      assert.match(result.stdout, /^status-inquiry\s+information\s+sentence\s+Q10\s+\S/m);
      assert.match(result.stdout, /^missing-notice\s+warning\s+document\s+Q5\s+\S/m);
      assert.match(result.stdout, /^suppression-without-reason\s+warning\s+comment\s+-\s+\S/m);
      const json = JSON.parse(cli('rules', '--json').stdout);
      assert.equal(json.length, result.stdout.trimEnd().split('\n').length - 1);
      assert.deepEqual(json.find((r: any) => r.id === 'profiling').restsOn, ['Q19', 'Q15']);
    });

    it('prints help and version', () => {
      const help = cli('--help');
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: policy-guidance <command>/);
      assert.match(help.stdout, /bundled pack is a Q&A of unverified origin that presents itself\nas the Missouri Attorney General's guidance on cooperation with ICE \(no such guidance was found\)/, 'says whose guidance it claims to be, and that it was not found');
      assert.equal(cli('check', '--help').stdout, help.stdout);
      assert.deepEqual(cli('--version'), { code: 0, stdout: `${version}\n`, stderr: '' });
    });
  });
});
