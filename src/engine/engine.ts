// The one entry point both front ends call: check a draft against every pack in use, search the
// guidance, find the term at a position, render an entry or a rule. Inputs and outputs are plain data
// (strings, numbers, arrays, objects), so the engine can run in a worker and answer by message.
import type { Pack } from '../corpus/types';
import type { DocumentRuleState } from '../lint/documentRules';
import type { Finding } from '../lint/finding';
import type { SuppressionEntry } from '../lint/suppressions';
import type { DraftFormat } from '../lint/lint';
import { ruleEvidence } from '../lint/matchSentence';
import { readingOf } from '../lint/matchSentence';
import { compileRules, conceptsUsedBy, type CompiledRules } from '../rules/compileRules';
import { mergeConcepts, referenceProblem } from '../rules/conceptRefs';
import { entryDocument } from '../present/entryDocument';
import { caveatsFor } from '../present/caveatText';
import { withMarkers } from '../present/caveatMarkers';
import { createTermFinder, type TermFinder } from '../present/glossaryTerms';
import { ruleDocument } from '../present/ruleDocument';
import type { TopicStatus } from '../present/topicStates';
import { searchGuidance, type SearchHit } from '../search/searchGuidance';
import type { GuidanceIndex } from '../search/searchIndex';
import { DraftChecker, type CheckPack } from './incremental';

export { DraftChecker } from './incremental';

/** A finding as the engine reports it: an id for this check, and the pack its rule comes from. */
export interface EngineFinding extends Finding {
  /** Unique within one check's result: how a front end maps its own objects back to the finding. */
  id: string;
  /** The pack whose rule raised it; empty for the engine's own (suppression problems, nesting). */
  packId: string;
}

export interface CheckInput {
  text: string;
  format: DraftFormat;
  /** Severity per rule id (bare, or "pack/rule" where two packs share it); "off" drops the rule. */
  severity?: Readonly<Record<string, string>>;
  /** Only these packs apply to the draft (e.g. those its jurisdiction selects); all when absent. */
  packIds?: readonly string[];
  /** The jurisdiction the draft names that no pack covers (packsForDraft's `uncovered`): a notice says so. */
  uncoveredJurisdiction?: string;
}

export interface CheckOutput {
  findings: EngineFinding[];
  documentRules: Array<DocumentRuleState & { packId: string }>;
  /** Per pack id, each topic's state for this draft. */
  topics: Record<string, TopicStatus<EngineFinding>[]>;
  /** The exceptions register: every suppression comment with its rules, reason, place and what it hid. */
  suppressions: SuppressionEntry[];
  /** The findings those comments hid (SARIF reports them as suppressed results). */
  suppressed: SuppressedFinding[];
}

/** A finding a suppression comment hid, with the reason each comment that hid it gives (empty where it gives none). */
export interface SuppressedFinding extends EngineFinding {
  reasons: string[];
}

export interface EnginePack {
  pack: Pack;
  /** Built on first search: a pack is indexed only if someone searches it. */
  index: () => GuidanceIndex;
  /** Already compiled rules, if the caller has them. */
  rules?: CompiledRules;
}

export interface Engine {
  /** Checks a draft from scratch. */
  check(input: CheckInput): CheckOutput;
  /** A checker for one draft that is edited: each check re-reads only what changed since its last one. */
  draft(packIds?: readonly string[]): DraftChecker;
  search(query: string, limit?: number): Array<SearchHit & { packId: string }>;
  termAt(line: string, character: number): Array<{ packId: string; term: string; start: number; end: number }>;
  entryDocument(packId: string, entryId: string): string | undefined;
  ruleDocument(packId: string, ruleId: string): string | undefined;
  /** Whether a pack's sentence rule flags one sentence (read after its lead-in): how a fix is checked. */
  flagsSentence(packId: string, ruleId: string, sentence: string, leadIn?: string): boolean;
  readonly packs: readonly Pack[];
}

