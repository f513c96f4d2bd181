// Sentence readings shared within one check. A manual says many sentences more than once (the same duty under
// each section, a list item repeated), and a reading (the concepts it matches, its clause frames) depends only
// on the sentence's text, its list lead-in and the rules; the sentence rules, the document rules and the
// headings then ask one reading. Let go when the check ends: a checker that kept readings would keep their
// frames, which made garbage collection copy them over and over (see test/memory.test.ts).
import type { CompiledRules } from '../rules/compileRules';
import { readingOf, type SentenceReading } from './matchSentence';

export class SentenceReadings {
  private byText = new Map<string, SentenceReading>();
  /** Items read after a lead-in, by the lead-in's length, the lead-in and the text (no key of one is another's). */
  private afterLeadIn = new Map<string, SentenceReading>();

  constructor(private readonly rules: CompiledRules) {}

  of(text: string, leadIn?: string): SentenceReading {
    const map = leadIn ? this.afterLeadIn : this.byText;
    const key = leadIn ? `${leadIn.length}:${leadIn}${text}` : text;
    let reading = map.get(key);
    if (!reading) map.set(key, (reading = readingOf(text, leadIn, this.rules)));
    return reading;
  }

  clear(): void {
    this.byText = new Map();
    this.afterLeadIn = new Map();
  }

  /** How many sentences are held (for tests: none once a check is done). */
  get size(): number {
    return this.byText.size + this.afterLeadIn.size;
  }
}
