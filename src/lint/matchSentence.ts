// Applies the sentence rules to one sentence (read with its list lead-in, if any).
import { candidatesByConcept, type CompiledPhrase, type CompiledRules } from '../rules/compileRules';
import type { SentencePattern, SentenceRule } from '../rules/types';
import { FramePolarity } from './framePolarity';
import { MODAL_WORD } from './grammarCues';
import type { ConditionKind } from '../language/cues';
import { writesInCapitals } from '../language/characters';
import { mayNameAwaited } from '../language/awaitedClause';

/** Conditions that make an exception to an act rather than say when it happens. */
const EXCEPTIONS: readonly ConditionKind[] = ['unless', 'except', 'onlyIf'];
const WHEN: readonly ConditionKind[] = ['when'];

// Before the subject: at most a sentence adverb ('However,', 'Currently') and an article or 'U.S.'/'federal'.
const SUBJECT_LEAD = /^\s*(?:(?:however|currently|today|now|historically|generally|also)\s*,?\s+)?(?:(?:the|u\.s\.|us|federal|united\s+states)\s+)*$/i;
// After the subject (a head noun or a parenthesized acronym): 'does/do/did/has/have/had', or a frequency or time adverb
// and then a present-tense verb ('still requires', 'generally is', 'now can'); a modal ('shall', 'may', 'will', 'must',
// 'cannot') is left out, since a policy uses it to say what it lets agents do on its premises, except before a verb of
// trying or coming ('may seek to', 'can now seek', 'may come to schools'): what they might do, which a policy does not grant.
const INDICATIVE_AFTER = /^(?:\s*\([^)]{1,40}\))?(?:\s+(?:agents?|officers?|officials?|personnel|authorities))?\s+(?:(?:does|do|did|has|have|had)\b|(?:(?:still|now|generally|typically|usually|often|historically|already)\s+)+(?:does|do|has|have|is|are|can|\w+s)\b|(?:may|might|could|can|will)\s+(?:(?:now|also|still)\s+)?(?:seek|attempt|try|come|visit|show\s+up|arrive|appear)\b)(?!\s+(?:not\s+)?(?:be\s+)?(?:permitted|allowed|required|prohibited))/i;

// A clause that ends by announcing a list ("… any of the following:").
const LIST_OPENER = /\b(?:the\s+following|as\s+follows|regarding|concerning|including)\s*$/i;

interface Span {
  start: number;
  end: number;
}

const NO_SPANS: readonly Span[] = Object.freeze([]);
const NO_GROUPS: ReadonlyArray<readonly string[]> = Object.freeze([]);

/** One sentence's concept matches and grammar, computed lazily and shared by all rules. */
export class SentenceReading {
  // (Kept small: a check keeps the reading of a sentence said again until it ends; see sentenceReadings.ts.)
  private spans?: Map<string, readonly Span[]>;
  private polarityCache?: FramePolarity;
  /** The pack's phrases that can match here (those whose anchor word the sentence has), by concept, in pack order. */
  private candidates?: Map<string, CompiledPhrase[]>;
  /** Each sentence rule's evidence here without headings, by the rule's place in the pack (null: none). */
  private verdicts?: Array<RuleEvidence | null>;

  constructor(
    readonly text: string,
    private readonly rules: CompiledRules,
    /** Where the sentence starts after a list lead-in, or 0. */
    private readonly joinAt = 0,
  ) {}

  get polarity(): FramePolarity {
    return (this.polarityCache ??= new FramePolarity(this.text, this.joinAt, this.rules.outsiders.flatMap((c) => this.matches(c))));
  }

