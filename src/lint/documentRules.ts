// Document-level rules: a draft in a rule's scope (one of its `when` concepts appears, with the wanted
// polarity) that nowhere provides what the rule asks for (no sentence holds every `missing` group).
// The finding is about the whole draft, so it sits on the draft's title line (its first heading, or its
// first line of prose if it has none): never on an innocent sentence, which would stay squiggled
// after the missing provision is added elsewhere.
import type { DocumentRule } from '../rules/types';
import type { SentenceReading } from './matchSentence';
import type { ProseUnit } from './proseUnit';
import type { Sentence } from './sentences';
import { isHeadingFragment } from './headings';

/** A heading, or a heading run into its paragraph ("(2) Inquiries about status. Officers …"): it names a topic, directs nothing. */
export const namesTopic = (sentence: Sentence) => sentence.unit.kind === 'heading' || (!sentence.leadIn && isHeadingFragment(sentence.text));

/** Where a document rule stands for one draft. */
export interface DocumentRuleState {
  ruleId: string;
  /** The draft is in the rule's scope: something it says brings the rule to bear. */
  inScope: boolean;
  /** In scope and some sentence provides what the rule asks for. */
  satisfied: boolean;
  /** The corpus entries the rule rests on. */
  restsOn: string[];
  /** Satisfied: where the first sentence that provides what the rule asks for starts (the report quotes it). */
  providedAt?: number;
}

/** `scopeStart`: where the first sentence that brings the draft into scope starts (-1: none). */
export function documentRuleState(rule: DocumentRule, sentences: readonly Sentence[], readings: SentenceReading[], scopeStart: number): DocumentRuleState {
  const inScope = scopeStart >= 0;
  const at = inScope ? readings.findIndex((reading) => provides(rule, reading)) : -1;
  return { ruleId: rule.id, inScope, satisfied: at >= 0, restsOn: rule.restsOn, ...(at >= 0 ? { providedAt: sentences[at].start } : {}) };
}

/**
 * Where the first of these sentences that brings the draft into the rule's scope starts (-1: none): by a `when`
 * concept, or by a finding of a `whenFlagged` rule (`findings`: the sentences' findings, in any order).
 */
export function scopeStart(rule: DocumentRule, sentences: readonly Sentence[], readings: SentenceReading[], findings: ReadonlyArray<{ ruleId: string; start: number }>): number {
  // A heading names a topic and takes part in nothing ("## Immigration Enforcement in Tukwila" over a council's answers).
  // (The concept's words first: most sentences have none, and the heading test runs for each rule.)
  const byConcept = sentences[readings.findIndex((r, i) => r.has(rule.pattern.when) && !namesTopic(sentences[i]) && bringsInScope(rule, r))]?.start ?? -1;
  const flagging = rule.pattern.whenFlagged;
  let byFinding = -1;
  if (flagging) for (const f of findings) if (flagging.includes(f.ruleId) && (byFinding < 0 || f.start < byFinding)) byFinding = f.start;
  return byConcept < 0 ? byFinding : byFinding < 0 ? byConcept : Math.min(byConcept, byFinding);
}

/** Does this sentence bring the draft into the rule's scope (a `when` concept, with the wanted polarity)? */
export function bringsInScope(rule: DocumentRule, reading: SentenceReading): boolean {
  const { when, whenPolarity } = rule.pattern;
  return whenPolarity === 'affirmed' ? reading.polarities(when).includes(1) : reading.has(when);
}

/** Does this sentence provide what the rule asks for (every `missing` group, not forbidden: "shall not inform the inmate" provides no notice)? */
export function provides(rule: DocumentRule, reading: SentenceReading): boolean {
  // Every group's words first: the polarity reads the sentence's clause frames, and most sentences lack some group.
  // (A definition or a description requires nothing: "Designated deputy - A deputy who has completed the training …" is no
  // training requirement, a county counsel's trial.)
  return rule.pattern.missing.every((group) => reading.has(group)) && rule.pattern.missing.every((group) => !reading.forbidsAll(group)) && !reading.polarity.describesOnly();
}

/** A short paragraph that ends no sentence: a title set as plain lines above the first heading. */
export const isTitleBlock = (unit: ProseUnit) => unit.kind === 'paragraph' && unit.text.length <= 120 && !/[.;:!?]["”’)\]]*\s*$/.test(unit.text);

/** The draft's title line as a source span: the first heading, else the first line of the first prose unit. A short
 *  block of lines before the first heading that ends no sentence is the title ("CHAPTER 7" over "INMATES WITH …" in a
 *  plain-text manual, a jail captain's trial: the findings sat on the office's name below it). */
export function titleLine(units: ProseUnit[], text: string, startsDraft = true): { start: number; end: number } | undefined {
  const heading = units.find((u) => u.kind === 'heading');
  const first = units[0];
  // (Only the draft's first lines can be its title: a part read on its own is not the draft's start.)
  const unit = startsDraft && first && first !== heading && isTitleBlock(first) ? first : (heading ?? first);
  if (!unit) return undefined;
  const start = unit.offsets.find((o) => o >= 0 && !/\s/.test(text[o]));
  if (start === undefined) return undefined;
  const lineEnd = text.slice(start).search(/\r\n?|\n/);
  const limit = lineEnd < 0 ? text.length : start + lineEnd;
  let end = start + 1;
  for (const offset of unit.offsets) if (offset >= 0 && offset < limit && offset + 1 > end) end = offset + 1;
  while (end > start + 1 && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
