// The words and patterns the polarity reader looks for: negations, clause boundaries, reports,
// definitions, predicates. Kept apart from the reading logic in polarity.ts so each stays readable.

export interface Cue {
  start: number;
  end: number;
}

// Phrases that contain a negative word but negate nothing: "no later than", "including but not limited to".
// A quoted title ("Bias Based Policing Prohibited") negates nothing in the sentence around it.
export const QUOTED = /“[^”]{0,80}”|"[^"]{0,80}"/g;
export const NEUTRAL = /\b(?:no|not)\s+(?:later|longer|more|less|fewer|sooner|earlier|greater)\s+than\b|\bnot\s+to\s+exceed\b|\bnot\s+exceeding\b|\b(?:but\s+)?not\s+(?:be\s+)?limited\s+to\b|\bnot\s+only\b|\bwithout\s+(?:unnecessary\s+|undue\s+)?delay\b|\bwhether\s+or\s+not\b|\bif\s+not\b|\bwithin\s+the\s+limits\b|\blimits\s+of\b|\blimited\s+english\b|\brestricted\s+areas?\b|\bno\.\s*\d|\b(?:shall|will|may|does|do|must)\s+not\s+(?:affect|impair|diminish|alter|change)\b|\bbut\s+(?:is\s+|are\s+)?not\s+(?:required|obligated)\s+to\b|\bnot\s+be\s+the\s+(?:sole|only)\s+(?:factor|consideration)\b|\b(?:calls|communications|conversations|mail|visits)\s+(?:shall|will|may)\s+not\s+be\s+(?:monitored|recorded|read|opened|censored|listened)\b|\bnot\s+(?:monitor|record)\s+(?:calls|communications|conversations)\b|\bnot\s+solely\s+consider\b|\blimited\s+(?:circumstances|exceptions|purposes|cases|situations|duration|time|resources|information)\b|\b[a-z][\w-]*s\s+not\s+(?:signed|issued|approved)\s+by\b|\bnot\s+(?:lawfully|legally)\s+(?:present|admitted|in\s+the)\b|\bnot\s+an?\s+(?:U\.S\.\s+|United\s+States\s+)?citizen\b|\bnot\s+authorized\s+to\s+(?:be|remain|work)\b|\bfree\s+to\s+(?:refuse|decline)\b|\bright\s+to\s+(?:refuse|decline)\b/gi;

