// The title and the headings above a provision say what it is about: in a school's protocol for visits
// by immigration agents, "Do not allow the agents to enter" is about immigration enforcement at a
// school. Only a rule that flags a context alone (no act, flagWhen "any") reads headings, and only for a
// provision that meets one of the rule's contexts in its own words; the others may come from the title
// and the headings it stands under.
import type { CompiledRules } from '../rules/compileRules';
import type { SentenceRule } from '../rules/types';
import type { Finding } from './finding';
import { SentenceReading, readingOf, type RuleEvidence } from './matchSentence';
import type { ProseUnit } from './proseUnit';
import type { Sentence } from './sentences';

// A provision: a modal, or a command ("Do not…", "Please ensure…", "Never…").
const PROVISION = /\b(?:shall|must|will|may|should|cannot|can)\b|^\s*(?:please|do\s+not|don['’]t|never|always)\b/i;

/** The title and the headings in force at a point of the draft, as one text. */
export class HeadingChain {
  private title: string | undefined;
  private readonly byDepth: string[] = [];
  private text: string | undefined;
  private readonly readings = new Map<CompiledRules, SentenceReading>();

  private cachedKey: string | undefined;

  add(unit: ProseUnit): void {
    const depth = Math.max(1, unit.depth ?? 1);
    this.title ??= unit.text;
    this.byDepth.length = depth;
    this.byDepth[depth - 1] = unit.text;
    this.text = undefined;
    this.cachedKey = undefined;
    this.readings.clear();
  }

  /** What the chain holds, as a key: equal keys read alike. */
  key(): string {
    return (this.cachedKey ??= this.title === undefined ? '' : [this.title, ...this.byDepth].join('\u0000'));
  }

  /** The chain read by a pack's rules, or undefined before the first heading. */
  reading(rules: CompiledRules): SentenceReading | undefined {
    if (this.title === undefined) return undefined;
    this.text ??= [this.title, ...this.byDepth.filter((h, i) => h !== undefined && !(i === 0 && h === this.title))].join('. ');
    let reading = this.readings.get(rules);
    if (!reading) this.readings.set(rules, (reading = new SentenceReading(this.text, rules)));
    return reading;
  }
}

/** A sentence that a context-only rule would flag if the headings above it met the contexts it lacks. */
export interface HeadingCandidate {
  sentence: Sentence;
  rule: number;
}

function contextOnly(rule: SentenceRule): boolean {
  const p = rule.pattern;
  return p.action.length === 0 && p.flagWhen === 'any' && (p.requires?.length ?? 0) > 1;
}

/** Whether the headings above a sentence may complete a context-only rule that did not fire on it: the
 *  sentence is a provision, meets some of the rule's contexts but not all, and describes nothing. */
export function isHeadingCandidate(rule: SentenceRule, sentence: Sentence, reading: SentenceReading): boolean {
  if (!contextOnly(rule) || !PROVISION.test(sentence.text)) return false;
  const groups = rule.pattern.requires!;
  const met = groups.filter((g) => reading.has(g)).length;
  if (met === 0 || met === groups.length) return false;
  return !reading.polarity.describesOnly() && !(rule.pattern.notWith && reading.has(rule.pattern.notWith));
}

/** The rule's evidence when the headings meet every context the sentence lacks. */
export function headingEvidence(rule: SentenceRule, reading: SentenceReading, heading: SentenceReading): RuleEvidence | undefined {
  const context: string[] = [];
  for (const group of rule.pattern.requires ?? []) {
    const own = group.flatMap((c) => reading.matches(c))[0];
    const above = own ? undefined : group.flatMap((c) => heading.matches(c))[0];
    if (!own && !above) return undefined;
    context.push(own ? reading.text.slice(own.start, own.end) : heading.text.slice(above!.start, above!.end));
  }
  return { context, notRequired: [], heading: heading.text };
}

/**
 * The findings of the candidates, read with the headings in force where each stands. `units` are read
 * in order, and the chain is updated at each heading among them; it carries over from earlier units
 * (earlier blocks) as given.
 */
export function headingFindings(
  candidates: HeadingCandidate[],
  units: readonly ProseUnit[],
  chain: HeadingChain,
  rules: CompiledRules,
  make: (rule: SentenceRule, sentence: Sentence, evidence: RuleEvidence) => Finding,
): Finding[] {
  const byUnit = new Map<ProseUnit, HeadingCandidate[]>();
  for (const c of candidates) byUnit.set(c.sentence.unit, [...(byUnit.get(c.sentence.unit) ?? []), c]);
  const found: Finding[] = [];
  for (const unit of units) {
    if (unit.kind === 'heading') chain.add(unit);
    const here = byUnit.get(unit);
    if (!here) continue;
    const heading = chain.reading(rules);
    if (!heading) continue;
    for (const { sentence, rule } of here) {
      const r = rules.sentenceRules[rule];
      const evidence = headingEvidence(r, readingOf(sentence.text, sentence.leadIn, rules), heading);
      if (evidence) found.push(make(r, sentence, evidence));
    }
  }
  return found;
}
