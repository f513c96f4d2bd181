// Whether a sentence or the words it reads after (a table row's cells before it, a list's lead-in) already say the
// condition a rewrite would add is absent: "Detainer, no judicial warrant | Hold up to 48 hours …" gained ", but only if a
// judicial warrant … authorizes the hold" in a drafter's trial, and the row then said both. Words, not a pattern: linear.

const NEGATORS = new Set(['no', 'not', 'without', 'absent', 'lacking', 'nor', 'neither']);
/** How many words after a negator its reach runs ("no signed judicial warrant"). */
const REACH = 4;

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/** Whether `text` negates one of the condition's content words (of five letters or more: "judicial", "warrant"). */
export function deniesCondition(text: string, condition: string): boolean {
  const content = new Set(wordsOf(condition).filter((w) => w.length >= 5));
  const words = wordsOf(text);
  let reach = 0;
  for (const word of words) {
    if (reach > 0 && content.has(word)) return true;
    reach = NEGATORS.has(word) ? REACH : Math.max(0, reach - 1);
  }
  return false;
}
