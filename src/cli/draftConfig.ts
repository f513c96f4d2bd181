// Which packs and severities apply to each draft: the nearest `.policy-guidance.jsonc` above it (or the
// one named by --config), its packs beside the bundled one and --pack, its severity and per-path
// overrides under --severity, and the packs the draft's jurisdiction selects. As the editor reads it.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE, ConfigError, packsForDraft, parseConfig, severityForDraft, type PolicyGuidanceConfig } from '../config/config';
import { knownRuleIds, unknownConfigRules, unknownRuleProblem, unknownSeverityRules } from '../config/unknownRules';
import { createEngine, type Engine, type EnginePack } from '../engine/engine';
import { CliError } from './cliError';
import { packsFor } from './packOption';

export interface DraftSetup {
  engine: Engine;
  packs: EnginePack[];
  severity: Record<string, string>;
  packIds: string[];
  /** The jurisdiction the draft names that no pack covers (the check says so). */
  uncoveredJurisdiction?: string;
  /** The config file that applied, if any. */
  configPath?: string;
}

interface Loaded {
  path?: string;
  config: PolicyGuidanceConfig;
  engine: Engine;
  packs: EnginePack[];
}

export class DraftConfigs {
  private readonly byFolder = new Map<string, Promise<string | undefined>>();
  private readonly byConfig = new Map<string, Promise<Loaded>>();

  constructor(
    private readonly cliPacks: readonly string[],
    private readonly cliSeverity: Readonly<Record<string, string>>,
    private readonly cwd: string,
    /** --config FILE: used for every draft instead of searching. */
    private readonly configFile?: string,
  ) {}

  /** The setup for one draft (its absolute path and text). */
  async setupFor(absolute: string, text: string): Promise<DraftSetup> {
    const configPath = this.configFile ? resolve(this.cwd, this.configFile) : await this.nearest(dirname(absolute));
    const loaded = await this.load(configPath);
    const base = loaded.path ? dirname(loaded.path) : this.cwd;
    const severity = { ...severityForDraft(relative(base, absolute).split('\\').join('/'), loaded.config), ...this.cliSeverity };
    const { packIds, uncovered } = packsForDraft(text, loaded.config, loaded.packs.map((p) => ({ id: p.pack.meta.id, jurisdiction: p.pack.meta.jurisdiction })));
    return { engine: loaded.engine, packs: loaded.packs, severity, packIds, configPath: loaded.path, ...(uncovered && { uncoveredJurisdiction: uncovered }) };
  }

  /** Every pack any of these drafts may use (for SARIF's rule list, written before the results). */
  async packsFor(absolutes: readonly string[]): Promise<EnginePack[]> {
    const all = new Map<string, EnginePack>();
    for (const absolute of absolutes) {
      const configPath = this.configFile ? resolve(this.cwd, this.configFile) : await this.nearest(dirname(absolute));
      for (const p of (await this.load(configPath)).packs) all.set(p.pack.meta.id, p);
    }
    if (absolutes.length === 0) for (const p of (await this.load(undefined)).packs) all.set(p.pack.meta.id, p);
    return [...all.values()];
  }

  private nearest(folder: string): Promise<string | undefined> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = (async () => {
        const candidate = join(folder, CONFIG_FILE);
        if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
        const parent = dirname(folder);
        return parent === folder ? undefined : this.nearest(parent);
      })();
      this.byFolder.set(folder, found);
    }
    return found;
  }

  private load(path: string | undefined): Promise<Loaded> {
    const key = path ?? '';
    let loaded = this.byConfig.get(key);
    if (!loaded) {
      loaded = (async () => {
        const { config, text } = path ? await readConfig(path, this.cwd) : { config: {}, text: '' };
        const folders = [...(config.packs ?? []).map((p) => resolve(dirname(path!), p)), ...this.cliPacks];
        const packs = await packsFor(folders);
        const known = knownRuleIds(packs);
        // Every slip at once, a line each (a drafter's trial fixed one a run).
        const slips = [
          ...unknownSeverityRules(this.cliSeverity, known).map((slip) => `--severity: ${unknownRuleProblem(slip)}`),
          ...(path ? unknownConfigRules(text, config, known) : []).map((slip) => `${relative(this.cwd, path!) || path}:${slip.line ?? 1}:${slip.column ?? 1}: ${unknownRuleProblem(slip)}`),
        ];
        if (slips.length) throw new CliError(slips.join('\n'));
        return { path, config, packs, engine: createEngine(packs) };
      })();
      this.byConfig.set(key, loaded);
    }
    return loaded;
  }
}

async function readConfig(path: string, cwd: string): Promise<{ config: PolicyGuidanceConfig; text: string }> {
  const shown = relative(cwd, path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`${shown}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return { config: parseConfig(CONFIG_FILE, text), text };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new CliError([error, ...error.more].map((e) => `${shown}:${e.line}:${e.column}: ${e.problem}`).join('\n'));
  }
}
