// A compliance report for counsel and council, as plain data: per draft, the packs it was checked
// against, each topic's state with the sentences behind it, every finding with the entries it rests on
// and their caveats, the missing provisions, and the exceptions register (every suppression with its
// reason). The HTML and Markdown renderers and `report --format json` all read this. Pure: no Node, no editor.
import { KIND_LABEL } from '../present/caveatText';
import { oneLine } from '../format/oneLine';
import { sentenceAt } from './sentenceAt';
import type { Caveat, Pack, Source } from '../corpus/types';
import type { CheckOutput, EngineFinding } from '../engine/engine';
import { BUILTIN_RULES } from '../lint/builtinRules';
import { LineIndex } from '../lint/positions';
import type { DirectiveKind } from '../lint/suppressions';
import { countedEntryId, createTermFinder } from '../present/glossaryTerms';
import { findingCounts, topicStateExplanation, topicStateText, type TopicState, type TopicStatus } from '../present/topicStates';
import type { Severity } from '../rules/types';

export const REPORT_NOTICE =
  'Not legal advice. Parts of the guidance corpus are unverified or out of date: every finding names the corpus entries it rests on, with their caveats. A finding is a prompt for counsel to check the draft, not a ruling on it.';

/** 1-based, as editors show it. */
export interface Place {
  line: number;
  column: number;
}

export interface PackSummary {
  id: string;
  title: string;
  source: string;
  date?: string;
}

export interface CaveatReport {
  kind: Caveat['kind'];
  /** "Unverified", "Out of date", "Context". */
  label: string;
  /** The corpus words it is about. */
  quote: string;
  note: string;
  sources: Source[];
}

export interface EntryReport {
  packId: string;
  id: string;
  question: string;
  caveats: CaveatReport[];
}

export interface FindingReport extends Place {
  ruleId: string;
  packId: string;
  title: string;
  severity: Severity;
  /** Sentence rules: the sentence as read; document rules: none (the finding is about the whole draft). */
  sentence?: string;
  /** A list item's lead-in, read with it. */
  leadIn?: string;
  message: string;
  /** What the guidance corpus says, and what verified law says, where the rule says them (rules.json). */
  corpusSays?: string;
  lawSays?: string;
  suggestion?: string;
  entries: EntryReport[];
}

export interface TopicSentence extends Place {
  text: string;
  /** Why it is behind the state: a finding of this rule, or a term the topic explains. */
  ruleId?: string;
  severity?: Severity;
  term?: string;
  /** The document rule whose requirement this sentence meets (a topic shown as covered). */
  provides?: string;
  /** A document rule's finding: about the whole draft, not a sentence (`text` is then the rule's title). */
  wholeDraft?: boolean;
}

export interface TopicReport {
  packId: string;
  topicId: string;
  label: string;
  state: TopicState;
  /** "conflicts (2) · notes (1)", as the Guidance view says it. */
  stateText: string;
  explanation: string;
  /** Provisions present: titles of the document rules on the topic that are in scope and satisfied. */
  provisions: string[];
  sentences: TopicSentence[];
  /** Sentences behind the state not listed (a topic lists at most a few term sentences). */
  moreSentences: number;
}

export interface MissingProvision {
  packId: string;
  ruleId: string;
  title: string;
  /** What the rule asks for, in its own words. */
  message: string;
  corpusSays?: string;
  lawSays?: string;
  suggestion?: string;
  entries: EntryReport[];
  /** Its finding is hidden by a suppression (listed in the register) rather than reported. */
  suppressed: boolean;
}

export interface SuppressionReport extends Place {
  kind: DirectiveKind;
  /** Empty: every rule. */
  rules: string[];
  reason: string;
  /** 1-based lines it covers (inclusive), if any. */
  covers?: { from: number; to: number };
  suppressed: number;
  suppressedRules: string[];
  unused: boolean;
}

