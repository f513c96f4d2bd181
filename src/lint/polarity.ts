// Whether an action in a sentence is directed/allowed (+1), forbidden/limited (-1), or only
// reported (0: "a detainer requests that the jail hold..."). Negation is counted within the action's
// clause, before the action: "shall not hold" -1, "will not refuse to hold" +1, "Nothing ... prohibits
// sharing" +1. This is grammar, not rule content, so it lives in code rather than in the pack.

export type Polarity = 1 | -1 | 0;

import { inlineListOf, type InlineList } from './inlineList';
import {
  NEUTRAL, QUOTED, GRAMMATICAL, NEAR_ONLY, NEAR_WORDS, LEXICAL, NOR, ONLY_IF, CLAUSE_NEGATION, BOUNDARY,
  INTRODUCTORY, RELATIVE, MODAL, REPORTED, REPORT_WORDS, wordsBetween, wordsBack, wordsAhead, NON_PROHIBITION,
  DEFINITION, DEONTIC_WORD, HYPOTHETICAL, NARRATING_VERB, PERFECT_BEFORE, PROGRESSIVE_BEFORE, DEFINES,
  instrumentDescriptionAt, DESCRIPTIVE_COMPLEMENT, NOT_REQUIRED_COMPLEMENT, PREDICATE, PERMISSIVE_PARTICIPLE,
  NEGATIVE_PARTICIPLE, MODAL_BEFORE, CONDITION_CLAUSE, INTRODUCTORY_CONDITION, SUBORDINATE, PARTICIPLE,
  AUXILIARY_BEFORE, STATE_BEFORE, MANNER_BEFORE, SEEKING_BEFORE, PURPOSE_BEFORE, POWER_BEFORE, POWER_GIVEN, DESCRIBED_ING_BEFORE,
  IDIOM_AFTER_HELD, UNCONDITIONAL, INTERJECTED_CONDITION, DEONTIC, ENDS_IN_CONDITION, cues, allMatches, GUIDANCE_CONTENT, outsiderReports,
  type Cue
} from './grammarCues';

const RESUMED_MODAL = /,\s+(?:shall|must|may|will|should|can|cannot)(?:\s+not)?\s*$/i;
// A relative clause in a sentence that directs nothing anywhere describes its noun ("persons who are arrested … are foreign born").
const DIRECTIVE_ANYWHERE = /\b(?:shall|must|may|will|should|can|cannot|prohibit\w*|requir\w*|authoriz\w*|forbid\w*|permit\w*|allow\w*|do|does|not|no|never)\b|\bis\s+to\b|\bare\s+to\b/i;

export class SentencePolarity {
  private readonly negations: Cue[];
  private readonly nors: Cue[];
  private readonly boundaries: number[];
  private readonly relatives: Cue[];
  private readonly modals: Cue[];
  private readonly reported: Cue[];
  private readonly nonProhibitions: Cue[];
  private readonly definitionAt: number;
  private readonly instrumentAt: number;
  private readonly predicates: Array<Cue & { polarity: 1 | -1; describes: boolean }>;
  private readonly limits: Cue[];
  private readonly clauseNegated: boolean;
  private readonly inlineList?: InlineList;
  private readonly itemReaders = new Map<number, SentencePolarity>();

