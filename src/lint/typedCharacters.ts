// A character that starts no construct where it stands ("&" that is no character reference, "]" that
// closes no link, "<" that opens no tag, "\" before a letter, or a "*" once emphasis is turned off) is
// read by one more construct, tried after micromark's own, as a token of its own. Without it micromark
// starts a data token there, and joins each run of adjacent data tokens with a splice of the
// paragraph's whole event list (resolveAllText): a paragraph of thousands of lines each holding one
// cost lines × length ("a &\n" or "[a]\n" repeated: 64 KB took 2.6–3.4 s). Tokens of another type are
// never joined, and the tree is the same: the token is added to its text node by the handlers of data.
import type { Processor } from 'unified';
import { readAsData, type Effects, type State } from './dataTokens';

const TYPE = 'typedCharacter';


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

export function typedCharacters(this: Processor): void {
  readAsData(this, TYPE, { text: byCode(TEXT), string: byCode(STRING) });
}
