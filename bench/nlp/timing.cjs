// Speed: load time (fresh process: require + model init + first sentence), and time per sentence over
// 2,000 sentences (dev.txt repeated), tokenize + POS + lemma. 3 rounds, candidates interleaved; median.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const ADAPTERS = __dirname + '/adapters.cjs';
const { CANDIDATES } = require(ADAPTERS);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const DEV = process.env.DEV_TXT || '/work/main/test/labelled/dev.txt';
const lines = fs.readFileSync(DEV, 'utf8').split('\n').filter((l) => l.includes('|') && !l.startsWith('#')).map((l) => l.slice(l.indexOf('|') + 1).trim());
const sentences = Array.from({ length: 2000 }, (_, i) => lines[i % lines.length]);

if (process.argv[2] === '--load') { // child: one cold load
  const t0 = process.hrtime.bigint();
  const analyze = CANDIDATES[process.argv[3]]();
  const t1 = process.hrtime.bigint();
  analyze(sentences[0]);
  const t2 = process.hrtime.bigint();
  console.log(JSON.stringify({ load: Number(t1 - t0) / 1e6, first: Number(t2 - t1) / 1e6 }));
  process.exit(0);
}

const names = Object.keys(CANDIDATES);
const loads = Object.fromEntries(names.map((n) => [n, []]));
const per = Object.fromEntries(names.map((n) => [n, []]));
const analyzers = Object.fromEntries(names.map((n) => [n, CANDIDATES[n]()]));
for (const n of names) for (const s of sentences.slice(0, 200)) analyzers[n](s); // warm-up
for (let round = 0; round < 3; round++) {
  for (const n of names) {
    loads[n].push(JSON.parse(execFileSync(process.execPath, [__filename, '--load', n], { encoding: 'utf8' })));
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (const s of sentences) sink += analyzers[n](s).length;
    per[n].push(Number(process.hrtime.bigint() - t0) / 1e6 / sentences.length);
    if (!sink) throw new Error('no tokens');
  }
}
console.log(`${sentences.length} sentences (${lines.length} distinct from dev.txt), 3 rounds, median; node ${process.version}\n`);
console.log('| candidate | ms / sentence | sentences / s | load ms (require+init) | first sentence ms |\n|---|---|---|---|---|');
for (const n of names) {
  const ms = median(per[n]);
  console.log(`| ${n} | ${ms.toFixed(3)} | ${Math.round(1000 / ms)} | ${median(loads[n].map((l) => l.load)).toFixed(0)} | ${median(loads[n].map((l) => l.first)).toFixed(1)} |`);
}