  /**
   * @param joinAt where a list item starts after its lead-in ("The jail shall not: hold…"). The lead-in's
   * main clause reaches into the item; a trailing "if/unless/when…" clause of the lead-in does not.
   * @param outsiders where the sentence names bodies it does not direct (the pack's outsider concepts).
   */
  constructor(
    private readonly text: string,
    joinAt = 0,
    private readonly outsiders: readonly Cue[] = [],
  ) {
    // Blank out neutral phrases (same length) so their words count as nothing.
    const masked = text.replace(NEUTRAL, (m) => ' '.repeat(m.length));
    const unquoted = masked.replace(QUOTED, (m) => ' '.repeat(m.length));
    this.negations = [...cues(GRAMMATICAL, unquoted), ...cues(LEXICAL, unquoted)].sort((a, b) => a.start - b.start);
    this.nors = cues(NOR, masked);
    this.boundaries = cues(BOUNDARY, masked).map((c) => c.start);
    // "When a deputy … cannot charge a crime, the deputy shall detain…", "Except as provided in (b), no
    // officer shall…": the introductory clause ends at its first comma.
    if (INTRODUCTORY.test(masked)) {
      const comma = masked.indexOf(',');
      if (comma >= 0) this.boundaries = [...this.boundaries, comma].sort((a, b) => a - b);
    }
    if (joinAt > 0) {
      const last = this.boundaries.filter((b) => b < joinAt).pop();
      // "Officers, when on duty, may not: …": the subordinate clause closed before the lead-in's modal.
      if (last !== undefined && SUBORDINATE.test(masked.slice(last, joinAt)) && !RESUMED_MODAL.test(masked.slice(last, joinAt))) this.boundaries = [...this.boundaries, joinAt].sort((a, b) => a - b);
    }
    for (const c of cues(INTERJECTED_CONDITION, masked)) this.boundaries = this.boundaries.filter((b) => b <= c.start || b >= c.end);
    this.relatives = cues(RELATIVE, masked);
    this.modals = cues(MODAL, masked);
    this.reported = [...cues(REPORTED, masked), ...outsiderReports(masked, outsiders)];
    this.nonProhibitions = cues(NON_PROHIBITION, masked);
    const definitionAt = masked.search(DEFINITION);
    const describedAt = instrumentDescriptionAt(masked);
    this.instrumentAt = describedAt;
    this.definitionAt = definitionAt < 0 ? describedAt : describedAt < 0 ? definitionAt : Math.min(definitionAt, describedAt);
    this.limits = cues(ONLY_IF, masked);
    this.clauseNegated = CLAUSE_NEGATION.test(masked);
    if (joinAt === 0) this.inlineList = inlineListOf(masked);
    this.predicates = allMatches(PREDICATE, masked).map((m) => {
      const modalNot = Boolean(m[1]) || /^cannot/i.test(m[0]);
      // "is not codified" describes; "is not permitted" and "shall not be scheduled" forbid.
      const plainNot = Boolean(m[2]) && (modalNot || /^(?:shall|will|may|must|should|can|could|would)/i.test(m[0]) || PERMISSIVE_PARTICIPLE.test(m[3]));
      const flips = (modalNot ? 1 : 0) + (plainNot ? 1 : 0) + (NEGATIVE_PARTICIPLE.test(m[3]) ? 1 : 0);
      const polarity: 1 | -1 = flips % 2 === 1 ? -1 : 1;
      // A plain "is/are (not) <noun or adjective>" after a subject describes; a participle directs.
      // "Further inquiries … are not necessary": not required, so neither directed nor forbidden.
      const describes = (/^(?:is|are|was|were)\b/i.test(m[0]) && DESCRIPTIVE_COMPLEMENT.test(m[3])) || (Boolean(m[2]) && NOT_REQUIRED_COMPLEMENT.test(m[3]));
      return { start: m.index, end: m.index + m[0].length, polarity, describes };
    });
  }

  /** Whether the whole sentence is about an instrument ("The Act prohibits…", "A bill to provide…") or defines a term, not a provision. */
  describesOnly(): boolean {
    if (this.instrumentAt === 0) return true;
    const defines = this.text.search(DEFINES);
    return defines >= 0 && !MODAL_BEFORE.test(this.text.slice(0, defines));
  }

  /** [start, end) of the clause holding position. */
  clauseOf(position: number): [number, number] {
    let start = 0;
    let end = this.text.length;
    for (const boundary of this.boundaries) {
      if (boundary <= position) start = boundary;
      else {
        end = boundary;
        break;
      }
    }
    return [start, end];
  }

