// For one draft, where each topic of the pack stands, strongest first:
//   conflicts (n)  n error or warning findings rest on the topic's entries (where the pack lists the
//                  rules a topic counts, n findings of those rules);
//   covered        a provision the topic needs is present: a document rule resting on its entries is in
//                  scope and satisfied (e.g. the draft handles detainers and provides for notice);
//   mentioned      the draft uses a term one of the topic's entries explains (the entry its hover quotes), or
//                  has only notes on it, or findings on it that suppression comments hid;
//   not mentioned  none of these.
// Information and hint findings are notes, not conflicts: they are counted apart everywhere.
import { doubtfulCaveats, doubtfulSummary } from './citation';
import type { Caveat, Pack, Topic } from '../corpus/types';
import type { DocumentRuleState } from '../lint/documentRules';
import type { Finding } from '../lint/finding';
import { countedEntryId, type TermMatch } from './glossaryTerms';

export type TopicState = 'conflicts' | 'covered' | 'mentioned' | 'not-mentioned';

export interface TopicStatus<F extends Finding = Finding> {
  topicId: string;
  state: TopicState;
  /** Error and warning findings resting on the topic's entries. */
  conflicts: number;
  /** Information and hint findings resting on them. */
  notes: number;
  /** Those findings, in draft order: what the topic lists under it. */
  findings: F[];
  /** Document rules resting on the topic that are in scope and satisfied: the provisions present. */
  covered: string[];
  /** Findings on the topic that suppression comments hid (a drafter's trial: the topic then read "not mentioned"). */
  suppressed?: number;
}

/** A finding that counts as a conflict: an error or a warning, never an information or hint. */
export const isConflict = (finding: Pick<Finding, 'severity'>) => finding.severity === 'error' || finding.severity === 'warning';

/** The draft's findings counted the one way every view counts them. */
export function findingCounts(findings: readonly Pick<Finding, 'severity'>[]): { conflicts: number; notes: number } {
  const conflicts = findings.filter(isConflict).length;
  return { conflicts, notes: findings.length - conflicts };
}

/** The topic a finding of this rule counts under: the pack's list for the topic where it gives one, else
 *  any topic holding an entry the rule rests on. A qualified id ("pack/rule") counts as its rule. */
export function countsUnder(topic: Topic, ruleId: string, restsOn: readonly string[]): boolean {
  if (topic.rules) return topic.rules.includes(ruleId.slice(ruleId.indexOf('/') + 1));
  return restsOn.some((id) => topic.entries.includes(id));
}

