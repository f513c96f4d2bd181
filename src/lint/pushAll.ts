/** Appends items one by one: `target.push(...items)` passes each item as an argument and overflows the call stack
 *  past about 125,000 items (a block of 160,000 "<!---->" comments, a list of 160,000 items). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
