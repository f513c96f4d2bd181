// The guidance packs in use: the bundled one, plus pack folders named in settings once the workspace
// is trusted. Files are read through vscode.workspace.fs, so packs load the same on disk and in the web.
import * as vscode from 'vscode';
import { loadPack } from '../corpus/loadPack';
import { PackError } from '../corpus/packError';
import type { Pack } from '../corpus/types';
import { CONFIG_FILE, parseConfig } from '../config/config';
import { createEngine, type Engine } from '../engine/engine';
import { bareRuleId } from '../engine/severity';
import { createLinter, type Linter } from '../lint/lint';
import { bundledPack, bundledSearchIndex } from '../pack/bundledPack';
import { buildSearchIndex, type GuidanceIndex } from '../search/searchIndex';
import { readSettings } from './settings';

export interface LoadedPack {
  readonly pack: Pack;
  readonly linter: Linter;
  /** Built on first search: a workspace pack is indexed only if someone searches it. */
  readonly index: () => GuidanceIndex;
}

/** Compiled on first use: drafts are checked in the worker, so activation compiles nothing here; the
 *  extension host needs the rules and glossary only for hovers, quick fixes and documents. */
function loaded(pack: Pack, index: () => GuidanceIndex): LoadedPack {
  let cached: GuidanceIndex | undefined;
  let linter: Linter | undefined;
  return {
    pack,
    get linter() {
      return (linter ??= createLinter(pack.rules));
    },
    index: () => (cached ??= index()),
  };
}

export class GuidancePacks implements vscode.Disposable {
  /** Kept even while a workspace pack replaces it, so it is compiled once. */
  private readonly bundled = loaded(bundledPack(), bundledSearchIndex);
  private packs: LoadedPack[] = [this.bundled];
  /** Why each workspace pack that failed in the last reload was not loaded ("<folder>: file:line:col: problem"). */
  failures: string[] = [];
  private reloading: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  all(): readonly LoadedPack[] {
    return this.packs;
  }

  private current?: { packs: readonly LoadedPack[]; engine: Engine };

  /** The engine over the packs in use: one reading of a draft for all of them. */
  engine(): Engine {
    if (this.current?.packs !== this.packs) {
      this.current = { packs: this.packs, engine: createEngine(this.packs.map((p) => ({ pack: p.pack, get rules() { return p.linter.rules; }, index: p.index }))) };
    }
    return this.current.engine;
  }

  byId(id: string): LoadedPack | undefined {
    return this.packs.find((p) => p.pack.meta.id === id);
  }

  /** Whether a finding is a document rule's (a provision the draft lacks, shown on its title). */
  isDocumentFinding(finding: { packId: string; ruleId: string }): boolean {
    return this.byId(finding.packId)?.pack.rules.rules.find((r) => r.id === bareRuleId(finding.ruleId))?.scope === 'document';
  }

  /** Reloads the workspace packs; a broken one is reported and skipped, the others stay in use.
   *  Reloads run one after another, so a settings change and a save cannot interleave. */
  reload(): Promise<void> {
    this.reloading = this.reloading.then(() => this.load()).catch((error) => this.log.error('Reloading the guidance packs failed', error));
    return this.reloading;
  }

  private async load(): Promise<void> {
    const extra: LoadedPack[] = [];
    this.failures = [];
    if (!vscode.workspace.isTrusted) {
      if (readSettings().packs.length) this.log.info('Workspace guidance packs are not loaded until the workspace is trusted.');
    } else {
      // The settings' pack folders, then those named by a .policy-guidance.jsonc at a workspace folder's root.
      const folders = [...this.packFolders(), ...(await this.configPackFolders())];
      const seen = new Set<string>();
      for (const folder of folders) {
        if (seen.has(folder.toString())) continue;
        seen.add(folder.toString());
        const pack = await this.loadFolder(folder);
        if (pack) extra.push(loaded(pack, () => buildSearchIndex(pack)));
      }
    }
    // A workspace pack with the bundled pack's id replaces it (a locally edited copy).
    const ids = new Set(extra.map((p) => p.pack.meta.id));
    const packs = [...(ids.has(this.bundled.pack.meta.id) ? [] : [this.bundled]), ...extra];
    // A pack that extends one that is not loaded cannot be read: say so, and keep the others.
    this.packs = packs.filter(({ pack }) => {
      const base = pack.meta.extends;
      if (base === undefined || packs.some((p) => p.pack.meta.id === base)) return true;
      const detail = `pack "${pack.meta.id}" extends "${base}", which is not loaded`;
      this.log.error(detail);
      this.failures.push(detail);
      return false;
    });
    this.changed.fire();
  }

  /** Is this file part of a workspace pack (so saving it should reload)? */
  isPackFile(uri: vscode.Uri): boolean {
    return this.packFolders().some((folder) => uri.toString().startsWith(`${folder.toString()}/`));
  }

  /** Pack folders a workspace folder's own .policy-guidance.jsonc names (relative to it), as the CLI reads them. */
  private async configPackFolders(): Promise<vscode.Uri[]> {
    const folders: vscode.Uri[] = [];
    for (const root of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(root.uri, CONFIG_FILE);
      const text = await vscode.workspace.fs.readFile(uri).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
      if (text === undefined) continue;
      try {
        for (const path of parseConfig(CONFIG_FILE, text).packs ?? []) folders.push(vscode.Uri.joinPath(root.uri, path));
      } catch {
        // A broken file is reported where it applies to a draft (status item); its packs are not loaded.
      }
    }
    return folders;
  }

  private packFolders(): vscode.Uri[] {
    const roots = vscode.workspace.workspaceFolders ?? [];
    return readSettings().packs.flatMap((path) => {
      if (/^[a-z][\w+.-]*:/i.test(path) || path.startsWith('/')) return [path.startsWith('/') ? vscode.Uri.file(path) : vscode.Uri.parse(path)];
      return roots.map((root) => vscode.Uri.joinPath(root.uri, path));
    });
  }

  private async loadFolder(folder: vscode.Uri): Promise<Pack | undefined> {
    const reader = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
    try {
      const pack = await loadPack(reader);
      this.log.info(`Loaded guidance pack "${pack.meta.id}" from ${folder.toString(true)}`);
      return pack;
    } catch (error) {
      // A PackError's message is "file:line:column: problem".
      const detail = (error as Error).message;
      this.log.error(`Guidance pack ${folder.toString(true)}: ${detail}`);
      this.failures.push(`${folder.toString(true)}: ${detail}`);
      const message = `Policy Guidance: the pack in ${folder.toString(true)} was not loaded. ${detail}`;
      if (!(error instanceof PackError)) return void vscode.window.showErrorMessage(message);
      void vscode.window.showErrorMessage(message, 'Open File').then((choice) => {
        if (!choice) return;
        const position = new vscode.Position(Math.max(0, error.line - 1), Math.max(0, error.column - 1));
        void vscode.window.showTextDocument(vscode.Uri.joinPath(folder, error.file), { selection: new vscode.Range(position, position) });
      });
      return undefined;
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
