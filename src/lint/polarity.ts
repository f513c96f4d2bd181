// Whether an action in a sentence is directed/allowed (+1), forbidden/limited (-1), or only
// reported (0: "a detainer requests that the jail hold..."). Negation is counted within the action's
// clause, before the action: "shall not hold" -1, "will not refuse to hold" +1, "Nothing ... prohibits
// sharing" +1. This is grammar, not rule content, so it lives in code rather than in the pack.

export type Polarity = 1 | -1 | 0;

interface Cue {
  start: number;
  end: number;
}

// Phrases that contain a negative word but negate nothing: "no later than", "including but not limited to".
const NEUTRAL = /\b(?:no|not)\s+(?:later|longer|more|less|fewer|sooner|earlier|greater)\s+than\b|\bnot\s+to\s+exceed\b|\bnot\s+exceeding\b|\b(?:but\s+)?not\s+(?:be\s+)?limited\s+to\b|\bnot\s+only\b|\bwithout\s+(?:unnecessary\s+|undue\s+)?delay\b|\bwhether\s+or\s+not\b|\bif\s+not\b|\bwithin\s+the\s+limits\b|\blimits\s+of\b|\blimited\s+english\b|\brestricted\s+areas?\b|\bno\.\s*\d|\b(?:shall|will|may|does|do|must)\s+not\s+(?:affect|impair|diminish|alter|change)\b|\bbut\s+(?:is\s+|are\s+)?not\s+(?:required|obligated)\s+to\b|\bnot\s+be\s+the\s+(?:sole|only)\s+(?:factor|consideration)\b|\bnot\s+be\s+(?:monitored|recorded|read|opened|censored|listened)\b|\bnot\s+solely\s+consider\b/gi;

