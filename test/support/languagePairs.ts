// Minimal pairs for the language layer: two sentences that differ in one cue, and the frame fields
// that cue must change. Neutral vocabulary only: the layer knows English, not any pack's domain.
import type { Status } from '../../src/language/status';

export interface Expect {
  /** Which frame to check (default 0, the main clause). */
  frame?: number;
  status?: Status;
  /** The sentence's status (checked when the frame checked is not the main one). */
  sentence?: Status;
  polarity?: 1 | -1;
  act?: string;
  object?: string | null;
  actor?: string | null;
  force?: string | null;
  passive?: boolean;
  elided?: boolean;
  negations?: string[];
  /** "kind:condition text" for each condition on the frame, in order. */
  conditions?: string[];
  effects?: string[];
  role?: string;
  frames?: number;
  statusRule?: string;
}

export type Pair = [string, Expect, string, Expect];

export const OUTSIDER = 'visitor';

export const PAIRS: Pair[] = [
  ['The clerk shall hold the records.', { status: 'directive', polarity: 1, act: 'hold', object: 'the records', actor: 'The clerk', force: 'obligation', negations: [] },
    'The clerk shall not hold the records.', { status: 'prohibition', polarity: -1, act: 'hold', object: 'the records', negations: ['not'] }],
  ['The clerk shall not hold the records.', { status: 'prohibition', conditions: [] },
    'The clerk shall not hold the records unless a judge signs an order.', { status: 'prohibition', polarity: -1, act: 'hold', conditions: ['unless:a judge signs an order'], effects: ['exception'] }],
  ["'Hold' means to keep.", { status: 'definition', act: 'mean', actor: "'Hold'", statusRule: 'means' },
    'The clerk holds to keep.', { status: 'description', act: 'hold' }],
  ['No clerk shall release any record.', { status: 'prohibition', polarity: -1, negations: ['noQuantifier'], act: 'release', object: 'any record', actor: 'No clerk' },
    'Each clerk shall release any record.', { status: 'directive', polarity: 1, act: 'release', actor: 'Each clerk' }],
  ['The clerk shall not refuse to hold the records.', { status: 'directive', polarity: 1, act: 'hold', object: 'the records', negations: ['not', 'refuseTo'] },
    'The clerk shall refuse to hold the records.', { status: 'prohibition', polarity: -1, act: 'hold', negations: ['refuseTo'] }],
  ['The clerk may, but is not required to, share the records.', { status: 'permission', polarity: 1, act: 'share', object: 'the records', force: 'permission', actor: 'The clerk' },
    'The clerk is not required to share the records.', { status: 'nonRequirement', polarity: -1, act: 'share', statusRule: 'notRequired' }],
  ['The clerk may, but is not required to, share the records.', { frame: 1, role: 'parenthetical', status: 'nonRequirement', act: 'share', elided: true, sentence: 'permission' },
    'The clerk may share the records.', { frames: 1, status: 'permission' }],
  ['The bill would allow clerks to hold records.', { status: 'report', force: 'hypothetical', act: 'allow', object: 'clerks', actor: 'The bill' },
    'The bill shall allow clerks to hold records.', { status: 'directive', force: 'obligation', act: 'allow' }],
  ['WHEREAS the clerk holds records;', { status: 'recital', act: 'hold', actor: 'the clerk', statusRule: 'whereas' },
    'The clerk holds records;', { status: 'description', act: 'hold', actor: 'The clerk' }],
  ['Records held by the clerk shall be released.', { status: 'directive', act: 'release', passive: true, object: 'Records', actor: null, frames: 2 },
    'Records held by the clerk shall not be released.', { status: 'prohibition', polarity: -1, act: 'release' }],
  ['Records held by the clerk shall be released.', { frame: 1, role: 'relative', act: 'hold', actor: 'the clerk', status: 'description', sentence: 'directive' },
    'The clerk released the records.', { status: 'report', act: 'release', statusRule: 'pastNarration' }],
  ['Under no circumstances may the clerk release a record.', { status: 'prohibition', polarity: -1, actor: 'the clerk', act: 'release', object: 'a record', negations: ['noQuantifier'] },
    'Under these circumstances, the clerk may release a record.', { status: 'permission', polarity: 1, actor: 'the clerk', act: 'release' }],
  ['The clerk is prohibited from sharing records.', { status: 'prohibition', polarity: -1, act: 'share', object: 'records', negations: ['beProhibited'] },
    'The clerk is authorized to share records.', { status: 'permission', polarity: 1, act: 'share', force: 'permission' }],
  ['The clerk shall hold records only if a judge signs an order.', { status: 'directive', conditions: ['onlyIf:a judge signs an order'], effects: ['restriction'] },
    'The clerk shall hold records if a judge signs an order.', { status: 'directive', conditions: ['when:a judge signs an order'] }],
  ['The plan raises concerns, including the prospect that tenants could be stopped in the hall, searched in the lobby, or denied entry.', { frames: 2, act: 'raise' },
    'The plan raises concerns, including the prospect that tenants could be stopped in the hall.', { frames: 2, act: 'raise' }],
  // A "that" after an aside set off by commas opens what the noun before the aside says (a drafter's trial: "a written notice,
  // in a language the inmate understands, that the inmate is being held …" was read as a hold).
  ['The clerk shall give each tenant a notice, in a language the tenant reads, that the lease is being held.', { frame: 1, role: 'relative', act: 'hold' },
    'The clerk shall give each tenant a notice, in a language the tenant reads, and the lease is being held.', { frame: 1, role: 'coordinate', act: 'hold' }],
  // A modal right after the relative pronoun of a second relative clause is that clause's own (a drafter's trial: "An inmate
  // who speaks … or who cannot produce a card may be referred …" was read as "cannot produce").
  ['A tenant who speaks loudly or who cannot produce a card may be referred to the clerk.', { status: 'permission', act: 'refer' },
    'A tenant who speaks loudly may be referred to the clerk.', { status: 'permission', act: 'refer' }],
  // "without exception", "without delay": a manner, no condition (a drafter typed "without exception" and the hold cleared).
  ['The clerk shall without exception hold the records.', { status: 'directive', act: 'hold', conditions: [] },
    'The clerk shall hold the records without a court order.', { status: 'directive', act: 'hold', conditions: ['without:a court order'] }],
  ['Those who refuse to copy the files shall be warned.', { frame: 1, role: 'relative', act: 'copy', frames: 2 },
    'Clerks who refuse to copy the files shall be warned.', { frame: 1, role: 'relative', act: 'copy', frames: 2 }],
  ['The clerk honors requests from tenants.', { status: 'description', act: 'honor', object: 'requests' },
    'The clerk shall honor requests from tenants.', { status: 'directive', act: 'honor' }],
  ['The clerk shall ask each visitor where the visitor parked.', { frame: 1, role: 'subordinate' },
    'The clerk shall not ask about parking where the visitor is a tenant.', { frame: 1, role: 'condition' }],
  ['The clerk shall refuse any request to hold records that is supported only by a letter.', { frame: 1, role: 'relative', act: 'support', conditions: ['onlyIf:a letter'] },
    'The clerk shall refuse any request to hold records only if a judge signs an order.', { act: 'refuse', conditions: ['onlyIf:a judge signs an order'] }],
  ['The clerk shall hold records regardless of whether a judge signs an order.', { status: 'directive', conditions: ['regardlessOf:a judge signs an order'], effects: ['irrelevant'] },
    'The clerk shall hold records unless a judge signs an order.', { status: 'directive', conditions: ['unless:a judge signs an order'], effects: ['exception'] }],
  ['The clerk shall not release records without a court order.', { status: 'prohibition', act: 'release', object: 'records', conditions: ['without:a court order'] },
    'The clerk shall not release records with a court order.', { status: 'prohibition', conditions: [] }],
  ['The clerk shall neither hold nor release records.', { status: 'prohibition', polarity: -1, act: 'hold', object: 'records' },
    'The clerk shall hold and release records.', { status: 'directive', polarity: 1, act: 'hold', object: 'records' }],
  ['The clerk shall neither hold nor release records.', { frame: 1, role: 'coordinate', status: 'prohibition', polarity: -1, act: 'release', actor: 'The clerk', negations: ['nor'] },
    'The clerk shall hold and release records.', { frame: 1, role: 'coordinate', status: 'directive', polarity: 1, act: 'release', actor: 'The clerk' }],
  // ", as such term is defined in …," is subordinate: its verb is not the sentence's act.
  ['In any inquiry, as such term is defined in the code, the clerk shall not keep records.', { status: 'prohibition', polarity: -1, act: 'keep' },
    'In any inquiry the clerk shall not keep records.', { status: 'prohibition', polarity: -1, act: 'keep' }],
  // "authorized but not required to": one permission; the "not" is the second participle's.
  ['The clerk is authorized but not required to keep records.', { status: 'permission', polarity: 1, act: 'keep', frames: 1 },
    'The clerk is authorized to keep records.', { status: 'permission', polarity: 1, act: 'keep', frames: 1 }],
  ['The clerk is authorized, but not required, to keep records.', { status: 'permission', polarity: 1, act: 'keep', frames: 1 },
    'The clerk is not authorized to keep records.', { status: 'prohibition', polarity: -1, act: 'keep', frames: 1 }],
  // "this Act," is a noun phrase, so the negative subject after the fronted phrase is read.
  ['After the date of this Act, no clerk may enter the vault.', { status: 'prohibition', polarity: -1, act: 'enter' },
    'After the date of this Act, the clerk may enter the vault.', { status: 'permission', polarity: 1, act: 'enter' }],
  // "city-owned" is an adjective: "owned" is not the clause's verb.
  ['No city-owned lot shall be used as a garage.', { status: 'prohibition', polarity: -1, act: 'use' },
    'Every city-owned lot shall be used as a garage.', { status: 'directive', polarity: 1, act: 'use' }],
  // A condition that opens a "that" clause is fronted in it and ends at its comma.
  ['It is the policy of the town that unless required by law, the clerk shall not release records.', { frame: 1, status: 'prohibition', polarity: -1, act: 'release' },
    'It is the policy of the town that the clerk shall not release records unless required by law.', { frame: 1, status: 'prohibition', polarity: -1, act: 'release' }],
  // The comma that ends a relative clause inside a fronted condition ends the condition too.
  ['Unless officials have a purpose that is not related to visits, visitors shall not be given access to the vault.', { status: 'prohibition', polarity: -1, act: 'give' },
    'Unless officials have a purpose, visitors shall not be given access to the vault.', { status: 'prohibition', polarity: -1, act: 'give' }],
  // "the period, if any, set by …" qualifies a noun: no condition on the act.
  ['The clerk shall not hold the records beyond the period, if any, set by the judge.', { status: 'prohibition', polarity: -1, conditions: [] },
    'The clerk shall not hold the records beyond the period, if asked, set by the judge.', { status: 'prohibition', polarity: -1, conditions: ['when:asked'] }],
  // "To date" is an adverbial, not an infinitive whose verb would be the act.
  ['To date the clerk has kept no records.', { act: 'keep', status: 'report' },
    'The clerk has kept no records.', { act: 'keep', status: 'report' }],
  // A relative clause inside a fronted phrase ends at the phrase's comma, so the subject after it is read.
  ['With the exception of visits allowed by law, no clerk shall enter the vault.', { status: 'prohibition', polarity: -1, act: 'enter', negations: ['noQuantifier'] },
    'With the exception of visits allowed by law, the clerk shall enter the vault.', { status: 'directive', polarity: 1, act: 'enter' }],
  // "is or will be used": the conjunction joins two auxiliaries of one verb group, not two predicates.
  ['The clerk shall not sign any lease that is or will be used to store records.', { frames: 2, frame: 1, role: 'relative', act: 'use' },
    'The clerk shall not sign any lease that is used to store records.', { frames: 2, frame: 1, role: 'relative', act: 'use' }],
  // "nor accept or spend": the predicate joined to a "nor" predicate shares its negation.
  ['The clerk shall not use funds nor accept or spend grants.', { frame: 2, role: 'coordinate', status: 'prohibition', polarity: -1, act: 'spend' },
    'The clerk shall use funds and accept or spend grants.', { frame: 2, role: 'coordinate', status: 'directive', polarity: 1, act: 'spend' }],
  ['The clerk shall not hold or release records.', { frame: 1, status: 'prohibition', polarity: -1, act: 'release' },
    'The clerk shall hold or release records.', { frame: 1, status: 'directive', polarity: 1, act: 'release' }],
  ['Unless a judge signs an order, the clerk shall not hold the records.', { status: 'prohibition', actor: 'the clerk', act: 'hold', conditions: ['unless:a judge signs an order'] },
    'When a judge signs an order, the clerk shall hold the records.', { status: 'directive', actor: 'the clerk', act: 'hold', conditions: ['when:a judge signs an order'] }],
  ['The court held that the clerk must release records.', { status: 'report', act: 'hold', actor: 'The court', statusRule: 'reportedSpeech' },
    'The clerk must release records.', { status: 'directive', act: 'release' }],
  ['The court held that the clerk must release records.', { frame: 1, role: 'complement', status: 'report', act: 'release', force: 'obligation' },
    'The court holds the records.', { status: 'description', act: 'hold', object: 'the records' }],
  ['The council finds that records are kept.', { status: 'recital', act: 'find', statusRule: 'findsThat' },
    'The council keeps records.', { status: 'description', act: 'keep' }],
  ['The purpose of this policy is to guide the clerk.', { status: 'purpose', statusRule: 'purposeNoun' },
    'The policy of the office is to guide the clerk.', { status: 'description' }],
  ['This policy is intended to guide the clerk.', { status: 'purpose', statusRule: 'intendedTo' },
    'This policy shall guide the clerk.', { status: 'directive', act: 'guide', object: 'the clerk' }],
  ['Hold is defined as keeping a person.', { status: 'definition', statusRule: 'definedAs' },
    'Hold is described as keeping a person.', { status: 'description' }],
  ['The term hold refers to keeping.', { status: 'definition', statusRule: 'refersTo', actor: 'The term hold' },
    'The term hold referred to keeping.', { status: 'report' }],
  ['The visitor may inspect records.', { status: 'report', statusRule: 'outsider', force: 'permission' },
    'The clerk may inspect records.', { status: 'permission', act: 'inspect', object: 'records' }],
  ['The clerk cannot admit visitors.', { status: 'prohibition', polarity: -1, force: 'ability', act: 'admit' },
    'The clerk can admit visitors.', { status: 'permission', polarity: 1, act: 'admit', object: 'visitors' }],
  ['The clerk has the authority to admit visitors.', { status: 'permission', act: 'admit', force: 'permission' },
    'The clerk has a duty to admit visitors.', { status: 'directive', act: 'admit', force: 'obligation' }],
  ['Deputies are authorized to inspect records.', { status: 'permission', actor: 'Deputies', act: 'inspect' },
    'Deputies are required to inspect records.', { status: 'directive', actor: 'Deputies', act: 'inspect' }],
  ['The clerk holds records.', { status: 'description', act: 'hold', force: null },
    'The clerk held records.', { status: 'report', act: 'hold' }],
  ['Do not release records.', { status: 'prohibition', polarity: -1, act: 'release', actor: null, statusRule: 'imperative' },
    'Release records.', { status: 'directive', polarity: 1, act: 'release', statusRule: 'imperative' }],
  ['Nothing in this policy shall require the clerk to hold records.', { status: 'nonRequirement', polarity: -1, act: 'require', statusRule: 'negatedRequire' },
    'This policy shall require the clerk to hold records.', { status: 'directive', polarity: 1, act: 'require' }],
  ['The clerk shall, in a timely manner, report to the board any request for records.', { status: 'directive', act: 'report' },
    'The clerk shall report to the board any request for records.', { status: 'directive', act: 'report' }],
  ['No clerk as defined in section 6 nor any deputy may release records.', { status: 'prohibition', act: 'release', object: 'records' },
    'No clerk may release records.', { status: 'prohibition', act: 'release', object: 'records' }],
  ['This section shall not be construed to in any way expand the duty of the clerk to hold records.', { status: 'nonRequirement', statusRule: 'negatedConstrual' },
    'This section shall be construed to expand the duty of the clerk to hold records.', { status: 'directive', act: 'construe' }],
  ['Nothing in this policy shall prevent the clerk from sharing records.', { status: 'permission', statusRule: 'negatedProhibit' },
    'This policy shall prevent the clerk from sharing records.', { status: 'directive', act: 'prevent' }],
  ['The clerk shall release records, except as provided by law.', { status: 'directive', conditions: ['except:provided by law'], effects: ['exception'] },
    'The clerk shall release records, as provided by law.', { status: 'directive', conditions: [] }],
  ['Records shall not be released except to the judge.', { status: 'prohibition', passive: true, object: 'Records', conditions: ['except:to the judge'] },
    'Records shall be released to the judge.', { status: 'directive', passive: true, conditions: [] }],
  ['The clerk shall release records no later than noon.', { status: 'directive', polarity: 1, object: 'records' },
    'The clerk shall release no records.', { status: 'prohibition', polarity: -1, negations: ['noObject'] }],
  ['Staff will not decline to share records.', { status: 'directive', polarity: 1, act: 'share', force: 'obligation' },
    'Staff will decline to share records.', { status: 'prohibition', polarity: -1, act: 'share' }],
  ['The clerk shall hold records so that the judge can inspect them.', { status: 'directive', conditions: [], frames: 2 },
    'The clerk shall hold records so that the judge can inspect them.', { frame: 1, role: 'subordinate', act: 'inspect', actor: 'the judge' }],
  ['The clerk shall admit any visitor who signs the log.', { status: 'directive', object: 'any visitor', frames: 2 },
    'The clerk shall admit any visitor who signs the log.', { frame: 1, role: 'relative', act: 'sign', object: 'the log' }],
  ['Tenants who are held shall be released when the order expires.', { status: 'directive', act: 'release', passive: true, conditions: ['when:the order expires'] },
    'Tenants who are held shall not be released when the order expires.', { status: 'prohibition', polarity: -1, conditions: ['when:the order expires'] }],
  ['The clerk may release records only when a judge signs an order.', { status: 'permission', conditions: ['onlyIf:a judge signs an order'] },
    'The clerk may release records when a judge signs an order.', { status: 'permission', conditions: ['when:a judge signs an order'] }],
  ['The clerk shall hold the records, and the judge shall sign the order.', { frame: 1, actor: 'the judge', act: 'sign', status: 'directive' },
    'The clerk shall hold the records and sign the order.', { frame: 1, actor: 'The clerk', act: 'sign', status: 'directive' }],
  ['The clerk should share records.', { status: 'directive', force: 'expectation', polarity: 1 },
    'The clerk should not share records.', { status: 'prohibition', polarity: -1 }],
  ['The clerk shall hold records even if a judge objects.', { conditions: ['regardlessOf:a judge objects'] },
    'The clerk shall hold records if a judge objects.', { conditions: ['when:a judge objects'] }],
  ['Records that the clerk holds shall be released (unless sealed) to the public.', { status: 'directive', act: 'release', conditions: ['unless:sealed'] },
    'Records that the clerk holds shall be released to the public.', { status: 'directive', act: 'release', conditions: [] }],
  ['The clerk shall not hold records, provided that a judge signs.', { status: 'prohibition', conditions: ['onlyIf:a judge signs'] },
    'The clerk shall not hold records that a judge signs.', { status: 'prohibition', conditions: [], frames: 2 }],
  ['The judge ruled that records be released.', { status: 'report', frame: 1, sentence: 'report', role: 'complement', act: 'release' },
    'The judge shall rule that records be released.', { status: 'directive', act: 'rule' }],
  ['The clerk shall be required to admit visitors.', { status: 'directive', act: 'admit' },
    'The clerk shall not be required to admit visitors.', { status: 'nonRequirement', polarity: -1, act: 'admit' }],
  ['BE IT RESOLVED that the clerk shall hold records.', { frame: 1, role: 'complement', status: 'directive', act: 'hold', sentence: 'directive' },
    'BE IT RESOLVED that the clerk shall not hold records.', { frame: 1, status: 'prohibition', sentence: 'prohibition', polarity: -1 }],
  // An infinitive after the subject's noun is no predicate: a relative clause after it ends where the modal starts.
  ['Requests to meet with a tenant who is behind on rent shall be denied.', { act: 'deny', status: 'directive', frames: 2 },
    'Requests to meet with a tenant shall be denied.', { act: 'deny', status: 'directive', frames: 1 }],
  // An adverb between a noun and its participle leaves the participle a reduced relative clause, not the main verb.
  ['The copy ordinarily given at intake shall not be provided to visitors.', { act: 'provide', status: 'prohibition', polarity: -1 },
    'The copy given at intake shall not be provided to visitors.', { act: 'provide', status: 'prohibition', polarity: -1 }],
  // A series of nouns that ends at a comma before a command stays in the fronted condition; one before a modal is the subject.
  ['If a tenant requests a copy at a library, a school or a clinic, decline.', { act: 'decline', status: 'directive', frames: 2 },
    'If a tenant requests a copy at a library, a clerk or an aide shall decline.', { act: 'decline', status: 'directive', actor: 'a clerk or an aide' }],
  // "NOW, THEREFORE," before the enacting words leaves "BE" the verb that opens the clause, not a copula.
  ['NOW, THEREFORE, BE IT RESOLVED that the clerk shall hold records.', { frame: 1, role: 'complement', status: 'directive', act: 'hold', sentence: 'directive' },
    'NOW, THEREFORE, BE IT RESOLVED that the clerk shall not hold records.', { frame: 1, status: 'prohibition', sentence: 'prohibition', polarity: -1 }],
  ['Sharing records is prohibited.', { status: 'prohibition', statusRule: 'passiveProhibited', act: 'prohibit', passive: true },
    'Sharing records is permitted.', { status: 'permission', statusRule: 'passivePermitted', passive: true }],
  ['Filing staff will sort the records.', { status: 'directive', act: 'sort', actor: 'Filing staff', object: 'the records' },
    'Filing staff sort the records.', { status: 'description', act: 'sort' }],
  // A reduced relative clause runs on through a second participle, and through a gerund after its preposition.
  ['A visitor suspected of theft may not be questioned.', { status: 'prohibition', polarity: -1, act: 'question', object: 'A visitor' },
    'A visitor suspected of theft or found in the vault may not be questioned.', { status: 'prohibition', polarity: -1, act: 'question', object: 'A visitor' }],
  ['A visitor suspected of theft may not be questioned.', { status: 'prohibition', act: 'question', object: 'A visitor' },
    'A visitor suspected of being a thief may not be questioned.', { status: 'prohibition', act: 'question', object: 'A visitor' }],
  // "Now that …", "Given that …" open a subordinate clause: the main clause follows the comma.
  ['Now that the board has closed the vault, the clerk shall store the records.', { status: 'directive', act: 'store', actor: 'the clerk' },
    'The board has closed the vault.', { status: 'report', act: 'close' }],
  ['Given that the board has closed the vault, the clerk shall store the records.', { status: 'directive', act: 'store', actor: 'the clerk' },
    'The board has closed the vault.', { status: 'report', act: 'close' }],
  ['The clerk may share records.', { status: 'permission', conditions: [] },
    'The clerk may share records so long as a judge signs.', { status: 'permission', conditions: ['onlyIf:a judge signs'], effects: ['restriction'] }],
  // A fronted clause with a verb of its own ends at a second modal: the host's verb group.
  ['Requests from visitors to copy a file so that staff can check it shall be granted.', { status: 'directive', act: 'grant', passive: true },
    'Requests from visitors to copy a file so that staff can check it.', { status: 'description' }],
  ['Because the vault is closed the clerk may not store records.', { status: 'prohibition', polarity: -1, act: 'store' },
    'Because the vault is closed, the clerk may not store records.', { status: 'prohibition', polarity: -1, act: 'store' }],
  // "X does not constitute Y" says what counts as what; "constitutes grounds for …" gives a power.
  ['Keeping a copy does not constitute holding a record.', { status: 'definition', statusRule: 'constitutes' },
    'Keeping a copy constitutes grounds for holding a record.', { status: 'description', polarity: 1 }],
  // After an infinitive, "and" with an -s form goes with the finite verb: what the board states is reported.
  // (The tagger reads "requires" as a noun when a modal follows; before a determiner it is the verb.)
  ['The order requires the clerk to file records and states that clerks shall not keep files.', { frame: 1, role: 'coordinate', status: 'report', statusRule: 'reportedSpeech' },
    'The order requires the clerk to file records and to state that clerks shall not keep files.', { frame: 1, role: 'complement', status: 'prohibition' }],
  // A second -ing predicate goes on with its host's "is": what is happening, not a provision.
  ['The office is closing its records room and moving the files.', { frame: 1, role: 'coordinate', status: 'report', statusRule: 'progressive' },
    'The office is closing its records room and moves the files.', { frame: 1, role: 'coordinate', status: 'description' }],
  // A fronted phrase that opens with a preposition holds no verb of the clause, and its negation is its own verb's.
  ['In the course of their duties, such as filing and taking reports, clerks shall not copy records.', { status: 'prohibition', polarity: -1, act: 'copy' },
    'Upon a request for a file not otherwise kept by the clerk, the clerk shall copy the file.', { status: 'directive', polarity: 1, act: 'copy' }],
  // An outsider's "may" is what it can do (a report); a limit set on it binds.
  ['The visitor may inspect records.', { status: 'report', statusRule: 'outsider' },
    'The visitor may not inspect records.', { status: 'prohibition', polarity: -1 }],
  // A past form before the subject's noun modifies it: the act is the verb after the modal.
  ['Trained staff may not copy the records.', { status: 'prohibition', polarity: -1, act: 'copy' },
    'No files, desks or paid staff time shall be used to copy records.', { polarity: -1, act: 'use' }],
  // Before its comma, a fronted condition keeps a second predicate even with a modal; the clause after the comma is the host's.
  ['During an audit where a file is missing and cannot otherwise be found, no clerk, aide, or guard of the office shall share the records.', { status: 'prohibition', polarity: -1, act: 'share', conditions: ['when:a file is missing and cannot otherwise be found'] },
    'The clerk shall keep a log of each audit and shall share the records.', { frame: 1, role: 'coordinate', status: 'directive', act: 'share' }],
  // A subject and its verb right after a noun of time open a relative clause with no pronoun: it names the time.
  ['The clerk shall not keep a file beyond the time the tenant would otherwise leave.', { frame: 1, role: 'relative', status: 'description', sentence: 'prohibition' },
    'The clerk shall not keep a file beyond the time, and the tenant shall leave.', { frame: 1, role: 'coordinate', status: 'directive' }],
  // "after", "before", "once" with a subject and its verb open a time clause; with a noun alone they are prepositions.
  ['The clerk shall not keep a file after the tenant is entitled to leave.', { frame: 1, role: 'subordinate', sentence: 'prohibition' },
    'The clerk shall not keep a file after release.', { frames: 1, status: 'prohibition' }],
  // A preposition and "which" after a noun open a relative clause.
  ['The clerk shall not keep a file past the date on which the tenant would leave.', { frame: 1, role: 'relative', status: 'description', sentence: 'prohibition' },
    'The clerk shall not keep a file past the date.', { frames: 1, status: 'prohibition' }],
  // Who holds an office is a state of affairs; "shall not be designated" forbids the designation (a city attorney's trial:
  // "… and no member is designated to perform the functions of" an office, read as a limit).
  ['No clerk is designated to hold the records.', { status: 'report', statusRule: 'negatedDesignation', polarity: -1 },
    'No clerk shall be designated to hold the records.', { status: 'prohibition', polarity: -1 }],
];