  /** The polarity of an action matched at [start, end). */
  of(start: number, end: number): Polarity {
    const item = this.itemAt(start, end);
    // "… shall not inquire about status unless: a. …; or b. …": the items are the conditions.
    if (item && ENDS_IN_CONDITION.test(this.inlineList!.leadIn)) return 0;
    if (item) return item.reader.of(start - item.offset, end - item.offset);
    const [clauseStart, clauseEnd] = this.clauseOf(start);
    const lead = this.text.slice(clauseStart, start);
    const act = this.text.slice(start, end);
    const lastWords = (n: number) => this.text.slice(wordsBack(this.text, start, n, clauseStart), start);
    // A report governs the verb right after it ("asks the jail to hold"), not the sentence's own verb.
    // "requests that …" reports the rest of its clause.
    if (this.reported.some((c) => c.start >= clauseStart && c.start < start && c.end <= end && (wordsBetween(this.text, c.end, start) <= REPORT_WORDS || /that$/i.test(this.text.slice(c.start, c.end))))) return 0;
    if (this.nonProhibitions.some((c) => c.start >= clauseStart && c.end <= start)) return 0;
    // A definition or finding describes what follows it, and a subject it describes ("Holding someone …
    // constitutes an arrest").
    if (this.definitionAt >= 0 && (this.definitionAt < start || !MODAL_BEFORE.test(lead))) return 0;
    if (CONDITION_CLAUSE.test(lead) || GUIDANCE_CONTENT.test(lead)) return 0;
    if (clauseEnd < this.text.length && this.text[clauseEnd] === ',' && INTRODUCTORY_CONDITION.test(lead.trimStart())) return 0;
    if (!this.clauseNegated && this.describedInRelativeClause(clauseStart, start)) return 0;
    if (this.inSubjectRelativeClause(clauseStart, start, end, clauseEnd)) return 0;
    if (this.relatives.some((r) => r.start >= clauseStart && r.start < start) && !DIRECTIVE_ANYWHERE.test(this.text)) return 0;
    if (STATE_BEFORE.test(lastWords(2))) return 0;
    const before = lastWords(6);
    const ing = /^\w+ing\b/.test(act);
    if (PERFECT_BEFORE.test(before) || (PROGRESSIVE_BEFORE.test(before) && ing)) return 0;
    if (NARRATING_VERB.test(lead) && !DEONTIC_WORD.test(lead)) return 0;
    const clause = this.text.slice(clauseStart, clauseEnd);
    if (HYPOTHETICAL.test(clause) && !DEONTIC_WORD.test(clause)) return 0;
    if (/^held$/i.test(act) && IDIOM_AFTER_HELD.test(this.text.slice(end, wordsAhead(this.text, end, 3)))) return 0;
    if (ing && DESCRIBED_ING_BEFORE.test(lastWords(20))) return 0;
    if (SEEKING_BEFORE.test(lastWords(2))) return 0;
    if (ing && MANNER_BEFORE.test(lastWords(1))) return 0;
    if (PARTICIPLE.test(act) && start > clauseStart && !AUXILIARY_BEFORE.test(lastWords(1)) && /\w\s+$/.test(lead)) return 0;
    // Negations inside the match count too: "stop shall not be prolonged", "not release".
    let flips = this.negationsBefore(clauseStart, end, start);
    if (this.limits.some((l) => l.start >= clauseStart && l.start < clauseEnd)) flips++;
    if (!MODAL_BEFORE.test(lead)) {
      // The action's own predicate: the first one after it that is not inside a relative clause.
      // (After a relative clause, the main verb is the clause's last predicate.)
      const after = this.predicates.filter((p) => p.start >= end && p.end <= clauseEnd);
      const own = after.find((p) => !this.relatives.some((r) => r.start >= end && r.start < p.start));
      const predicate = own ?? after.pop();
      // "Enforcing immigration law is not a priority", "Routine stopping … is consistent with…": described.
      if (own?.describes) return 0;
      if (predicate?.polarity === -1) flips++;
    }
    if (flips % 2 === 1) return -1;
    if (PURPOSE_BEFORE.test(lastWords(2))) return 0;
    return POWER_BEFORE.test(lastWords(2)) && !POWER_GIVEN.test(lastWords(8)) ? 0 : 1;
  }

  /**
   * Whether the action is allowed under a condition: "shall not hold … unless <condition>", "shall only be
   * honored if <condition>", "will hold … only if <condition>".
   */
  isConditional(start: number): boolean {
    if (this.boundaries.some((b) => b >= start && /^(?:unless|except|absent)\b/i.test(this.text.slice(b)))) return true;
    const [clauseStart, clauseEnd] = this.clauseOf(start);
    return this.limits.some((l) => l.start >= clauseStart && l.start < clauseEnd);
  }

