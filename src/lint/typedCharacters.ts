// A character that starts no construct where it stands ("&" that is no character reference, "]" that
// closes no link, "<" that opens no tag, "\" before a letter, or a "*" once emphasis is turned off) is
// read by one more construct, tried after micromark's own, as a token of its own. Without it micromark
// starts a data token there, and joins each run of adjacent data tokens with a splice of the
// paragraph's whole event list (resolveAllText): a paragraph of thousands of lines each holding one
// cost lines × length ("a &\n" or "[a]\n" repeated: 64 KB took 2.6–3.4 s). Tokens of another type are
// never joined, and the tree is the same: the token is added to its text node by the handlers of data.
import type { Processor } from 'unified';

const TYPE = 'typedCharacter';

interface Effects {
  enter(type: string): unknown;
  consume(code: number | null): void;
  exit(type: string): unknown;
}
type State = (code: number | null) => State | undefined;

const typedCharacter = {
  name: TYPE,
  // After micromark's constructs for the same character, so only where they all fail.
  add: 'after' as const,
  tokenize(effects: Effects, ok: State): State {
    return (code) => {
      effects.enter(TYPE);
      effects.consume(code);
      effects.exit(TYPE);
      return ok;
    };
  },
};

// Where text and string content break data to try a construct: ! & * < [ \ ] _ in text, & \ in
// strings (titles, destinations). Not "`": its construct declines to start after another "`", which
// this one would have to copy, and an unclosed run is rare.
const TEXT = [0x21, 0x26, 0x2a, 0x3c, 0x5b, 0x5c, 0x5d, 0x5f];
const STRING = [0x26, 0x5c];
const byCode = (codes: number[]) => Object.fromEntries(codes.map((code) => [code, typedCharacter]));

interface DataContext {
  config: { enter: Record<string, (this: DataContext, token: unknown) => void>; exit: Record<string, (this: DataContext, token: unknown) => void> };
}

export function typedCharacters(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ text: byCode(TEXT), string: byCode(STRING) });
  (data.fromMarkdownExtensions ??= []).push({
    enter: { [TYPE](this: DataContext, token: unknown) { this.config.enter.data.call(this, token); } },
    exit: { [TYPE](this: DataContext, token: unknown) { this.config.exit.data.call(this, token); } },
  });
}
