// Reads the clause frames of the sentences the sentence rules will judge, one after another, before any is judged.
// Tagging a sentence (wink-nlp's model, the cue tables) ran 2–3× slower spread among the rest of a check's work than
// in a row, with the model's data still in the processor's caches. The frames are those the rules would read anyway,
// each in its sentence's reading (held for the check only): the findings do not change, only when frames are read.
import type { CompiledRules } from '../rules/compileRules';
import { namesTopic } from './documentRules';
import { passesGates, type SentenceReading } from './matchSentence';
import type { Sentence } from './sentences';
import type { FramePolarity } from './framePolarity';
import { tokenize } from '../language/tokens';

/** Reads now the frames of each sentence some sentence rule's gates let through (judged() reads its frames). */
export function prefetchFrames(sentences: readonly Sentence[], readings: readonly SentenceReading[], rules: CompiledRules): void {
  // Each stage over every sentence before the next (the gates, the tagging, the clauses), so its tables stay in the caches.
  const wanted = new Set<FramePolarity>(); // (a sentence said again shares its reading)
  for (let i = 0; i < sentences.length; i++) {
    if (namesTopic(sentences[i])) continue; // headings are not judged (packFindings.ts)
    const reading = readings[i];
    if (rules.sentenceRules.some((rule) => passesGates(rule.pattern, reading) || !!rule.alsoMatches?.some((p) => passesGates(p, reading)))) wanted.add(reading.polarity);
  }
  const read = [...wanted].filter((polarity) => polarity.unreadText !== undefined);
  const tokens = read.map((polarity) => tokenize(polarity.unreadText!));
  read.forEach((polarity, k) => polarity.readNow(tokens[k]));
}
