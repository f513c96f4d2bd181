// Where a text names a corpus entry by its id: "(Q2)", "Q3, point 1", "the caveat on Q5". Ids are read as whole
// words, so "Q2" is not found in "Q20", nor "RSMo-67.307" in "RSMo-67.3071".

const ID_CHAR = 'A-Za-z0-9_';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Offsets where `id` stands as a whole word in `text`. */
export function entryMentions(text: string, id: string): number[] {
  if (!id || !text.includes(id)) return [];
  // Not inside a longer id: no id character (or "." or "-") just before it, none just after it, and no "." or "-" that an
  // id character follows ("Q2." ends a sentence; "Q2.1" and "Q2-b" are other ids).
  const whole = new RegExp(`(?<![${ID_CHAR}.-])${escapeRegExp(id)}(?![${ID_CHAR}]|[.-][${ID_CHAR}])`, 'g');
  return [...text.matchAll(whole)].map((m) => m.index);
}

/** The ids of `ids` that `text` names, in the order it first names them. */
export function entriesNamed(text: string, ids: Iterable<string>): string[] {
  const found: Array<[number, string]> = [];
  for (const id of ids) {
    const [first] = entryMentions(text, id);
    if (first !== undefined) found.push([first, id]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}
