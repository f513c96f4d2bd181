// The worker that checks drafts off the editor's thread (dist/worker.js, built by `node esbuild.js`),
// run as desktop VS Code runs it: a Node worker thread given a web worker's globals. It answers with
// what the engine answers, re-checks a draft incrementally, and says which texts are not drafts.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadPackFromDir } from '../src/cli/packDir';
import type { FromChecker, ToChecker } from '../src/engine/checkService';
import { createEngine } from '../src/engine/engine';
import { buildSearchIndex } from '../src/search/searchIndex';

const ROOT = join(__dirname, '..');
const SCRIPT = join(ROOT, 'dist', 'worker.js');
// As src/vscode/checkWorker.ts starts it.
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = (message) => parentPort.postMessage(message);
parentPort.on('message', (data) => globalThis.onmessage && globalThis.onmessage({ data }));
require(workerData.script);
`;

describe('the checking worker', function () {
  this.timeout(60_000);
  let worker: Worker;
  const answers = new Map<number, (message: FromChecker) => void>();
  const send = (message: ToChecker) => worker.postMessage(message);
  const ask = (message: Extract<ToChecker, { type: 'check' }>) =>
    new Promise<FromChecker>((resolve) => {
      answers.set(message.id, resolve);
      send(message);
    });

  before(function () {
    if (!existsSync(SCRIPT)) this.skip(); // built by `node esbuild.js` (npm test builds first)
    worker = new Worker(BOOTSTRAP, { eval: true, workerData: { script: SCRIPT } });
    worker.on('message', (message: FromChecker) => answers.get(message.id)?.(message));
  });
  after(() => worker?.terminate());

  it('answers a check with what the engine gives, and again after an edit', async () => {
    const pack = await loadPackFromDir(join(ROOT, 'corpus', 'missouri-ag-ice'));
    const engine = createEngine([{ pack, index: () => buildSearchIndex(pack) }]);
    send({ type: 'packs', packs: [pack] });
    const text = readFileSync(join(ROOT, 'examples', 'restrictive-city-ordinance.md'), 'utf8');
    const first = await ask({ type: 'check', id: 1, key: 'a', version: 1, text, format: 'markdown', severity: { 'status-inquiry': 'off' } });
    assert.equal(first.type, 'result');
    assert.deepEqual(first.type === 'result' && first.output, engine.check({ text, format: 'markdown', severity: { 'status-inquiry': 'off' } }));
    const edited = `${text}\nThe jail shall hold inmates on ICE detainers for 48 hours.\n`;
    const second = await ask({ type: 'check', id: 2, key: 'a', version: 2, text: edited, format: 'markdown', severity: {} });
    assert.equal(second.version, 2);
    assert.deepEqual(second.type === 'result' && second.output, engine.check({ text: edited, format: 'markdown' }));
  });

  it('says a text with NUL bytes is not a draft, and a closed draft is forgotten', async () => {
    const answer = await ask({ type: 'check', id: 3, key: 'b', version: 1, text: 'a\u0000b', format: 'plaintext', severity: {} });
    assert.equal(answer.type, 'error');
    assert.equal(answer.type === 'error' && answer.binary, true);
    send({ type: 'close', key: 'a' });
    const again = await ask({ type: 'check', id: 4, key: 'a', version: 3, text: 'Notes.\n', format: 'markdown', severity: {} });
    assert.equal(again.type, 'result');
  });
});
