// Checks drafts off the extension host's thread: a worker runs the engine (src/engine/worker.ts), a
// Node worker thread in desktop VS Code and a web worker in the web extension host, so typing, hovers
// and other extensions never wait on a check. The worker keeps each open draft's blocks, so a check
// after an edit re-reads only what changed. If the worker cannot start, drafts are checked here, on
// the extension host (said once in the log).
import * as vscode from 'vscode';
import type { FromChecker, ToChecker } from '../engine/checkService';
import type { CheckOutput } from '../engine/engine';
import type { DraftChecker } from '../engine/incremental';
import { DraftInputError, type DraftFormat } from '../lint/draftReading';
import type { GuidancePacks, LoadedPack } from './guidancePacks';

// Set by esbuild.js: true in the desktop bundle, false in the web one (whose bundle then has no Node code).
declare const POLICY_GUIDANCE_NODE: boolean;

/** A web worker, as the web extension host offers it (the project compiles without the DOM library). */
interface WebWorker {
  onmessage: ((event: { data: FromChecker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
  postMessage(message: ToChecker): void;
  terminate(): void;
}
declare const Worker: (new (url: string, options?: { name?: string }) => WebWorker) | undefined;

export interface CheckRequest {
  key: string;
  version: number;
  text: string;
  format: DraftFormat;
  severity: Record<string, string>;
  /** Only these packs apply (the draft's jurisdiction, through a config file); all when absent. */
  packIds?: string[];
  /** The jurisdiction the draft names that no pack covers (the check says so). */
  uncoveredJurisdiction?: string;
}

/** The part of a worker this file uses, in both hosts. */
interface WorkerPort {
  post(message: ToChecker): void;
  terminate(): void;
}

// In the Node worker thread: give the worker script a web worker's globals, then run it.
const NODE_BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = (message) => parentPort.postMessage(message);
parentPort.on('message', (data) => globalThis.onmessage && globalThis.onmessage({ data }));
require(workerData.script);
`;

export class CheckWorker implements vscode.Disposable {
  private port: WorkerPort | undefined;
  /** The packs last sent to the worker (the array GuidancePacks.all() returned). */
  private sentPacks: readonly LoadedPack[] | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { request: CheckRequest; resolve: (output: CheckOutput) => void; reject: (error: Error) => void }>();
  /** On the extension host, when the worker could not start: one draft checker per draft. */
  private readonly local = new Map<string, { checker: DraftChecker; packs: readonly LoadedPack[]; packIds: string }>();
  /** Where checks run: "worker", or "extension host" after the worker failed. */
  mode: 'worker' | 'extension host' = 'worker';

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly packs: GuidancePacks,
    private readonly log: vscode.LogOutputChannel,
  ) {
    try {
      this.port = this.start();
    } catch (error) {
      this.fallBack(error);
    }
  }

  /** Checks a version of a draft. Rejects with a DraftInputError for text that is not a draft. */
  check(request: CheckRequest): Promise<CheckOutput> {
    if (!this.port) return this.checkHere(request);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { request, resolve, reject });
      try {
        const packs = this.packs.all();
        if (packs !== this.sentPacks) {
          this.port!.post({ type: 'packs', packs: packs.map((p) => p.pack) });
          this.sentPacks = packs;
        }
        // Settings values are proxies, which cannot be cloned into a message: copy them.
        this.port!.post({ type: 'check', id, ...request, severity: { ...request.severity }, ...(request.packIds && { packIds: [...request.packIds] }) });
      } catch (error) {
        this.fallBack(error);
      }
    });
  }

  /** The draft was closed: its blocks are no longer needed. */
  close(key: string): void {
    this.local.delete(key);
    this.port?.post({ type: 'close', key });
  }

  private start(): WorkerPort {
    const onMessage = (message: FromChecker) => this.answer(message);
    const onError = (error: unknown) => this.fallBack(error);
    if (POLICY_GUIDANCE_NODE) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
      const script = vscode.Uri.joinPath(this.extensionUri, 'dist', 'worker.js').fsPath;
      const worker = new Worker(NODE_BOOTSTRAP, { eval: true, workerData: { script } });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', (code) => code !== 0 && onError(new Error(`the worker stopped (exit code ${code})`)));
      worker.unref();
      return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
    }
    if (typeof Worker !== 'function') throw new Error('this extension host has no Worker');
    // The web extension host turns the URL into a worker of its own origin.
    const worker = new Worker(vscode.Uri.joinPath(this.extensionUri, 'dist', 'web', 'worker.js').toString(true), { name: 'policy-guidance-checks' });
    worker.onmessage = (event) => onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      onError(new Error(event.message || 'the worker failed to start'));
    };
    return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
  }

  private answer(message: FromChecker): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'result') waiting.resolve(message.output);
    else waiting.reject(message.binary ? new DraftInputError(message.message) : new Error(message.message));
  }

  /** The worker could not start or stopped: check here from now on, including what it was asked. */
  private fallBack(error: unknown): void {
    if (this.mode === 'extension host') return;
    this.mode = 'extension host';
    this.log.warn(`Policy Guidance checks drafts on the extension host: its worker could not run (${error instanceof Error ? error.message : String(error)}).`);
    this.port?.terminate();
    this.port = undefined;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { request, resolve, reject } of waiting) this.checkHere(request).then(resolve, reject);
  }

  private checkHere(request: CheckRequest): Promise<CheckOutput> {
    try {
      const packs = this.packs.all();
      let local = this.local.get(request.key);
      const packIds = request.packIds ? request.packIds.join('\n') : '*';
      if (local?.packs !== packs || local.packIds !== packIds) this.local.set(request.key, (local = { checker: this.packs.engine().draft(request.packIds), packs, packIds }));
      return Promise.resolve(local.checker.check(request));
    } catch (error) {
      this.local.delete(request.key);
      return Promise.reject(error);
    }
  }

  dispose(): void {
    this.port?.terminate();
    this.port = undefined;
    for (const { reject } of this.pending.values()) reject(new Error('disposed'));
    this.pending.clear();
  }
}