export interface DraftReport {
  file: string;
  packs: PackSummary[];
  summary: { conflicts: number; notes: number; missingProvisions: number; suppressions: number };
  topics: TopicReport[];
  findings: FindingReport[];
  missingProvisions: MissingProvision[];
  suppressions: SuppressionReport[];
}

/** Term sentences listed per topic at most: the state needs a few examples, not every use of a word. */
const TERM_SENTENCES = 3;

function entryReport(pack: Pack | undefined, packId: string, entryId: string): EntryReport {
  const entry = pack?.entries.find((e) => e.id === entryId);
  const caveats = (pack?.caveats ?? [])
    .filter((c) => c.entries.includes(entryId))
    .map((c) => ({ kind: c.kind, label: KIND_LABEL[c.kind], quote: c.quote, note: c.note, sources: c.sources }));
  return { packId, id: entryId, question: entry?.question ?? '', caveats };
}

/** The rule an id names ("pack/rule" where two packs share it). */
function ruleOf(pack: Pack | undefined, ruleId: string) {
  const bare = ruleId.slice(ruleId.indexOf('/') + 1);
  return pack?.rules.rules.find((r) => r.id === bare) ?? BUILTIN_RULES.find((r) => r.id === ruleId);
}

/** A pack rule's corpusSays and lawSays, those it has (a built-in rule has neither). */
function saysOf(rule: object | undefined): Pick<FindingReport, 'corpusSays' | 'lawSays'> {
  const { corpusSays, lawSays } = (rule ?? {}) as Pick<FindingReport, 'corpusSays' | 'lawSays'>;
  return { ...(corpusSays !== undefined && { corpusSays }), ...(lawSays !== undefined && { lawSays }) };
}

/** The sentence of the draft around an offset: its line without Markdown's block markers, cut at sentence ends. */

/**
 * The Guidance view's sentence on the state, except that a provision present is named as the check it
 * passes: a document rule's title names the problem ("Detainers handled with no verification step").
 */
function explanation(status: TopicStatus, pack: Pack): string {
  const base = status.covered.length ? topicStateExplanation({ ...status, covered: [] }, pack) : topicStateExplanation(status, pack);
  if (!status.covered.length) return base;
  const passed = status.covered.map((id) => `The draft has what ${id} asks for (that check flags “${ruleOf(pack, id)?.title ?? id}”).`).join(' ');
  return base === '.' ? passed : `${base} ${passed}`;
}

