// A CI baseline: the findings a repository has accepted for now, so that a check fails only on new
// ones. Each finding is kept as its rule id and a hash of its sentence as read (normalised: Unicode
// NFKC, case and runs of white space ignored, and a section number or list label it opens with: "5.2", "(c)",
// "Section 5.3."), never its line, so edits elsewhere in the draft, a moved or rewrapped sentence and a renumbered
// section still match (renumbering is routine in drafting: a drafter's trial), and any change to the sentence's words
// makes it new. A document rule's finding (a missing provision) is about the whole draft: it is kept by rule alone.
// The same sentence flagged twice is one entry with a count. Pure: no Node, no editor.
import type { Finding } from '../lint/finding';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  hash: string;
  count: number;
}

export interface Baseline {
  /** The file format's version: 1. */
  version: number;
  /** Per file (as the check names it: relative to where it runs, forward slashes), its accepted findings. */
  files: Record<string, BaselineEntry[]>;
}

/** What a document rule's finding is hashed as: it has no sentence of its own. */
const WHOLE_DRAFT = 'document';

export function normaliseSentence(text: string): string {
  return withoutLabels(legacyNormalised(text));
}

/** How baselines written before section labels were dropped normalised a sentence: they still match. */
function legacyNormalised(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

// A label a sentence opens with: "(c) ", "5. ", "c) ", "5.2 ", "5.2.1. ", "section 5.3. ", "§ 12 ", "art. iv. " (not a bare
// number: "48 hours after …" keeps its "48").
const LABEL = /^(?:(?:section|sec\.|§+|article|art\.)\s*(?:[0-9]{1,4}(?:\.[0-9]{1,4})*[a-z]?|[ivxlc]{1,6})[.:]?|\([0-9a-z]{1,4}\)|[0-9a-z]{1,4}[.)]|[0-9]{1,4}(?:\.[0-9]{1,4})+\.?)\s+/;

/** The sentence without the labels it opens with ("Section 5.2. (a) …"), at most three. */
function withoutLabels(text: string): string {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const label = LABEL.exec(rest);
    if (!label || label[0].length === rest.length) break;
    rest = rest.slice(label[0].length);
  }
  return rest;
}

/** cyrb53 (public domain): a fast 53-bit string hash, as 14 hex digits. Not for security: for matching. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A finding's key in a baseline: its rule and the hash of its normalised sentence (or "document"). */
export function baselineKey(finding: Pick<Finding, 'ruleId' | 'excerpt'>, isDocumentRule: boolean): { ruleId: string; hash: string } {
  return { ruleId: finding.ruleId, hash: isDocumentRule ? WHOLE_DRAFT : hashText(normaliseSentence(finding.excerpt)) };
}

/** The key a baseline written before labels were dropped gave the finding, where it differs. */
function legacyHash(finding: Pick<Finding, 'excerpt'>, isDocumentRule: boolean): string | undefined {
  if (isDocumentRule) return undefined;
  const legacy = legacyNormalised(finding.excerpt);
  return legacy === normaliseSentence(finding.excerpt) ? undefined : hashText(legacy);
}

const keyText = (ruleId: string, hash: string) => `${ruleId}\u0000${hash}`;

/** One file's findings as baseline entries: one per rule and sentence, with a count, in a stable order. */
export function baselineEntries(findings: readonly Finding[], isDocumentRule: (ruleId: string) => boolean): BaselineEntry[] {
  const counts = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const { ruleId, hash } = baselineKey(finding, isDocumentRule(finding.ruleId));
    const key = keyText(ruleId, hash);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { ruleId, hash, count: 1 });
  }
  return [...counts.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.hash.localeCompare(b.hash));
}

