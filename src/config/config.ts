// `.policy-guidance.jsonc`: which packs apply, per-rule severity, per-path overrides and which packs a
// draft's jurisdiction selects. Found by walking up from the draft (as .markdownlint.jsonc is); the CLI
// and the editor read it alike. Pure: the caller reads files; this parses, validates and resolves.
import { PackError } from '../corpus/packError';
import { readJsonFile } from '../corpus/readJsonFile';
import configSchema from '../../schemas/config.schema.json';

export const CONFIG_FILE = '.policy-guidance.jsonc';

export interface ConfigOverride {
  /** Globs relative to the config file's folder ("drafts/jail/**"). */
  files: string[];
  severity?: Record<string, string>;
}

export interface PolicyGuidanceConfig {
  /** Pack folders relative to the config file, used beside the bundled pack. */
  packs?: string[];
  severity?: Record<string, string>;
  overrides?: ConfigOverride[];
  /** A draft's front matter `jurisdiction:` → the ids of the packs that apply to it. */
  jurisdictions?: Record<string, string[]>;
}

/** Parses and validates a config file's text; a problem is a PackError with file:line:column. */
export function parseConfig(file: string, text: string): PolicyGuidanceConfig {
  const { value } = readJsonFile<PolicyGuidanceConfig & { $schema?: string }>(file, text, configSchema, true);
  delete value.$schema;
  return value;
}

export { PackError as ConfigError };

/** The jurisdiction a draft names in its front matter (`jurisdiction: Missouri`), if any. */
export function jurisdictionOf(text: string): string | undefined {
  return jurisdictionAt(text)?.value;
}

/** The front matter's `jurisdiction:` line: its value, and where the line starts and ends in the text. */
export function jurisdictionAt(text: string): { value: string; start: number; end: number } | undefined {
  const front = /^(\uFEFF?---\r?\n)([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (!front) return undefined;
  const line = /^jurisdiction\s*:\s*(.+?)\s*$/im.exec(front[2]);
  const value = line?.[1].replace(/^["']|["']$/g, '');
  if (!line || !value) return undefined;
  const start = front[1].length + line.index;
  return { value, start, end: start + line[0].trimEnd().length };
}

/**
 * The pack ids that apply to a draft: those its jurisdiction selects (through the config's map, else
 * packs whose own `jurisdiction` matches); every pack when the draft names none or nothing matches.
 * `uncovered`: the jurisdiction it names when neither the map nor any pack covers it (a notice says so);
 * a pack covers a jurisdiction it names or one whose name holds its own ("City of Riverton, Missouri").
 */
export function packsForDraft(text: string, config: PolicyGuidanceConfig, packs: ReadonlyArray<{ id: string; jurisdiction?: string }>): { packIds: string[]; uncovered?: string } {
  const all = packs.map((p) => p.id);
  const named = jurisdictionOf(text);
  if (!named) return { packIds: all };
  const key = Object.keys(config.jurisdictions ?? {}).find((k) => k.toLowerCase() === named.toLowerCase());
  const chosen = key ? config.jurisdictions![key] : packs.filter((p) => p.jurisdiction?.toLowerCase() === named.toLowerCase()).map((p) => p.id);
  const known = chosen.filter((id) => all.includes(id));
  if (known.length) return { packIds: known };
  // "City of Riverton, Missouri" is in Missouri: a pack whose jurisdiction it names covers it.
  const within = packs.some((p) => p.jurisdiction && namesWithin(named, p.jurisdiction));
  return within ? { packIds: all } : { packIds: all, uncovered: named };
}

/** Does `text` name `place` as whole words ("City of Riverton, Missouri" names "Missouri")? Case-insensitive. */
function namesWithin(text: string, place: string): boolean {
  const haystack = text.toLowerCase();
  const needle = place.trim().toLowerCase();
  if (!needle) return false;
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!letter(haystack[at - 1]) && !letter(haystack[at + needle.length])) return true;
  }
  return false;
}

/**
 * A draft's path from the config's folder, as overrides' globs read it. A web workspace's root folder has the
 * path "/", so the folder's path may or may not end in a slash.
 */
export function pathFromConfigFolder(folderPath: string, draftPath: string): string {
  const base = folderPath.endsWith('/') ? folderPath : `${folderPath}/`;
  return draftPath.startsWith(base) ? draftPath.slice(base.length) : draftPath;
}

/** Severity for a draft at `relativePath` (from the config's folder): the config's, then each matching override's. */
export function severityForDraft(relativePath: string, config: PolicyGuidanceConfig): Record<string, string> {
  let severity = { ...(config.severity ?? {}) };
  for (const override of config.overrides ?? []) {
    if (override.files.some((glob) => globMatches(glob, relativePath))) severity = { ...severity, ...(override.severity ?? {}) };
  }
  return severity;
}

/** A small glob: `**` any folders, `*` within a name, `?` one character; forward slashes. Linear: no backtracking regex. */
export function globMatches(glob: string, path: string): boolean {
  const segments = path.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  return wildcardMatch(glob.replace(/^\.\//, '').split('/'), segments, '**', nameMatches);
}

/** `*` and `?` within one path segment. */
function nameMatches(pattern: string, name: string): boolean {
  return wildcardMatch([...pattern], [...name], '*', (p, c) => p === '?' || p === c);
}

/**
 * Whether a pattern matches a sequence, where `any` in the pattern stands for any run of items: dynamic
 * programming over the pattern (reach[j]: the pattern so far matches the first j items), time pattern × items.
 */
function wildcardMatch<P, T>(pattern: readonly P[], items: readonly T[], any: P, one: (p: P, item: T) => boolean): boolean {
  let reach = new Array<boolean>(items.length + 1).fill(false);
  reach[0] = true;
  for (const part of pattern) {
    const next = new Array<boolean>(items.length + 1).fill(false);
    for (let j = 0; j <= items.length; j++) {
      if (!reach[j]) continue;
      if (part === any) {
        for (let k = j; k <= items.length && !next[k]; k++) next[k] = true;
      } else if (j < items.length && one(part, items[j])) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[items.length];
}
