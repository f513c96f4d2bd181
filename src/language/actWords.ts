// The words the act rules (actPolarity.ts) read: English verbs, nouns and adjectives that deny, ask, give a power
// or place in time. No word of any domain.

/** Verbs that forbid their object: "prohibits officers from sharing" forbids the sharing. */
export const FORBIDDING_VERBS = new Set(['prohibit', 'forbid', 'bar', 'ban', 'prevent', 'preclude', 'enjoin', 'inhibit', 'impede', 'discourage']);

/** Verbs that withhold or cut back their object: "shall deny inspection", "visits shall be limited". */
export const DENYING_VERBS = new Set(['cease', 'discontinue', 'end', 'halt', 'rescind', 'deny', 'refuse', 'decline', 'limit', 'restrict', 'delay', 'defer', 'suspend', 'withhold', 'curtail', 'terminate', 'revoke', 'reject', 'affect', 'impair', 'diminish', 'abridge', 'hinder', 'obstruct']);

export const NEGATORS = new Set(['not', 'never', "n't"]);

/** Nouns that name a limit on what follows them ("a restriction on sharing"). */
export const LIMITING_NOUNS = new Set(['restriction', 'limitation', 'limit', 'prohibition', 'ban', 'restraint']);

export const POSTPONING_VERBS = new Set(['delay', 'defer', 'suspend']);

/** Verbs whose gerund object is not done: "shall stop sharing", "shall abstain from sharing". */
export const CEASING_VERBS = new Set(['cease', 'stop', 'discontinue', 'avoid', 'abstain', 'refrain', 'quit']);

/** Verbs that say no when words name them with their object ("will decline records requests"); "delay the release" names a delay. */
export const REFUSING_VERBS = new Set(['refuse', 'decline', 'deny', 'withhold', 'restrict', 'limit', 'cease', 'refrain', 'exclude', 'reject', 'avoid', 'abstain']);

/** A report verb whose "to"-complement is what someone else asks for: "asks the clerk to hold". */
export const ASKING_VERBS = new Set(['ask', 'request', 'seek', 'urge', 'petition', 'invite']);

/** Verbs that grant what a request asks for: "requests to inspect shall be honored" directs the inspection. */
export const GRANTING_VERBS = new Set(['honor', 'honour', 'grant', 'accommodate', 'comply', 'fulfill', 'fulfil', 'accept', 'satisfy', 'approve']);

/** Words after an act that "only" before it narrows it to: "shall only share … under the circumstances described", "… in accordance with …". */
export const NARROWING = new Set(['when', 'if', 'where', 'upon', 'after', 'under', 'pursuant', 'accordance', 'as']);

export const DEONTIC_MODALS = new Set(['shall', 'must', 'may', 'will', 'should', 'can', 'cannot']);

/** Prepositions after which a gerund completes a noun: "purpose of enforcing", "role in enforcing", "guidelines for investigating". */
export const NOUN_PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'about', 'toward', 'towards', 'regarding', 'concerning']);

/** Nouns whose "to"-infinitive names a power, duty or wish, not an act done: "the authority to enforce" (but "an attempt to determine" determines). */
export const INFINITIVE_NOUNS = new Set(['authority', 'power', 'policy', 'practice', 'right', 'duty', 'obligation', 'ability', 'responsibility', 'discretion', 'permission', 'capacity', 'intent', 'intention', 'decision', 'freedom', 'opportunity', 'option', 'role', 'mandate', 'license', 'authorization', 'willingness', 'desire']);

export const DIRECTING_VERBS = new Set(['direct', 'order', 'require', 'mandate', 'instruct', 'command', 'ensure', 'provide', 'stipulate']);
/** Verbs that give a power: "authorizes clerks to seal", "Nothing … permits the clerk to …". */
export const EMPOWERING_VERBS = new Set(['authorize', 'authorise', 'permit', 'allow', 'empower', 'entitle']);

export const MENTAL_VERBS = new Set(['fear', 'concern', 'believe', 'think', 'know', 'expect', 'hope', 'understand', 'worry', 'feel', 'assume', 'suspect', 'doubt']);

export const INTENDING_VERBS = new Set(['intend', 'plan', 'hope', 'want', 'wish', 'propose', 'aim', 'expect', 'mean']);

export const APPROVING = new Set(['appropriate', 'permissible', 'proper', 'acceptable', 'lawful', 'legal', 'permitted']);

export const DISAPPROVING = new Set(['inappropriate', 'impermissible', 'improper', 'unacceptable', 'unlawful', 'illegal']);

export const ALLOWING_ADJECTIVES = new Set(['eligible', 'entitled', 'available', 'free', 'permitted', 'allowed', 'authorized', 'welcome']);

export const BARRING_ADJECTIVES = new Set(['ineligible', 'unavailable', 'unlawful', 'illegal', 'impermissible', 'unauthorized']);
/** Nouns after a copula that bar what follows as those adjectives do: "It shall be a violation of this policy for a clerk to …". */
export const BARRING_NOUNS = new Set(['violation', 'offense', 'offence', 'crime', 'misdemeanor', 'misdemeanour', 'felony', 'breach']);

export const TIME_PREPOSITIONS = new Set(['before', 'after', 'past', 'until', 'upon', 'pending', 'following', 'prior', 'beyond', 'since']);

/** Nouns that name a ground for an act: "as a basis for admitting" (what it is for is not forbidden with it). */
export const CRITERION_NOUNS = new Set(['basis', 'ground', 'grounds', 'reason', 'factor', 'justification', 'criterion', 'consideration']);

/** Nouns of time and manner that take a relative clause with no pronoun: "beyond the time the tenant would otherwise leave". */
export const CONTACT_HEADS = new Set(['time', 'date', 'moment', 'hour', 'day', 'point', 'period', 'instant', 'extent', 'way']);
/** Verbs whose object may be a question ("ask each person where …"). */
export const QUESTIONING_VERBS = new Set(['ask', 'inquire', 'question']);
