// unclosedCode.ts reads a run of backticks that no later run of its length follows in its paragraph as
// text at once; micromark reads such a run as text too, after searching the paragraph for a closer. The
// tree must be the one remark alone builds, positions and all, closed code spans included (its speed is
// tested with the other shapes in markdownRisk.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkTables } from '../src/lint/remarkTables';
import { typedCharacters } from '../src/lint/typedCharacters';
import { backtickRuns, costlyBacktickRuns } from '../src/lint/backtickRuns';
import { readingRuns, unclosedCode } from '../src/lint/unclosedCode';
import { parse } from '../src/lint/markdownParser';

const plain = unified().use(remarkParse).use(typedCharacters).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']);
const guarded = unified().use(remarkParse).use(typedCharacters).use(unclosedCode).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']);
interface Node {
  type: string;
  value?: string;
  position?: { end: { line: number; column: number; offset?: number } };
  children?: Node[];
}

// One difference is micromark's own: a line ending's end is put past the next line's container prefix
// ("> ", a list item's indentation) only if the tokenizer has already read into that line, as its vain
// search for a closer did. A text node that ends in a line ending may so end before that prefix; the
// characters it holds, and so their offsets, are the same. Such ends are compared here, then left out.
function settle(guarded: Node, plain: Node, text: string): void {
  if (guarded.type === 'text' && plain.type === 'text' && /[\r\n]$/.test(guarded.value ?? '') && guarded.position && plain.position) {
    const [from, to] = [guarded.position.end.offset ?? 0, plain.position.end.offset ?? 0];
    assert.ok(from <= to && /^[ \t>]*$/.test(text.slice(from, to)), `${from}–${to} in ${JSON.stringify(text)}`);
    guarded.position.end = plain.position.end;
  }
  guarded.children?.forEach((child, i) => plain.children?.[i] && settle(child, plain.children[i], text));
}

// The guard on whatever the text's runs cost, to compare it with remark on small texts too.
function same(text: string): void {
  const [withRuns, alone] = [readingRuns(backtickRuns(text), () => guarded.parse(text)), plain.parse(text)];
  settle(withRuns as Node, alone as Node, text);
  assert.deepEqual(withRuns, alone, JSON.stringify(text.slice(0, 80)));
}

const PIECES = ['a', ' ', '`', '``', '```', '````', '\\', '\\`', '\n', '\n\n', '\r\n', '> ', '- ', '1. ', '# ', '    ', '|', '-|-\n', '<b>', '<a href="`">', '<http://x`y>', '*', '[', '](u)', '`` ` ``', '~~~\n', '```\n', '\t', 'b c'];

describe('backtick runs that cannot close, read as text at once', () => {
  it('read as remark alone reads them: the examples and the fixtures', () => {
    for (const dir of [join(__dirname, '..', 'examples'), join(__dirname, 'fixtures')]) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) same(readFileSync(join(dir, name), 'utf8'));
    }
  });

  it('read as remark alone reads them: closed spans beside unclosed runs, escapes, containers, tables', () => {
    same('a ` b `` c ``` d `` e\n\nf ` g\n');
    same('\\``` a `` b\n> ` c\n> d `` e `\n- ``` f\n  g ```\n');
    same('| a ` | b `` |\n|---|---|\n| `` c | ` d ` |\n');
    same('# h ` i\n\n`j\n---\n`\n');
    same(`x ${Array.from({ length: 60 }, (_, i) => '`'.repeat(i + 1)).join(' a ')} \`\` y \`\` z\n`);
  });

  it('read as remark alone reads them: 5,000 random texts', function () {
    this.timeout(60000);
    let seed = 7;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let i = 0; i < 5000; i++) same(Array.from({ length: 1 + random(30) }, () => PIECES[random(PIECES.length)]).join(''));
  });

  it('a paragraph of unclosed runs of all-different lengths keeps its one closed span', () => {
    const runs = Array.from({ length: 400 }, (_, i) => `a ${'`'.repeat(i + 1)} `).join('');
    const text = `${runs}then \`code\` here\n`;
    assert.ok(costlyBacktickRuns(text), 'the guard is on for this text');
    const [tree, alone] = [parse(text), plain.parse(text)];
    settle(tree as Node, alone as Node, text);
    assert.deepEqual(tree, alone);
    assert.equal(JSON.stringify(tree).match(/"inlineCode"/g)?.length, 1);
  });

  it('leaves ordinary Markdown alone', () => {
    const ordinary = [
      'Run `npm test` and ``a ` b`` before you file. A lone ` is text.\n',
      `${Array.from({ length: 300 }, (_, i) => `Item ${i}: \`code ${i}\` and a stray \` here.`).join('\n')}\n`,
      `\`\`\`\n${'code line\n'.repeat(2000)}\`\`\`\n`,
    ];
    for (const text of ordinary) assert.equal(costlyBacktickRuns(text), undefined, text.slice(0, 60));
  });
});
