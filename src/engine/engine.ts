// The one entry point both front ends call: check a draft against every pack in use, search the
// guidance, find the term at a position, render an entry or a rule. Inputs and outputs are plain data
// (strings, numbers, arrays, objects), so the engine can run in a worker and answer by message.
import type { Pack } from '../corpus/types';
import type { DocumentRuleState } from '../lint/documentRules';
import type { Finding } from '../lint/finding';
import type { DraftFormat } from '../lint/lint';
import { compileRules, type CompiledRules } from '../rules/compileRules';
import { entryDocument } from '../present/entryDocument';
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
}

export interface CheckOutput {
  findings: EngineFinding[];
  documentRules: Array<DocumentRuleState & { packId: string }>;
  /** Per pack id, each topic's state for this draft. */
  topics: Record<string, TopicStatus<EngineFinding>[]>;
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
  draft(): DraftChecker;
  search(query: string, limit?: number): Array<SearchHit & { packId: string }>;
  termAt(line: string, character: number): Array<{ packId: string; term: string; start: number; end: number }>;
  entryDocument(packId: string, entryId: string): string | undefined;
  ruleDocument(packId: string, ruleId: string): string | undefined;
  readonly packs: readonly Pack[];
}

export function createEngine(inputs: readonly EnginePack[]): Engine {
  const packs = inputs.map((input) => {
    let index: GuidanceIndex | undefined;
    return { pack: input.pack, rules: input.rules ?? compileRules(input.pack.rules), terms: createTermFinder(input.pack.glossary) as TermFinder, index: () => (index ??= input.index()) };
  });
  const byId = new Map(packs.map((p) => [p.pack.meta.id, p]));
  const checkPacks: CheckPack[] = packs.map((p) => ({ pack: p.pack, rules: p.rules, terms: p.terms }));

  return {
    packs: packs.map((p) => p.pack),
    // The draft is read block by block (src/engine/incremental.ts); a check from scratch is a draft
    // checker's first check.
    check: (input) => new DraftChecker(checkPacks).check(input),
    draft: () => new DraftChecker(checkPacks),
    search(query, limit = 10) {
      return packs.flatMap((p) => searchGuidance(p.index(), query, limit).map((hit) => ({ ...hit, packId: p.pack.meta.id }))).sort((a, b) => b.score - a.score).slice(0, limit);
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
    ruleDocument: (packId, ruleId) => {
      const p = byId.get(packId);
      return p && ruleDocument(p.pack, ruleId);
    },
  };
}
