// Where a character or token of a sentence stands among its clause frames, and which frame lends a verbless one its verb.
import type { Frame, SentenceFrames } from './frames';
import type { Token } from './tokens';

/** The index of the token that covers or follows character `at`, or -1. */
export function tokenAt(tokens: Token[], at: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end > at) return i;
  return -1;
}

/** The frame whose own tokens include token `t` (a relative clause's tokens are its own, not its host's). */
export function frameOfToken(read: SentenceFrames, t: number): number {
  const k = read.frameOf[t] ?? -1;
  if (k >= 0) return k;
  // A token no clause keeps (a bracket, a comma between clauses): the nearest frame before it.
  let best = 0;
  read.frames.forEach((f, i) => {
    if (f.tokens.length && f.tokens[0] <= t && f.tokens[0] >= (read.frames[best].tokens[0] ?? 0)) best = i;
  });
  return best;
}

/** The frame of character `at`. */
export function frameAt(read: SentenceFrames, at: number): number {
  const t = tokenAt(read.tokens, at);
  return t < 0 ? read.frames.length - 1 : frameOfToken(read, t);
}

/** The frame whose verb a verbless coordinate shares ("… or any other lease" shares "shall not sign"). */
export function verbHost(read: SentenceFrames, f: Frame | undefined): Frame | undefined {
  while (f && f.role === 'coordinate' && (!f.act || f.act.elided) && f.host !== undefined) f = read.frames[f.host];
  return f;
}
