// The matcher's grammar, read from clause frames: polarity of an action in its clause, outsiders' acts and conditions
// (phrase syntax and the anchor-word shortcut: phrases.test.ts).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadPackFromDir } from '../src/cli/packDir';
import { DESCRIPTION_FORMS } from './support/deonticForms';
import { FramePolarity } from '../src/lint/framePolarity';
import { SentenceReading } from '../src/lint/matchSentence';
import { compileRules } from '../src/rules/compileRules';

/** The polarity of the first occurrence of `word` in `sentence`. */
function polarityOf(sentence: string, word: string): number {
  const at = sentence.indexOf(word);
  assert.ok(at >= 0, `"${word}" not in "${sentence}"`);
  return new FramePolarity(sentence).of(at, at + word.length);
}

describe('polarity of an action', () => {
  const cases: Array<[string, string, number]> = [
    ['The jail shall hold the inmate.', 'hold', 1],
    ['The jail shall not hold the inmate.', 'hold', -1],
    // A step a directive puts before an act sets the order, and directs neither way the act that follows (a drafter's trial:
    // "shall verify each detainer … before placing a hold" was read as holding on the detainer); a prohibition's "before" requires.
    ['Officers shall verify each record by telephone before placing a hold.', 'placing', 0],
    ['Officers shall not release a record before notifying the judge.', 'notifying', 1],
    // The gerund that opens a clause is what its verb tells of ("… that releasing the person … shall not assure …").
    ['There shall be a presumption that releasing the person as provided by section 5 shall not assure the appearance of the person.', 'releasing', 0],
    ['Staff shall give guidance when responding to reports involving agencies conducting raids.', 'conducting', 0],
    ['Officers shall not use age as a reason to contact the board.', 'contact', 0],
    ['Staff shall avoid direct involvement in raids.', 'avoid direct involvement', -1],
    ['No person shall be held on a detainer.', 'held', -1],
    ['Neither the Sheriff nor any deputy shall hold a person.', 'hold', -1],
    ['The jail will not refuse to hold the person.', 'hold', 1],
    // "only by …" limits the act as "only if …" does.
    ['Detainees may meet with counsel only by appointment.', 'meet', -1],
    // "that" before an auxiliary opens a relative clause: its "not" belongs to the subject's description.
    ['An agency that does not have a contract shall not enter into one.', 'enter', -1],
    ['An agency that is not a party to the compact shall detain the person.', 'detain', 1],
    // A condition set off by commas between the modal and its verb leaves the verb the modal's force.
    ['Clerks shall not, if told of a person’s status, report it to anyone.', 'report', -1],
    ['The supervisor may, when asked by the family, release the file.', 'release', 1],
    ['Nothing in this policy prohibits sharing information with ICE.', 'sharing', 1],
    ['Officers are prohibited from sharing information with ICE.', 'sharing', -1],
    // A bar on forbidding leaves the act to the employee: neither directed nor forbidden.
    ['No official shall prohibit or restrict any employee from communicating with ICE.', 'communicating', 0],
    ['A local entity may not prohibit or materially limit an officer, a clerk or a jailer from assisting ICE.', 'assisting', 0],
    // A concessive clause states a fact: "Although officers may assist in enforcing…, they shall not…".
    ['Although officers have the authority to assist in enforcing immigration laws, officers shall not look for violations.', 'enforcing', 0],
    // A sentence about an instrument describes it; the drafter's own "This policy prohibits…" still directs.
    ['The Sanctuary City Ordinance generally prohibits City employees from assisting ICE.', 'assisting', 0],
    ['This bill further authorizes county jails to hold individuals for ICE.', 'hold', 0],
    ['Separately, the bill requires a sheriff to hold individuals for ICE.', 'hold', 0],
    ['Authorizes a law enforcement agency to transport an alien to a federal facility.', 'transport', 0],
    ['This policy prohibits officers from assisting ICE.', 'assisting', -1],
    // An inline list's lead-in whose subordinate clause closes before its modal: the modal reaches the items.
    ['Deputies, when on duty at the jail, may not: a. Provide release dates to ICE.', 'Provide', -1],
    // In the past tense too: what an instrument did, not what this one directs.
    ['The county ordinance prohibited deputies from assisting ICE.', 'assisting', 0],
    ['The resolution directed that no city staff be assigned to assist ICE.', 'assist', 0],
    // A purpose names what someone's act is for, not an act directed: "a request … for the purpose of enforcing …".
    ['Staff shall report any request for access made by an officer for the purpose of enforcing immigration law.', 'enforcing', 0],
    // A relative clause in a sentence that directs nothing describes its noun.
    ['A percentage of persons who commit crimes and who are arrested in the county are foreign born.', 'arrested', 0],
    ['Deputies shall arrest persons who commit crimes in the county.', 'arrest', 1],
    // A power to act is directed only where the provision gives it, not where it is held, described or mentioned.
    ['Every officer in this state shall have the authority to enforce federal immigration laws.', 'enforce', 1],
    ['Officers are hereby granted the power to enforce federal immigration laws.', 'enforce', 1],
    ['A detainer with an administrative warrant is sufficient authority to continue custody.', 'continue custody', 1],
    ['Homeland Security has the legal authority to enforce immigration laws in the city.', 'enforce', 0],
    ['Members will receive training that gives them the authority to enforce federal immigration laws.', 'enforce', 0],
    ['Granting local police officers the authority to enforce immigration laws may lead to racial profiling.', 'enforce', 0],
    ['An agreement must include the scope, duration and limitations of the authority to enforce immigration law.', 'enforce', 0],
    ['A bill to provide for the enforcement of immigration laws by local officers.', 'enforcement', 0],
    ['State law (RCW 43.10.310) directs school districts to limit immigration enforcement at schools.', 'limit', 0],
    // "and <a subject of up to five words> will not…" starts a clause of its own.
    ['Officers will not detain a person, and the Department of Public Safety will not undertake joint efforts to arrest individuals.', 'arrest', -1],
    ['In 1989 the Mayor issued Executive Order No. 124, which prohibits any employee from sharing status with ICE.', 'sharing', 0],
    ['This MOA sets forth the terms under which selected personnel will perform immigration officer functions.', 'perform', 0],
    // A relative clause in the subject names who is meant; its verb is not what the sentence directs, unless the sentence
    // penalizes whoever does it (then it forbids the act).
    ['A peace officer who arrests a person and determines that the person is unlawfully present shall notify ICE.', 'arrests', 0],
    ['Any officer who detains a person for ICE shall be disciplined.', 'detains', -1],
    ['Officers who suspect a person is unlawfully present may detain the person.', 'detain', 1],
    // An act inside an introductory condition closed by a comma is the condition.
    ['Upon receiving a request for documents about a student, staff shall notify the principal.', 'request', 0],
    ['Further inquiries about immigration status are not necessary.', 'inquiries', 0],
    // "a policy against X" forbids X; "no … policy against X" leaves it directed.
    ['No agency shall have an explicit or implied blanket policy against honoring immigration detainers.', 'honoring', 1],
    ['The County has a policy against sharing information with ICE.', 'sharing', -1],
    // An -ing form that describes a noun or a role, or sits in a "whether" clause, is not directed.
    ['Officers shall assist all agencies, including those conducting immigration enforcement operations.', 'conducting', 0],
    ['Local police have an increasing role in identifying and apprehending removable persons.', 'identifying', 0],
    ['The custodian shall determine whether a person seeking a record is doing so for the purpose of enforcing immigration law.', 'enforcing', 0],
    ['Officers shall not be enforcing immigration law.', 'enforcing', -1],
    // "while on duty" is a phrase, not a clause: the "No" still reaches the verb.
    ['No city resources, including time spent by employees while on duty, shall be used for immigration enforcement.', 'used', -1],
    // An inline enumeration: each item reads after the lead-in, and one item's "refuse" does not reach the next.
    ['The jail shall not: (1) refuse to release a person; or (2) transfer a person to ICE.', 'transfer', -1],
    ['The jail shall not: (1) refuse to release a person; or (2) transfer a person to ICE.', 'release', 1],
    ['No employee shall (1) respond to an ICE request for a release date; or (2) permit ICE agents to interview a person.', 'permit', -1],
    // A sentence that describes an instrument does so through a colon and for its list items.
    ['This bill: I. Requires jails to comply with immigration detainers.', 'comply', 0],
    // Unlabelled items between semicolons complete a verb group cut at its colon.
    ['A local agency cannot: give ICE access to the jail; detain persons on detainers; or share release dates with ICE.', 'detain', -1],
    ['A local agency cannot: give ICE access to the jail; detain persons on detainers; or share release dates with ICE.', 'share', -1],
    // ("shall not do any of the following:" is cut at its colon the same way; "shall do all of the following:" directs each item.)
    ['No agency shall do any of the following: give ICE access to the jail; or share release dates with ICE.', 'share', -1],
    ['Each agency shall do all of the following: give ICE access to the jail; and share release dates with ICE.', 'share', 1],
    // ("The following are prohibited:" with unlabelled items: each item is what is prohibited.)
    ['The following activities are prohibited: giving ICE access to the jail; and sharing release dates with ICE.', 'sharing', -1],
    ['The jail shall hold persons as provided under subsection (a) of this section.', 'hold', 1],
    // Items after a lead-in that ends in "unless:" are its conditions.
    ['Officers shall not inquire about status unless: a. the law requires it; or b. the officer is required to inquire about status.', 'inquire about status.', 0],
    // "will only X under the circumstances described" limits X.
    ['The Police Department will only inquire into immigration status under the circumstances described in this Section.', 'inquire', -1],
    ['This code change would prohibit any city employee from entering into a 287(g) agreement.', 'entering', 0],
    ['It is the sense of Congress that the removal of criminal aliens promotes public safety.', 'removal', 0],
    ['A police officer does not have to contact ICE if the person has committed no other offense.', 'contact', 0],
    ['A jail could be held liable for violations related to honoring a federal detainer.', 'held', 0],
    ['A jail could be held liable for violations related to honoring a federal detainer.', 'honoring', 0],
    ['City resources shall not be used: To perform the functions of an immigration officer.', 'perform', -1],
    ['Holding a person solely on a detainer is prohibited.', 'Holding', -1],
    ['Holding a person on a judicial warrant is permitted.', 'Holding', 1],
    ['Any person who is not a citizen shall be held for ICE.', 'held', 1],
    ['The jail shall hold the person for no longer than 48 hours.', 'hold', 1],
    // What records include is named, not directed, and "not limited to" does not forbid it.
    ['Records include, but are not limited to, release dates shared with ICE.', 'shared', 0],
    ['The jail shall not hold the person, and deputies shall release the person.', 'release', 1],
    ['The Sheriff shall not fail to honor any detainer.', 'honor', 1],
    ['Officers are not required to ask about immigration status.', 'ask', 0],
    ['A detainer is a request that the jail hold the person.', 'hold', 0],
    ['"Detainer" means a request to hold a person for ICE.', 'hold', 0],
    // Statute style: a quoted term and a comma define it ("(4) \"Sanctuary policy\", any order that: (a) limits…").
    ['(4) "Sanctuary policy", any order that limits officials from sharing status with ICE.', 'sharing', 0],
    ['“Hold request”, a request that the jail hold a person for ICE.', 'hold a', 0],
    ['The jail shall hold the person, as "the Act" requires.', 'hold', 1],
    ['Officers shall not search a vehicle unless the search is incident to arrest.', 'search is', 0],
    // A sentence that reports the law describes it; the drafter's own modal still directs.
    ['Existing law prohibits local agencies from detaining an individual on a hold.', 'detaining', 0],
    ['Oregon law generally prohibits agencies from detaining an individual on a hold.', 'detaining', 0],
    ['No federal law compels local officers to assist with immigration enforcement.', 'assist', 0],
    ['Among other things, SB 54 generally prohibits agencies from holding people on requests.', 'holding', 0],
    ['Senate Bill 54 prohibits agencies from holding people on requests.', 'holding', 0],
    // A cited section of a code, as subject, is described: "Administrative Code § 9-131 limits …" (a tuning set's report of a city law).
    ['Administrative Code § 9-131 limits when the Department may honor requests by holding a person, and also limits the use of Department property.', 'use of Department property', 0],
    ['The Department shall limit the use of Department property.', 'use of Department property', -1],
    ['Under Oregon law (ORS 181A.820), agencies are prohibited from using public resources to detain people.', 'using', 0],
    ['Under Oregon law (ORS 181A.820), agencies shall not use public resources to detain people.', 'use', -1],
    // Dated narration with no modal reports an event.
    ['On April 29, 2008, the Board passed a directive that required officers to ask about status.', 'ask', 0],
    ['By January 1, 2026, each agency shall cease asking about status.', 'asking', -1],
    // What is happening or has happened is not what is directed.
    ['The Sheriff’s Office is discontinuing its agreement with the agency.', 'discontinuing', 0],
    ['People have been jailed on requests that were not warrants.', 'jailed', 0],
    ['The jail shall hold the person.', 'hold', 1],
    ['The Sheriff’s Office is discontinuing the practice of honoring requests to hold people.', 'honoring', 0],
    ['The Board has unanimously approved a resolution supporting the decision to stop holding people.', 'holding', 0],
    ['The Board has approved a policy under which deputies shall hold people.', 'hold', 1],
    // Another body's policy describes (a quoted term's "include" list is a definition: the rule examples hold it).
    ['Under its current policies, the agency does not generally make arrests at schools.', 'arrests', 0],
    ['Under this policy, officers shall not make arrests at schools.', 'arrests', -1],
    // A staff recommendation and a state's law told to readers describe; "shall" still binds.
    ['IT IS RECOMMENDED THAT THE BOARD: Adopt the proposed policy on holding people for the agency.', 'holding', 0],
    ['In California, federal agents may only enter a campus if they have a warrant.', 'enter', 0],
    ['In Springfield, officers shall not enter a campus without a warrant.', 'enter', -1],
    ['California’s sanctuary laws further protect students by restricting the release of records to agents.', 'release', 0],
    // A question asks; it directs nothing.
    ['Does the district share student records with the agency?', 'share', 0],
    ['The district does not share student records with the agency.', 'share', -1],
    // "only … in accordance with" limits, as "only if" does.
    ['Status may only be disclosed in accordance with Board Policy 1445.', 'disclosed', -1],
    ['Status may be disclosed in accordance with Board Policy 1445.', 'disclosed', 1],
    // Past-tense narration with nothing present or modal in it reports history.
    ['In the past, the board signed an agreement that allowed agents to hold people at the jail.', 'hold', 0],
    ['The board signed an agreement under which agents may hold people at the jail.', 'hold', 1],
    // A clause whose only modal is hypothetical supposes; it does not direct.
    ['Requiring agencies to enforce these laws would force counties to spend their resources.', 'enforce', 0],
    ['Staff could hold the person for another day.', 'hold', 0],
    ['Staff can hold the person for another day.', 'hold', 1],
    ['Federal law does not require local entities to share information with the agency.', 'share', 0],
    // News of a new instrument tells what it lets others do; a policy's own words still bind.
    ['A new federal order allows agents to make arrests at schools.', 'arrests', 0],
    ['The new policy allows officers to hold people for the agency, and officers shall hold them.', 'hold', 1],
    // A bill's long title names what the bill does; it provides nothing itself.
    ['To prohibit federal funds from being made available to any agency that shares records with the agency.', 'made available', 0],
    // A participle-led caption, an ordinance's title and an opinion's question presented provide nothing.
    ['Providing for the extent of cooperation between agencies; prohibiting certain acts; and providing for policies limiting assistance to the agency.', 'limiting', 0],
    ['AN ORDINANCE related to how the county will hold people at the request of the agency.', 'hold', 0],
    ['Whether the sheriff is required to, or may, hold people at the request of the agency.', 'hold', 0],
    ['Whether or not the agency asks, the sheriff shall not hold people at its request.', 'hold', -1],
    // An instrument not yet in force describes what it would do; a provision that adopts it binds.
    ['This is a discussion regarding a potential ordinance prohibiting the use of city property for the agency.', 'use', 0],
    ['The council shall adopt the proposed ordinance, and staff shall not allow the use of city property for the agency.', 'use', -1],
    // The speaker's own practice, in the progressive, is stated; someone else's is reported.
    ['We are not sharing records with the agency.', 'sharing', -1],
    ['The county is not sharing records with the agency.', 'sharing', 0],
    // Reported speech reports; it directs nothing.
    ['“We will not share anyone’s records with the agency,” said the Interim President.', 'share', 0],
    ['We will not share anyone’s records with the agency.', 'share', -1],
    // A lead-in and one unlabelled item after its colon: the item reads after the lead-in.
    ['The district will not: Provide information or assistance to the agency.', 'Provide', -1],
    ['The district will: Provide information or assistance to the agency.', 'Provide', 1],
    // A colon after a heading word is no lead-in: the sentence after it keeps its own force.
    ['Notice: Staff shall provide information to the agency.', 'provide', 1],
    // A fear or belief reports what someone thinks another will do.
    ['Residents should not fear that officers will call the agency on them.', 'call', 0],
    ['Officers should not call the agency on residents.', 'call', -1],
    ['Records kept by the clerk shall be sealed.', 'kept', 0],
    // A body's intent, and what guidance still to be written will say, direct nothing.
    ['The council intends to keep the office open.', 'keep', 0],
    ['The council shall keep the office open.', 'keep', 1],
    ['The clerk shall develop and publish guidance that informs landlords about how to evict a tenant.', 'evict', 0],
    ['The clerk shall publish guidance and shall not evict any tenant.', 'evict', -1],
    // What someone seeks or attempts to do is that person's aim.
    ['Staff shall refer any visitor seeking to inspect the records to the clerk.', 'inspect', 0],
    ['Staff shall not let a visitor who is seeking to inspect the records in.', 'inspect', 0],
    ['Staff shall try to inspect the records.', 'inspect', 1],
    // The writers' beliefs and negated past narration describe; they direct nothing.
    ['We understand that landlords evict tenants in winter.', 'evict', 0],
    ['We do not know if the landlord plans to evict tenants.', 'evict', 0],
    ['We understand that staff shall not evict tenants.', 'evict', -1],
    ['For a decade, the landlord did not evict tenants in winter.', 'evict', 0],
    ['The landlord did not evict tenants, and staff shall not evict them.', 'evict them', -1],
    // Reaches are counted in words, not characters: "without" negates an act at most two words on, and
    // a report reaches the act at most five words past itself, however long the words are.
    ['Officers shall act without first notifying the supervisor.', 'notifying', -1],
    ['A deputy, without a warrant, may arrest a person.', 'arrest', 1],
    ['The clerk asks the landlord to evict the tenant.', 'evict', 0],
    // The clause frame reaches the whole clause, however long the noun phrase between (no word window).
    ['The clerk asks the landlord of the large building on Main Street to evict the tenant.', 'evict', 0],
    // A series of negated verb phrases: each "not" is its own, the first does not reach the second.
    ['Staff do not ask about rent, do not enter units, and do not keep keys.', 'enter', -1],
    ['Staff do not ask about rent, do not enter units, and do not keep keys.', 'keep', -1],
    ['Staff shall not ask about rent, shall not enter units.', 'enter', -1],
    // ", nor shall …" is a clause of its own: its "nor" and its verb make a double negative.
    ['The clerk shall not, by any order, prevent or inhibit tenants from meeting, nor shall the clerk prohibit visits or other forms of assembly.', 'assembly', 1],
    // A bar on forbidding ("shall not … prevent or inhibit tenants from meeting") leaves the meeting to the tenants.
    ['The clerk shall not, by any order, prevent or inhibit tenants from meeting, nor shall the clerk prohibit visits or other forms of assembly.', 'meeting', 0],
    ['The clerk shall neither close the office nor open the gate.', 'open', -1],
    // An appositive's commas are no such series.
    ['Booking records, including dates of birth, shall not be shared with the press.', 'shared', -1],
    // "X not signed by …" describes X (any plural noun), it forbids nothing.
    ['The clerk shall file notices not signed by a judge.', 'file', 1],
  ];
  for (const [sentence, word, expected] of cases) {
    it(`"${word}" in "${sentence}" is ${expected}`, () => assert.equal(polarityOf(sentence, word), expected));
  }
});

