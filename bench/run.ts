// npm run bench: lint and search timings, measured in one run so the ratios compare like with like.
// Not a test: numbers vary between machines; the ratios are what to read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadShipped } from './shipped';
import { loadSearchIndex } from '../src/search/searchIndex';
import { searchGuidance } from '../src/search/searchGuidance';
import type { BundledPackJson } from '../src/pack/bundledPackJson';
import { createTermFinder } from '../src/present/glossaryTerms';
import { execFileSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateDenseManual, generateManual } from './manual';
import { PackError } from '../src/corpus/packError';
import { phraseProblem } from '../src/rules/compilePhrase';
import type { RuleSet } from '../src/rules/types';
import { printScaling } from './scaling';

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const bundledText = readFileSync(join(__dirname, '..', 'dist', 'bundled-pack.json'), 'utf8');
const loads: number[] = [];
let bundled!: BundledPackJson;
for (let i = 0; i < 20; i++) loads.push(time(() => (bundled = JSON.parse(bundledText) as BundledPackJson)));
const indexLoads: number[] = [];
let index = loadSearchIndex(bundled.index, bundled.pack);
for (let i = 0; i < 20; i++) indexLoads.push(time(() => (index = loadSearchIndex(bundled.index, bundled.pack))));
// Timed as shipped (bench/shipped.ts): the engine, the whole-draft reading and the bare parse alike.
const { createEngine, createLinter, unified, remarkParse } = loadShipped();
const linter = createLinter(bundled.pack.rules);
const bareParser = unified().use(remarkParse);

const ACTIVATION = `
const { performance } = require('node:perf_hooks');
const { readFileSync } = require('node:fs');
const root = ${JSON.stringify(join(__dirname, '..'))};
const draft = readFileSync(root + '/examples/restrictive-city-ordinance.md', 'utf8');
const packText = readFileSync(root + '/dist/bundled-pack.json', 'utf8');
let answer;
globalThis.self = globalThis;
globalThis.postMessage = (message) => (answer = message);
const t0 = performance.now();
require(root + '/dist/worker.js');
const t1 = performance.now();
globalThis.onmessage({ data: { type: 'packs', packs: [JSON.parse(packText).pack] } });
globalThis.onmessage({ data: { type: 'check', id: 1, key: 'draft', version: 1, text: draft, format: 'markdown', severity: {} } });
const t2 = performance.now();
if (answer.type !== 'result' || answer.output.findings.length === 0) throw new Error('no findings');
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));
`;

console.log(`bundled pack: JSON.parse ${median(loads).toFixed(2)} ms, index load (MiniSearch.loadJSON) ${median(indexLoads).toFixed(2)} ms (median of 20)`);

// What the extension's activate() does before it checks the open drafts: parse the bundled pack,
// compile its rules and glossary (the search index loads later, on the first search).
const startups: number[] = [];
for (let i = 0; i < 20; i++) {
  startups.push(
    time(() => {
      const pack = (JSON.parse(bundledText) as BundledPackJson).pack;
      createLinter(pack.rules);
      createTermFinder(pack.glossary);
    }),
  );
}
console.log(`extension start-up work (parse pack, compile rules and glossary): ${median(startups).toFixed(2)} ms (median of 20)`);

// Full checks, as the CLI and a draft's first check in the editor run them (engine.check reads the draft
// block by block), beside the whole-draft reading the engine used before (createLinter().lint) and a
// bare remark parse of the same text, interleaved so that machine noise hits all alike.
const engine = createEngine([{ pack: bundled.pack, index: () => index }]);
const manuals = [
  ['50 KB', generateManual(50_000, 1, 0.25), 30],
  ['50 KB dense', generateDenseManual(50_000), 30],
  ['1 MB sparse', generateManual(1_000_000, 1, 0.25), 5],
  ['1 MB dense', generateDenseManual(1_000_000), 5],
] as const;
for (const [label, text, runs] of manuals) {
  for (let i = 0; i < 2; i++) {
    engine.check({ text, format: 'markdown' });
    linter.lint(text, 'markdown');
    bareParser.parse(text);
  }
  const check: number[] = [];
  const whole: number[] = [];
  const parse: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    parse.push(time(() => bareParser.parse(text)));
    check.push(time(() => (findings = engine.check({ text, format: 'markdown' }).findings.length)));
    whole.push(time(() => linter.lint(text, 'markdown')));
  }
  const [c, w, p] = [median(check), median(whole), median(parse)];
  console.log(
    `${label} manual (${text.length} chars, ${findings} findings): check ${c.toFixed(1)} ms (${(c / p).toFixed(2)}× bare remark parse ${p.toFixed(1)} ms); whole-draft reading ${w.toFixed(1)} ms (${(w / p).toFixed(2)}×) (median of ${runs})`,
  );
}