const GRAMMATICAL = /\b(?:not|never|no|none|nothing|nobody|neither|without|cannot|absent)\b|n[’']t\b/gi;
// "without"/"absent" negate only what follows closely: "without access to counsel", not "detain persons
// found without identification for the purpose of verifying…".
const NEAR_ONLY = /^(?:without|absent)$/i;
const NEAR = 16;
const LEXICAL = /\b(?:prohibit(?:s|ed|ing)?|prohibition|forbid(?:s|den|ding)?|bar(?:s|red|ring)?\s+from|bar(?:s|red|ring)?\b(?=[^.;]{0,40}\bfrom\b)|barred|ban(?:s|ned|ning)?|preclude(?:s|d)?|prevent(?:s|ed|ing)?|refus(?:e|es|ed|ing|al)|declin(?:e|es|ed|ing)|refrain(?:s|ed|ing)?|fail(?:s|ed|ing|ure)?\s+to|enjoin(?:s|ed)?\s+from|ineligible|restrict(?:s|ed|ing|ion|ions)?|limit(?:s|ed|ing)?|den(?:y|ies|ied|ying)|denial|withh(?:o|e)ld(?:s|ing)?|ceas(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)\s+from)\b/gi;
const NOR = /\bnor\b/gi;
// "will be permitted only upon presentation of…", "may share … only if…": a limit on the action.
const ONLY_IF = /\bonly\s+(?:upon|if|when|with|after|pursuant\s+to|where|in\s+response\s+to|to\s+the\s+extent)\b/gi;
// "Under no circumstances may an inmate who … be released": the negation spans the whole clause.
const CLAUSE_NEGATION = /\b(?:under\s+no\s+circumstances?|in\s+no\s+(?:event|case)|at\s+no\s+time)\b/i;

const BOUNDARY = /[;:]|\b(?:unless|except|provided\s+that|if|when|whenever|until|while|because(?!\s+of)|however|but|regardless|irrespective|even\s+(?:if|though|absent|without|where|when)|so\s+that|where)\b|,?\s+(?:and|or)\s+(?=(?:shall|will|may|must|should|does|do|can)\b)|,\s+(?:and|or|but)\s+(?=(?:[\w-]+\s+){0,3}(?:shall|will|may|must|should|can)\b)/gi;

const INTRODUCTORY = /^\s*(?:when|whenever|if|where|once|after|before|upon|although|because|since|while|unless|except|in\s+the\s+event|absent|notwithstanding|to\s+the\s+extent)\b/i;
const MAIN_CLAUSE_COMMA = /^,\s+[^,;]{1,60}?\b(?:shall|will|may|must|should|can)\b/;
const RELATIVE = /\b(?:who|whom|whose|which)\b/gi;
const MODAL = /\b(?:shall|will|may|must|should|can|is|are)\b/gi;

// "A detainer requests that the jail hold…", "'Detainer' means a request to hold…": described, not directed.
// "…is not required to ask", "need not notify": neither directed nor forbidden.
const REPORTED = /(?<!\bbe\s|\bbeen\s)\b(?:requests?|requested|requesting|asks?|asked|asking)\s+(?:that|to|the|local|law|jails?|agencies|an?|state)\b|\bseeks?\s+to\b|\bnot\s+(?:be\s+)?(?:required|obligated|mandated|compelled|necessary)\s+to\b|\b(?:does|do|shall|will)\s+not\s+require\b|\bneed\s+not\b/gi;
const REPORT_REACH = 30;
// A definition describes for the rest of the sentence: "'Civil immigration enforcement' means …".
// So does a recital: "WHEREAS, detaining a person solely on a detainer has been held … to violate …".
const DEFINITION = /^\s*WHEREAS\b|\bpurpose\s+of\s+this\b|\b(?:legislature|council|board|general\s+assembly|congress)\s+(?:finds|declares|recognizes)\b|\bthis\s+(?:act|policy|order|ordinance|section|chapter|bill|article)\s+(?:establishes|sets\s+forth|describes|governs)\b|\bmeans\b|\b(?:is|are)\s+(?:a\s+|non-binding\s+)?requests?\b|\b(?:is|are)\s+defined\s+as\b|\brefers?\s+to\b|\bshall\s+mean\b/i;

// A predicate after an action in subject position: "Holding … is prohibited" (-1), "Attorney visits shall
// not be scheduled" (-1), "Medical care … will be limited" (-1), "… is permitted" (+1).
const PREDICATE = /\b(?:(?:shall|will|may|must|should|can|could|would)\s+(not\s+)?be|cannot\s+be|is|are|be|been|being|was|were)\s+(not\s+)?(?:\w+ly\s+|hereby\s+|also\s+)?(\w+)/gi;
const PERMISSIVE_PARTICIPLE = /^(?:permitted|allowed|authorized|provided|given|granted|made|offered|scheduled|honou?red|afforded|available|eligible|entitled|accepted|notified|informed|told|advised|shared|disclosed|released|transferred|held|detained)$/i;
const NEGATIVE_PARTICIPLE = /^(?:prohibited|forbidden|barred|banned|unlawful|illegal|limited|restricted|suspended|denied|deferred|withheld|terminated|revoked|curtailed|delayed|refused|declined|precluded|prevented)$/i;
const MODAL_BEFORE = /\b(?:shall|will|may|must|should|can|could|would|is|are|was|were)\b/i;

// An action inside "unless …" / "except …" is a condition, not a directive ("Except as provided in (b), no
// officer shall…" is a directive again after the comma).
const CONDITION_CLAUSE = /^(?:unless|except|so\s+that)\b[^,]*$/i;
// A clause that cannot carry its negation into a list item: "…shall, if the detainer is not signed by a judge:".
const SUBORDINATE = /^(?:unless|except|provided\s+that|if|when|whenever|until|while|because|regardless|irrespective|even|so\s+that|where)\b/i;

// "A person held on a detainer shall…", "an annual report of detainers honored": a participle that
// describes a noun, not a directive. Only when no auxiliary, modal or "to" stands right before it.
const PARTICIPLE = /^(?:held|kept|detained|honou?red|retained|released|transferred|arrested|stopped|searched|questioned|booked|confined|housed)\b/i;
const AUXILIARY_BEFORE = /\b(?:be|been|being|is|are|was|were|shall|will|may|must|should|can|could|would|has|have|had|not|never|to|also|only|solely|and|or|nor|then|thereafter|immediately|promptly)\s+$/i;

// "inmates being transferred to ICE", "awaiting transfer to ICE": a state, not a directive.
const STATE_BEFORE = /\b(?:being|awaiting|pending|following|prior\s+to)\s+$/i;
// "…may cross-designate deputies without entering into an agreement": manner, not a prohibition
// (but "without access to counsel" is a denial).
const MANNER_BEFORE = /\bwithout\s+$/i;

// A condition that is not one: "regardless of whether a judicial warrant…", "even absent…".
const UNCONDITIONAL = /\b(?:regardless|irrespective|whether\s+or\s+not|even\s+(?:if|though|absent|without|where|when))\b/i;

function cues(pattern: RegExp, text: string): Cue[] {
  const found: Cue[] = [];
  for (const match of text.matchAll(pattern)) found.push({ start: match.index, end: match.index + match[0].length });
  return found;
}

export class SentencePolarity {
  private readonly negations: Cue[];
  private readonly nors: Cue[];
  private readonly boundaries: number[];
  private readonly relatives: Cue[];
  private readonly modals: Cue[];
  private readonly reported: Cue[];
  private readonly definitionAt: number;
  private readonly predicates: Array<Cue & { polarity: 1 | -1 }>;
  private readonly limits: Cue[];
  private readonly clauseNegated: boolean;

  /**
   * @param joinAt where a list item starts after its lead-in ("The jail shall not: hold…"). The lead-in's
   * main clause reaches into the item; a trailing "if/unless/when…" clause of the lead-in does not.
   */
  constructor(
    private readonly text: string,
    joinAt = 0,
  ) {
    // Blank out neutral phrases (same length) so their words count as nothing.
    const masked = text.replace(NEUTRAL, (m) => ' '.repeat(m.length));
    this.negations = [...cues(GRAMMATICAL, masked), ...cues(LEXICAL, masked)].sort((a, b) => a.start - b.start);
    this.nors = cues(NOR, masked);
    this.boundaries = cues(BOUNDARY, masked).map((c) => c.start);
    // "When a deputy … cannot charge a crime, the deputy shall detain…": the main clause starts at the comma.
    if (INTRODUCTORY.test(masked)) {
      const comma = masked.indexOf(',');
      if (comma >= 0 && MAIN_CLAUSE_COMMA.test(masked.slice(comma))) this.boundaries = [...this.boundaries, comma].sort((a, b) => a - b);
    }
    if (joinAt > 0) {
      const last = this.boundaries.filter((b) => b < joinAt).pop();
      if (last !== undefined && SUBORDINATE.test(masked.slice(last, joinAt))) this.boundaries = [...this.boundaries, joinAt].sort((a, b) => a - b);
    }
    this.relatives = cues(RELATIVE, masked);
    this.modals = cues(MODAL, masked);
    this.reported = cues(REPORTED, masked);
    this.definitionAt = masked.search(DEFINITION);
    this.limits = cues(ONLY_IF, masked);
    this.clauseNegated = CLAUSE_NEGATION.test(masked);
    this.predicates = [...masked.matchAll(PREDICATE)].map((m) => {
      const modalNot = Boolean(m[1]) || /^cannot/i.test(m[0]);
      // "is not codified" describes; "is not permitted" and "shall not be scheduled" forbid.
      const plainNot = Boolean(m[2]) && (modalNot || /^(?:shall|will|may|must|should|can|could|would)/i.test(m[0]) || PERMISSIVE_PARTICIPLE.test(m[3]));
      const flips = (modalNot ? 1 : 0) + (plainNot ? 1 : 0) + (NEGATIVE_PARTICIPLE.test(m[3]) ? 1 : 0);
      const polarity: 1 | -1 = flips % 2 === 1 ? -1 : 1;
      return { start: m.index, end: m.index + m[0].length, polarity };
    });
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
    const [clauseStart, clauseEnd] = this.clauseOf(start);
    // A report governs the verb right after it ("asks the jail to hold"), not the sentence's own verb.
    // "requests that …" reports the rest of its clause.
    if (this.reported.some((c) => c.start >= clauseStart && c.end <= start && (start - c.end <= REPORT_REACH || /that$/i.test(this.text.slice(c.start, c.end))))) return 0;
    if (this.definitionAt >= 0 && this.definitionAt < start) return 0;
    if (CONDITION_CLAUSE.test(this.text.slice(clauseStart, start))) return 0;
    if (!this.clauseNegated && this.describedInRelativeClause(clauseStart, start)) return 0;
    if (STATE_BEFORE.test(this.text.slice(Math.max(clauseStart, start - 20), start))) return 0;
    if (MANNER_BEFORE.test(this.text.slice(Math.max(clauseStart, start - 10), start)) && /^\w+ing\b/.test(this.text.slice(start, end))) return 0;
    if (PARTICIPLE.test(this.text.slice(start, end)) && start > clauseStart && !AUXILIARY_BEFORE.test(this.text.slice(Math.max(clauseStart, start - 24), start)) && /\w\s+$/.test(this.text.slice(clauseStart, start))) return 0;
    // Negations inside the match count too: "stop shall not be prolonged", "not release".
    let flips = this.negationsBefore(clauseStart, end, start);
    if (this.limits.some((l) => l.start >= clauseStart && l.start < clauseEnd)) flips++;
    if (!MODAL_BEFORE.test(this.text.slice(clauseStart, start))) {
      // The action's own predicate: the first one after it that is not inside a relative clause.
      // (After a relative clause, the main verb is the clause's last predicate.)
      const after = this.predicates.filter((p) => p.start >= end && p.end <= clauseEnd);
      const predicate = after.find((p) => !this.relatives.some((r) => r.start >= end && r.start < p.start)) ?? after.pop();
      if (predicate?.polarity === -1) flips++;
    }
    return flips % 2 === 0 ? 1 : -1;
  }

  /** Whether "unless …" or "except …" follows the position: "shall not hold … unless <condition>". */
  hasExceptionAfter(position: number): boolean {
    return this.boundaries.some((b) => b >= position && /^(?:unless|except)\b/i.test(this.text.slice(b)));
  }

  /**
   * Whether a condition matched at [start, end) is stated as a requirement: "unless accompanied by a
   * judicial warrant" yes; "without a judicial warrant", "regardless of whether…", "is not required" no.
   */
  isRequirement(start: number, end: number): boolean {
    const [clauseStart, clauseEnd] = this.clauseOf(start);
    if (UNCONDITIONAL.test(this.text.slice(clauseStart, start))) return false;
    let flips = this.negationsBefore(clauseStart, start);
    const after = this.text.slice(end, clauseEnd);
    if (/\b(?:not|never)\b|n[’']t\b/i.test(after)) flips++;
    return flips % 2 === 0;
  }

  /** Negations in [clauseStart, position) that reach an action starting at actionStart. */
  private negationsBefore(clauseStart: number, position: number, actionStart = position): number {
    let flips = 0;
    let seen = false;
    let previousEnd = -1;
    for (const cue of this.negations) {
      if (cue.start < clauseStart || cue.start >= position) continue;
      if (NEAR_ONLY.test(this.text.slice(cue.start, cue.end)) && actionStart - cue.end > NEAR) continue;
      const wholeClause = this.clauseNegated && CLAUSE_NEGATION.test(this.text.slice(Math.max(0, cue.start - 6), cue.end + 12));
      if (!wholeClause && cue.start < actionStart && this.insideRelativeClause(clauseStart, cue.start, actionStart)) continue;
      if (!wholeClause && cue.start < actionStart && this.actionInRelativeClause(cue.end, actionStart)) continue;
      // "prohibits or restricts", "shall not and may not": one negation said twice
      const coordinated = previousEnd >= 0 && /^\s*(?:(?:,|or|and|and\/or)\s*)+(?:in\s+any\s+(?:way|manner)\s+|\w+ly\s+|otherwise\s+|shall\s+|may\s+|will\s+)*$/i.test(this.text.slice(previousEnd, cue.start));
      previousEnd = cue.end;
      if (coordinated) continue;
      flips++;
      seen = true;
    }
    // "nor" negates only when nothing before it did ("neither … nor", "shall not share nor disclose").
    for (const nor of this.nors) {
      if (nor.start >= clauseStart && nor.start < position && !seen) {
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
