// The one entry point both front ends call: check a draft against every pack in use, search the
// guidance, find the term at a position, render an entry or a rule. Inputs and outputs are plain data
// (strings, numbers, arrays, objects), so the engine can run in a worker and answer by message.
import type { Pack } from '../corpus/types';
import type { DocumentRuleState } from '../lint/documentRules';
import type { Finding } from '../lint/finding';
import type { SuppressionEntry } from '../lint/suppressions';
import { checkWithPacks, type DraftFormat } from '../lint/lint';
import { ruleEvidence } from '../lint/matchSentence';
import { readingOf } from '../lint/packFindings';
import { compileRules, conceptsUsedBy, type CompiledRules } from '../rules/compileRules';
import { mergeConcepts, referenceProblem } from '../rules/conceptRefs';
import type { Severity } from '../rules/types';
import { entryDocument } from '../present/entryDocument';
import { createTermFinder, type TermFinder } from '../present/glossaryTerms';
import { ruleDocument } from '../present/ruleDocument';
import { topicStates, type TopicStatus } from '../present/topicStates';
import { searchGuidance, type SearchHit } from '../search/searchGuidance';
import type { GuidanceIndex } from '../search/searchIndex';

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
}

export interface CheckOutput {
  findings: EngineFinding[];
  documentRules: Array<DocumentRuleState & { packId: string }>;
  /** Per pack id, each topic's state for this draft. */
  topics: Record<string, TopicStatus<EngineFinding>[]>;
  /** The exceptions register: every suppression comment with its rules, reason, place and what it hid. */
  suppressions: SuppressionEntry[];
}

export interface EnginePack {
  pack: Pack;
  /** Built on first search: a pack is indexed only if someone searches it. */
  index: () => GuidanceIndex;
  /** Already compiled rules, if the caller has them. */
  rules?: CompiledRules;
}

export interface Engine {
  check(input: CheckInput): CheckOutput;
  search(query: string, limit?: number): Array<SearchHit & { packId: string }>;
  termAt(line: string, character: number): Array<{ packId: string; term: string; start: number; end: number }>;
  entryDocument(packId: string, entryId: string): string | undefined;
  ruleDocument(packId: string, ruleId: string): string | undefined;
  /** Whether a pack's sentence rule flags one sentence (read after its lead-in): how a fix is checked. */
  flagsSentence(packId: string, ruleId: string, sentence: string, leadIn?: string): boolean;
  readonly packs: readonly Pack[];
}

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint']);

/** A pack's rules, with the concepts of the pack it extends (its own win), checked as a whole. */
function rulesOf(pack: Pack, all: readonly EnginePack[]): CompiledRules {
  const base = pack.meta.extends === undefined ? undefined : all.find((p) => p.pack.meta.id === pack.meta.extends)?.pack;
  if (pack.meta.extends !== undefined && !base) throw new Error(`pack "${pack.meta.id}" extends "${pack.meta.extends}", which is not loaded`);
  const concepts = base ? mergeConcepts(base.rules.concepts, pack.rules.concepts) : pack.rules.concepts;
  const bad = referenceProblem(concepts);
  if (bad) throw new Error(`pack "${pack.meta.id}": concept "${bad.concept}": ${bad.problem}`);
  for (const rule of pack.rules.rules) {
    const missing = conceptsUsedBy(rule).find((c) => !Object.hasOwn(concepts, c));
    if (missing) throw new Error(`pack "${pack.meta.id}": rule "${rule.id}" uses concept "${missing}", defined neither there nor in "${pack.meta.extends}"`);
  }
  return compileRules({ ...pack.rules, concepts });
}

export function createEngine(inputs: readonly EnginePack[]): Engine {
  const packs = inputs.map((input) => {
    let index: GuidanceIndex | undefined;
    const rules = input.rules && input.pack.meta.extends === undefined ? input.rules : rulesOf(input.pack, inputs);
    return { pack: input.pack, rules, terms: createTermFinder(input.pack.glossary) as TermFinder, index: () => (index ??= input.index()) };
  });
  const byId = new Map(packs.map((p) => [p.pack.meta.id, p]));
  const bare = (ruleId: string) => ruleId.slice(ruleId.indexOf('/') + 1);

  return {
    packs: packs.map((p) => p.pack),
    check({ text, format, severity = {}, packIds }) {
      const applying = packIds ? packs.filter((p) => packIds.includes(p.pack.meta.id)) : packs;
      const result = checkWithPacks(
        applying.map((p) => ({ packId: p.pack.meta.id, rules: p.rules })),
        text,
        format,
      );
      const severityOf = (ruleId: string): string | undefined => severity[ruleId] ?? severity[bare(ruleId)];
      const findings: EngineFinding[] = [];
      result.findings.forEach((f, i) => {
        const wanted = severityOf(f.ruleId);
        if (wanted === 'off') return;
        // An unknown value falls back to the rule's own severity.
        findings.push({ ...f, severity: wanted && SEVERITIES.has(wanted) ? (wanted as Severity) : f.severity, id: `f${i}`, packId: f.packId ?? '' });
      });
      const documentRules = result.documentRules.filter((r) => severityOf(r.ruleId) !== 'off');
      const topics: CheckOutput['topics'] = {};
      for (const p of applying) {
        const id = p.pack.meta.id;
        topics[id] = topicStates(p.pack, findings.filter((f) => f.packId === id), p.terms.find(text), documentRules.filter((r) => r.packId === id));
      }
      return { findings, documentRules, topics, suppressions: result.suppressions };
    },
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
    flagsSentence(packId, ruleId, sentence, leadIn) {
      const p = byId.get(packId);
      const rule = p?.rules.sentenceRules.find((r) => r.id === ruleId);
      return !!p && !!rule && ruleEvidence(rule, readingOf(sentence, leadIn, p.rules)) !== undefined;
    },
    ruleDocument: (packId, ruleId) => {
      const p = byId.get(packId);
      return p && ruleDocument(p.pack, ruleId);
    },
  };
}
