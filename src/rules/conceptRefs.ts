// Concepts may name other concepts: a list item "@hold" stands for every phrase of the concept "hold",
// so vocabulary is written once and shared (also with a pack that extends another: see mergeConcepts).
import { expandLemmas } from './compilePhrase';

/** A reference item: "@name". */
export const conceptReference = (item: string): string | undefined => (/^@[\w-]+$/.test(item) ? item.slice(1) : undefined);

export interface ReferenceProblem {
  concept: string;
  index: number;
  problem: string;
}

/** The first reference that names no concept or closes a cycle, with where it stands. */
export function referenceProblem(concepts: Readonly<Record<string, readonly string[]>>): ReferenceProblem | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  // Iterative depth-first walk: a pack cannot overflow the stack with a long chain of references.
  for (const root of Object.keys(concepts)) {
    if (state.get(root) === 'done') continue;
    const stack: Array<{ concept: string; next: number }> = [{ concept: root, next: 0 }];
    state.set(root, 'visiting');
    while (stack.length) {
      const frame = stack[stack.length - 1];
      const list = concepts[frame.concept];
      if (frame.next >= list.length) {
        state.set(frame.concept, 'done');
        stack.pop();
        continue;
      }
      const index = frame.next++;
      const target = conceptReference(list[index]);
      if (target === undefined) continue;
      if (!Object.hasOwn(concepts, target)) return { concept: frame.concept, index, problem: `"@${target}" names no concept` };
      if (state.get(target) === 'visiting') return { concept: frame.concept, index, problem: `"@${target}" refers back to "${frame.concept}" (a cycle)` };
      if (state.get(target) === 'done') continue;
      state.set(target, 'visiting');
      stack.push({ concept: target, next: 0 });
    }
  }
  return undefined;
}

/** Every concept's phrases with its references replaced by the phrases they name (no duplicates). */
export function expandConcepts(concepts: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const expanded = new Map<string, string[]>();
  const expand = (name: string): string[] => {
    const done = expanded.get(name);
    if (done) return done;
    const result = new Set<string>();
    expanded.set(name, []); // a cycle (rejected at load) expands to nothing rather than looping
    // Iterative: references are followed with an explicit stack.
    const stack = [...(concepts[name] ?? [])].reverse();
    const seen = new Set<string>([name]);
    while (stack.length) {
      const item = stack.pop()!;
      const target = conceptReference(item);
      if (target === undefined) result.add(expandLemmas(item));
      else if (!seen.has(target)) {
        seen.add(target);
        stack.push(...[...(concepts[target] ?? [])].reverse());
      }
    }
    const list = [...result];
    expanded.set(name, list);
    return list;
  };
  return Object.fromEntries(Object.keys(concepts).map((name) => [name, expand(name)]));
}

/** A pack that extends another sees the base's concepts; its own of the same name win. */
export function mergeConcepts(base: Readonly<Record<string, readonly string[]>>, own: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return { ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [...v]])), ...Object.fromEntries(Object.entries(own).map(([k, v]) => [k, [...v]])) };
}