export function topicStates<F extends Finding>(pack: Pack, findings: F[], terms: TermMatch[], documentRules: DocumentRuleState[] = [], suppressed: readonly Finding[] = []): TopicStatus<F>[] {
  // A term counts for the entry that explains it (the one its hover quotes), not every entry the glossary lists for it:
  // "immigration status" is Q10's term, and a draft using it does not mention Training because Q8 is listed too. A term
  // the corpus never uses ("287(g)") counts for the first entry the glossary relates it to.
  const mentioned = new Set(terms.map((m) => countedEntryId(pack, m.term)));
  // The topics a finding counts under, worked out once per rule and entries, not per topic and finding (a 1 MB draft
  // has thousands of findings, and an editor asks at every edit).
  const under = new Map<string, Map<readonly string[], boolean[]>>();
  const byTopic: F[][] = pack.topics.map(() => []);
  for (const f of findings) {
    let byEntries = under.get(f.ruleId);
    if (!byEntries) under.set(f.ruleId, (byEntries = new Map()));
    let counts = byEntries.get(f.entries);
    if (!counts) byEntries.set(f.entries, (counts = pack.topics.map((topic) => countsUnder(topic, f.ruleId, f.entries))));
    for (let t = 0; t < counts.length; t++) if (counts[t]) byTopic[t].push(f);
  }
  return pack.topics.map((topic, t) => {
    const own = byTopic[t];
    const { conflicts, notes } = findingCounts(own);
    const covered = documentRules.filter((r) => r.inScope && r.satisfied && countsUnder(topic, r.ruleId, r.restsOn)).map((r) => r.ruleId);
    const hidden = suppressed.filter((f) => countsUnder(topic, f.ruleId, f.entries)).length;
    const state: TopicState =
      conflicts > 0 ? 'conflicts' : covered.length ? 'covered' : notes > 0 || hidden > 0 || topic.entries.some((id) => mentioned.has(id)) ? 'mentioned' : 'not-mentioned';
    return { topicId: topic.id, state, conflicts, notes, findings: own, covered, ...(hidden ? { suppressed: hidden } : {}) };
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The state as a topic shows it: "conflicts (2)", "covered", "notes (1)" (mentioned, with notes), "mentioned", "not mentioned". */
export function topicStateText(status: TopicStatus): string {
  const notes = status.notes ? `notes (${status.notes})` : '';
  switch (status.state) {
    case 'conflicts':
      return [`conflicts (${status.conflicts})`, notes].filter(Boolean).join(' · ');
    case 'covered':
      return ['covered', notes].filter(Boolean).join(' · ');
    case 'mentioned':
      // Notes first, and alone: a narrow sidebar cut "mentioned · notes (13)" to "mentioned · not…" (trial 8).
      return notes || 'mentioned';
    default:
      return 'not mentioned';
  }
}

/** How many of the topic's conflicts rest on an entry with a passage the pack marks unverified or out of date (its
 *  caveats), and of which kinds. */
export function doubtfulConflicts(status: TopicStatus, pack: Pack): { count: number; unverified: boolean; outdated: boolean } {
  const doubts = new Map<string, Caveat[]>();
  const of = (id: string) => doubts.get(id) ?? doubts.set(id, doubtfulCaveats(pack, id)).get(id)!;
  let count = 0;
  let unverified = false;
  let outdated = false;
  for (const finding of status.findings) {
    const caveats = isConflict(finding) ? finding.entries.flatMap(of) : [];
    if (!caveats.length) continue;
    count++;
    unverified ||= caveats.some((c) => c.kind === 'unverified');
    outdated ||= caveats.some((c) => c.kind === 'outdated');
  }
  return { count, unverified, outdated };
}

/** "2 conflicts (1 rests on an unverified passage)", "1 conflict (it rests on an out-of-date passage)", "3 conflicts (all 3
 *  rest on unverified or out-of-date passages)": a count of conflicts alone reads as so many breaches of settled law, when
 *  what they rest on may be a passage the pack could not verify. */
export function conflictsText(status: TopicStatus, pack: Pack): string {
  const { count, unverified, outdated } = doubtfulConflicts(status, pack);
  const conflicts = plural(status.conflicts, 'conflict');
  if (!count) return conflicts;
  const all = count === status.conflicts;
  const who = all && count === 1 ? 'it rests' : all && count === 2 ? 'both rest' : all ? `all ${count} rest` : `${count} ${count === 1 ? 'rests' : 'rest'}`;
  // One finding may rest on both kinds (Q5 unverified, Q9 out of date): then it rests on passages of each, not on one "or" the other.
  const kinds = unverified && outdated ? `unverified ${count === 1 ? 'and' : 'or'} out-of-date passages` : unverified ? 'unverified' : 'out-of-date';
  const passages = kinds.endsWith('passages') ? kinds : count === 1 ? `an ${kinds} passage` : `${kinds} passages`;
  return `${conflicts} (${who} on ${passages})`;
}

/** The state in full where the pack is at hand (the Guidance view's tooltip): as topicStateText, with its conflicts
 *  counted by conflictsText, and its notes alike: "2 conflicts (1 rests on an unverified passage) · 1 note". */
export function topicStateLine(status: TopicStatus, pack: Pack): string {
  if (status.state !== 'conflicts') return topicStateText(status);
  return [conflictsText(status, pack), status.notes ? plural(status.notes, 'note') : ''].filter(Boolean).join(' · ');
}

/** The state where a row is narrow (the Guidance view's description; the full state is in its tooltip, as
 *  VS Code's own views keep a row short): "2 notes", "covered", "mentioned", and nothing for a topic the draft
 *  does not mention (its hollow icon says so). A conflicted topic's count is a badge at the row's right edge,
 *  where a long label cannot hide it (src/vscode/topicDecorations.ts): the description gives only its notes.
 *  At the default sidebar width "conflicts (2)" was cut after a long label, and "not mentioned" hidden. */
export function topicStateShort(status: TopicStatus): string {
  switch (status.state) {
    case 'conflicts':
      return status.notes ? plural(status.notes, 'note') : '';
    case 'covered':
      return 'covered';
    case 'mentioned':
      return status.notes ? plural(status.notes, 'note') : 'mentioned';
    default:
      return '';
  }
}

/** One sentence on what the state means for this draft, naming what each number counts. `afterLine`: it follows
 *  topicStateLine, which gave the conflicts' count already (a tooltip said "3 conflicts (…). 3 conflicts (…) rest on"). */
export function topicStateExplanation(status: TopicStatus, pack: Pack, afterLine = false): string {
  const parts: string[] = [];
  // A finding rests on entries of several topics at times, and is then counted under each of them,
  // except where the pack names the rules a topic counts.
  const topic = pack.topics.find((t) => t.id === status.topicId);
  if (status.conflicts && topic?.rules) parts.push(`${plural(status.conflicts, 'conflict')} (error or warning findings of ${topic.rules.join(', ')}, the rules this topic counts)`);
  else if (status.conflicts) {
    // (A drafter's trial read "1 conflict … rest on … they rest on (a topic the pack gives a list of rules …)" as garbled.)
    const one = status.conflicts === 1;
    if (afterLine) parts.push(`${one ? 'a conflict is a warning or error finding that rests' : 'conflicts are warning or error findings that rest'} on this topic's questions; a finding that rests on questions of several topics counts under each`);
    else parts.push(`${plural(status.conflicts, 'conflict')} (${one ? 'a warning or error finding' : 'warning or error findings'}) ${one ? 'rests' : 'rest'} on this topic's questions; a finding that rests on questions of several topics counts under each`);
  }
  if (status.covered.length) {
    const titles = status.covered.map((id) => pack.rules.rules.find((r) => r.id === id)?.title ?? id);
    // The checks are named by what they raise, so the sentence says they are not raised (a drafter's trial read
    // "provides what these checks ask for: Detainers handled with no verification step" as naming a defect).
    const one = status.covered.length === 1;
    parts.push(`the draft provides what ${one ? 'this check asks' : 'these checks ask'} for, so ${one ? 'it is not' : 'none is'} raised: ${titles.map((t) => `“${t}”`).join('; ')}`);
  }
  if (status.notes) parts.push(`${plural(status.notes, 'note')} (information findings, not conflicts)`);
  // What the findings rest on may itself be unverified (a drafter's trial: "State AG policy" showed 5 conflicts on Q1,
  // whose Attorney General guidance could not be found, and neither the row nor its tooltip said so).
  const doubtful = status.conflicts || status.notes ? (topic?.entries ?? []).map((id) => [id, doubtfulSummary(doubtfulCaveats(pack, id))]).filter(([, s]) => s) : [];
  if (doubtful.length) parts.push(`the answers they rest on are not all verified (${doubtful.map(([id, s]) => `${id}: ${s}`).join('; ')}): read their caveats before relying on them`);
  if (status.suppressed) parts.push(`${plural(status.suppressed, 'finding')} on it hidden by suppression comments (see the exceptions register)`);
  // (Not "nothing here checks it": a rule may check the topic and simply raise nothing, a drafter's trial.)
  if (status.state === 'mentioned' && !status.notes && !status.suppressed) parts.push('the draft uses terms this topic explains, and no finding rests on it');
  if (status.state === 'not-mentioned') parts.push('the draft does not mention this topic');
  return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}