/** A pack's rules, with the concepts of the pack it extends (its own win), checked as a whole; not yet compiled. */
function rulesOf(pack: Pack, all: readonly EnginePack[]): Pack['rules'] {
  const base = pack.meta.extends === undefined ? undefined : all.find((p) => p.pack.meta.id === pack.meta.extends)?.pack;
  if (pack.meta.extends !== undefined && !base) throw new Error(`pack "${pack.meta.id}" extends "${pack.meta.extends}", which is not loaded`);
  const concepts = base ? mergeConcepts(base.rules.concepts, pack.rules.concepts) : pack.rules.concepts;
  const bad = referenceProblem(concepts);
  if (bad) throw new Error(`pack "${pack.meta.id}": concept "${bad.concept}": ${bad.problem}`);
  for (const rule of pack.rules.rules) {
    const missing = conceptsUsedBy(rule).find((c) => !Object.hasOwn(concepts, c));
    if (missing) throw new Error(`pack "${pack.meta.id}": rule "${rule.id}" uses concept "${missing}", defined neither there nor in "${pack.meta.extends}"`);
  }
  // The bodies the base pack's drafts do not direct are the extending pack's too, unless it names its own.
  const outsiders = pack.rules.outsiders ?? base?.rules.outsiders;
  const outsider = (outsiders ?? []).find((c) => !Object.hasOwn(concepts, c));
  if (outsider) throw new Error(`pack "${pack.meta.id}": outsider concept "${outsider}" is defined neither there nor in "${pack.meta.extends}"`);
  return { ...pack.rules, concepts, outsiders };
}

export function createEngine(inputs: readonly EnginePack[]): Engine {
  // Rules compile on first use (about half a second for the bundled pack): a hover on a term needs only the glossary.
  const packs = inputs.map((input) => {
    let index: GuidanceIndex | undefined;
    let rules: CompiledRules | undefined;
    const merged = input.pack.meta.extends === undefined ? undefined : rulesOf(input.pack, inputs);
    return {
      pack: input.pack,
      get rules(): CompiledRules {
        return (rules ??= merged ? compileRules(merged) : (input.rules ?? compileRules(rulesOf(input.pack, inputs))));
      },
      terms: createTermFinder(input.pack.glossary) as TermFinder,
      index: () => (index ??= input.index()),
    };
  });
  const byId = new Map(packs.map((p) => [p.pack.meta.id, p]));
  const checkPacks: CheckPack[] = packs.map((p) => ({ pack: p.pack, get rules() { return p.rules; }, terms: p.terms }));
  const applying = (packIds?: readonly string[]) => (packIds ? checkPacks.filter((p) => packIds.includes(p.pack.meta.id)) : checkPacks);

  return {
    packs: packs.map((p) => p.pack),
    // The draft is read block by block (src/engine/incremental.ts); a check from scratch is a draft
    // checker's first check. Only the packs the draft's jurisdiction selects apply, when it names them.
    check: (input) => new DraftChecker(applying(input.packIds)).check(input),
    draft: (packIds) => new DraftChecker(applying(packIds)),
    search(query, limit = 10) {
      // A snippet marks the passages a caveat is about, as the entry document and hovers do ("788.25 RSMo [unverified: see caveat 2]"):
      // the UX trial read an unmarked snippet of a statute the corpus cites and no one could find.
      const marked = (pack: Pack, hit: SearchHit) => ({ ...hit, snippet: withMarkers(hit.snippet, caveatsFor(pack, hit.id), undefined, true).text });
      return packs.flatMap((p) => searchGuidance(p.index(), query, limit).map((hit) => ({ ...marked(p.pack, hit), packId: p.pack.meta.id }))).sort((a, b) => b.score - a.score).slice(0, limit);
    },
    termAt(line, character) {
      return packs.flatMap((p) => {
        const match = p.terms.at(line, character);
        return match ? [{ packId: p.pack.meta.id, term: match.term.term, start: match.start, end: match.end }] : [];
      });
    },
    entryDocument: (packId, entryId) => {
      const p = byId.get(packId);
      return p && entryDocument(p.pack, entryId);
    },
    flagsSentence(packId, ruleId, sentence, leadIn) {
      const p = byId.get(packId);
      const rule = p?.rules.sentenceRules.find((r) => r.id === ruleId);
      return !!p && !!rule && ruleEvidence(rule, readingOf(sentence, leadIn, p.rules)) !== undefined;
    },
    ruleDocument: (packId, ruleId) => {
      const p = byId.get(packId);
      if (!p) return undefined;
      // An extending pack's rules may name the base's exclusions: its pages show their exceptions (unless it redefines the concept).
      const base = p.pack.meta.extends === undefined ? undefined : byId.get(p.pack.meta.extends)?.pack.rules;
      const inherited = Object.entries(base?.exceptions ?? {}).filter(([concept]) => !Object.hasOwn(p.pack.rules.concepts, concept));
      if (!inherited.length) return ruleDocument(p.pack, ruleId);
      return ruleDocument({ ...p.pack, rules: { ...p.pack.rules, exceptions: { ...Object.fromEntries(inherited), ...p.pack.rules.exceptions } } }, ruleId);
    },
  };
}
