// Applies the sentence rules to one sentence (read with its list lead-in, if any).
import type { CompiledRules } from '../rules/compileRules';
import type { SentenceRule } from '../rules/types';
import { SentencePolarity } from './polarity';

interface Span {
  start: number;
  end: number;
}

/** One sentence's concept matches and grammar, computed lazily and shared by all rules. */
export class SentenceReading {
  private readonly spans = new Map<string, Span[]>();
  private polarityCache?: SentencePolarity;

  constructor(
    readonly text: string,
    private readonly rules: CompiledRules,
  ) {}

  get polarity(): SentencePolarity {
    return (this.polarityCache ??= new SentencePolarity(this.text));
  }

  matches(concept: string): Span[] {
    let found = this.spans.get(concept);
    if (!found) {
      found = [];
      const pattern = this.rules.concepts.get(concept);
      if (pattern) {
        pattern.lastIndex = 0;
        for (const m of this.text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length });
      }
      this.spans.set(concept, found);
    }
    return found;
  }

  has(concepts: readonly string[]): boolean {
    return concepts.some((c) => this.matches(c).length > 0);
  }

  /** The polarities with which any of the concepts occur (+1 directed/allowed, -1 forbidden). */
  polarities(concepts: readonly string[], excluding: Span[] = []): Array<1 | -1> {
    const result: Array<1 | -1> = [];
    for (const concept of concepts) {
      for (const span of this.matches(concept)) {
        if (excluding.some((e) => span.start >= e.start && span.end <= e.end)) continue; // "hold" inside "immigration hold"
        const p = this.polarity.of(span.start, span.end);
        if (p !== 0) result.push(p);
      }
    }
    return result;
  }
}

export function ruleApplies(rule: SentenceRule, reading: SentenceReading): boolean {
  const p = rule.pattern;
  if (p.notWith && reading.has(p.notWith)) return false;
  const required = (p.requires ?? []).map((group) => group.flatMap((c) => reading.matches(c)));
  if (required.some((spans) => spans.length === 0)) return false;
  const context = required.flat();

  const direct = reading.polarities(p.action, context);
  const inverse = reading.polarities(p.inverseAction ?? [], context).map((x) => (x === 1 ? -1 : 1));
  const all = [...direct, ...inverse];
  const hit = p.flagWhen === 'any' ? all.length > 0 || (p.action.length === 0 && required.length > 0) : all.includes(p.flagWhen === 'affirmed' ? 1 : -1);
  if (!hit) return false;

  for (const concept of p.exemptWhenRequired ?? []) {
    if (reading.matches(concept).some((span) => reading.polarity.isRequirement(span.start, span.end))) return false;
  }
  return true;
}
