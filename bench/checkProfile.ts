// Where a full check's time goes, in process: npx tsx bench/checkProfile.ts [checks] [bytes]
// The engine is bundled as it ships (bench/shipped.ts) but not minified, so that the CPU profile names functions and
// esbuild's "// path" comments tell which source each line of the bundle comes from. One engine checks the generated
// manual (sparse, then dense) after a warm-up; the median check (wall and CPU time) is printed beside a bare remark
// parse, then the samples of a CPU profile of the same checks are added up by stage, each sample going to the
// innermost frame whose source names a stage (so the wink tagger's samples are the tagger's, not the frame reader's).
// On a loaded machine the times move by 20–50 % from run to run; the shares move less.
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDenseManual, generateManual } from './manual';
import type * as Shipped from './shippedEntry';

const STAGES: Array<[RegExp, string]> = [
  [/wink-nlp|wink-eng/, 'wink-nlp tagging'],
  [/src\/language\//, 'clause frames (src/language)'],
  [/framePolarity|grammarCues/, 'polarity and grammar cues'],
  [/micromark|mdast|remark|unified|unist|decode|character-entities|markdownParser|typedCharacters|markdownRisk|backtickRuns|emphasisRuns|unclosedCode|lazyLines|nesting\.ts|paragraphLines/, 'Markdown parse (and its risk scans)'],
  [/compileRules|wordMarks/, 'candidate phrases (word scan)'],
  [/matchSentence|sentenceReadings/, 'phrase expressions and rule gates'],
  [/glossaryTerms|blockTerms/, 'glossary terms'],
  [/sentences\.ts|inlineList/, 'sentence splitting'],
  [/markdownProse|proseUnit|tableCells|htmlProse|topLevelNodes|markdownPieces|blocks\.ts|blockCuts|listParts/, 'prose walk and blocks'],
  [/packFindings|headingContext|documentRules|documentFacts|headings|sections/, 'findings, headings, document rules'],
  [/src\//, 'the rest of the engine'],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

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
  // Which source each line of the bundle comes from.
  const sourceOf: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const path = /^\/\/ (\S+\.(?:ts|js|mjs|cjs|json))$/.exec(line);
    if (path) current = path[1];
    sourceOf[i] = current;
  });
  const bundled = JSON.parse(readFileSync(join(__dirname, '..', 'dist', 'bundled-pack.json'), 'utf8'));
  const engine = createEngine([{ pack: bundled.pack, index: () => { throw new Error('no search here'); } }]);
  const bare = unified().use(remarkParse);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
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

    await session.post('Profiler.start');
    for (let i = 0; i < checks; i++) engine.check({ text, format: 'markdown' });
    const { profile } = await session.post('Profiler.stop');
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
    const parent = new Map<number, number>();
    for (const n of nodes.values()) for (const child of n.children ?? []) parent.set(child, n.id);
    const source = (n: ProfileNode) => (n.callFrame.url.endsWith('engine.js') ? (sourceOf[n.callFrame.lineNumber] ?? '') : n.callFrame.url);
    const stageOf = new Map<number, string>();
    const stage = (id: number): string => {
      const known = stageOf.get(id);
      if (known !== undefined) return known;
      const n = nodes.get(id)!;
      const name = n.callFrame.functionName;
      let found: string | undefined = name === '(garbage collector)' ? 'garbage collection' : name === '(root)' || name === '(idle)' || name === '(program)' ? 'no JavaScript frame (V8, the profiler)' : undefined;
      if (!found) {
        const file = source(n);
        found = file ? STAGES.find(([pattern]) => pattern.test(file))?.[1] : undefined;
        if (!found) found = parent.has(id) ? stage(parent.get(id)!) : 'other';
      }
      stageOf.set(id, found);
      return found;
    };
    const total = new Map<string, number>();
    let all = 0;
    profile.samples!.forEach((id, i) => {
      const delta = profile.timeDeltas![i] ?? 0;
      all += delta;
      total.set(stage(id), (total.get(stage(id)) ?? 0) + delta);
    });
    for (const [name, time] of [...total].sort((a, b) => b[1] - a[1])) console.log(`  ${((100 * time) / all).toFixed(1).padStart(5)} %  ${(time / 1000 / checks).toFixed(1).padStart(6)} ms  ${name}`);
  }
  session.disconnect();
}

void main();
