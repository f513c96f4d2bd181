// A verb the tagger reads as a noun after a modal and an aside (retag.ts's verbAfterModal asks).
import type { Token } from './tokens';

/** "shall, in a timely manner, report": the word at i follows an aside of at most eight words set off by commas right after a modal. */
export function afterModalAside(tokens: Token[], i: number, modals: ReadonlySet<string>): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  for (let j = i - 2; j >= Math.max(1, i - 10); j--) {
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return false;
    if (tokens[j].text === ',') return modals.has(tokens[j - 1]?.lower ?? '');
  }
  return false;
}