export const GRAMMATICAL = /\b(?:not|never|no|none|nothing|nobody|neither|without|cannot|absent)\b|n[’']t\b/gi;
// "without"/"absent" negate only what follows closely: "without access to counsel", not "detain persons
// found without identification for the purpose of verifying…".
export const NEAR_ONLY = /^(?:without|absent)$/i;
/** How many words may stand between "without"/"absent" and the act it negates ("without first notifying"). */
export const NEAR_WORDS = 2;
export const LEXICAL = /\b(?:(?:polic(?:y|ies)|practices?|rules?)\s+against|prohibit(?:s|ed|ing)?|prohibition|forbid(?:s|den|ding)?|bar(?:s|red|ring)?\s+from|bar(?:s|red|ring)?\b(?=(?:\s+[^\s.;]+){0,6}?\s+from\b)|barred|ban(?:s|ned|ning)?|preclude(?:s|d)?|prevent(?:s|ed|ing)?|refus(?:e|es|ed|ing|al)|declin(?:e|es|ed|ing)|refrain(?:s|ed|ing)?|fail(?:s|ed|ing|ure)?\s+to|enjoin(?:s|ed)?\s+from|ineligible|restrict(?:s|ed|ing|ion|ions)?|limit(?:s|ed|ing)?|den(?:y|ies|ied|ying)|denial|withh(?:o|e)ld(?:s|ing)?|interfer(?:e|es|ed|ing|ence)\s+with|ceas(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)\s+from)\b/gi;
export const NOR = /\bnor\b/gi;
// "will be permitted only upon presentation of…", "may share … only if…": a limit on the action.
export const ONLY_IF = /\bonly\s+(?:upon|if|when|with|after|by|pursuant\s+to|where|in\s+response\s+to|to\s+the\s+extent)\b|\b(?:shall|may|will)\s+only\s+(?:[\w’'-]+\s+){1,10}?(?:upon|if|when|where|after|pursuant\s+to|in\s+accordance\s+with|under\s+the\s+circumstances|as\s+(?:provided|described|authorized))\b/gi;
// "Under no circumstances may an inmate who … be released": the negation spans the whole clause.
export const CLAUSE_NEGATION = /\b(?:under\s+no\s+circumstances?|in\s+no\s+(?:event|case)|at\s+no\s+time)\b/i;

// "do not ask …, do not participate …, and do not assist …": after a negated verb phrase, a comma before
// another verb phrase with its own negation starts a clause (the first negation does not reach past it).
// Not after an appositive ("Booking information, including …, shall not be shared"). So does ", nor shall …",
// whose "nor" negates its own clause. (One alternative starting with the comma: two made the whole
// expression several times slower in V8.)
export const BOUNDARY = /[;:]|,(?:(?=\s*nor\s+(?:shall|will|may|must|should|can|do|does|did|is|are)\b)|(?<=\b(?:not|never)\b[^,;:]*,)(?=\s*(?:(?:and|or)\s+)?(?:do|does|did|shall|will|may|must|should|can)\s+not\b))|\b(?:unless|except|absent|provided\s+that|if|when|whenever|until|while(?!\s+(?:on|in|off|at|under|awaiting|pending)\b)|because(?!\s+of)|however|but|regardless|irrespective|even\s+(?:if|though|absent|without|where|when)|so\s+that|where)\b|,?\s+(?:and|or)\s+(?=(?:shall|will|may|must|should|does|do|can)\b)|,\s+(?:and|or|but)\s+(?<=\b(?:shall|will|may|must|should|can|cannot|is|are)\b[^;]*)(?=(?:[\w-]+\s+){0,5}(?:shall|will|may|must|should|can)\b)|\s+(?:and|or|but)\s+(?=(?:they|he|she|it|we|officers?|deputies|members?|employees?|staff|personnel|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,4}(?:shall|will|may|must|should|can|cannot)\b)(?<=\b(?:shall|will|may|must|should|can|cannot)\b[^;]*\s(?:and|or|but)\s+)/gi;

// A condition set off by commas between a modal and its verb: "Officers shall not, if informed of a person's status,
// report it…", "nor shall such officer, when …, disclose…". The verb after it keeps the modal's force.
export const INTERJECTED_CONDITION = /\b(?:shall|must|may|will|should|can|cannot)\b(?:\s+not)?(?:\s+[\w’'-]+){0,3}?\s*,\s*(?:if|when|whenever|where|while|once|after|before|upon)\b[^,;:]{1,150},/gi;
export const INTRODUCTORY = /^\s*(?:under(?!\s+no\b)|pursuant\s+to|in\s+accordance\s+with|consistent\s+with|according\s+to|as\s+provided\s+in|for\s+purposes\s+of|when|whenever|if|where|once|after|before|upon|although|because|since|while|unless|except|in\s+the\s+event|absent|notwithstanding|to\s+the\s+extent)\b/i;
// "that" straight before an auxiliary is a relative pronoun ("an agency that does not have a contract"); as a
// conjunction it would need a subject first ("ensure that officers do not…").
export const RELATIVE = /\b(?:who|whom|whose|which)\b|\bthat(?=\s+(?:does|do|did|has|have|had|is|are|was|were)\b)/gi;
export const DEONTIC = /^(?:shall|will|may|must|should|can)$/i;
export const MODAL = /\b(?:shall|will|may|must|should|can|is|are)\b/gi;

// "A detainer requests that the jail hold…", "'Detainer' means a request to hold…": described, not directed.
// "…is not required to ask", "need not notify": neither directed nor forbidden.
export const REPORTED = /(?<!\bbe\s|\bbeen\s)\b(?:requests?|requested|requesting|asks?|asked|asking)\s+(?:that|to|the|local|law|jails?|agencies|an?|state)\b|\bseeks?\s+to\b|\bwhether(?:\s+[^\s,;]+){1,6}?\s+intends?\s+to\b|\b(?:have|has)\s+no\s+(?:\w+\s+)?authority\s+to\b|\blacks?\s+(?:\w+\s+){0,2}authority\s+to\b|\bnot\s+responsible\s+for\b|\b(?:has|have)\s+an?\s+(?:\w+\s+)?role\s+in\b|\brel(?:y|ies|ied|ying)\s+(?:up)?on(?:\s+[^\s,;]+){0,9}?\s+to\b|\bnot\s+(?:be\s+)?(?:required|obligated|mandated|compelled|necessary)\s+to\b|\b(?:does|do|shall|will)\s+not\s+require\b|\bneed\s+not\b|\b(?:does|do|did)\s+not\s+have\s+to\b|\b(?:does|do)\s+not\s+have\s+(?:the\s+)?authority\s+to\b|\b(?:fears?|feared|fearing|believes?|believed|knows?|knew|feels?|felt|worr(?:y|ies|ied)|concerned|afraid)\s+that\b/gi;
/** How many words a report ("asks the jail to") reaches past itself to the act it reports. */
export const REPORT_WORDS = 5;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;

/** Where the `n` words before `position` start (not before `floor`): the text a cue anchored at the end reads. */
export function wordsBack(text: string, position: number, n: number, floor = 0): number {
  let i = position;
  for (let word = 0; word < n && i > floor; word++) {
    while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** Where the `n` words after `position` end (with the spaces before them). */
export function wordsAhead(text: string, position: number, n: number): number {
  let i = position;
  for (let word = 0; word < n && i < text.length; word++) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

/** The number of words (runs of non-space characters) in text[from, to). */
export function wordsBetween(text: string, from: number, to: number): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = isSpace(c);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
// "A local entity may not prohibit or materially limit an officer from assisting…", "No supervisor shall
// discourage an employee from sharing…": a bar on forbidding leaves the act to the actor's discretion;
// it neither directs nor forbids it. (The drafter's own "Nothing in this policy prohibits…" is a permission.)
export const NON_PROHIBITION = /(?:\b(?:shall|may|will|must)\s+not|\bno\s+(?:[\w-]+\s+){1,4}(?:shall|may))\s+(?:\w+ly\s+)?(?:prohibit|restrict|limit|discourage|prevent|bar|impede|preclude)\b(?:\s*,?\s*(?:or|and|and\/or)\s+(?:in\s+any\s+(?:way|manner)\s+|\w+ly\s+|otherwise\s+)*(?:prohibit|restrict|limit|discourage|prevent|bar|impede|preclude)\b)*[^;:]{0,400}?\bfrom\b/gi;
// A definition describes for the rest of the sentence: "'Civil immigration enforcement' means …".
// So does a recital: "WHEREAS, detaining a person solely on a detainer has been held … to violate …".
export const DEFINITION = /^\s*WHEREAS\b|^\s*(?:\(?[0-9a-z]{1,4}[.)]\s*)?["“][^"”]{1,80}["”]\s*,|\bpurpose\s+of\s+this\b|\b(?:legislature|council|board|general\s+assembly|congress)\s+(?:(?:further|also|hereby)\s+)?(?:finds|declares|recognizes|intends|acknowledges)\b|\bthis\s+(?:act|policy|order|ordinance|section|chapter|bill|article)\s+(?:establishes|sets\s+forth|describes|governs)\b|\bmeans\b|\bholding\s+that\b|\bconstitutes\s+an?\s+(?:arrest|seizure|detention)\b|\b(?:federal|state)\s+law\s+(?:restricts|prohibits|requires|allows|permits|provides|bars)\b|\b(?:concluded|ruled|announced|opined|reasoned|explained|observed)\b|\b(?:court|courts|amendment)\s+(?:have\s+|has\s+)?(?:held|holds|found|finds|ruled)\b|\bheld\s+(?:not\s+)?to\s+(?:allow|permit|require|violate|be)\b|\b(?:is|are)\s+(?:a\s+|non-binding\s+)?requests?\b|\b(?:is|are)\s+defined\s+as\b|\brefers?\s+to\b|\bshall\s+mean\b|\bis\s+the\s+intent\s+of\b|\b(?:is\s+)?the\s+sense\s+of\s+(?:the\s+)?(?:congress|senate|house|legislature|general\s+assembly|council)\b|\bmay\s+be\s+cited\s+as\b|\bintent\s+of\s+the\s+(?:legislature|general\s+assembly|council|board|congress)\b/i;

// A definition proper ("'Sanctuary policy' means…", "… is defined as…"), which names a thing and directs nothing.
export const DEFINES = /(?<!\b(?:other|any|by|no|all|every|some|such|the|a|reasonable|lawful|electronic|available)\s)\bmeans\b(?!\s+of\b)|\bshall\s+mean\b|\b(?:is|are)\s+defined\s+as\b|^\s*(?:\(?[0-9a-z]{1,4}[.)]\s*)*["“][^"”]{1,80}["”]\s*(?:,|(?:include|includes|refers?\s+to)\b)/i;

// A sentence about an instrument rather than one of its provisions: "The Sanctuary City Ordinance generally
// prohibits…", "This bill further authorizes…", "Executive Order No. 124, which prohibits…", a digest line
// ("Creates guidelines by which…", "Authorizes a law enforcement agency to…") or a title ("An Act relating
// to…"). The drafter's own "This policy/section/order prohibits…" stays a provision.
const INSTRUMENT = String.raw`(?:acts?|bills?|ordinances?|executive\s+orders?|orders?|chapters?|statutes?|laws?|resolutions?|measures?|legislation|amendments?|regulations?|memorand(?:um|a)|(?:MOA|MOU)s?|programs?|codes?|proposals?|(?:code\s+)?changes?)`;
const DESCRIBING_VERB = String.raw`(?:prohibits?|restricts?|limits?|bars?|authorizes?|allows?|permits?|requires?|creates?|establish(?:es)?|provides?|directs?|amends?|clarif(?:y|ies)|mandates?|forbids?|grants?|repeals?|expands?|makes?|would|could|sets\s+forth|does\s+not\s+apply|applies|governs|outlines|codif(?:y|ies|ied)|(?:prohibit|restrict|limit|authoriz|requir|direct|mandat|establish|amend|creat|repeal|expand)ed|barred|allowed|permitted|forbade|granted|made)`;
const NOT_SELF = String.raw`(?!(?:policy|policies|section|order|general\s+order|directive|procedure)\b)`;
const INSTRUMENT_SUBJECT = new RegExp(
  String.raw`^\s*(?:an\s+act\s+(?:relating|relative|concerning|amending|to)\b` +
    String.raw`|a\s+bill\s+(?:to|for|relating)\b|relating\s+to\b` +
    String.raw`|(?:state|federal)\s+laws?\s+(?:\([^)]{0,40}\)\s+)?${DESCRIBING_VERB}\b` +
    String.raw`|it\s+(?:also\s+|further\s+|generally\s+)?(?:prohibits|restricts|authorizes|requires|creates|establishes|directs|amends|allows|bars|limits|forbids|mandates)\b` +
    String.raw`|(?:the|these|this|such|that)\s+${NOT_SELF}(?:[\w.’'()-]+\s+){0,6}?${INSTRUMENT}(?:\s+(?:No\.|number)?\s*[\w.-]{0,16}\d[\w.-]{0,16})?,?\s+(?:(?:generally|also|further|currently|now|thus|therefore|specifically|expressly|effectively|additionally|only)\s+)?${DESCRIBING_VERB}\b)`,
  'i',
);
// "…issued Executive Order No. 124, which prohibits…": the instrument is named mid-sentence.
const INSTRUMENT_WHICH = new RegExp(String.raw`\b${INSTRUMENT}(?:\s+(?:No\.|number)?\s*[\w.-]{0,16}\d[\w.-]{0,16})?,\s+which\s+(?:generally\s+|also\s+)?${DESCRIBING_VERB}\b`, 'i');
// A digest line starts with the verb, capitalised: "Authorizes a law enforcement agency to…".
const DIGEST_LINE = /^\s*(?:Prohibits|Restricts|Authorizes|Requires|Creates|Establishes|Directs|Amends|Clarifies|Provides|Allows|Mandates|Repeals|Expands)\b/;
// A sentence that reports the law rather than making it: "Existing law prohibits…", "Illinois law generally
// prohibits…", "No federal law compels…", "Among other things, SB 54 generally prohibits…", "Under
// Oregon law (ORS 181A.820), agencies are prohibited from…" (the indicative, not a modal, after the law).
const LAW = String.raw`(?:laws?|statutes?|constitution)`;
const LAW_REPORT = new RegExp(
  String.raw`^\s*(?:[\w’' -]{1,40},\s+)?(?:` +
    String.raw`(?:(?:existing|current|present|applicable|federal|state|[A-Z][a-z]+)\s+){1,3}${LAW}\s+(?:\([^)]{0,40}\)\s+)?(?:\w+ly\s+)?(?:(?:does|do)\s+not\s+)?${DESCRIBING_VERB}\b` +
    String.raw`|[A-Z][a-z]+['’]s\s+(?:[\w-]+\s+){0,2}${LAW}\s+(?:(?:\w+ly|further|also|now|still)\s+)?(?:${DESCRIBING_VERB}|protects?|ensures?|guarantees?|shields?)\b` +
    String.raw`|no\s+(?:[\w-]+\s+){0,2}${LAW}\s+(?:\w+ly\s+)?(?:compels?|requires?|mandates?|obligates?|authorizes?|prohibits?|forbids?)\b` +
    String.raw`|(?:[SH]\.?\s?[BFR]\.?|A\.?B\.?|L\.?[BD]\.?|S\.?F\.?|H\.?F\.?)\s?\d{1,5}\s+(?:\w+ly\s+)?${DESCRIBING_VERB}\b` +
    String.raw`|under\s+(?:[\w.§()-]+\s+){0,6}?(?:${LAW}|act|code|ORS|RCW|[A-Z]{2,5}\s*§?\s*[\d.-]+)\b[^\s,;]*(?:\s+[^\s,;]+){0,12}?,\s+(?:(?!shall|must|may|will|should|can)[\w’'-]+\s+){1,8}?(?:is|are)\s+(?:\w+ly\s+)?(?:prohibited|required|barred|forbidden|permitted|allowed|authorized|precluded)\b)`,
  'i',
);
// Narration of dated events: "On April 29, 2008, the Board passed a directive which…" (no modal anywhere).
const DATED = /^\s*(?:on|in|since|as\s+of|during|by|beginning\s+in)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b/i;
// "It is important to note that…", "As health care providers, it is important to understand…", "Please note that…".
const NOTE_THAT = /^\s*(?:[\w’' -]{1,40},\s+)?(?:(?:it\s+is|it['’]s)\s+(?:also\s+)?(?:important|essential|critical|helpful|useful)\s+(?:for\s+\w+\s+)?to\s+(?:note|understand|know|remember|recognize|be\s+aware)|(?:please\s+)?note\s+that)\b/i;
// Reported speech: "“…,” said the Interim President", "…, said Commissioner Agarwal".
const REPORTED_SPEECH = /[”"]\s*,?\s+(?:said|says|stated|states|added|explained|noted)\b|,\s*(?:said|says|stated|added|explained|noted)\s+(?:the\s+)?[A-Z]/;
// Past-tense narration with nothing present or modal in it: "President Trump signed an executive order
// revoking this designation…", "In the past, churches … were designated as…".
const PAST_NARRATION = /\b(?:was|were|had|did|signed|issued|adopted|passed|enacted|approved|rescinded|revoked|announced|created|established|designated|ended|began|expanded|launched|reported|released)\b/i;
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
const EPISTEMIC = /^\s*(?:[\w’' -]{1,40},\s+)?(?:we|i)\s+(?:also\s+|do\s+not\s+|don['’]t\s+)?(?:know|believe|understand|think|expect|anticipate|recognize|are\s+(?:aware|concerned))\b/i;
// Past narration may be negated: "For more than a decade, ICE did not conduct enforcement actions in…".
const PAST_NEGATION = /\b(did|was|were|had)\s+not\b/gi;
/** Where a sentence about an instrument or the law starts (see above), or -1. */
export function instrumentDescriptionAt(text: string): number {
  if (DIGEST_LINE.test(text)) return 0;
  if (INSTRUMENT_SUBJECT.test(text)) return 0;
  if (LAW_REPORT.test(text) || NOTE_THAT.test(text) || REPORTED_SPEECH.test(text) || THEIR_POLICY.test(text) || RECOMMENDED.test(text)) return 0;
  if (IN_STATE.test(text) && !BINDING.test(text)) return 0;
  if (DATED.test(text) && !DEONTIC_WORD.test(text)) return 0;
  // A question asks; it directs nothing ("Does the district share student records with ICE?").
  if (/\?["”’)]*\s*$/.test(text)) return 0;
  const unnegated = text.replace(PAST_NEGATION, '$1');
  if (PAST_NARRATION.test(unnegated) && !PRESENT_OR_MODAL.test(unnegated)) return 0;
  if (EPISTEMIC.test(text) && !BINDING.test(text)) return 0;
  const which = text.includes('which') ? INSTRUMENT_WHICH.exec(text) : null;
  return which ? which.index : -1;
}

// A predicate after an action in subject position: "Holding … is prohibited" (-1), "Attorney visits shall
// not be scheduled" (-1), "Medical care … will be limited" (-1), "… is permitted" (+1).
export const PREDICATE = /\b(?:(?:shall|will|may|must|should|can|could|would)\s+(not\s+)?be|cannot\s+be|is|are|be|been|being|was|were)\s+(not\s+)?(?:\w+ly\s+|hereby\s+|also\s+)?(\w+)/gi;
export const PERMISSIVE_PARTICIPLE = /^(?:permitted|allowed|authorized|provided|given|granted|made|offered|scheduled|honou?red|afforded|available|eligible|entitled|accepted|notified|informed|told|advised|shared|disclosed|released|transferred|held|detained)$/i;
// "… is a mission / consistent with / primarily the responsibility of …": a description, not a rule.
export const DESCRIPTIVE_COMPLEMENT = /^(?:a|an|the|one|part|consistent|inconsistent|critical|important|essential|voluntary|optional|generally|primarily|typically|often|usually|common|rare|designed|intended|responsible|lawful|constitutional|unconstitutional)$/i;
export const NOT_REQUIRED_COMPLEMENT = /^(?:necessary|needed|required|mandatory|obligatory)$/i;
export const NEGATIVE_PARTICIPLE = /^(?:prohibited|forbidden|barred|banned|unlawful|illegal|limited|restricted|suspended|denied|deferred|withheld|terminated|revoked|curtailed|delayed|refused|declined|precluded|prevented)$/i;
export const MODAL_BEFORE = /\b(?:shall|will|may|must|should|can|could|would|is|are|was|were)\b/i;

// An action inside "unless …" / "except …" is a condition, not a directive ("Except as provided in (b), no
// officer shall…" is a directive again after the comma).
export const CONDITION_CLAUSE = /^(?:unless|except|so\s+that|although|though|even\s+though|recognizing\s+that|given\s+that)\b[^,]*$/i;
// "The Attorney General shall develop and publish guidance that informs the public about …": an act after
// guidance to be written is what the guidance will say, not what the sentence directs.
export const GUIDANCE_CONTENT = /\b(?:develop|publish|issue|prepare|provide|distribute)(?:\s+(?:and|or)\s+(?:develop|publish|issue|prepare|provide|distribute|update))?\s+(?:(?:model|written|new|a|the|such|additional)\s+)?guidance\b/i;
// "Upon receiving a request for status documents, staff shall…", "If an officer asks…, the officer shall…":
// an act inside an introductory condition that a comma closes is the condition, not the directive.
export const INTRODUCTORY_CONDITION = /^(?:if|when|whenever|upon|once|after|before)\b[^,]*$/i;
// A clause that cannot carry its negation into a list item: "…shall, if the detainer is not signed by a judge:".
export const SUBORDINATE = /^(?:unless|except|provided\s+that|if|when|whenever|until|while|because|regardless|irrespective|even|so\s+that|where)\b/i;

// "A person held on a detainer shall…", "an annual report of detainers honored": a participle that
// describes a noun, not a directive. Only when no auxiliary, modal or "to" stands right before it.
export const PARTICIPLE = /^(?:held|kept|detained|honou?red|retained|released|transferred|arrested|stopped|searched|questioned|booked|confined|housed)\b/i;
export const AUXILIARY_BEFORE = /\b(?:be|been|being|is|are|was|were|shall|will|may|must|should|can|could|would|has|have|had|not|never|to|also|only|solely|and|or|nor|then|thereafter|immediately|promptly)\s+$/i;

// "The Sheriff's Office is discontinuing…", "People … have been jailed", "several States have limited…":
// what is happening or has happened, not what is directed.
export const PROGRESSIVE_BEFORE = /\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+|also\s+|actively\s+)?$/i;
export const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:not\s+)?(?:also\s+|already\s+|previously\s+|recently\s+|long\s+|since\s+)?(?:been\s+)?$/i;
// The same for an act the clause's main verb governs: "The Sheriff's Office is discontinuing the practice
// of honoring…", "The Board has unanimously approved a resolution supporting … decision to stop…".
export const NARRATING_VERB = /\b(?:(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?!being\b)\w+ing|(?:has|have|had)\s+(?:not\s+)?(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en))\b/i;
// "…would force local governments to expend…", "ICE could then detain…": a clause whose only modal is
// hypothetical supposes; it directs nothing.
export const HYPOTHETICAL = /\b(?:would|could|might)\b/i;
export const DEONTIC_WORD = /\b(?:shall|must|may|will|should|can|cannot)\b/i;
// "inmates being transferred to ICE", "awaiting transfer to ICE": a state, not a directive.
export const STATE_BEFORE = /\b(?:being|awaiting|pending|(?<!\b(?:the|of|any|all)\s+)following|prior\s+to)\s+$/i;
// "agencies, including those conducting immigration enforcement operations", "officers having a role in
// enforcing…": an -ing form that describes a noun or a role, not an act the sentence directs.
export const DESCRIBED_ING_BEFORE = /(?:\b(?:those|personnel|agents|officers|officials|agencies|persons|people|individuals|anyone|employees|entities|someone|regarding|concerning|about)|\b(?:related|relating)\s+to|\brole(?:\s+[^\s.;]+){0,8}?\s+in|\bwhether(?:\s+[^\s;]+){0,18}?)\s+$/i;
// "could be held liable", "held harmless": an idiom, not custody.
export const IDIOM_AFTER_HELD = /^\s+(?:liable|responsible|accountable|harmless|in\s+contempt)\b/i;
// "…may cross-designate deputies without entering into an agreement": manner, not a prohibition
// (but "without access to counsel" is a denial).
// "any officer seeking to enforce civil immigration laws", "a person attempting to enter": what someone
// seeks or attempts is that person's aim, not an act the sentence directs.
export const SEEKING_BEFORE = /\b(?:seeking|intending|attempting|wishing|trying|purporting)\s+to\s+$/i;
// A purpose that is not forbidden: "shall report any request … for the purpose of enforcing immigration law"
// names what the request is for, not an act directed (but "shall not release … for the purpose of
// transferring … to ICE" forbids the transfer).
export const PURPOSE_BEFORE = /\b(?:purpose|purposes)\s+of\s+$/i;
// "the authority to enforce …" names a power: the act is directed only where the power is given by the
// provision itself ("shall have the authority to enforce", "are hereby granted the authority to", "is
// sufficient authority to continue custody"), not
// where a power is held, described or mentioned ("has the legal authority to", "training that gives them
// the authority to", "granting officers the authority to … may lead to", "limitations of the authority to").
export const POWER_BEFORE = /\b(?:authority|power)\s+to\s+$/i;
export const POWER_GIVEN = /\b(?:(?:shall|will|must|may)\s+(?:also\s+)?have|(?:is|are)\s+(?:hereby\s+)?(?:granted|given|vested\s+with)|(?:is|are|shall\s+be)\s+(?:sufficient|adequate))\s+(?:(?:the|full|such|legal)\s+)*(?:authority|power)\s+to\s+$/i;
export const MANNER_BEFORE = /\bwithout\s+$/i;

// A condition that is not one: "regardless of whether a judicial warrant…", "even absent…".
export const UNCONDITIONAL = /\b(?:regardless|irrespective|whether\s+or\s+not|even\s+(?:if|though|absent|without|where|when))\b/i;

/** Every match of a global expression: exec on the shared expression, not matchAll, which copies it on every call. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

export function cues(pattern: RegExp, text: string): Cue[] {
  return allMatches(pattern, text).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}


// A modal that gives a clause its force ("shall", "may not"): a list lead-in without one ("(4) Except
// with respect to …:") does not set the force of its items; the lead-in of the list around it does.
export const MODAL_WORD = /\b(?:shall|must|may|will|should|can|cannot|might|would)\b/i;

// A lead-in that ends in a subordinator introduces conditions, not acts ("… may interview a person unless:").
export const ENDS_IN_CONDITION = /\b(?:unless|if|only\s+if|when|where|whenever|provided\s+that|except|except\s+that|until|before|after)\s*$/i;

// "a request from <outsider> to detain…", "authorizes <outsider> officers to enter…": the act after "to"
// is what another body asks for or is allowed, not what the draft directs. The grammar knows the
// construction; the pack names the outsiders (RuleSet.outsiders), so no body is named here.
const REQUEST_BEFORE = /\brequests?\s+(?:from|by)\s+(?:the\s+)?$/i;
const AUTHORIZES_BEFORE = /\bauthorizes\s+$/i;
const TO_WITHIN_WORDS = /^(?:\s+[^\s,;]+){0,7}?\s+to\b/i;
const OFFICERS_TO = /^\s+(?:(?:officers|agents|officials)\s+)?to\b/i;

export function outsiderReports(text: string, outsiders: readonly Cue[]): Cue[] {
  const found: Cue[] = [];
  for (const o of outsiders) {
    const before = text.slice(wordsBack(text, o.start, 3), o.start);
    const request = REQUEST_BEFORE.exec(before);
    const authorizes = request ? null : AUTHORIZES_BEFORE.exec(before);
    const to = request ? TO_WITHIN_WORDS.exec(text.slice(o.end, wordsAhead(text, o.end, 8))) : authorizes ? OFFICERS_TO.exec(text.slice(o.end, wordsAhead(text, o.end, 2))) : null;
    const lead = request ?? authorizes;
    if (lead && to) found.push({ start: o.start - before.length + lead.index, end: o.end + to[0].length });
  }
  return found;
}