  matches(concept: string): readonly Span[] {
    const known = this.spans?.get(concept);
    if (known) return known;
    const candidates = (this.candidates ??= candidatesByConcept(this.rules, this.text)).get(concept);
    // Most concepts have no phrase a sentence can match, or none that matches: they share one empty list (read-only, so
    // no caller can change it).
    if (!candidates) return NO_SPANS;
    let found: Span[] | undefined;
    for (let k = 0; k < candidates.length; k++) {
      const phrase = candidates[k];
      const pattern = phrase.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(this.text); m; m = pattern.exec(this.text)) {
        if (!phrase.capitals || writesInCapitals(m[0], phrase.capitals)) (found ??= []).push({ start: m.index, end: m.index + m[0].length });
        pattern.lastIndex = m.index + 1; // overlapping: "may ask for a licence, but shall not ask about …"
      }
    }
    found?.sort((a, b) => a.start - b.start || b.end - a.end);
    (this.spans ??= new Map()).set(concept, found ?? NO_SPANS);
    return found ?? NO_SPANS;
  }

  /** The evidence of the pack's sentence rule at `index` (ruleEvidence without headings), judged once per reading: a
   *  reading shared by a sentence said again is not judged again. */
  verdict(rule: SentenceRule, index: number): RuleEvidence | undefined {
    const known = this.verdicts?.[index];
    if (known !== undefined) return known ?? undefined;
    const evidence = ruleEvidence(rule, this);
    (this.verdicts ??= [])[index] = evidence ?? null;
    return evidence;
  }

  /** Whether the sentence tells what an outsider does: its subject is one (an agency the drafter does not direct) with a
   *  verb in the indicative ("ICE does not conduct operations in schools", "ICE still requires a warrant…"), not a
   *  modal ("ICE agents shall not be permitted…", "may not enter", "cannot enter … without a judicial warrant"). */
  outsiderDescribed(): boolean {
    const first = this.rules.outsiders.flatMap((c) => this.matches(c)).sort((a, b) => a.start - b.start)[0];
    if (!first || !SUBJECT_LEAD.test(this.text.slice(0, first.start))) return false;
    return INDICATIVE_AFTER.test(this.text.slice(first.end));
  }

  /** Whether every match of the concepts names what is awaited or absent ("until a supervisor arrives", "when no supervisor is on duty"). */
  onlyAwaited(concepts: readonly string[]): boolean {
    // (Most sentences have none of the words it needs: their clauses are not read here, where most of them stop.)
    if (!mayNameAwaited(this.text)) return false;
    for (let c = 0; c < concepts.length; c++) for (const span of this.matches(concepts[c])) if (!this.polarity.inAwaitedClause(span.start)) return false;
    return true;
  }

  has(concepts: readonly string[]): boolean {
    for (let c = 0; c < concepts.length; c++) if (this.matches(concepts[c]).length > 0) return true;
    return false;
  }

  /** Whether the concepts occur and the sentence forbids every occurrence ("staff shall not inform an inmate…"). */
  forbidsAll(concepts: readonly string[]): boolean {
    const spans = concepts.flatMap((c) => this.matches(c));
    return spans.length > 0 && spans.every((s) => this.polarity.of(s.start, s.end) === -1);
  }

  /** The polarities with which any of the concepts occur (+1 directed/allowed, -1 forbidden). */
  polarities(concepts: readonly string[], excluding: readonly Span[] = []): Array<1 | -1> {
    return this.actions(concepts, excluding).map((a) => a.polarity);
  }

  /** Matches of the concepts that direct or forbid something, with their polarity. */
  actions(concepts: readonly string[], excluding: readonly Span[] = []): Array<Span & { polarity: 1 | -1 }> {
    const result: Array<Span & { polarity: 1 | -1 }> = [];
    for (const concept of concepts) {
      for (const span of this.matches(concept)) {
        // "hold" inside "immigration hold"; not "shared" inside a context that spans a clause ("status shall not be … shared with any federal agency"),
        // nor an act that heads the context, which names the act with its object ("transport persons suspected of being unlawfully present")
        if (excluding.some((e) => span.start >= e.start && span.end <= e.end && (span.start > e.start || span.end === e.end) && !MODAL_WORD.test(this.text.slice(e.start, e.end)))) continue;
        // An action does not run across clauses, but for one that opens in a "when"/"if" condition of the clause it ends
        // in ("When a query returns an ICE warrant, the deputy may take the subject into custody"): the act is that clause's.
        let from = span.start;
        if (this.polarity.clauseOf(span.start)[1] < span.end) {
          const host = this.polarity.clauseOf(span.end - 1)[0];
          if (host <= span.start || this.polarity.reading(span.start, span.start + 1).rule !== 'inCondition' || !this.polarity.isConditional(host, WHEN)) continue;
          from = host;
        }
        const polarity = this.polarity.of(from, span.end);
        if (polarity !== 0) result.push({ start: from, end: span.end, polarity });
      }
    }
    return result;
  }
}

/** A sentence as the matcher reads it: after its list lead-in, if it has one. */
export const readingOf = (text: string, leadIn: string | undefined, rules: CompiledRules) =>
  leadIn ? new SentenceReading(`${leadIn} ${text}`, rules, leadIn.length + 1) : new SentenceReading(text, rules);

// A negation a phrase matched with ("(shall|not|to) hold") is the treatment, said apart: "“Not hold” is directed or allowed"
// read as a contradiction (trial 9), so such an act is quoted from its verb ("“shall hold” is directed" reads as it should).
const LEADING_FUNCTION_WORDS = /^(?:(?:shall|will|may|must|should|can|cannot|to|not|never|also|further|and|or)\s+)+(?=\S)/i;
const actWords = (words: string) => {
  const lead = LEADING_FUNCTION_WORDS.exec(words)?.[0] ?? '';
  return /\b(?:not|never|cannot)\b/i.test(lead) ? words.slice(lead.length) : words;
};

