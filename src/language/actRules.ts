// The act rules, by name, with what each reads and sentences it decides (run as tests: test/language.test.ts).
import type { ActPolarity } from './actPolarity';

export interface ActRule {
  name: string;
  /** What the rule reads, and sentences it decides: [sentence, the act's words, the polarity they get]. */
  why: string;
  examples: Array<[string, string, ActPolarity]>;
}

/** Every rule `actPolarity` can name, in the order it tries them. Each example is a test (test/language.test.ts). */
export const ACT_RULES: ActRule[] = [
  { name: 'namesClause', why: 'words that open with a subordinator name the clause, as its host states it', examples: [['Tenants shall stay until they pay the rent.', 'until they pay', 1]] },
  { name: 'quoted', why: 'words inside a short quotation are a name', examples: [['Staff treat the form as a "request to hold" a file.', 'hold', 0]] },
  { name: 'sentenceStatus', why: 'a sentence that defines, recites or states a purpose does so for all it holds', examples: [["'Hold' means to keep a file.", 'keep', 0], ['The purpose of this policy is to guide clerks.', 'guide', 0]] },
  { name: 'withoutGerund', why: '"without" and the word it opens on are denied under the host\'s force', examples: [['The clerk shall act without first notifying the judge.', 'notifying', -1], ['Files shall be kept without access by visitors.', 'access', -1]] },
  { name: 'whenGerund', why: 'a "when" with a gerund and no subject is the host\'s own manner', examples: [['The clerk may consider age when deciding whether to admit a visitor.', 'admit', 1]] },
  { name: 'inCondition', why: 'an act inside a condition is the condition, not a directive', examples: [['The clerk shall not hold records unless a judge signs an order.', 'signs', 0]] },
  { name: 'openQuestion', why: 'an act after "whether to" is a question weighed, not an act directed', examples: [['The clerk shall not consider age in deciding whether to admit a visitor.', 'admit', 0]] },
  { name: 'inSubordinate', why: 'an act inside a purpose, reason or time clause is not directed', examples: [['The clerk shall hold records so that the judge can inspect them.', 'inspect', 0]] },
  { name: 'forbiddenInModifier', why: 'what a forbidding verb in a modifier governs is forbidden', examples: [['Policies that prohibit the sharing of records apply to staff.', 'sharing', -1], ['The council shall not adopt any rule that prohibits a clerk, aide, or guard from sharing records.', 'sharing', 1]] },
  { name: 'policyContent', why: 'a "that" clause after "It is the policy of …" is the policy: directed, or forbidden where it is negated', examples: [['It shall be the policy of the office that clerks verify the records.', 'verify', 1], ['It is the policy of the office that no clerk shall verify the records.', 'verify', -1], ['It is not the policy of the office that clerks verify the records.', 'verify', -1]] },
  { name: 'relativeBinds', why: 'a relative clause with its own modal binds as it says', examples: [['A clerk who shall not hold records must say so.', 'hold', -1]] },
  { name: 'relativeOfObject', why: 'what could follow from a forbidden act is forbidden with it', examples: [['The clerk shall not take any step that could release the records.', 'release', -1]] },
  { name: 'relativeDescribes', why: 'a relative clause describes its noun', examples: [['Records that the clerk holds shall be listed.', 'holds', 0]] },
  { name: 'directedByHost', why: 'a directing verb directs its "that"-clause', examples: [['The judge directs that the records be held in the vault.', 'held', 1]] },
  { name: 'complementBinds', why: 'a "that"-clause with its own shall, must or may binds as it says', examples: [['We understand that staff shall not evict tenants.', 'evict', -1]] },
  { name: 'reportedByHost', why: 'what a report, belief or fear quotes is not directed', examples: [['The court held that the clerk must release records.', 'release', 0]] },
  { name: 'complementOfProvision', why: 'a provision directs its "that"-clause as the clause says it', examples: [['The clerk shall make sure that no deputy releases records.', 'releases', -1]] },
  { name: 'outsiderAllowed', why: 'a provision allowing or refusing another body an act limits or allows it', examples: [['Staff will not allow visitors to inspect the files.', 'inspect', -1]] },
  { name: 'requestGranted', why: 'granting a request (honor, grant, accommodate, comply with) directs what it asks for', examples: [['Requests from visitors to copy the records shall be honored.', 'copy', 1], ['The clerk shall comply with requests to copy the records.', 'copy', 1], ['The clerk shall not honor requests from visitors to copy the records.', 'copy', -1]] },
  { name: 'outsiderAsks', why: 'what another body asks for or is allowed by someone else is not directed', examples: [['Staff shall answer requests from visitors to keep the files.', 'keep', 0]] },
  { name: 'modifiesNoun', why: 'a participle after a noun describes it', examples: [['Staff shall help all agencies, including those seeking records.', 'seeking', 0], ['The clerk shall record the name of the visitor stopped or searched.', 'searched', 0]] },
  { name: 'intended', why: 'what someone means to do is not done', examples: [['The council intends to keep the office open.', 'keep', 0]] },
  { name: 'askedFor', why: 'what the subject asks someone to do is not what the sentence directs', examples: [['The judge asks the clerk to hold the records.', 'hold', 0]] },
  { name: 'deniedByVerb', why: 'each forbidding or denying verb between the clause\'s verb and the words turns them round', examples: [['The clerk shall deny inspection of the records.', 'inspection', -1], ['Visits shall be limited to one a week.', 'Visits', -1], ['Sharing records shall be prohibited.', 'Sharing', -1], ['Sharing records shall not be prohibited.', 'Sharing', 1], ['The clerk shall prohibit deputies from sharing records.', 'sharing', -1], ['Nothing in this policy prohibits the clerk from sharing records.', 'sharing', 1]] },
  { name: 'barOnForbidding', why: 'a provision that bars forbidding leaves the act to its actor', examples: [['The council shall not prohibit the clerk from sharing records.', 'sharing', 0]] },
  { name: 'ownVerbGroup', why: 'a verb group of its own that the clause split missed', examples: [['The clerk may file records and she may not share them.', 'share', -1]] },
  { name: 'negatedComplement', why: 'a negation right before a verb the clause\'s verb governs', examples: [['This includes not sharing records.', 'sharing', -1], ['The office has a policy against sharing records.', 'sharing', -1], ['The clerk will continue to not collect or keep records.', 'keep', -1]] },
  { name: 'included', why: 'what a thing includes is named, not directed (unless the clause directs it: "shall include")', examples: [['Such tasks include filing records.', 'filing', 0], ['The program may include audits of the files.', 'audits', 0]] },
  { name: 'policyStatement', why: '"It is the policy of … to" directs; "it is not appropriate to" forbids', examples: [['It is the policy of the office to hold records.', 'hold', 1]] },
  { name: 'predicateAdjective', why: 'an adjective after a copula allows or bars what follows it', examples: [['Tenants are not eligible for parking.', 'parking', -1], ['Tenants are ineligible for parking.', 'parking', -1]] },
  { name: 'powerGiven', why: 'a power the clause gives is directed', examples: [['An order is sufficient authority to hold the records.', 'hold', 1], ['The board is hereby granted the power to hold records.', 'hold', 1]] },
  { name: 'copularComplement', why: 'what completes a copula is described', examples: [['A subpoena is a request to hold a record.', 'hold', 0]] },
  { name: 'notSole', why: 'the negation falls on "sole", not on the act', examples: [['Age shall not be the sole factor in denying a permit.', 'denying', 1]] },
  { name: 'nounComplement', why: 'a verb completing a power or purpose noun names an act and directs none', examples: [['The report describes the power to hold records.', 'hold', 0], ['The clerk shall respond to requests to copy the records.', 'copy', 0], ['The clerk keeps a log for the purpose of auditing files.', 'auditing', 0], ['The clerk has a role in finding, checking, and moving records.', 'moving', 0], ['The clerk shall not use age as a basis for admitting visitors.', 'admitting', 0]] },
  { name: 'subjectDescribed', why: 'an act in the subject of a description is described', examples: [['Holding records is not a priority.', 'Holding', 0]] },
  { name: 'inSubject', why: 'words in a modifier of the subject are not directed', examples: [['All records currently being held will be released.', 'held', 0]] },
  { name: 'timeReference', why: 'a noun after a preposition of time names a moment', examples: [['The clerk shall keep the file past its release date.', 'release', 0]] },
  { name: 'status', why: 'the clause\'s status decides: prohibition -1; directive or permission +1; report, definition, recital, purpose, non-requirement 0', examples: [['The clerk shall not hold records.', 'hold', -1], ['The clerk may hold records.', 'hold', 1], ['The clerk shall assist the visitors in finding records.', 'finding', 1], ['The clerk shall keep the visitor seated until noon.', 'seated', 1]] },
  { name: 'bareInfinitive', why: 'a sentence that is a bare infinitive (a power or aim cut from what grants it) directs nothing', examples: [['to copy any file that a visitor asks for;', 'copy', 0], ['to arrest any visitor who is entering the vault;', 'arrest', 0]] },
  { name: 'gerundFragment', why: 'a sentence that only names an activity or a thing (a gerund, or a noun and its participle, with no finite verb: a list item cut from its lead-in, a title) directs nothing, whatever its verbs deny', examples: [['Resolution calling on the board to pass a rule prohibiting clerks from sharing records.', 'sharing records', 0], ['Prohibiting certain visits to the vault; exceptions; penalties.', 'visits', 0], ['Copying any file that a visitor asks for.', 'Copying', 0], ['Copying files and keeping the copies in the vault.', 'keeping', 0], ['The changes include: copying files for visitors.', 'copying', 0]] },
  { name: 'indicative', why: 'a provision in the present tense says what is done', examples: [['The clerk does not hold records.', 'hold', -1], ["The clerk's duties include filing records.", 'filing', 1]] },
  { name: 'refusedInWords', why: 'words that open on a refusing verb the clause does not state itself are denied by it', examples: [['The board directs the clerk to decline requests to inspect the files.', 'decline requests to inspect', -1], ['It is the policy of the office to refuse visits.', 'refuse visits', -1], ['The clerk shall prohibit aides from declining visits.', 'declining visits', 1]] },
  { name: 'onlyIfLimits', why: 'a rule narrowed to a condition limits the act (the condition lifts it)', examples: [['The clerk shall hold records only if a judge signs an order.', 'hold', -1]] },
];
