// The forms of an English verb from its lemma ("retain" → retain, retains, retained, retaining) and of a noun
// ("policy" → policy, policies). A pack writes "~retain" or "+policy" instead of listing them
// (src/rules/compilePhrase.ts expands them). Regular spelling rules, and tables for the irregular verbs and
// plurals policy text uses; no word of any domain.

/** Irregular past forms (past tense and participle, where they differ). */
const IRREGULAR: Record<string, string[]> = {
  hold: ['held'], withhold: ['withheld'], keep: ['kept'], take: ['took', 'taken'], undertake: ['undertook', 'undertaken'], give: ['gave', 'given'],
  seek: ['sought'], tell: ['told'], send: ['sent'], make: ['made'], pay: ['paid'], say: ['said'], find: ['found'],
  bring: ['brought'], meet: ['met'], get: ['got', 'gotten'], leave: ['left'], put: ['put'], set: ['set'],
  run: ['ran', 'run'], stand: ['stood'], understand: ['understood'], forbid: ['forbade', 'forbidden'],
  speak: ['spoke', 'spoken'], write: ['wrote', 'written'], know: ['knew', 'known'], see: ['saw', 'seen'],
  lead: ['led'], feel: ['felt'], begin: ['began', 'begun'], choose: ['chose', 'chosen'], go: ['went', 'gone'],
};
/** Two-syllable verbs stressed on the last syllable, which double their final consonant ("refer" → referred). */
const DOUBLING = new Set(['refer', 'prefer', 'confer', 'transfer', 'defer', 'deter', 'incur', 'occur', 'omit', 'permit', 'submit', 'commit', 'admit', 'compel', 'expel', 'control', 'patrol', 'regret', 'equip']);

const VOWEL = /[aeiou]/;

/** "bar" → barr, "stop" → stopp, "refer" → referr; "retain", "limit", "open" stay. */
function stemBeforeSuffix(verb: string): string {
  const last = verb[verb.length - 1];
  const doubles = /[bdgklmnprt]/.test(last) && VOWEL.test(verb[verb.length - 2]) && !VOWEL.test(verb[verb.length - 3] ?? '');
  const oneSyllable = (verb.match(/[aeiouy]+/g) ?? []).length === 1;
  return doubles && (oneSyllable || DOUBLING.has(verb)) ? verb + last : verb;
}

/** The -s form: a verb's third person ("holds", "denies") and a regular noun's plural ("records", "policies"). */
const sForm = (word: string) => (/(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);

/** Irregular plurals policy text uses. */
const IRREGULAR_PLURAL: Record<string, string[]> = { person: ['persons', 'people'], child: ['children'], man: ['men'], woman: ['women'] };

/** A noun and its plural(s): "record" → record, records; "policy" → policy, policies. */
export function nounForms(noun: string): string[] {
  return [noun, ...(IRREGULAR_PLURAL[noun] ?? [sForm(noun)])];
}

/** Verbs whose forms share little with the lemma: all of them, listed. */
const SUPPLETIVE: Record<string, string[]> = {
  be: ['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being'],
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did', 'done', 'doing'],
};

/** The lemma, its -s form, its past form(s) and its -ing form. */
export function inflections(verb: string): string[] {
  if (SUPPLETIVE[verb]) return SUPPLETIVE[verb];
  const third = sForm(verb);
  const stem = stemBeforeSuffix(verb);
  const past = IRREGULAR[verb] ?? [verb.endsWith('e') ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${stem}ed`];
  const ing = verb.endsWith('ie') ? `${verb.slice(0, -2)}ying` : verb.endsWith('e') && !/(?:ee|ye|oe)$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${stem}ing`;
  return [...new Set([verb, third, ...past, ing])];
}