/** Why a sentence rule fired: the words that are the act, how the sentence treats them, the words
 *  that make it a conflict, and the conditions that would have made it compliant (none was required). */
export interface RuleEvidence {
  /** The act as written ("hold"), or undefined for a rule that flags a context alone. */
  action?: string;
  /** How the sentence treats the action's words: "directed" (required or allowed) or "forbidden" (prohibited or limited). */
  treatment?: 'directed' | 'forbidden';
  /** The words that met each `requires` group ("ICE detainer"). */
  context: string[];
  /** Concepts (by name) that would have exempted the sentence if it required them. */
  notRequired: string[];
  /** The title and headings that met the contexts the sentence lacks, when they did. */
  heading?: string;
  /** The provision to suggest in place of the rule's own, where the pattern that flagged the sentence has one. */
  suggestion?: string;
}

export function ruleApplies(rule: SentenceRule, reading: SentenceReading): boolean {
  return ruleEvidence(rule, reading) !== undefined;
}

/** `named`: concepts the title and headings above the sentence name for it (see headingContext.ts); a group of the
 *  pattern's `headingsMayName` that one of them meets needs no words of its own. */
export function ruleEvidence(rule: SentenceRule, reading: SentenceReading, named?: ReadonlySet<string>): RuleEvidence | undefined {
  if (named) return patternEvidence(rule.pattern, reading, named);
  const evidence = patternEvidence(rule.pattern, reading);
  if (evidence || !rule.alsoMatches) return evidence;
  for (const pattern of rule.alsoMatches) {
    const also = patternEvidence(pattern, reading);
    if (also) return pattern.suggestion ? { ...also, suggestion: pattern.suggestion } : also;
  }
  return undefined;
}

/** The pattern's lexical gates, which most sentences fail: in a function of their own, with no closure, so that
 *  failing them allocates nothing (a function that makes closures allocates their scope on every call). */
export function passesGates(p: SentencePattern, reading: SentenceReading, named?: ReadonlySet<string>): boolean {
  // Groups the headings name, which the sentence lacks: its other groups and its act must still be its own.
  let byHeadings = 0;
  // Each group in turn, so that a sentence lacking the first finds no match for the others. (Indexed loops: a for-of
  // here allocated an iterator result per step, 0.6 MB per 50 KB check.)
  const groups = p.requires ?? NO_GROUPS;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (reading.has(group)) continue;
    if (!named || !headingsMayName(p, group, named)) return false;
    byHeadings++;
  }
  if (named && byHeadings === 0) return false;
  // A rule with acts flags nothing where none is named: said first, as it costs least.
  if (p.action.length > 0 && !reading.has(p.action) && !(p.inverseAction && reading.has(p.inverseAction))) return false;
  // Before the acts' polarity, which costs the sentence's clause frames: a sentence with one of these is never flagged,
  // unless they stand only where they name what is awaited or absent ("until a designated officer arrives").
  return !(p.notWith && reading.has(p.notWith)) || reading.onlyAwaited(p.notWith);
}

function headingsMayName(p: SentencePattern, group: readonly string[], named: ReadonlySet<string>): boolean {
  for (let c = 0; c < group.length; c++) if (named.has(group[c]) && p.headingsMayName?.includes(group[c])) return true;
  return false;
}

function patternEvidence(p: SentencePattern, reading: SentenceReading, named?: ReadonlySet<string>): RuleEvidence | undefined {
  return passesGates(p, reading, named) ? judged(p, reading) : undefined;
}