// A one-character edit in a 1 MB manual, as the editor's worker checks it: the draft checker re-reads
// only the blocks the edit touched. Edits spread over the draft, typing a character and deleting it.
// Also what the checker keeps between edits (heap after a full collection, less the heap before its first check).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
for (const [label, text] of manuals.slice(2)) {
  const checker = engine.draft();
  // Several full collections each side: one may leave what an earlier section freed (a kept figure once read -53 MB).
  const settledHeap = () => {
    for (let i = 0; i < 3; i++) collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  const heapBefore = settledHeap();
  checker.check({ text, format: 'markdown' });
  const kept = (settledHeap() - heapBefore) / 1e6;
  const edits: number[] = [];
  let current = text;
  for (let i = 0; i < 40; i++) {
    const at = Math.floor(((i * 7919) % 40) * (text.length / 40)) + 17;
    current = i % 2 === 0 ? current.slice(0, at) + 'x' + current.slice(at) : text;
    const draft = current;
    edits.push(time(() => checker.check({ text: draft, format: 'markdown' })));
  }
  console.log(`one-character edit in the ${label} manual: incremental check ${median(edits).toFixed(1)} ms median, ${percentile(edits, 95).toFixed(1)} ms p95 (40 edits; engine time, in-process); the checker keeps ${kept.toFixed(1)} MB`);
}

// Activation as the user pays it, in a fresh process each time: load the checking worker's bundle
// (dist/worker.js), build the engine over the bundled pack (sent as a message, as the extension does),
// and check a small draft (the example ordinance).
{
  const runs: Array<{ load: number; first: number }> = [];
  for (let i = 0; i < 7; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['-e', ACTIVATION], { encoding: 'utf8' })));
  const load = median(runs.map((r) => r.load));
  const first = median(runs.map((r) => r.first));
  console.log(`activation in a fresh process: load dist/worker.js ${load.toFixed(1)} ms; createEngine over the bundled pack + first check of a small draft ${first.toFixed(1)} ms (median of 7)`);
}

const queries: string[] = [];
const words = ['detainer', 'ICE', 'hold', 'release', 'jail', 'warrant', 'judge', 'sanctuary', 'city', '287(g)', 'MOU', 'training', 'complaint', 'lawsuit', 'school', 'church', 'status', 'bond', 'consulate', 'report', 'data', 'profiling', 'detainr', 'sanctuary city', 'information sharing'];
for (let i = 0; i < 300; i++) queries.push(`${words[i % words.length]} ${words[(i * 7) % words.length]}${i % 3 === 0 ? ` ${words[(i * 11) % words.length]}` : ''}`);
queries.push('can the jail keep someone for ICE after release');
for (const q of queries.slice(0, 20)) searchGuidance(index, q, 10);
const searchTimes = queries.map((q) => time(() => searchGuidance(index, q, 10)));
console.log(`search over ${queries.length} queries: p50 ${percentile(searchTimes, 50).toFixed(3)} ms, p95 ${percentile(searchTimes, 95).toFixed(3)} ms`);

