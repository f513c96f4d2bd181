// A prohibition of an act beyond a length of time ("shall not hold any person for more than 48 hours") forbids only
// the excess: the act itself, up to the bound, is allowed.
import type { Frame } from './frames';
import type { Token } from './tokens';

const UNITS = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'minute', 'minutes']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'ninety', 'hundred']);
const isNumber = (t: Token | undefined) => !!t && (/^\d+$/.test(t.text) || NUMBER_WORDS.has(t.lower) || /^[a-z]+-[a-z]+$/.test(t.lower) && t.lower.split('-').every((w) => NUMBER_WORDS.has(w)));

/** Whether the clause bounds its act in time past the words at token t: "longer than", "more than", "in excess of",
 *  "beyond", "exceeding" or "over", then a number and a unit within a few tokens ("more than forty-eight (48) hours"). */
export function overTheBound(tokens: Token[], f: Frame, t: number): boolean {
  const act = f.act && !f.act.elided ? f.act.token : -1;
  if (act < 0 || t < act) return false;
  const last = f.tokens[f.tokens.length - 1] ?? -1;
  for (let i = act + 1; i <= last; i++) {
    const w = tokens[i].lower;
    const opens = ((w === 'longer' || w === 'more') && tokens[i + 1]?.lower === 'than') || (w === 'in' && tokens[i + 1]?.lower === 'excess' && tokens[i + 2]?.lower === 'of') || ['beyond', 'exceeding', 'over'].includes(w);
    if (!opens) continue;
    let sawNumber = false;
    for (let k = i + 1; k <= Math.min(last, i + 8); k++) {
      if (isNumber(tokens[k])) sawNumber = true;
      else if (UNITS.has(tokens[k].lower)) return sawNumber;
    }
  }
  return false;
}
