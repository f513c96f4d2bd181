// Rules as they stand in a pack's rules.json (validated by schemas/rules.schema.json).

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A sentence rule: an action of a given polarity, next to the concepts that make it a conflict. */
export interface SentencePattern {
  /** Concepts whose matches are the rule's action (e.g. "hold"). */
  action: string[];
  /** Concepts that mean the opposite action (e.g. "release"): their negation counts as the action. */
  inverseAction?: string[];
  /** "affirmed": flag when the action is directed or allowed; "negated": when it is forbidden or limited; "any": either. */
  flagWhen: 'affirmed' | 'negated' | 'any';
  /** Each group must have a match somewhere in the sentence (or its list lead-in). */
  requires?: string[][];
  /** A match of one of these, stated as a condition and not negated, makes the sentence compliant. */
  exemptWhenRequired?: string[];
  /** "shall not <action> unless <condition>" counts as the action, allowed under the condition. */
  negatedUnlessAllows?: boolean;
  /** Whether the required concepts must stand in the action's own clause. */
  sameClause?: boolean;
  /** A match of one of these anywhere in the sentence makes the rule not apply. */
  notWith?: string[];
  /** An act standing inside a match of one of these is not flagged ("notify ICE 48 hours before the release" holds no
   *  one), while another act of the sentence still is ("shall place a hold … and notify ICE of the release"). */
  notOverlapping?: string[];
  /** Concepts of `requires` that the title and headings above a provision may name for it ("## Detainers" over "The jail
   *  shall keep the inmate in custody for up to 48 hours"). */
  headingsMayName?: string[];
  /** In `alsoMatches`: the provision to suggest where this pattern flags the sentence, in place of the rule's own
   *  suggestion, which speaks to another act (a bond denial under a rule whose suggestion is about counsel and family). */
  suggestion?: string;
}

export interface DocumentPattern {
  /** The draft is in scope when one of these concepts appears in a sentence with this polarity. */
  when: string[];
  whenPolarity?: 'affirmed' | 'any';
  /** The draft is also in scope where one of these sentence rules flags a sentence (a hold they flag is a hold). */
  whenFlagged?: string[];
  /** The finding is raised when no sentence matches every group of this. */
  missing: string[][];
}

/** What a rule must flag and must pass (sentences; for a document rule, whole drafts): also its tests. */
export interface RuleExamples {
  flag: string[];
  pass: string[];
}

interface RuleBase {
  id: string;
  examples?: RuleExamples;
  title: string;
  severity: Severity;
  /** What the flagged sentence (or draft) does, in one sentence: the diagnostic a drafter reads. */
  message: string;
  /** What the guidance corpus says of it, naming the entries it reports ("(Q2)") and what in them is doubtful
   *  ("unverified, see the caveat on Q5"). Shown apart from `lawSays`, under its own label. */
  corpusSays: string;
  /** Where the law says something else: what verified sources say, each with its citation ("8 CFR 287.7(a)"). It names no
   *  corpus entry, except to point to the caveat where its sources are ("see the caveat on Q2"). */
  lawSays?: string;
  restsOn: string[];
  /** Suggested wording: a provision the drafter may insert (never put in place of their text). */
  suggestion?: string;
}

/** How to rewrite a flagged sentence itself, keeping the drafter's words: only a condition is added. */
export interface SentenceRewrite {
  /** Added before the sentence's final punctuation ("only if a judicial warrant … authorizes the hold"). */
  appendCondition: string;
}

export interface SentenceRule extends RuleBase {
  scope: 'sentence';
  pattern: SentencePattern;
  rewrite?: SentenceRewrite;
  /** Further patterns, any of which also flags the sentence (another way to say the same conflict). */
  alsoMatches?: SentencePattern[];
}

export interface DocumentRule extends RuleBase {
  scope: 'document';
  pattern: DocumentPattern;
}

export type Rule = SentenceRule | DocumentRule;

/**
 * Why a rule must not fire on a concept's words: a concept that rules name only in `notWith` (an exclusion)
 * says so, with sentences it keeps from being flagged. The sentences are tests: each rule naming the concept
 * in `notWith` passes them, and flags them once the concept alone is dropped from its `notWith`.
 */
export interface ConceptException {
  exception: string;
  examples: string[];
}

/** A concept as rules.json may write it: its phrases, or its phrases with the exception they make. */
export type ConceptSource = string[] | ({ phrases: string[] } & ConceptException);

export interface RuleSet {
  /** Named phrase lists; see src/rules/compilePhrase.ts for the phrase syntax. */
  concepts: Record<string, string[]>;
  /** The documented exclusions, by concept name (written in rules.json beside the concept's phrases). */
  exceptions?: Record<string, ConceptException>;
  rules: Rule[];
  /**
   * Concepts naming bodies the pack's drafts do not direct (another government's agencies): a request
   * from them, or an authorization of their officers, to do something reports that act ("a request
   * from <body> to hold…"); the grammar knows the construction, the pack says who the outsiders are.
   */
  outsiders?: string[];
}

/** rules.json as written: a concept may carry its exception (loadPack splits it into `exceptions`). */
export type RuleSetFile = Omit<RuleSet, 'concepts' | 'exceptions'> & { concepts: Record<string, ConceptSource> };