// Shapes that once took seconds to minutes or crashed (each timed once, in ms).
const SENTENCE = 'The jail shall hold any person on an ICE detainer for 48 hours.';
const once = (label: string, text: string, lint = linter) => {
  let findings = 0;
  const ms = time(() => (findings = lint.lint(text, 'markdown').length));
  console.log(`${label} (${text.length} chars, ${findings} findings): ${ms.toFixed(1)} ms`);
};
once('nested 5,000 levels deep ("- " prefix, 10 KB)', `${'- '.repeat(5000)}${SENTENCE}`);
once('nested 100 KB (48 lines, each "- " 1,000 levels deep)', `${'- '.repeat(1000)}${SENTENCE}\n\n`.repeat(48));
once('">" 2,156 levels deep', `${'>'.repeat(2156)}${SENTENCE}`);
// Unclosed "(" and comma-set "as" clauses, each once looked for their close to the end of the sentence.
once('20,000 unclosed "(" in one 60 KB sentence', `The jail shall hold any person on an ICE detainer ${'(a '.repeat(20000)}for 48 hours.`);
once('2,000 ", as … ," clauses in one sentence', `The jail shall hold any person on an ICE detainer${', as the jail holds the person and the records'.repeat(2000)} for 48 hours.`);
// An abbreviation joins the segment after it to the sentence, which was read whole again at each join.
once('"U.S. Immigration " over 256 KB in one paragraph', 'U.S. Immigration '.repeat(15_420));
// A block left open over blank lines is read with the pieces after it, and once was re-read at every blank line
// (the engine's block-by-block check, as the CLI and a draft's first check run it).
const checkOnce = (label: string, text: string) => {
  let findings = 0;
  const ms = time(() => (findings = engine.check({ text, format: 'markdown' }).findings.length));
  console.log(`${label} (${text.length} chars, ${findings} findings): ${ms.toFixed(1)} ms`);
};
checkOnce('a fence left open over 64 KB of paragraphs', `\`\`\`\n${`${SENTENCE}\n\n`.repeat(1000)}`);
checkOnce('an HTML comment over 64 KB of paragraphs (a section commented out)', `<!--\n${`${SENTENCE}\n\n`.repeat(1000)}-->\n\n${SENTENCE}\n`);
checkOnce('160,000 empty HTML comments in one block', `${'<!---->'.repeat(160_000)}\n`);
// Each block with a "[" was read with every link definition of the draft before it (O(blocks × definitions)).
checkOnce('1,000 link definitions, then 1,000 blocks naming one each', `${Array.from({ length: 1000 }, (_, i) => `[a${i}]: #x${i}`).join('\n')}\n\n${Array.from({ length: 1000 }, (_, i) => `The jail shall hold [a${i}].`).join('\n\n')}\n`);
// Each unknown rule a comment named had its own finding, quoting the whole comment (and a quadratic look-up).
checkOnce('a suppression comment naming 30,000 unknown rules', `<!-- policy-guidance-disable ${Array.from({ length: 30_000 }, (_, i) => `r${i}`).join(' ')} -- r -->\n\n${SENTENCE}\n`);
// Shapes on which remark's own parser is superlinear; the parse turns the construct off (src/lint/markdownRisk.ts).
checkOnce('setext headings on every other line, 64 KB in one block', 'ICE detainer hold\n===\n'.repeat(2910));
checkOnce('"a\\n=" on every line, 32 KB in one block', `a\n${'=\n'.repeat(16_000)}`);
checkOnce('unclosed inline "<!--" repeated, 64 KB in one paragraph', 'a <!-- '.repeat(9143));
checkOnce('nested emphasis, "*a " then as many "b* ", 48 KB in one paragraph', `${'*a '.repeat(8000)}${'b* '.repeat(8000)}`);
// Each table cell is read after the cells before it in its row, which were joined whole for each cell.
checkOnce('a table of 8,000 columns', `|${' ICE detainer hold |'.repeat(8000)}\n|${'---|'.repeat(8000)}\n|${' ICE detainer hold |'.repeat(8000)}\n`);
// Shapes that grew faster than the text, timed at two sizes (bench/scaling.ts).
printScaling(engine);
{
  const leadIn = `${'hold any person on an ICE detainer with respect to the release date, and notify ICE '.repeat(1400)}the jail shall:`;
  const item = '- hold any person on an ICE detainer for 48 hours beyond the release date of that person;';
  once('135 KB list lead-in with no sentence break, 200 items', `${leadIn}\n\n${Array.from({ length: 200 }, () => item).join('\n')}\n`);
}
{
  // A statute's inline enumeration with no sentence break: each item is read after the (capped) lead-in.
  const items = Array.from({ length: 2000 }, (_, i) => `(${i + 1}) hold any person on an ICE detainer beyond the release date`).join('; ');
  once('inline enumeration, 2,000 items in one sentence', `${'The jail shall not, with respect to the release of any person, '.repeat(20)}do the following: ${items}.`);
}
{
  const draft = `The jail shall, on an ICE detainer, ${'hold '.repeat(200)}`.slice(0, 1000);
  const withPhrase = (phrase: string): RuleSet => ({ ...bundled.pack.rules, concepts: { ...bundled.pack.rules.concepts, hold: [...bundled.pack.rules.concepts.hold, phrase] } });
  const adjacent = 'hold * * * * * * * * * * zzz';
  once(`10-star phrase "${adjacent}" on 1 KB`, draft, createLinter(withPhrase(adjacent)));
  const separate = 'hold * hold * hold * hold * hold * hold * hold * hold * hold * hold * zzz';
  let problem: string | undefined;
  const ms = time(() => (problem = phraseProblem(separate)));
  console.log(`10 separate "*" gaps: ${problem ? `rejected at load as a ${PackError.name} (${ms.toFixed(1)} ms)` : 'accepted'}`);
}
{
  const concepts = { ...bundled.pack.rules.concepts, hold: [...bundled.pack.rules.concepts.hold] };
  for (let i = 0; i < 10_000; i++) concepts.hold.push(`hold * word${i}`, `term${i}* detainer`);
  let big = linter;
  const compile = time(() => (big = createLinter({ ...bundled.pack.rules, concepts })));
  const text = generateManual(1_000_000, 1, 0.25);
  let findings = 0;
  const ms = time(() => (findings = big.lint(text, 'markdown').length));
  console.log(`20,000-phrase pack: compile ${compile.toFixed(0)} ms; lint 1 MB manual (${findings} findings) ${ms.toFixed(0)} ms`);
}
{
  const terms = Array.from({ length: 400 }, (_, i) => ({ term: `${'immigration detainer '.repeat(1 + (i % 60))}request${i}`, synonyms: [], entries: ['Q1'] }));
  const text = 'immigration detainer '.repeat(1000).slice(0, 20_000);
  let found = 0;
  const ms = time(() => (found = createTermFinder(terms).find(text).length));
  console.log(`400 overlapping glossary terms on 20 KB (${found} found): ${ms.toFixed(1)} ms`);
}
