// Document-level rules: a draft in a rule's scope (one of its `when` concepts appears, with the wanted
// polarity) that nowhere provides what the rule asks for (no sentence holds every `missing` group).
// The finding sits on the first sentence that brought the draft into scope.
import type { DocumentRule } from '../rules/types';
import type { SentenceReading } from './matchSentence';
import type { Sentence } from './sentences';

export function documentRuleAnchor(rule: DocumentRule, sentences: Sentence[], readings: SentenceReading[]): Sentence | undefined {
  const { when, whenPolarity, missing } = rule.pattern;
  const trigger = readings.findIndex((reading) => (whenPolarity === 'affirmed' ? reading.polarities(when).includes(1) : reading.has(when)));
  if (trigger < 0) return undefined;
  const provided = readings.some((reading) => missing.every((group) => reading.has(group)));
  return provided ? undefined : sentences[trigger];
}
