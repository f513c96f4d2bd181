// Bundle size and web-worker check: a tiny entry per candidate that loads library + model and tags one sentence,
// bundled with the WEB_WORKER options of /work/main/esbuild.js (platform browser, cjs, es2022, "worker"
// condition, minified), then run in a vm context holding only worker globals (as test/webWorker.test.ts does).
const M = process.env.NLP_EVAL_MODULES || '/work/nlp-eval/node_modules/';
const esbuild = require(M + 'esbuild');
const zlib = require('node:zlib');
const { createContext, runInContext } = require('node:vm');

const WEB_WORKER = { platform: 'browser', format: 'cjs', target: 'es2022', conditions: ['worker'], mainFields: ['browser', 'module', 'main'], define: { 'self.location': 'undefined' } };
const SENTENCE = 'Booking staff will place an immigration hold on any inmate who is the subject of an ICE detainer.';
const ENTRIES = {
  'wink-nlp + wink-eng-lite-web-model': `
    import winkNLP from '${M}wink-nlp'; import model from '${M}wink-eng-lite-web-model';
    export function tag(s) { const nlp = winkNLP(model), its = nlp.its, t = nlp.readDoc(s).tokens();
      return [t.out(its.value), t.out(its.pos), t.out(its.lemma)]; }`,
  compromise: `
    import nlp from '${M}compromise';
    export function tag(s) { const d = nlp(s); d.compute('root'); return d.termList().map((t) => [t.text, [...t.tags], t.root]); }`,
  'en-pos + wink-lemmatizer': `
    import { Tag } from '${M}en-pos'; import lem from '${M}wink-lemmatizer';
    export function tag(s) { const w = s.split(/\\s+/), t = new Tag(w).initial().smooth().tags;
      return w.map((x, i) => [x, t[i], /^VB/.test(t[i]) ? lem.verb(x) : /^NN/.test(t[i]) ? lem.noun(x) : x]); }`,
};

(async () => {
  console.log('| candidate | bundle bytes (min) | gzip bytes | Node built-in requires | runs with worker globals only | load+first tag in vm ms |\n|---|---|---|---|---|---|');
  for (const [name, contents] of Object.entries(ENTRIES)) {
    const result = await esbuild.build({ ...WEB_WORKER, bundle: true, minify: true, write: false, logLevel: 'silent', metafile: true,
      stdin: { contents, resolveDir: __dirname, loader: 'js' } });
    const code = result.outputFiles[0].text;
    const builtins = [...new Set(code.match(/require\(["'](node:)?[a-z_/]+["']\)/g) || [])];
    // test/webWorker.test.ts's globals, plus atob/btoa (real worker globals, which that test leaves out; wink's model needs atob).
    const worker = { console, TextEncoder, TextDecoder, URL, queueMicrotask, setTimeout, clearTimeout, atob, btoa };
    const sandbox = { ...worker, module: { exports: {} } };
    sandbox.self = sandbox;
    let ok, ms;
    try {
      createContext(sandbox);
      const t0 = performance.now();
      runInContext(code, sandbox);
      const out = sandbox.module.exports.tag(SENTENCE);
      ms = performance.now() - t0;
      ok = 'yes: ' + JSON.stringify(out).slice(0, 60).replace(/\|/g, '/') + '…';
    } catch (e) { ok = 'NO: ' + e.message; }
    const biggest = Object.entries(result.metafile.outputs)[0][1].inputs;
    const top = Object.entries(biggest).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 3).map(([f, v]) => `${f.replace(/.*node_modules\//, '')} ${v.bytesInOutput}`);
    console.log(`| ${name} | ${code.length} | ${zlib.gzipSync(code).length} | ${builtins.join(' ') || 'none'} | ${ok} | ${ms ? ms.toFixed(0) : '-'} |`);
    console.error(`  ${name} largest inputs: ${top.join('; ')}`);
  }
})();
