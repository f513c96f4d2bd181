// `.policy-guidance.jsonc` in the editor, read as the command line reads it: the nearest one above a
// draft (within its workspace folder) gives severity (over the settings, which stay the user's
// defaults), per-path overrides and the packs the draft's jurisdiction selects. Saved, created or
// deleted, it takes effect at once. Read through workspace.fs, so it works in the web too.
import * as vscode from 'vscode';
import { CONFIG_FILE, ConfigError, packsForDraft, parseConfig, pathFromConfigFolder, severityForDraft, type PolicyGuidanceConfig } from '../config/config';
import { knownRuleIds, unknownConfigRules, unknownRuleProblem } from '../config/unknownRules';
import type { GuidancePacks, LoadedPack } from './guidancePacks';

export interface DraftConfig {
  /** The config file that applies, if any. */
  uri?: vscode.Uri;
  severity: Record<string, string>;
  packIds?: string[];
  /** The jurisdiction the draft names that no pack covers (the check says so). */
  uncoveredJurisdiction?: string;
  /** Why the config file could not be read, with file:line:column. */
  problem?: string;
}

interface Found {
  uri: vscode.Uri;
  config?: PolicyGuidanceConfig;
  text?: string;
  problem?: string;
  /** The severity slip found against the packs in use when it was last asked (see slipIn). */
  slip?: { packs: readonly LoadedPack[]; problem?: string };
}

export class ConfigFiles implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Found | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);

  constructor(private readonly log: vscode.LogOutputChannel) {
    const reset = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this.watcher.onDidChange(reset);
    this.watcher.onDidCreate(reset);
    this.watcher.onDidDelete(reset);
  }

  /** What applies to one draft: settings' severity under the file's, and the packs its jurisdiction selects. */
  async forDraft(document: Pick<vscode.TextDocument, 'uri'>, text: string, settingsSeverity: Readonly<Record<string, string>>, packs: GuidancePacks): Promise<DraftConfig> {
    const found = await this.nearest(document.uri);
    const packMeta = packs.all().map((p) => ({ id: p.pack.meta.id, jurisdiction: p.pack.meta.jurisdiction }));
    // Without a (readable) file, a draft's jurisdiction still selects the packs that name it, as in the CLI.
    if (!found?.config) {
      const { packIds, uncovered } = packsForDraft(text, {}, packMeta);
      return { severity: { ...settingsSeverity }, packIds, ...(uncovered && { uncoveredJurisdiction: uncovered }), ...(found && { uri: found.uri, problem: found.problem }) };
    }
    const folder = vscode.Uri.joinPath(found.uri, '..');
    const severity = { ...settingsSeverity, ...severityForDraft(pathFromConfigFolder(folder.path, document.uri.path), found.config) };
    const { packIds, uncovered } = packsForDraft(text, found.config, packMeta);
    const problem = this.slipIn(found, packs.all());
    return { uri: found.uri, severity, packIds, ...(uncovered && { uncoveredJurisdiction: uncovered }), ...(problem && { problem }) };
  }

  /** A severity for a rule no pack has changes nothing: say so where the command line would stop. Worked out once per
   *  file and set of packs, not on every check of every draft. */
  private slipIn(found: Found, packs: readonly LoadedPack[]): string | undefined {
    if (found.slip?.packs === packs) return found.slip.problem;
    const [slip] = unknownConfigRules(found.text ?? '', found.config ?? {}, knownRuleIds(packs));
    const problem = slip && `${vscode.workspace.asRelativePath(found.uri)}:${slip.line ?? 1}:${slip.column ?? 1}: ${unknownRuleProblem(slip)}`;
    found.slip = { packs, problem };
    return problem;
  }

  /** The nearest config file above a draft, within its workspace folder (none for untitled drafts). */
  private nearest(draft: vscode.Uri) {
    const root = vscode.workspace.getWorkspaceFolder(draft)?.uri;
    if (!root) return Promise.resolve(undefined);
    const walk = (folder: vscode.Uri): Promise<Found | undefined> => {
      const key = folder.toString();
      let hit = this.cache.get(key);
      if (!hit) {
        hit = (async () => {
          const candidate = vscode.Uri.joinPath(folder, CONFIG_FILE);
          const text = await vscode.workspace.fs.readFile(candidate).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
          if (text !== undefined) {
            try {
              return { uri: candidate, config: parseConfig(CONFIG_FILE, text), text };
            } catch (error) {
              if (!(error instanceof ConfigError)) throw error;
              const at = (e: ConfigError) => `${vscode.workspace.asRelativePath(candidate)}:${e.line}:${e.column}: ${e.problem}`;
              for (const e of [error, ...error.more]) this.log.error(`Policy Guidance configuration: ${at(e)}`);
              const more = error.more.length ? ` (and ${error.more.length} more: see the Policy Guidance log)` : '';
              return { uri: candidate, problem: `${at(error)}${more}` };
            }
          }
          if (folder.path === root.path || folder.path === '/' || !folder.path.startsWith(root.path)) return undefined;
          return walk(vscode.Uri.joinPath(folder, '..'));
        })();
        this.cache.set(key, hit);
      }
      return hit;
    };
    return walk(vscode.Uri.joinPath(draft, '..'));
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
