// Whether a sentence describes an instrument or the law rather than making a provision: cues the matcher still
// reads as text, beside the clause frames (src/language). Each is a named entry of INSTRUMENT_CUES with a
// minimal pair, run as tests (test/instrumentCues.test.ts); the polarity rule carries the cue's name.
import { opensWithHeaderField } from './grammarCues';

// A sentence about an instrument rather than one of its provisions: "The Sanctuary City Ordinance generally
// prohibits…", "This bill further authorizes…", "Executive Order No. 124, which prohibits…", a digest line
// ("Creates guidelines by which…", "Authorizes a law enforcement agency to…") or a title ("An Act relating
// to…"), also after a sentence adverb ("Separately, the bill requires…"). The drafter's own "This policy/section/order prohibits…" stays a provision.
const INSTRUMENT = String.raw`(?:acts?|bills?|ordinances?|executive\s+orders?|orders?|chapters?|statutes?|laws?|resolutions?|measures?|legislation|amendments?|regulations?|memorand(?:um|a)|(?:MOA|MOU)s?|programs?|codes?|proposals?|(?:code\s+)?changes?)`;
const DESCRIBING_VERB = String.raw`(?:prohibits?|restricts?|limits?|bars?|authorizes?|allows?|permits?|requires?|creates?|establish(?:es)?|provides?|directs?|amends?|clarif(?:y|ies)|mandates?|forbids?|grants?|repeals?|expands?|makes?|would|could|sets\s+forth|does\s+not\s+apply|applies|governs|outlines|codif(?:y|ies|ied)|specif(?:y|ies)|declares?|stipulates?|(?:prohibit|restrict|limit|authoriz|requir|direct|mandat|establish|amend|creat|repeal|expand)ed|barred|allowed|permitted|forbade|granted|made)`;
const NOT_SELF = String.raw`(?!(?:policy|policies|section|order|general\s+order|directive|procedure)\b)`;
// Bounds in words, not characters (each word one pass of a class the gap after it cannot take: linear).
// A parenthetical of up to nine words after a law's name: "State law (SB 54, the Values Act) limits …".
const PARENTHETICAL = String.raw`\(\s*(?:[^\s)]+\s+){0,8}[^\s)]*\)`;
// An opening phrase of up to eight words and its comma: "Among other things, …", "As health care providers, …".
const OPENER = String.raw`(?:[\w’'-]+ +){0,7}[\w’'-]+ *,\s+`;
const INSTRUMENT_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:[a-z]+ly|furthermore|moreover|in\s+addition|also|further|finally|similarly|likewise|however|separately)\s*,\s+)?(?:an\s+act\s+(?:relating|relative|concerning|amending|to|[a-z]+ing)\b` +
    String.raw`|a\s+bill\s+(?:to|for|relating)\b|relating\s+to\b` +
    // A resolution's or ordinance's title: "A RESOLUTION OF THE COUNTY COMMISSION …, ESTABLISHING PROTOCOLS …".
    String.raw`|an?\s+(?:resolution|ordinance)\s+(?:of|by|to|for|related|[a-z]+ing|in\s+support)\b` +
    String.raw`|(?:state|federal)\s+laws?\s+(?:${PARENTHETICAL}\s+)?${DESCRIBING_VERB}\b` +
    String.raw`|it\s+(?:also\s+|further\s+|generally\s+)?(?:prohibits|restricts|authorizes|requires|creates|establishes|directs|amends|allows|bars|limits|forbids|mandates|outlines|specifies|stipulates)\b` +
    // "Section 3 of Ordinance 2025-14 prohibits …", "Ordinance No. 17886 requires …": another instrument, by its number.
    String.raw`|(?:(?:section|subsection|part|article|title)\s+[\w.()-]{1,12}\s+of\s+)?${INSTRUMENT}\s+(?:No\.\s*)?[\w.-]{0,16}\d[\w.-]{0,16},?\s+(?:(?:also|further|generally)\s+)?${DESCRIBING_VERB}\b` +
    String.raw`|(?:(?:section|subsection|part|article|title)\s+[\w.()-]{1,12}\s+of\s+)?(?:the|these|this|such|that)\s+${NOT_SELF}(?:[\w.’'()-]+\s+){0,6}?${INSTRUMENT}(?:\s+(?:No\.|number)?\s*[\w.-]{0,16}\d[\w.-]{0,16})?(?:,|:\s*(?:[ivx]{1,4}\.|\d{1,2}\.|\([a-z0-9]{1,3}\))?)?\s+(?:(?:generally|also|further|currently|now|thus|therefore|specifically|expressly|effectively|additionally|only)\s+)?${DESCRIBING_VERB}\b)`,
  'i',
);
// "…issued Executive Order No. 124, which prohibits…": the instrument is named mid-sentence.
const INSTRUMENT_WHICH = new RegExp(String.raw`\b${INSTRUMENT}(?:\s+(?:No\.|number)?\s*[\w.-]{0,16}\d[\w.-]{0,16})?,\s+which\s+(?:generally\s+|also\s+)?${DESCRIBING_VERB}\b`, 'i');
// A digest line starts with the verb: "Authorizes a law enforcement agency to…", "directs the commissioner to…" (an item
// of a summary whose subject, the bill, went before it). ("Permits", "Limits", "Bars" and "Grants" may be nouns.)
const DIGEST_VERBS = ['prohibits', 'restricts', 'authorizes', 'requires', 'creates', 'establishes', 'directs', 'amends', 'clarifies', 'provides', 'allows', 'mandates', 'repeals', 'expands', 'specifies', 'declares', 'exempts', 'prescribes', 'stipulates'];
const DIGEST_LINE = new RegExp(String.raw`^\s*(?:${DIGEST_VERBS.map((v) => `[${v[0].toUpperCase()}${v[0]}]${v.slice(1)}`).join('|')})\b`);
// A title's caption led by a participle ("Providing for extent of cooperation …; prohibiting certain acts …", "Relating to
// immigration enforcement"), and an opinion's question presented ("Whether the sheriff is required to comply with …"):
// neither sets a rule. ("Whether or not a detainer is lodged, …" opens a provision.)
const CAPTION = /^\s*(?:Providing\s+for|Relating\s+to|Concerning|Amending|Enacting|Repealing)\b/;
const QUESTION_PRESENTED = /^\s*(?:[(\[]?[\dIVXivx]{1,4}[.)\]]\s*)?Whether\s+(?!or\s+not\b)/;
// A bill's long title: "To amend Chapter 80 of Title 36 …", "To prohibit Federal education funds from being made available …".
const LONG_TITLE = /^\s*To\s+(?:amend|enact|repeal|prohibit|provide|require|establish|authorize|create|direct|allow|restrict|limit|ensure|prevent|make|modify|revise)\b/;
// A sentence that reports the law rather than making it: "Existing law prohibits…", "Illinois law generally
// prohibits…", "No federal law compels…", "Among other things, SB 54 generally prohibits…", "Under
// Oregon law (ORS 181A.820), agencies are prohibited from…" (the indicative, not a modal, after the law).
const LAW = String.raw`(?:laws?|statutes?|constitution)`;
const LAW_REPORT = new RegExp(
  String.raw`^\s*(?:${OPENER})?(?:` +
    String.raw`(?:(?:existing|current|present|applicable|federal|state|[A-Z][a-z]+)\s+){1,3}${LAW}\s+(?:${PARENTHETICAL}\s+)?(?:\w+ly\s+)?(?:(?:does|do)\s+not\s+)?${DESCRIBING_VERB}\b` +
    String.raw`|[A-Z][a-z]+['’]s\s+(?:[\w-]+\s+){0,2}${LAW}\s+(?:(?:\w+ly|further|also|now|still)\s+)?(?:${DESCRIBING_VERB}|protects?|ensures?|guarantees?|shields?)\b` +
    String.raw`|no\s+(?:[\w-]+\s+){0,2}${LAW}\s+(?:\w+ly\s+)?(?:compels?|requires?|mandates?|obligates?|authorizes?|prohibits?|forbids?)\b` +
    String.raw`|(?:[SH]\.?\s?[BFR]\.?|A\.?B\.?|L\.?[BD]\.?|S\.?F\.?|H\.?F\.?)\s?\d{1,5}\s+(?:\w+ly\s+)?${DESCRIBING_VERB}\b` +
    String.raw`|(?:Senate|House|Assembly)\s+(?:Bill|File|Joint\s+Resolution)\s+(?:No\.\s*)?\d{1,5}\s+(?:\w+ly\s+)?${DESCRIBING_VERB}\b` +
    // "Administrative Code § 9-131 limits …", "Penal Code section 51.02 prohibits …": a cited section of a code.
    String.raw`|(?:[A-Z][a-z]+\s+){0,3}Code\s+(?:§{1,2}|sections?|sec\.)\s*[\d.:-]+[a-z]?(?:\([a-z\d]{1,3}\))*\s+(?:\w+ly\s+|also\s+)?${DESCRIBING_VERB}\b` +
    String.raw`|under\s+(?:[\w.§()-]+\s+){0,6}?(?:${LAW}|act|code|ORS|RCW|[A-Z]{2,5}\s*§?\s*[\d.-]+)\b[^\s,;]*(?:\s+[^\s,;]+){0,12}?,\s+(?:(?!shall|must|may|will|should|can)[\w’'-]+\s+){1,8}?(?:is|are)\s+(?:\w+ly\s+)?(?:prohibited|required|barred|forbidden|permitted|allowed|authorized|precluded)\b)`,
  'i',
);
// Narration of dated events: "On April 29, 2008, the Board passed a directive which…" (no modal anywhere).
const DATED = /^\s*(?:on|in|since|as\s+of|during|by|beginning\s+in)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b/i;
// "It is important to note that…", "As health care providers, it is important to understand…", "Please note that…".
const NOTE_THAT = new RegExp(String.raw`^\s*(?:${OPENER})?(?:(?:it\s+is|it['’]s)\s+(?:also\s+)?(?:important|essential|critical|helpful|useful)\s+(?:for\s+\w+\s+)?to\s+(?:note|understand|know|remember|recognize|be\s+aware)|(?:please\s+)?note\s+that)\b`, 'i');
// Reported speech: "“…,” said the Interim President", "…, said Commissioner Agarwal".
const REPORTED_SPEECH = /[”"]\s*,?\s+(?:said|says|stated|states|added|explained|noted)\b|,\s*(?:said|says|stated|added|explained|noted)\s+(?:the\s+)?[A-Z]/;
// Past-tense narration with nothing present or modal in it: "President Trump signed an executive order
// revoking this designation…", "In the past, churches … were designated as…".
// (Not a participle after a determiner, which names a thing: "no designated officer on duty", "a signed warrant".)
const PAST_NARRATION = /(?<!\b(?:a|an|the|no|any|each|every|its|their|his|her)\s{1,3})\b(?:was|were|had|did|signed|issued|adopted|passed|enacted|approved|rescinded|revoked|announced|created|established|designated|ended|began|expanded|launched|reported|released)\b/i;
const PRESENT_OR_MODAL = /\b(?:shall|must|will|may|should|can|cannot|could|would|might|is|are|am|do|does|has|have|not)\b|n['’]t\b/i;
// Another body's policy: "Under its current policies, the agency does not generally…" (the drafter writes "this").
const THEIR_POLICY = /^\s*(?:under|according\s+to|pursuant\s+to)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:policy|policies|guidelines|rules|guidance|memo|memorandum|practice|practices)\b/i;
// A staff recommendation or a statement of a state's law addressed to readers: "IT IS RECOMMENDED THAT THE
// BOARD: Adopt…", "In California, federal immigration authorities may only enter a campus if…" (no "shall").
const RECOMMENDED = /^\s*it\s+is\s+(?:hereby\s+)?recommended\s+that\b/i;
const IN_STATE = /^\s*In\s+(?:the\s+State\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s/;
const BINDING = /\b(?:shall|must)\b/i;
// The writers' knowledge and beliefs: "We understand that the threats of … could adversely affect…",
// "We also believe it is unlikely that…", "We do not know if…" (no "shall" or "must").
const EPISTEMIC = new RegExp(String.raw`^\s*(?:${OPENER})?(?:we|i)\s+(?:also\s+|do\s+not\s+|don['’]t\s+)?(?:know|believe|understand|think|expect|anticipate|recognize|are\s+(?:aware|concerned))\b`, 'i');
// News of a change: "A new federal order allows immigration enforcement at schools…", "A recent change in federal
// policy now allows…": what a new instrument lets others do, not a provision (lower-case "new", so "The New Jersey
// Immigrant Trust Directive limits…" is not one). Gaps bounded in words (up to 12 words between the noun and its verb): one pass.
const NEWS_OF_CHANGE = /^\s*(?:[Aa]|[Tt]he)\s+(?:new|recent|revised)\s+(?:[\w-]+\s+){0,6}?(?:order|policy|rule|guidance|directive|memo|memorandum|change|decision)\b[^\s.;:]*(?:\s+[^\s.;:]+){0,12}?\s+(?:now\s+)?(?:allows|permits|lets|suggests)\b/;
// Past narration may be negated: "For more than a decade, ICE did not conduct enforcement actions in…".
const PAST_NEGATION = /\b(did|was|were|had)\s+not\b/gi;
const DEONTIC_WORD = /\b(?:shall|must|may|will|should|can|cannot)\b/i;

// An instrument not yet in force, named mid-sentence: "a discussion regarding a potential ordinance prohibiting …",
// "the proposed resolution would bar …" (what it would do is described; a sentence with "shall" or "must" directs).
const PROPOSED_INSTRUMENT = new RegExp(String.raw`\b(?:potential|proposed|possible|draft|contemplated|pending|prospective)\s+(?:[\w-]+\s+){0,3}?${INSTRUMENT}\b`, 'i');

export interface InstrumentCue {
  name: string;
  /** A sentence the cue reads as a description (and no cue before it does), and a near miss no cue reads: a minimal pair. */
  example: string;
  nearMiss: string;
  /** Where the description starts in text (0: the whole sentence), or -1. */
  at(text: string): number;
}

const whole = (describes: boolean) => (describes ? 0 : -1);
const indexOf = (m: RegExpExecArray | null) => (m ? m.index : -1);

/** The cues in the order they are tried; the first that reads a sentence names it. */
export const INSTRUMENT_CUES: InstrumentCue[] = [
  // A header field names the document; it directs nothing.
  { name: 'headerField', example: 'Subject: Hours of the records office', nearMiss: "Subject to a judge's order, the clerk shall file the records.", at: (t) => whole(opensWithHeaderField(t)) },
  // A digest line's subject, the bill, went before it.
  { name: 'digestLine', example: 'Authorizes a clerk to keep records for a year.', nearMiss: 'Authorized clerks shall keep records for a year.', at: (t) => whole(DIGEST_LINE.test(t)) },
  // A title's caption led by a participle names a topic.
  { name: 'caption', example: 'Concerning the keeping of records.', nearMiss: 'Concerning the keeping of records, the clerk shall consult the judge.', at: (t) => whole(CAPTION.test(t) && !BINDING.test(t)) },
  // An opinion's question presented asks; it sets no rule.
  { name: 'questionPresented', example: 'Whether the clerk is required to keep records.', nearMiss: 'Whether or not a judge asks, the clerk shall keep records.', at: (t) => whole(QUESTION_PRESENTED.test(t) && !BINDING.test(t)) },
  // A bill's long title says what the bill is to do.
  { name: 'longTitle', example: 'To amend the rules of the records office.', nearMiss: 'To amend the rules, the board shall vote.', at: (t) => whole(LONG_TITLE.test(t) && !BINDING.test(t)) },
  // Another instrument as the subject describes what it does.
  { name: 'instrumentSubject', example: 'The act generally prohibits clerks from keeping records.', nearMiss: 'This policy prohibits clerks from keeping records.', at: (t) => whole(INSTRUMENT_SUBJECT.test(t)) },
  // The law in the indicative is reported, not made.
  { name: 'lawReport', example: 'Existing law prohibits clerks from keeping records.', nearMiss: 'Office rules prohibit clerks from keeping records.', at: (t) => whole(LAW_REPORT.test(t)) },
  // A note to the reader explains; it directs nothing.
  { name: 'noteThat', example: 'It is important to note that clerks keep records.', nearMiss: 'It is important that clerks keep records.', at: (t) => whole(NOTE_THAT.test(t)) },
  // Someone's quoted words are theirs, not the text's.
  { name: 'reportedSpeech', example: '"Records are kept here," says the clerk.', nearMiss: 'The clerk shall post a sign that says "Records are kept here."', at: (t) => whole(REPORTED_SPEECH.test(t)) },
  // Another body's policy ("its", "their") is described; the drafter's own is "this".
  { name: 'theirPolicy', example: 'Under its current policies, the office does not keep records.', nearMiss: 'Under this policy, the office does not keep records.', at: (t) => whole(THEIR_POLICY.test(t)) },
  // A staff recommendation proposes; it does not enact.
  { name: 'recommended', example: 'It is recommended that the board adopt the rules.', nearMiss: 'It is required that the board adopt the rules.', at: (t) => whole(RECOMMENDED.test(t)) },
  // A state's law stated to readers, with no "shall" or "must", informs.
  { name: 'inState', example: 'In Ohio, clerks may keep records for a year.', nearMiss: 'In Ohio, clerks shall keep records for a year.', at: (t) => whole(IN_STATE.test(t) && !BINDING.test(t)) },
  // Dated events with no modal are narrated.
  { name: 'dated', example: 'On June 1, 2020, the board adopted new rules.', nearMiss: 'On June 1, 2020, the board shall adopt new rules.', at: (t) => whole(DATED.test(t) && !DEONTIC_WORD.test(t)) },
  // A question asks; it directs nothing.
  { name: 'question', example: 'Does the office keep records?', nearMiss: 'The office does keep records.', at: (t) => whole(/\?["”’)]*\s*$/.test(t)) },
  // Past tense with nothing present or modal narrates (read past a negation: "did not").
  {
    name: 'pastNarration',
    example: 'The board adopted new rules last year.',
    nearMiss: 'The board has adopted new rules.',
    at: (t) => {
      const unnegated = t.replace(PAST_NEGATION, '$1');
      // (Present or modal first: most sentences have a word of it, and it costs far less than the past-tense list.)
      return whole(!PRESENT_OR_MODAL.test(unnegated) && PAST_NARRATION.test(unnegated));
    },
  },
  // The writers' knowledge and beliefs, with no "shall" or "must", bind no one.
  { name: 'epistemic', example: 'We believe that clerks may keep records.', nearMiss: 'We believe that clerks must keep records.', at: (t) => whole(EPISTEMIC.test(t) && !BINDING.test(t)) },
  // What a new instrument lets others do is news, not a provision.
  { name: 'newsOfChange', example: 'A new rule now allows clerks to keep records.', nearMiss: 'The New Haven rule allows clerks to keep records.', at: (t) => whole(NEWS_OF_CHANGE.test(t) && !BINDING.test(t)) },
  // An instrument named mid-sentence, then what it does: described from its name on.
  { name: 'instrumentWhich', example: 'The clerk shall follow Act 12, which requires a log of records.', nearMiss: 'The clerk shall keep the log, which requires a record of each visit.', at: (t) => (t.includes('which') ? indexOf(INSTRUMENT_WHICH.exec(t)) : -1) },
  // An instrument not yet in force is described, unless "shall" or "must" directs.
  { name: 'proposedInstrument', example: 'The board discussed a proposed ordinance barring late fees.', nearMiss: 'The board shall discuss a proposed ordinance barring late fees.', at: (t) => (BINDING.test(t) ? -1 : indexOf(PROPOSED_INSTRUMENT.exec(t))) },
];

/** Where a sentence about an instrument or the law starts (see above), and the cue that read it; undefined for a provision. */
export function instrumentDescriptionAt(text: string): { at: number; cue: string } | undefined {
  for (const cue of INSTRUMENT_CUES) {
    const at = cue.at(text);
    if (at >= 0) return { at, cue: cue.name };
  }
  return undefined;
}
