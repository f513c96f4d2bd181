// For one draft, where each topic of the pack stands: the draft conflicts with it (a finding rests on
// one of its entries), addresses it (it uses a term the topic's entries explain), or does not mention it.
import type { Pack } from '../corpus/types';
import type { Finding } from '../lint/finding';
import type { TermMatch } from './glossaryTerms';

export type TopicState = 'conflicts' | 'addresses' | 'not-mentioned';

export interface TopicStatus {
  topicId: string;
  state: TopicState;
  /** Findings resting on the topic's entries. */
  findings: number;
}

export function topicStates(pack: Pack, findings: Finding[], terms: TermMatch[]): TopicStatus[] {
  const mentioned = new Set(terms.flatMap((m) => m.term.entries));
  return pack.topics.map((topic) => {
    const count = findings.filter((f) => f.entries.some((id) => topic.entries.includes(id))).length;
    const state: TopicState = count > 0 ? 'conflicts' : topic.entries.some((id) => mentioned.has(id)) ? 'addresses' : 'not-mentioned';
    return { topicId: topic.id, state, findings: count };
  });
}