export function draftReport(file: string, text: string, output: CheckOutput, packs: readonly Pack[]): DraftReport {
  const lines = new LineIndex(text);
  const place = (offset: number): Place => {
    const { line, character } = lines.position(offset);
    return { line: line + 1, column: character + 1 };
  };
  const packById = new Map(packs.map((p) => [p.meta.id, p]));
  const documentRuleIds = new Set(output.documentRules.map((r) => `${r.packId}\u0000${r.ruleId}`));
  const isDocument = (f: EngineFinding) => documentRuleIds.has(`${f.packId}\u0000${f.ruleId}`);

  const findings: FindingReport[] = output.findings.map((f) => {
    const pack = packById.get(f.packId);
    const document = isDocument(f);
    const rule = ruleOf(pack, f.ruleId);
    return {
      ...place(f.start),
      ruleId: f.ruleId,
      packId: f.packId,
      title: rule?.title ?? f.ruleId,
      severity: f.severity,
      ...(document ? {} : { sentence: oneLine(f.excerpt) }),
      ...(f.leadIn !== undefined && !document && { leadIn: f.leadIn }),
      message: f.message,
      ...saysOf(rule),
      ...(f.suggestion !== undefined && { suggestion: f.suggestion }),
      entries: f.entries.map((id) => entryReport(pack, f.packId, id)),
    };
  });

  const topics: TopicReport[] = [];
  for (const pack of packs) {
    const states = output.topics[pack.meta.id] ?? [];
    const terms = createTermFinder(pack.glossary).find(text);
    for (const status of states) {
      const topic = pack.topics.find((t) => t.id === status.topicId);
      if (!topic) continue;
      const sentences: TopicSentence[] = status.findings.map((f) => ({
        ...place(f.start),
        ...(isDocument(f) ? { text: ruleOf(pack, f.ruleId)?.title ?? f.ruleId, wholeDraft: true } : { text: oneLine(f.excerpt) }),
        ruleId: f.ruleId,
        severity: f.severity,
      }));
      // A covered topic first quotes the sentence that meets each check (the UX trial: "covered" was backed only by mentions).
      for (const id of status.covered) {
        const at = output.documentRules.find((r) => r.packId === pack.meta.id && r.ruleId === id)?.providedAt;
        if (at !== undefined) sentences.push({ ...place(at), text: sentenceAt(text, at), provides: id });
      }
      let moreSentences = 0;
      if (status.state === 'mentioned' || status.state === 'covered') {
        const seen = new Set(sentences.map((s) => s.line));
        // A term counts for the topic of the entry that explains it, as the topic's state counts it ("training" is Q8's
        // term: it is not listed under Oversight because Q7 uses the word too).
        const explains = (m: (typeof terms)[number]) => topic.entries.includes(countedEntryId(pack, m.term) ?? '');
        const onTopic = terms.filter((m) => explains(m) && !seen.has(place(m.start).line));
        const byLine = new Map<number, (typeof onTopic)[number]>();
        for (const m of onTopic) if (!byLine.has(place(m.start).line)) byLine.set(place(m.start).line, m);
        const uses = [...byLine.values()];
        for (const m of uses.slice(0, TERM_SENTENCES)) sentences.push({ ...place(m.start), text: sentenceAt(text, m.start), term: m.text });
        moreSentences = Math.max(0, uses.length - TERM_SENTENCES);
      }
      topics.push({
        packId: pack.meta.id,
        topicId: topic.id,
        label: topic.label,
        state: status.state,
        stateText: topicStateText(status),
        explanation: explanation(status, pack),
        provisions: status.covered.map((id) => ruleOf(pack, id)?.title ?? id),
        sentences,
        moreSentences,
      });
    }
  }

  const missingProvisions: MissingProvision[] = output.documentRules
    .filter((r) => r.inScope && !r.satisfied)
    .map((r) => {
      const pack = packById.get(r.packId);
      const rule = ruleOf(pack, r.ruleId);
      const suggestion = (rule as { suggestion?: string } | undefined)?.suggestion;
      const reported = output.findings.some((f) => f.ruleId === r.ruleId && f.packId === r.packId);
      return {
        packId: r.packId,
        ruleId: r.ruleId,
        title: rule?.title ?? r.ruleId,
        message: rule?.message ?? '',
        ...saysOf(rule),
        ...(suggestion !== undefined && { suggestion }),
        entries: r.restsOn.map((id) => entryReport(pack, r.packId, id)),
        suppressed: !reported,
      };
    });

  const suppressions: SuppressionReport[] = output.suppressions.map((s) => ({
    ...place(s.start),
    kind: s.kind,
    rules: s.rules,
    reason: s.reason,
    ...(s.covers && { covers: { from: s.covers.range.start.line + 1, to: s.covers.range.end.line + (s.covers.range.end.character === 0 ? 0 : 1) } }),
    suppressed: s.suppressed,
    suppressedRules: s.suppressedRules,
    unused: s.unused,
  }));

  const { conflicts, notes } = findingCounts(output.findings);
  return {
    file,
    packs: packs.map(({ meta }) => ({ id: meta.id, title: meta.title, source: meta.source, ...(meta.date !== undefined && { date: meta.date }) })),
    summary: { conflicts, notes, missingProvisions: missingProvisions.length, suppressions: suppressions.length },
    topics,
    findings,
    missingProvisions,
    suppressions,
  };
}
