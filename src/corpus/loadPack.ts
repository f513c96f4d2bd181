// Loads a guidance pack from its five files, validating each against its schema and all against each
// other (every id a topic, glossary term, caveat or rule names must exist). Reads through a callback,
// so the same code serves the CLI (Node fs), the extension (workspace.fs) and the build.
import packSchema from '../../schemas/pack.schema.json';
import glossarySchema from '../../schemas/glossary.schema.json';
import caveatsSchema from '../../schemas/caveats.schema.json';
import rulesSchema from '../../schemas/rules.schema.json';
import type { EntryKind, Caveat, Entry, GlossaryTerm, Pack, PackFileReader, PackMeta, Topic } from './types';
import type { ConceptException, RuleSet, RuleSetFile } from '../rules/types';
import { conceptsUsedBy } from '../rules/compileRules';
import { conceptReference, referenceProblem } from '../rules/conceptRefs';
import { exclusionOnlyConcepts, exclusionsOf, splitConcept } from '../rules/exclusions';
import { phraseProblem } from '../rules/compilePhrase';
import { spelledFormsProblem } from './spelledForms';
import { explanationProblem } from './explanationChecks';
import { parseEntries } from './parseEntries';
import { PackError } from './packError';
import { errorAt, offsetOfPath, readJsonFile, type ParsedJson } from './readJsonFile';

export const PACK_FILES = ['pack.json', 'entries.md', 'glossary.json', 'caveats.json', 'rules.json'] as const;

interface PackJson extends PackMeta {
  topics: Topic[];
  entries?: Record<string, { kind: EntryKind }>;
}

/** Reads one pack file; a file that cannot be read at all is a PackError naming it. */
async function read(reader: PackFileReader, name: string): Promise<string> {
  try {
    return await reader(name);
  } catch (error) {
    throw new PackError(name, 0, 0, `cannot be read (${(error as Error).message})`);
  }
}

export async function loadPack(reader: PackFileReader): Promise<Pack> {
  const [packText, entriesText, glossaryText, caveatsText, rulesText] = await Promise.all(PACK_FILES.map((name) => read(reader, name)));
  return buildPack({ packText, entriesText, glossaryText, caveatsText, rulesText });
}

export interface PackTexts {
  packText: string;
  entriesText: string;
  glossaryText: string;
  caveatsText: string;
  rulesText: string;
}

export function buildPack(texts: PackTexts): Pack {
  const packJson = readJsonFile<PackJson>('pack.json', texts.packText, packSchema);
  const parsed = parseEntries('entries.md', texts.entriesText);
  const glossaryJson = readJsonFile<{ terms: GlossaryTerm[] }>('glossary.json', texts.glossaryText, glossarySchema);
  const caveatsJson = readJsonFile<{ caveats: Caveat[] }>('caveats.json', texts.caveatsText, caveatsSchema);
  const rulesJson = readJsonFile<RuleSetFile>('rules.json', texts.rulesText, rulesSchema);

  const ids = new Set(parsed.map((e) => e.id));
  const check = (file: string, text: string, json: ParsedJson<unknown>, path: Array<string | number>, ok: boolean, problem: string) => {
    if (!ok) throw errorAt(file, text, offsetOfPath(json.tree, path), problem);
  };
  const checkIds = (file: string, text: string, json: ParsedJson<unknown>, path: Array<string | number>, list: string[]) =>
    list.forEach((id, i) => check(file, text, json, [...path, i], ids.has(id), `${id} is not an entry in entries.md`));

  // Ids that must be unique: topics, caveats, and glossary terms with their synonyms (in any case).
  const unique = (file: string, text: string, json: ParsedJson<unknown>, items: Array<[Array<string | number>, string, string]>) => {
    const seen = new Map<string, string>();
    for (const [path, key, what] of items) {
      check(file, text, json, path, !seen.has(key), `${what} is used twice`);
      seen.set(key, what);
    }
  };
  unique('pack.json', texts.packText, packJson, packJson.value.topics.map((t, i) => [['topics', i, 'id'], t.id, `topic id "${t.id}"`]));
  unique('caveats.json', texts.caveatsText, caveatsJson, caveatsJson.value.caveats.map((c, i) => [['caveats', i, 'id'], c.id, `caveat id "${c.id}"`]));
  unique(
    'glossary.json',
    texts.glossaryText,
    glossaryJson,
    glossaryJson.value.terms.flatMap((term, i) => [
      [['terms', i, 'term'], term.term.trim().toLowerCase(), `glossary term "${term.term}"`] as [Array<string | number>, string, string],
      ...term.synonyms.map((synonym, j) => [['terms', i, 'synonyms', j], synonym.trim().toLowerCase(), `glossary term "${synonym}"`] as [Array<string | number>, string, string]),
    ]),
  );

  // Topics: every entry in exactly one.
  const topicOf = new Map<string, string>();
  packJson.value.topics.forEach((topic, t) => {
    checkIds('pack.json', texts.packText, packJson, ['topics', t, 'entries'], topic.entries);
    topic.entries.forEach((id, i) =>
      check('pack.json', texts.packText, packJson, ['topics', t, 'entries', i], !topicOf.has(id), `${id} is in two topics ("${topicOf.get(id)}" and "${topic.id}")`),
    );
    topic.entries.forEach((id) => topicOf.set(id, topic.id));
  });
  for (const entry of parsed) check('pack.json', texts.packText, packJson, ['topics'], topicOf.has(entry.id), `${entry.id} belongs to no topic`);

  glossaryJson.value.terms.forEach((term, i) => checkIds('glossary.json', texts.glossaryText, glossaryJson, ['terms', i, 'entries'], term.entries));

  const kinds = packJson.value.entries ?? {};
  for (const id of Object.keys(kinds)) check('pack.json', texts.packText, packJson, ['entries', id], ids.has(id), `${id} is not an entry in entries.md`);
  const entries: Entry[] = parsed.map((e) => ({ ...e, kind: kinds[e.id]?.kind ?? 'question', topic: topicOf.get(e.id)! }));
  caveatsJson.value.caveats.forEach((caveat, i) => {
    checkIds('caveats.json', texts.caveatsText, caveatsJson, ['caveats', i, 'entries'], caveat.entries);
    const quoted = entries.some((e) => caveat.entries.includes(e.id) && (e.question.includes(caveat.quote) || e.answerText.includes(caveat.quote)));
    check('caveats.json', texts.caveatsText, caveatsJson, ['caveats', i, 'quote'], quoted, `quote "${caveat.quote}" is not in the text of ${caveat.entries.join(', ')}`);
  });

  const rules = validateRules(texts.rulesText, rulesJson, ids, caveatsJson.value.caveats, packJson.value.extends !== undefined);
  // A topic's rules are this pack's: its findings are what the topic counts.
  const ruleIds = new Set(rules.rules.map((r) => r.id));
  packJson.value.topics.forEach((topic, t) =>
    (topic.rules ?? []).forEach((id, i) => check('pack.json', texts.packText, packJson, ['topics', t, 'rules', i], ruleIds.has(id), `rule "${id}" is not in rules.json`)),
  );
  const { topics, entries: _kinds, ...meta } = packJson.value;
  delete (meta as { $schema?: string }).$schema;
  return { meta, entries, topics, glossary: glossaryJson.value.terms, caveats: caveatsJson.value.caveats, rules };
}