describe('acts that bodies the draft does not direct ask for or are allowed (the pack names the outsiders)', () => {
  /** Polarity of `word`, with the outsider named where `outsider` stands in the sentence. */
  const withOutsider = (sentence: string, outsider: string, word: string) => {
    const o = sentence.indexOf(outsider);
    const at = sentence.indexOf(word);
    return new FramePolarity(sentence, 0, [{ start: o, end: o + outsider.length }]).of(at, at + word.length);
  };
  const cases: Array<[string, string, string, number, number]> = [
    // sentence, outsider, act, polarity with the outsider named, without
    ['Staff shall answer requests from the Bureau to keep the files for a week.', 'Bureau', 'keep', 0, 1],
    ['The clerk shall log any request by Bureau staff to keep the files.', 'Bureau staff', 'keep', 0, 1],
    ['The order authorizes Bureau officers to enter the building.', 'Bureau', 'enter', 0, 1],
    // The draft's own act stays directed: the request is only what it answers.
    ['Upon a request from the Bureau, staff shall keep the files.', 'Bureau', 'keep', 1, 1],
    ['The clerk shall keep requests from the Bureau on file.', 'Bureau', 'keep', 1, 1],
  ];
  for (const [sentence, outsider, word, expected, plain] of cases) {
    it(`"${word}" in "${sentence}" is ${expected} with "${outsider}" an outsider, ${plain} without`, () => {
      assert.equal(withOutsider(sentence, outsider, word), expected);
      assert.equal(polarityOf(sentence, word), plain);
    });
  }

  it('reads a pack\'s outsiders from its rules (the bundled pack: immigration authorities and the federal government)', async () => {
    const pack = await loadPackFromDir(join(__dirname, '..', 'corpus', 'missouri-ag-ice'));
    const rules = compileRules(pack.rules);
    assert.deepEqual(rules.outsiders, ['immigration-authority', 'federal-government']);
    const sentence = 'The jail shall log each request from ICE to detain an inmate.';
    const reading = new SentenceReading(sentence, rules);
    const at = sentence.indexOf('detain');
    assert.equal(reading.polarity.of(at, at + 'detain'.length), 0);
    assert.equal(new SentenceReading(sentence, { ...rules, outsiders: [] }).polarity.of(at, at + 'detain'.length), 1);
  });
});

describe('sentences that describe, report, ask or define (test/support/deonticForms.ts)', () => {
  it('direct nothing, and a provision beside them still does', () => {
    const wrong = DESCRIPTION_FORMS.filter(([sentence, polarity]) => {
      const at = sentence.search(/\b[Ss]har/);
      const word = /\w+/.exec(sentence.slice(at))![0];
      return new FramePolarity(sentence).of(at, at + word.length) !== polarity;
    });
    assert.deepEqual(wrong, []);
  });
});
