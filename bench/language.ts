// npx tsx bench/language.ts: the language layer's cost. Model load (fresh process), time per sentence for
// tokenize alone and tokenize + frames on test/labelled/dev.txt (median of 3 runs), and the size of
// src/language bundled for a browser worker (minified), which is also run with worker globals only.
import { build } from 'esbuild';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { readLabelled } from '../test/support/labelled';

const ROOT = join(__dirname, '..');
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function main(): Promise<void> {
  let start = process.hrtime.bigint();
  const { loadLanguageModel, tokenize } = await import('../src/language/tokens');
  const { readFrames } = await import('../src/language/frames');
  const importMs = ms(start);
  start = process.hrtime.bigint();
  loadLanguageModel();
  const loadMs = ms(start);
  const sentences = readLabelled(join(ROOT, 'test', 'labelled', 'dev.txt')).map((s) => s.sentence);
  start = process.hrtime.bigint();
  readFrames(sentences[0]);
  const firstMs = ms(start);

  for (const s of sentences) readFrames(s); // warm-up: the first pass also compiles the code
  const rounds = { tokenize: [] as number[], frames: [] as number[] };
  for (let r = 0; r < 3; r++) {
    start = process.hrtime.bigint();
    for (const s of sentences) tokenize(s);
    rounds.tokenize.push(ms(start) / sentences.length);
    start = process.hrtime.bigint();
    for (const s of sentences) readFrames(s);
    rounds.frames.push(ms(start) / sentences.length);
  }
  const statuses = new Map<string, number>();
  for (const s of sentences) {
    const st = readFrames(s).status;
    statuses.set(st, (statuses.get(st) ?? 0) + 1);
  }

  const bundle = await build({
    entryPoints: [join(ROOT, 'src', 'language', 'frames.ts')],
    bundle: true, write: false, minify: true, platform: 'browser', format: 'cjs', target: 'es2022',
    conditions: ['worker'], mainFields: ['browser', 'module', 'main'], metafile: true, logLevel: 'warning',
  });
  const code = bundle.outputFiles[0].contents;
  const builtins = Object.keys(bundle.metafile.inputs).filter((p) => p.startsWith('node:') || /^(fs|path|os|crypto)$/.test(p));
  // Worker globals only (plus atob, which every worker has): load the bundle and read one sentence.
  const sandbox: Record<string, unknown> = { module: { exports: {} }, atob, btoa, console };
  sandbox.exports = (sandbox.module as { exports: object }).exports;
  start = process.hrtime.bigint();
  runInNewContext(Buffer.from(code).toString('utf8'), sandbox);
  const lib = (sandbox.module as { exports: { readFrames: typeof readFrames } }).exports;
  const vmStatus = lib.readFrames('The clerk shall not hold the records unless a judge signs an order.').status;
  const vmMs = ms(start);

  const f = (n: number) => n.toFixed(3);
  console.log(`sentences (dev.txt):             ${sentences.length}`);
  console.log(`import modules:                  ${importMs.toFixed(0)} ms`);
  console.log(`model load (first use):          ${loadMs.toFixed(0)} ms`);
  console.log(`first sentence (frames):         ${firstMs.toFixed(1)} ms`);
  console.log(`tokenize, ms / sentence:         ${f(median(rounds.tokenize))} (runs ${rounds.tokenize.map(f).join(', ')})`);
  console.log(`tokenize + frames, ms / sentence: ${f(median(rounds.frames))} (runs ${rounds.frames.map(f).join(', ')})`);
  console.log(`status counts on dev.txt:        ${[...statuses].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`bundle (browser, minified):      ${code.length.toLocaleString('en')} bytes, gzip ${gzipSync(code).length.toLocaleString('en')}`);
  console.log(`Node built-ins in bundle:        ${builtins.length ? builtins.join(', ') : 'none'}`);
  console.log(`in a vm with worker globals:     ${vmStatus} (load + first sentence ${vmMs.toFixed(0)} ms)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
