// A rule's explanation in parts a drafter can tell apart (rules.json `message`, `corpusSays` and `lawSays`), checked
// against the pack's entries and caveats so that each part holds what its label says: the message is one sentence, what
// the flagged text does (the editor's diagnostic); the corpus part names the entries the rule rests on and says what in
// them is doubtful; the law part cites no corpus entry as its authority.
import type { Caveat } from './types';
import { entriesNamed, entryMentions } from './entryMentions';

export interface ExplainedRule {
  message: string;
  restsOn: string[];
  corpusSays?: string;
  lawSays?: string;
}

export interface ExplanationProblem {
  field: 'message' | 'corpusSays' | 'lawSays';
  problem: string;
}

// A full stop, then a space and a capital, that ends a sentence: not one that ends "U.S.", "v." or "No." (a citation goes on).
const SENTENCE_END = /(?<!\bU\.S)(?<!\bv)(?<!\bNo)\.\s+(?=[A-Z])/;

// "the caveat on Q2", "the caveats on Q2 and Q5", "the context note on Q5": a verified note, listed with its sources,
// which the law part may point to; an entry named anywhere else in it would be the corpus given as law.
const POINTER = /\b(?:caveats?|(?:context )?notes?) on $/;

const DOUBT = /\bunverified\b|\bout of date\b/i;

const list = (ids: readonly string[]) => ids.join(', ');

/** The first problem with a rule's corpusSays and lawSays, if any. `ids`: every entry of the pack. */
export function explanationProblem(rule: ExplainedRule, ids: ReadonlySet<string>, caveats: readonly Caveat[]): ExplanationProblem | undefined {
  if (SENTENCE_END.test(rule.message)) {
    return { field: 'message', problem: 'message is more than one sentence: say in it only what the flagged text does (the Problems panel shows it); what the corpus says goes in corpusSays, what verified law says in lawSays' };
  }
  if (rule.corpusSays !== undefined) {
    const named = entriesNamed(rule.corpusSays, ids);
    const outside = named.filter((id) => !rule.restsOn.includes(id));
    if (outside.length) {
      return { field: 'corpusSays', problem: `corpusSays names ${list(outside)}, which the rule does not rest on: add ${outside.length > 1 ? 'them' : 'it'} to restsOn, or leave ${outside.length > 1 ? 'them' : 'it'} out` };
    }
    if (!named.length) {
      return { field: 'corpusSays', problem: `corpusSays names none of the entries the rule rests on (${list(rule.restsOn)}): say which entry says it, as "(${rule.restsOn[0]})"` };
    }
    const doubtful = named.filter((id) => caveats.some((c) => c.entries.includes(id) && (c.kind === 'unverified' || c.kind === 'outdated')));
    if (doubtful.length && !DOUBT.test(rule.corpusSays)) {
      return { field: 'corpusSays', problem: `corpusSays names ${list(doubtful)}, whose caveats find a passage unverified or out of date: say so ("unverified, see the caveat on ${doubtful[0]}" or "out of date")` };
    }
  }
  if (rule.lawSays !== undefined) {
    const cited = [...ids].filter((id) => entryMentions(rule.lawSays!, id).some((at) => !pointsToCaveat(rule.lawSays!, at, ids)));
    if (cited.length) {
      return { field: 'lawSays', problem: `lawSays names ${list(cited)}: what verified law says cites its own sources, not corpus entries (what the corpus says goes in corpusSays); it may only point to a caveat, as "see the caveat on ${cited[0]}"` };
    }
  }
  return undefined;
}

/** Whether the entry named at `at` is where a caveat stands ("the caveat on Q2", "the caveats on Q2 and Q5"). */
function pointsToCaveat(text: string, at: number, ids: ReadonlySet<string>): boolean {
  let before = text.slice(0, at);
  // Back over the ids listed before this one ("Q2 and " in "the caveats on Q2 and Q5").
  for (;;) {
    if (POINTER.test(before)) return true;
    const join = /(?:,\s*|,?\s+and\s+)$/.exec(before);
    if (!join) return false;
    const rest = before.slice(0, join.index);
    const previous = [...ids].find((id) => rest.endsWith(id) && entryMentions(rest, id).includes(rest.length - id.length));
    if (!previous) return false;
    before = rest.slice(0, rest.length - previous.length);
  }
}