/** The baseline file's text: files in name order, so that a rewritten baseline diffs cleanly. */
export function baselineJson(byFile: ReadonlyMap<string, BaselineEntry[]>): string {
  const sorted = [...byFile].filter(([, entries]) => entries.length > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // One entry a line: a baseline of a thousand findings stays readable, and its diffs line by line.
  const fileText = ([file, entries]: [string, BaselineEntry[]]) =>
    `    ${JSON.stringify(file)}: [\n${entries.map((e) => `      { "ruleId": ${JSON.stringify(e.ruleId)}, "hash": ${JSON.stringify(e.hash)}, "count": ${e.count} }`).join(',\n')}\n    ]`;
  const files = sorted.length ? `{\n${sorted.map(fileText).join(',\n')}\n  }` : '{}';
  return `{\n  "version": ${BASELINE_VERSION},\n  "files": ${files}\n}\n`;
}

/** Reads a baseline file's text; a problem is a one-line reason. */
export function parseBaseline(text: string): Baseline | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON (${(error as Error).message})` };
  }
  const baseline = value as Baseline;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof baseline.files !== 'object' || baseline.files === null || Array.isArray(baseline.files)) {
    return { problem: 'not a policy-guidance baseline (no "files" object); write one with --write-baseline' };
  }
  if (baseline.version !== BASELINE_VERSION) return { problem: `baseline version ${String(baseline.version)} is not supported (expected ${BASELINE_VERSION})` };
  for (const [file, entries] of Object.entries(baseline.files)) {
    const ok = Array.isArray(entries) && entries.every((e) => e && typeof e.ruleId === 'string' && typeof e.hash === 'string' && Number.isInteger(e.count) && e.count > 0);
    if (!ok) return { problem: `"${file}": each entry needs "ruleId", "hash" and a positive whole "count"` };
  }
  return baseline;
}

/**
 * Matches a check against a baseline, file by file: a finding is accepted while its rule-and-hash has
 * count left in the baseline's entry for the file, and new otherwise (a third copy of a sentence
 * baselined twice is new). Remembers what matched, to say how many baseline entries no longer occur.
 */
export class BaselineMatcher {
  private readonly left = new Map<string, Map<string, number>>();
  matched = 0;
  readonly fileCount: number;
  readonly firstFile: string | undefined;

  constructor(baseline: Baseline) {
    for (const [file, entries] of Object.entries(baseline.files)) {
      const counts = new Map<string, number>();
      for (const { ruleId, hash, count } of entries) counts.set(keyText(ruleId, hash), (counts.get(keyText(ruleId, hash)) ?? 0) + count);
      this.left.set(file, counts);
    }
    this.fileCount = this.left.size;
    this.firstFile = [...this.left.keys()].sort()[0];
  }

  /** Whether the baseline has entries for the file (as the check names it). */
  names(file: string): boolean {
    return this.left.has(file);
  }

  /** The findings of one file that are not in the baseline. */
  newFindings<F extends Finding>(file: string, findings: readonly F[], isDocumentRule: (ruleId: string) => boolean): F[] {
    const counts = this.left.get(file);
    if (!counts) return [...findings];
    return findings.filter((finding) => {
      const { ruleId, hash } = baselineKey(finding, isDocumentRule(finding.ruleId));
      const legacy = legacyHash(finding, isDocumentRule(finding.ruleId));
      const key = (counts.get(keyText(ruleId, hash)) ?? 0) === 0 && legacy !== undefined ? keyText(ruleId, legacy) : keyText(ruleId, hash);
      const count = counts.get(key) ?? 0;
      if (count === 0) return true;
      counts.set(key, count - 1);
      this.matched++;
      return false;
    });
  }

  /** Baselined findings not seen in the files checked so far (fixed, or their sentence changed). */
  unmatchedIn(files: Iterable<string>): number {
    let total = 0;
    for (const file of files) for (const count of this.left.get(file)?.values() ?? []) total += count;
    return total;
  }

  /** Which they are, by file and rule ("policy.md: detainer-hold ×2, sanctuary-limit"), the first `limit` files. */
  unmatchedNames(files: Iterable<string>, limit = 3): string {
    const parts: string[] = [];
    let more = 0;
    for (const file of files) {
      const rules = new Map<string, number>();
      for (const [key, count] of this.left.get(file) ?? []) {
        const rule = key.slice(0, key.indexOf('\u0000'));
        if (count > 0) rules.set(rule, (rules.get(rule) ?? 0) + count);
      }
      if (!rules.size) continue;
      if (parts.length === limit) more++;
      else parts.push(`${file}: ${[...rules].sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ')}`);
    }
    return parts.join('; ') + (more ? `; ${more} more file${more === 1 ? '' : 's'}` : '');
  }
}
