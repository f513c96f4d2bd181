// Entry of the worker that checks drafts (dist/worker.js for desktop VS Code, dist/web/worker.js for
// the web): a web worker's globals, which the desktop host provides in a Node worker thread too
// (see src/vscode/checkWorker.ts).
import { serveChecks, type FromChecker, type ToChecker } from './checkService';

declare const self: { onmessage: ((event: { data: ToChecker }) => void) | null; postMessage(message: FromChecker): void };

const handle = serveChecks((message) => self.postMessage(message));
self.onmessage = (event) => handle(event.data);
