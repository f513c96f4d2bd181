// typedCharacters.ts reads a character that starts no construct as a token of its own, so that
// micromark does not join data tokens paragraph by paragraph; it must leave every tree as remark
// alone builds it, positions and all (its speed is tested with the other shapes in markdownRisk.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkTables } from '../src/lint/remarkTables';
import { typedCharacters } from '../src/lint/typedCharacters';

const plain = unified().use(remarkParse).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']);
const typed = unified().use(remarkParse).use(typedCharacters).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']);
const same = (text: string) => assert.deepEqual(typed.parse(text), plain.parse(text), JSON.stringify(text.slice(0, 80)));

// Pieces of Markdown that start constructs, and pieces that fail to.
const PIECES = ['a', ' ', '&', '&amp;', '&#1;', '*', '_', '[', ']', '!', '<', '>', '\\', '`', '\n', '  \n', '|', '-', '#', ':', '(', ')', '"', 'b c', '<b>', '<!--', '-->', 'http://x', '\t', '[a]: ', '\n\n', '> ', '- '];

describe('characters that start no construct', () => {
  it('read as remark alone reads them: the examples and the fixtures', () => {
    for (const dir of [join(__dirname, '..', 'examples'), join(__dirname, 'fixtures')]) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) same(readFileSync(join(dir, name), 'utf8'));
    }
  });

  it('read as remark alone reads them: where constructs open, fail and close', () => {
    same('a & b &amp; [x] ![y] <b> \\q \\* *a* _b_ a*b* [l](u) <http://x> ![i](j "t & \\\\ x")\n\n[a]: /u "t &amp; \\x"\n');
    same('a &  \nb \\\nc!\n![\n]\n# h & ] !\n\na|b\n-|-\n&|]\n\\|<\n');
  });

  it('read as remark alone reads them: 5,000 random texts', function () {
    this.timeout(60000);
    let seed = 1;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let i = 0; i < 5000; i++) same(Array.from({ length: 1 + random(25) }, () => PIECES[random(PIECES.length)]).join(''));
  });
});
