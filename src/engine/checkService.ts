// The engine behind a message port: what runs in the worker that checks drafts off the editor's
// thread. Plain data in and out; one draft checker per open draft, so each check after the first
// re-reads only the blocks an edit touched.
import type { Pack } from '../corpus/types';
import { DraftInputError, type DraftFormat } from '../lint/draftReading';
import { buildSearchIndex } from '../search/searchIndex';
import { createEngine, type CheckOutput, type Engine } from './engine';
import type { DraftChecker } from './incremental';

export type ToChecker =
  /** The packs in use (sent before the first check, and again whenever they change). */
  | { type: 'packs'; packs: Pack[] }
  /** Check this version of a draft; `key` names the draft (its URI). */
  | { type: 'check'; id: number; key: string; version: number; text: string; format: DraftFormat; severity: Record<string, string>; packIds?: string[]; uncoveredJurisdiction?: string }
  /** The draft was closed: forget it. */
  | { type: 'close'; key: string };

export type FromChecker =
  | { type: 'result'; id: number; key: string; version: number; output: CheckOutput; ms: number }
  /** `binary`: the text is not a draft (NUL bytes); else checking failed. */
  | { type: 'error'; id: number; key: string; version: number; binary: boolean; message: string };

/** Handles messages from the editor; answers through `post`. */
export function serveChecks(post: (message: FromChecker) => void): (message: ToChecker) => void {
  let engine: Engine | undefined;
  const drafts = new Map<string, { checker: DraftChecker; engine: Engine; packIds: string }>();
  return (message) => {
    switch (message.type) {
      case 'packs':
        engine = createEngine(message.packs.map((pack) => ({ pack, index: () => buildSearchIndex(pack) })));
        drafts.clear();
        return;
      case 'close':
        drafts.delete(message.key);
        return;
      case 'check': {
        const { id, key, version, text, format, severity, packIds, uncoveredJurisdiction } = message;
        try {
          if (!engine) throw new Error('no guidance packs were sent before the first check');
          let draft = drafts.get(key);
          // A draft whose packs change (its jurisdiction, a config file) starts a new checker.
          const packKey = packIds ? packIds.join('\n') : '*';
          if (draft?.engine !== engine || draft.packIds !== packKey) drafts.set(key, (draft = { checker: engine.draft(packIds), engine, packIds: packKey }));
          const started = performance.now();
          const output = draft.checker.check({ text, format, severity, uncoveredJurisdiction });
          post({ type: 'result', id, key, version, output, ms: performance.now() - started });
        } catch (error) {
          drafts.delete(key);
          post({ type: 'error', id, key, version, binary: error instanceof DraftInputError, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  };
}