  /**
   * Whether a condition matched at [start, end) is stated as a requirement: "unless accompanied by a
   * judicial warrant" yes; "without a judicial warrant", "regardless of whether…", "is not required" no.
   */
  isRequirement(start: number, end: number): boolean {
    const [clauseStart, clauseEnd] = this.clauseOf(start);
    if (UNCONDITIONAL.test(this.text.slice(clauseStart, start))) return false;
    // "… absent a judicial warrant" states the condition as "unless … a judicial warrant" does: its "absent" is not a negation.
    const absent = /^absent\b/i.exec(this.text.slice(clauseStart));
    let flips = this.negationsBefore(clauseStart + (absent ? absent[0].length : 0), start);
    const after = this.text.slice(end, clauseEnd);
    if (/\b(?:not|never)\b|n[’']t\b/i.test(after)) flips++;
    return flips % 2 === 0;
  }

  /** The item of an inline enumeration holding [start, end), read after its lead-in. */
  private itemAt(start: number, end: number): { reader: SentencePolarity; offset: number } | undefined {
    const list = this.inlineList;
    if (!list || start <= list.colon) return undefined;
    const index = list.items.findIndex((i) => start >= i.start && end <= i.end);
    if (index < 0) return undefined;
    const { start: from, end: to } = list.items[index];
    let reader = this.itemReaders.get(index);
    if (!reader) {
      // The outsiders the item reader sees: those in the lead-in and the item, at their places there.
      const within = (low: number, high: number, shift: number) =>
        this.outsiders.filter((o) => o.start >= low && o.end <= high).map((o) => ({ start: o.start + shift, end: o.end + shift }));
      const leadInStart = list.colon - list.leadIn.length;
      const outsiders = [...within(leadInStart, list.colon, -leadInStart), ...within(from, to, list.leadIn.length + 1 - from)];
      reader = new SentencePolarity(`${list.leadIn} ${this.text.slice(from, to)}`, list.leadIn.length + 1, outsiders);
      this.itemReaders.set(index, reader);
    }
    return { reader, offset: from - list.leadIn.length - 1 };
  }

  /** Negations in [clauseStart, position) that reach an action starting at actionStart. */
  private negationsBefore(clauseStart: number, position: number, actionStart = position): number {
    let flips = 0;
    let firstCounted = Infinity;
    let previousEnd = -1;
    for (const cue of this.negations) {
      if (cue.start < clauseStart || cue.start >= position) continue;
      if (NEAR_ONLY.test(this.text.slice(cue.start, cue.end)) && wordsBetween(this.text, cue.end, actionStart) > NEAR_WORDS) continue;
      const wholeClause = this.clauseNegated && CLAUSE_NEGATION.test(this.text.slice(wordsBack(this.text, cue.start, 2), wordsAhead(this.text, cue.end, 2)));
      if (!wholeClause && cue.start < actionStart && this.insideRelativeClause(clauseStart, cue.start, actionStart)) continue;
      if (!wholeClause && cue.start < actionStart && this.actionInRelativeClause(cue.end, actionStart)) continue;
      // "prohibits or restricts", "shall not and may not": one negation said twice
      const coordinated = previousEnd >= 0 && /^\s*(?:(?:,|or|and|and\/or)\s*)+(?:in\s+any\s+(?:way|manner)\s+|\w+ly\s+|otherwise\s+|shall\s+|may\s+|will\s+)*$/i.test(this.text.slice(previousEnd, cue.start));
      previousEnd = cue.end;
      if (coordinated) continue;
      flips++;
      firstCounted = Math.min(firstCounted, cue.start);
    }
    // "nor" negates only when no negation before it did ("neither … nor", "shall not share nor disclose");
    // one after it is its verb's own ("nor shall the Governor prohibit …" allows).
    for (const nor of this.nors) {
      if (nor.start >= clauseStart && nor.start < position && firstCounted > nor.start) {
        flips++;
        break;
      }
    }
    return flips;
  }

  /** "…shall not join a task force whose purpose is civil immigration enforcement": the relative clause describes. */
  private describedInRelativeClause(clauseStart: number, position: number): boolean {
    const relative = this.relatives.find((r) => r.start >= clauseStart && r.start < position && this.modals.some((m) => m.start >= clauseStart && m.start < r.start));
    if (!relative) return false;
    return this.modals.filter((m) => m.start > relative.start && m.start < position).length <= 1;
  }

  /** "A peace officer who arrests a person … shall notify ICE": the relative clause names the subject; its verb is not directed. */
  private inSubjectRelativeClause(clauseStart: number, start: number, end: number, clauseEnd: number): boolean {
    const relative = this.relatives.find((r) => r.start >= clauseStart && r.start < start);
    if (!relative) return false;
    const deontic = this.modals.filter((m) => DEONTIC.test(this.text.slice(m.start, m.end)));
    return !deontic.some((m) => m.start > relative.start && m.start < start) && deontic.some((m) => m.start >= end && m.start < clauseEnd);
  }

  /** "refuse to provide medication to inmates who will be transferred to ICE": "refuse" does not reach "transferred". */
  private actionInRelativeClause(cueEnd: number, position: number): boolean {
    const relative = this.relatives.find((r) => r.start >= cueEnd && r.start < position);
    if (!relative) return false;
    return this.modals.filter((m) => m.start > relative.start && m.start < position).length <= 1;
  }

  /** "Any person who is not a citizen shall be held": the "not" belongs to the relative clause. */
  private insideRelativeClause(clauseStart: number, cueStart: number, position: number): boolean {
    const relative = this.relatives.some((r) => r.start >= clauseStart && r.start < cueStart);
    if (!relative) return false;
    return this.modals.some((m) => m.start > cueStart && m.start < position);
  }
}
