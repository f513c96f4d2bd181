// The title and the headings above a provision say what it is about: in a school's protocol for visits
// by immigration agents, "Do not allow the agents to enter" is about immigration enforcement at a
// school. A rule that flags a context alone (no act, flagWhen "any") reads headings for a provision that
// meets one of the rule's contexts in its own words; the others may come from the title and the headings
// it stands under. A rule with acts reads them only for the contexts its pattern's `headingsMayName`
// lists: under "## Detainers", "The jail shall keep the inmate in custody for 48 hours" is a detainer hold.
import type { CompiledRules } from '../rules/compileRules';
import type { SentenceRule } from '../rules/types';
import type { Finding } from './finding';
import { SentenceReading, readingOf, ruleEvidence, type RuleEvidence } from './matchSentence';
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

  /** The same chain, to go on from later (an edit's blocks are followed from the chain above them). */
  copy(): HeadingChain {
    const chain = new HeadingChain();
    chain.title = this.title;
    chain.byDepth.push(...this.byDepth);
    chain.cachedKey = this.cachedKey;
    return chain;
  }

  /** Does it hold what that chain holds? */
  sameAs(other: HeadingChain): boolean {
    if (this.title !== other.title || this.byDepth.length !== other.byDepth.length) return false;
    for (let i = 0; i < this.byDepth.length; i++) if (this.byDepth[i] !== other.byDepth[i]) return false; // holes too
    return true;
  }

  /** What the chain holds, as a key: equal keys read alike. */
  key(): string {
    return (this.cachedKey ??= this.title === undefined ? '' : [this.title, ...this.byDepth].join('\u0000'));
  }

  /** The heading the point stands under, alone (not the title above it), read by a pack's rules. A rule with acts reads
   *  only it: a policy titled "Detainer procedure" also has field stops ("Deputies may detain a person solely to verify
   *  immigration status" is no detainer hold). */
  nearest(rules: CompiledRules): SentenceReading | undefined {
    const text = [...this.byDepth].reverse().find((h) => h !== undefined);
    if (text === undefined || (text === this.title && this.byDepth.filter((h) => h !== undefined).length === 1)) return undefined;
    const key = `\u0001${text}`;
    let reading = this.nearestReadings.get(rules);
    if (!reading || reading.key !== key) this.nearestReadings.set(rules, (reading = { key, reading: new SentenceReading(text, rules) }));
    return reading.reading;
  }
  private readonly nearestReadings = new Map<CompiledRules, { key: string; reading: SentenceReading }>();

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

export function contextOnly(rule: SentenceRule): boolean {
  const p = rule.pattern;
  return p.action.length === 0 && p.flagWhen === 'any' && (p.requires?.length ?? 0) > 1;
}

/** Whether the headings above a sentence may complete a context-only rule that did not fire on it: the
 *  sentence is a provision and meets some of the rule's contexts but not all (that it describes nothing is asked
 *  when a heading completes it: see headingFindings). */
export function isHeadingCandidate(rule: SentenceRule, sentence: Sentence, reading: SentenceReading): boolean {
  // The rule's own test first: most rules are neither kind, and the provision test reads the sentence (for every rule).
  if (!contextOnly(rule) && !rule.pattern.headingsMayName?.length) return false;
  if (!PROVISION.test(sentence.text)) return false;
  if (!contextOnly(rule)) return mayBeNamedByHeadings(rule, reading);
  const groups = rule.pattern.requires!;
  const met = groups.filter((g) => reading.has(g)).length;
  if (met === 0 || met === groups.length) return false;
  return !(rule.pattern.notWith && reading.has(rule.pattern.notWith));
}

/** A rule with acts whose headings may name a context ("## Detainers" over "The jail shall keep the inmate in custody …"):
 *  the sentence names an act of the rule and lacks such a context. Whether it is flagged is decided by the matcher, with
 *  the headings' concepts given (headingEvidence). */
function mayBeNamedByHeadings(rule: SentenceRule, reading: SentenceReading): boolean {
  const p = rule.pattern;
  if (!p.headingsMayName?.length || !(reading.has(p.action) || (p.inverseAction && reading.has(p.inverseAction)))) return false;
  const lacking = (p.requires ?? []).filter((g) => !reading.has(g));
  return lacking.length > 0 && lacking.every((g) => g.some((c) => p.headingsMayName!.includes(c))) && !(p.notWith && reading.has(p.notWith));
}

/** The rule's evidence when the headings meet every context the sentence lacks. */
export function headingEvidence(rule: SentenceRule, reading: SentenceReading, heading: SentenceReading): RuleEvidence | undefined {
  const p = rule.pattern;
  if (!contextOnly(rule)) {
    const named = new Set((p.headingsMayName ?? []).filter((c) => heading.matches(c).length > 0));
    const evidence = named.size ? ruleEvidence(rule, reading, named) : undefined;
    if (!evidence) return undefined;
    const words = [...named].map((c) => heading.matches(c)[0]).map((m) => heading.text.slice(m.start, m.end));
    return { ...evidence, context: [...evidence.context, ...words], heading: heading.text };
  }
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
  /** The readings the sentence rules made, when the caller keeps them. */
  readings?: { of(text: string, leadIn?: string): SentenceReading },
): Finding[] {
  const byUnit = new Map<ProseUnit, HeadingCandidate[]>();
  for (const c of candidates) byUnit.set(c.sentence.unit, [...(byUnit.get(c.sentence.unit) ?? []), c]);
  const found: Finding[] = [];
  for (const unit of units) {
    if (unit.kind === 'heading') chain.add(unit);
    const here = byUnit.get(unit);
    if (!here) continue;
    for (const { sentence, rule } of here) {
      const r = rules.sentenceRules[rule];
      const heading = contextOnly(r) ? chain.reading(rules) : chain.nearest(rules);
      if (!heading) continue;
      const reading = readings ? readings.of(sentence.text, sentence.leadIn) : readingOf(sentence.text, sentence.leadIn, rules);
      const evidence = headingEvidence(r, reading, heading);
      // A sentence that describes (an instrument, a definition, a title) takes no context from its headings: asked last, as
      // it costs the sentence's clause frames, and most candidates find no heading that names what they lack.
      if (evidence && !reading.polarity.describesOnly()) found.push(make(r, sentence, evidence));
    }
  }
  return found;
}
