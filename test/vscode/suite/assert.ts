// A few assertions for the in-editor suite: the web extension host has no Node `assert`.
export class AssertionError extends Error {}

const show = (value: unknown) => JSON.stringify(value, (_k, v) => (v instanceof Set ? [...v] : v));

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (actual !== expected) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  if (show(actual) !== show(expected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

export function includes(haystack: string, needle: string, message = ''): void {
  if (!haystack.includes(needle)) throw new AssertionError(`${message ? `${message}: ` : ''}expected to find ${show(needle)} in ${show(haystack.slice(0, 400))}`);
}
