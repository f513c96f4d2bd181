// Where a full check's time goes, in process: npx tsx bench/checkProfile.ts [checks] [bytes]
// The engine is bundled as it ships (bench/shipped.ts) but not minified, so that the CPU profile names functions and
// esbuild's "// path" comments tell which source each line of the bundle comes from. One engine checks the generated
// manual (sparse, then dense) after a warm-up; the median check (wall and CPU time) is printed beside a bare remark
// parse, then the samples of a CPU profile of the same checks are added up by stage, each sample going to the
// innermost frame whose source names a stage (so the wink tagger's samples are the tagger's, not the frame reader's).
// On a loaded machine the times move by 20–50 % from run to run; the shares move less.
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDenseManual, generateManual } from './manual';
import type * as Shipped from './shippedEntry';
import { stageTotals } from './profileStages';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const checks = Number(process.argv[2] ?? 30);
  const bytes = Number(process.argv[3] ?? 50_000);
  const dir = mkdtempSync(join(tmpdir(), 'pg-profile-'));
  const outfile = join(dir, 'engine.js');
  buildSync({ entryPoints: [join(__dirname, 'shippedEntry.ts')], outfile, bundle: true, minify: false, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  const lines = readFileSync(outfile, 'utf8').split('\n');
  const { createEngine, unified, remarkParse } = require(outfile) as typeof Shipped;
  rmSync(dir, { recursive: true, force: true });
  const bundled = JSON.parse(readFileSync(join(__dirname, '..', 'dist', 'bundled-pack.json'), 'utf8'));
  const engine = createEngine([{ pack: bundled.pack, index: () => { throw new Error('no search here'); } }]);
  const bare = unified().use(remarkParse);
  for (const [label, text] of [['sparse', generateManual(bytes, 1, 0.25)], ['dense', generateDenseManual(bytes)]] as const) {
    for (let i = 0; i < 10; i++) engine.check({ text, format: 'markdown' });
    const wall: number[] = [];
    const cpu: number[] = [];
    const parse: number[] = [];
    for (let i = 0; i < checks; i++) {
      let start = performance.now();
      bare.parse(text);
      parse.push(performance.now() - start);
      const before = process.cpuUsage();
      start = performance.now();
      engine.check({ text, format: 'markdown' });
      wall.push(performance.now() - start);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }
    const [w, c, p] = [median(wall), median(cpu), median(parse)];
    console.log(`${label} ${text.length} chars: check ${w.toFixed(1)} ms wall (${(w / p).toFixed(2)}× a bare parse of ${p.toFixed(1)} ms), ${c.toFixed(1)} ms CPU (median of ${checks})`);

    await stageTotals(lines, checks, () => engine.check({ text, format: 'markdown' }));
  }
}

void main();
