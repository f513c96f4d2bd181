/** The width of a column: its longest text (a loop, as spreading 200,000 rows into Math.max overflows the stack). */
export function columnWidth(texts: Iterable<string>): number {
  let max = 0;
  for (const text of texts) if (text.length > max) max = text.length;
  return max;
}