/** Checks rules.json against the entries, their caveats and itself; returns it with each concept's exception split off. */
function validateRules(text: string, json: ParsedJson<RuleSetFile>, ids: Set<string>, caveats: Caveat[], extending: boolean): RuleSet {
  const fail = (path: Array<string | number>, problem: string) => {
    throw errorAt('rules.json', text, offsetOfPath(json.tree, path), problem);
  };
  const concepts: Record<string, string[]> = {};
  const exceptions: Record<string, ConceptException> = {};
  const phrasePath = (name: string, i: number) => (Array.isArray(json.value.concepts[name]) ? ['concepts', name, i] : ['concepts', name, 'phrases', i]);
  for (const [name, source] of Object.entries(json.value.concepts)) {
    const { phrases, exception } = splitConcept(source);
    concepts[name] = phrases;
    if (exception) exceptions[name] = exception;
    phrases.forEach((phrase, i) => {
      if (conceptReference(phrase) !== undefined) return; // "@other": checked below
      const problem = phraseProblem(phrase) ?? spelledFormsProblem(phrase);
      if (problem) fail(phrasePath(name, i), problem);
    });
  }
  // A pack that extends another may refer to the base's concepts: they are checked when both are loaded.
  if (!extending) {
    const bad = referenceProblem(concepts);
    if (bad) fail(phrasePath(bad.concept, bad.index), bad.problem);
  }
  const { concepts: _written, ...rest } = json.value;
  const ruleSet: RuleSet = { ...rest, concepts, ...(Object.keys(exceptions).length ? { exceptions } : {}) };
  const seen = new Set<string>();
  json.value.rules.forEach((rule, r) => {
    if (seen.has(rule.id)) fail(['rules', r, 'id'], `rule id "${rule.id}" is used twice`);
    seen.add(rule.id);
    rule.restsOn.forEach((id, i) => ids.has(id) || fail(['rules', r, 'restsOn', i], `${id} is not an entry in entries.md`));
    const explanation = explanationProblem(rule, ids, caveats);
    if (explanation) fail(['rules', r, explanation.field], explanation.problem);
    if (rule.scope === 'document') {
      (rule.pattern.whenFlagged ?? []).forEach((id, i) => json.value.rules.some((other) => other.id === id && other.scope === 'sentence') || fail(['rules', r, 'pattern', 'whenFlagged', i], `"${id}" is not a sentence rule of this pack`));
    }
    for (const concept of conceptsUsedBy(rule)) {
      if (!extending && !Object.hasOwn(json.value.concepts, concept)) fail(['rules', r, 'pattern'], `rule "${rule.id}" uses concept "${concept}", which is not defined under "concepts"`);
    }
  });
  (json.value.outsiders ?? []).forEach((concept, i) => {
    if (!extending && !Object.hasOwn(json.value.concepts, concept)) fail(['outsiders', i], `outsider concept "${concept}" is not defined under "concepts"`);
  });
  checkExceptions(ruleSet, fail);
  return ruleSet;
}

/** An exclusion (a concept of the pack its rules name only in notWith) must say why; an exception must be one. */
function checkExceptions(ruleSet: RuleSet, fail: (path: Array<string | number>, problem: string) => never): void {
  const exceptions = ruleSet.exceptions ?? {};
  const exclusionOnly = exclusionOnlyConcepts(ruleSet.rules, ruleSet.outsiders);
  for (const concept of Object.keys(ruleSet.concepts)) {
    if (exclusionOnly.has(concept) && !Object.hasOwn(exceptions, concept)) {
      fail(['concepts', concept], `concept "${concept}" is used only in notWith: write it as { "phrases": [...], "exception": "why the rule must not fire on these words", "examples": ["a sentence it keeps from being flagged"] }`);
    }
  }
  const excluding = new Set(ruleSet.rules.flatMap(exclusionsOf));
  for (const concept of Object.keys(exceptions)) {
    if (!excluding.has(concept)) fail(['concepts', concept, 'exception'], `concept "${concept}" carries an exception, but no rule names it in notWith`);
  }
}

export { PackError };
