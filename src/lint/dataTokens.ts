// What the micromark constructs of typedCharacters.ts and unclosedCode.ts share: the tokenizer's types, and the
// registration that reads their token as data, added to its text node as micromark's own data is (so the tree
// is the one remark alone builds).
import type { Processor } from 'unified';

export interface Effects {
  enter(type: string): unknown;
  consume(code: number | null): void;
  exit(type: string): unknown;
}
export type State = (code: number | null) => State | undefined;

interface DataContext {
  config: { enter: Record<string, (this: DataContext, token: unknown) => void>; exit: Record<string, (this: DataContext, token: unknown) => void> };
}

/** Adds the micromark extension to the processor, with its tokens of `type` read by the handlers of data. */
export function readAsData(processor: Processor, type: string, micromarkExtension: unknown): void {
  const data = processor.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(micromarkExtension);
  (data.fromMarkdownExtensions ??= []).push({
    enter: { [type](this: DataContext, token: unknown) { this.config.enter.data.call(this, token); } },
    exit: { [type](this: DataContext, token: unknown) { this.config.exit.data.call(this, token); } },
  });
}
