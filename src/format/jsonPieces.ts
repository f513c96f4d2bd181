/**
 * A value as JSON.stringify(value, null, 2) writes it `depth` levels down in a larger document, so that
 * a document written piece by piece reads exactly as if it had been stringified whole. Line breaks in
 * JSON text are always layout (inside strings they are escaped), so indenting every one is safe.
 */
export function indentedJson(value: unknown, depth: number): string {
  const indent = ' '.repeat(2 * depth);
  return `${indent}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}`;
}
