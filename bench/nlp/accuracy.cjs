// Lemma and POS accuracy of each candidate on gold.cjs; prints a markdown table, the errors, and the probes.
// Run: node accuracy.cjs   (from a folder outside a broken package scope if need be; see run.sh)
const { CANDIDATES } = require(__dirname + '/adapters.cjs');
const GOLD = require(__dirname + '/gold.cjs');

const norm = (w) => w.toLowerCase().replace(/[’]/g, "'").replace(/^[^a-z0-9]+|[^a-z0-9)]+$/g, '').replace(/'s$/, '');
const LENIENT = { SCONJ: 'ADP', CCONJ: 'ADP', DET: 'PRON', PROPN: 'NOUN' };
const len = (p) => LENIENT[p] || p;

const HARD = new Set(['hold', 'holds', 'held', 'detainer', 'detainers', 'detained', 'detainees', 'released', 'honoring', 'honored', 'booking', 'booked', 'ice', 'dhs', 'data', 'inmates', 'to', 'whose', 'means', 'release', 'prohibited', 'sharing']);
const rows = [];
for (const [name, load] of Object.entries(CANDIDATES)) {
  const analyze = load();
  let n = 0, lemmaOk = 0, posOk = 0, posLen = 0, found = 0, hn = 0, hOk = 0, cn = 0, cl = 0, cp = 0, holdN = 0, holdOk = 0;
  const errors = [];
  const hard = {}; // per hard-case group
  for (const [sentence, targets] of GOLD) {
    const toks = analyze(sentence);
    for (const target of targets.split(' ')) {
      const m = /^([^#=]+)(?:#(\d+))?=(.+)\/([A-Z]+)$/.exec(target);
      const [, word, nth = '1', lemma, pos] = m;
      n++;
      const matches = toks.filter((t) => norm(t.text) === word.toLowerCase());
      const tok = matches[Number(nth) - 1];
      if (!tok) { errors.push(`  MISSING ${word}#${nth} in: ${sentence.slice(0, 60)}… tokens=${toks.map((t) => t.text).join('|')}`); continue; }
      found++;
      const lOk = tok.lemma.toLowerCase() === lemma, pOk = tok.pos === pos;
      if (/^(NOUN|VERB|ADJ|PROPN)$/.test(pos)) { cn++; cl += lOk; cp += pOk; }
      if (HARD.has(word.toLowerCase())) { hn++; hOk += lOk && pOk; }
      if (/^hold/.test(word.toLowerCase())) { holdN++; holdOk += pOk; }
      lemmaOk += lOk; posOk += pOk; posLen += len(tok.pos) === len(pos);
      if (!lOk || !pOk) errors.push(`  ${word}: got ${tok.lemma}/${tok.pos} want ${lemma}/${pos}  (${sentence.slice(0, 70)})`);
    }
  }
  const pct = (k) => ((100 * k) / n).toFixed(1) + '%';
  rows.push(`| ${name} | ${n} | ${found} | ${pct(lemmaOk)} | ${pct(posOk)} | ${pct(posLen)} | ${hOk}/${hn} | ${holdOk}/${holdN} | ${(100 * cl / cn).toFixed(1)}% / ${(100 * cp / cn).toFixed(1)}% (n=${cn}) |`);
  console.log(`\n## ${name}: ${errors.length} tokens wrong\n${errors.join('\n')}`);
  console.log('  PROBE:', analyze(GOLD.PROBES[0]).map((t) => `${t.text}/${t.pos}/${t.lemma}`).join(' '));
}
console.log('\n| candidate | targets | found | lemma | POS strict | POS lenient | hard cases (lemma+POS) | hold/holds N vs V | content words lemma / POS |\n|---|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