/** The evidence of a pattern whose gates the sentence passed, or undefined where its grammar clears it. */
function judged(p: SentencePattern, reading: SentenceReading): RuleEvidence | undefined {
  const required: Array<readonly Span[]> = [];
  for (const group of p.requires ?? NO_GROUPS) {
    const spans = group.length === 1 ? reading.matches(group[0]) : group.flatMap((c) => reading.matches(c));
    if (spans.length > 0) required.push(spans);
  }
  // What a condition says does not matter ("regardless of any detainer") is no ground for the act (read from the frames).
  // A rule on a context alone has no act to ground.
  if (p.action.length > 0 && required.length > 0) {
    for (let g = 0; g < required.length; g++) {
      required[g] = required[g].filter((s) => !reading.polarity.isIrrelevant(s.start));
      if (required[g].length === 0) return undefined;
    }
  }
  const context = required.length === 1 ? required[0] : ([] as Span[]).concat(...required); // not flat(): several times slower in V8

  const direct = reading.actions(p.action, context);
  // "delay the release" is one hold, not a hold plus a release
  const inverse = reading
    .actions(p.inverseAction ?? [], context)
    .filter((a) => !direct.some((d) => a.start < d.end && d.start < a.end))
    .map((a) => ({ ...a, polarity: (a.polarity === 1 ? -1 : 1) as 1 | -1, inverse: true }));
  if (p.negatedUnlessAllows) {
    // "shall not hold … unless <condition>", "only if <condition>" allow the hold under the condition; the exemption check
    // below decides whether that condition is one the guidance accepts (a judicial warrant).
    // (An inverse act is allowed under the condition only where the condition is an exception to it: "shall release …
    // unless ICE requests" allows the hold; "shall release … when the state charges are resolved" says when, and allows none.)
    // (A plain "when" says where the prohibition applies: "shall not hold … when the person is eligible for release" allows no hold.)
    for (const a of [...direct, ...inverse]) if (a.polarity === -1 && ('inverse' in a ? reading.polarity.isConditional(a.start, EXCEPTIONS) : reading.polarity.liftsProhibition(a.start))) a.polarity = 1;
  }
  let flagged = p.flagWhen === 'any' ? [...direct, ...inverse] : [...direct, ...inverse].filter((a) => a.polarity === (p.flagWhen === 'affirmed' ? 1 : -1));
  if (p.notOverlapping) {
    // An act within an exception's words ("notify ICE 48 hours before the release") is not one; the sentence's other acts are.
    const words = p.notOverlapping.flatMap((c) => reading.matches(c));
    flagged = flagged.filter((a) => !words.some((w) => a.start < w.end && w.start < a.end));
  }
  if (p.sameClause) {
    // The action and what makes it a conflict must stand in one clause ("shall not share … with ICE").
    flagged = flagged.filter((a) => {
      const [from, end] = reading.polarity.clauseOf(a.start);
      // "may not enter into … an agreement for either of the following: (1) To exercise … 287(g) …": the items complete the clause.
      const to = reading.text[end] === ':' && LIST_OPENER.test(reading.text.slice(from, end)) ? reading.text.length : end;
      const subject = reading.polarity.sharedSubjectOf(a.start);
      return required.every((spans) => spans.some((s) => (s.start >= from && s.end <= to) || (!!subject && s.start >= subject[0] && s.end <= subject[1])));
    });
  }
  // A rule on a context alone ("immigration enforcement" at a school) still needs a provision, not an instrument described or a term defined.
  const hit = flagged.length > 0 || (p.flagWhen === 'any' && p.action.length === 0 && required.length > 0 && !reading.polarity.describesOnly() && !reading.outsiderDescribed() && !contextOnlyReported(reading, required));
  if (!hit) return undefined;

  // ("shall not hold … longer than 48 hours unless a judicial warrant …": the condition lifts only the excess; up to the
  // bound the act is allowed without it.)
  const overBound = flagged.some((a) => reading.polarity.reading(a.start, a.end).rule === 'overTheBound');
  for (const concept of overBound ? [] : p.exemptWhenRequired ?? []) {
    const spans = reading.matches(concept);
    // ("unless ICE presents a judicial warrant or the person has a prior felony": each alternative must require it.)
    const everyAlternative = (start: number) => (reading.polarity.conditionAlternatives(start) ?? []).every(([from, to]) => spans.some((s) => s.start >= from && s.end <= to));
    if (spans.some((span) => reading.polarity.isRequirement(span.start) && everyAlternative(span.start))) return undefined;
  }
  // As words, not layout: a hard-wrapped line break and its indent read as one space.
  const words = (span: Span) => reading.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const [act] = flagged;
  // The treatment of the words as written: "shall not be released" forbids a release (and so is a hold).
  const written = act && ('inverse' in act ? -act.polarity : act.polarity);
  // The act named from its clause's verb where the words matched come after it ("keep the inmate … for up to 48 hours").
  const verb = act && !('inverse' in act) ? reading.polarity.verbBefore(act.start) : undefined;
  return {
    action: act && actWords(words(verb === undefined ? act : { start: verb, end: act.end })),
    treatment: act && (written === 1 ? 'directed' : 'forbidden'),
    context: required.map((spans) => words(spans[0])),
    notRequired: p.exemptWhenRequired ?? [],
  };
}

/** A context that stands only in what someone reports, believes or fears ("It is unlikely that agents would search our
 *  clinics", "Posts suggest that officers are on campus") is told of, not provided for. */
function contextOnlyReported(reading: SentenceReading, required: ReadonlyArray<readonly Span[]>): boolean {
  return required.every((spans) => spans.every((s) => reading.polarity.reading(s.start, s.end).rule === 'reportedByHost'));
}
