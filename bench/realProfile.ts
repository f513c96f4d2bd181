// Where a full check's time goes on real documents: npx tsx bench/realProfile.ts [rounds]
// As bench/checkProfile.ts, but each round checks the real documents (examples, real fixtures, labelled documents).
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Shipped from './shippedEntry';
import { STAGES, stageTotals } from './profileStages';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const root = join(__dirname, '..');

export function realDocuments(): Array<{ name: string; text: string; format: 'markdown' | 'plaintext' }> {
  const dirs = ['examples', 'test/fixtures/real', 'test/labelled/documents'];
  const files = dirs.flatMap((d) => readdirSync(join(root, d)).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md' && f !== 'REVIEW.md').map((f) => join(d, f)));
  return files.map((name) => ({ name, text: readFileSync(join(root, name), 'utf8'), format: name.endsWith('.txt') ? 'plaintext' : 'markdown' }));
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 40);
  const dir = mkdtempSync(join(tmpdir(), 'pg-profile-'));
  const outfile = join(dir, 'engine.js');
  buildSync({ entryPoints: [join(__dirname, 'shippedEntry.ts')], outfile, bundle: true, minify: false, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  const lines = readFileSync(outfile, 'utf8').split('\n');
  const { createEngine, unified, remarkParse } = require(outfile) as typeof Shipped;
  rmSync(dir, { recursive: true, force: true });
  const bundled = JSON.parse(readFileSync(join(root, 'dist', 'bundled-pack.json'), 'utf8'));
  const engine = createEngine([{ pack: bundled.pack, index: () => { throw new Error('no search here'); } }]);
  const bare = unified().use(remarkParse);
  const docs = realDocuments().filter((d) => d.name.includes(process.env.ONLY ?? ''));
  const all = () => docs.forEach((d) => engine.check({ text: d.text, format: d.format }));
  for (let i = 0; i < 10; i++) all();
  const wall: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let start = performance.now();
    docs.forEach((d) => bare.parse(d.text));
    parse.push(performance.now() - start);
    start = performance.now();
    all();
    wall.push(performance.now() - start);
  }
  const [w, p] = [median(wall), median(parse)];
  console.log(`${docs.length} real documents: check ${w.toFixed(1)} ms (${(w / p).toFixed(2)}× a bare parse of ${p.toFixed(1)} ms) (median of ${rounds})`);
  await stageTotals(lines, rounds, all, STAGES);
}

if (require.main === module) void main();
