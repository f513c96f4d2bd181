// The words between a clause's verb and an act that turn the act round, each once: forbidding and denying verbs
// ("shall deny inspection", "Nothing … shall prevent the clerk from declining") and nouns that name a limit on it
// ("bars any restriction on sending"). actPolarity.ts counts them: an odd number forbids, an even one allows.
import type { SentenceFrames } from './frames';
import type { Token } from './tokens';
import { FORBIDDING_VERBS, DENYING_VERBS, LIMITING_NOUNS, POSTPONING_VERBS } from './actWords';

/**
 * The forbidding or denying verbs of the clause from its verb (unless passive: its status says that) up to token t, a
 * coordinated pair counted once ("prohibit or in any way restrict"), and the limiting nouns right before t.
 */
export function denyingChain(read: SentenceFrames, k: number, act: number, t: number): number[] {
  const [tokens, f] = [read.tokens, read.frames[k]];
  const chain: number[] = [];
  let lastVerbWasDenying = false;
  for (let i = act; i < t; i++) {
    if (read.frameOf[i] !== k) continue;
    // An object between two verbs makes the second its own ("prevent the clerk from declining").
    if (['NOUN', 'PROPN', 'PRON'].includes(tokens[i].pos)) lastVerbWasDenying = false;
    if (limitsWords(tokens, i, t)) chain.push(i);
    if (tokens[i].pos !== 'VERB') continue;
    // A passive forbidding verb's status says it ("is prohibited from"); a passive denying verb still denies what it names ("shall be denied care").
    // "delay", "defer" and "suspend" deny their passive subject ("visits shall be suspended"), not their object ("delay the release" holds).
    const denying = (DENYING_VERBS.has(tokens[i].lemma) && !(POSTPONING_VERBS.has(tokens[i].lemma) && !(i === act && f.act!.passive))) || (FORBIDDING_VERBS.has(tokens[i].lemma) && !(i === act && f.act!.passive));
    if (denying && !lastVerbWasDenying) chain.push(i);
    lastVerbWasDenying = denying;
  }
  return chain;
}

/**
 * Whether token i is a noun naming a limit on the words at t or on a gerund: "a restriction on sending", "restrictions on
 * the exchange of … information" (t right after the preposition and an article). "limitations of the authority to enforce"
 * limit the authority, and name the act only.
 */
function limitsWords(tokens: Token[], i: number, t: number): boolean {
  if (tokens[i].pos !== 'NOUN' || !LIMITING_NOUNS.has(tokens[i].lemma) || !['on', 'upon', 'against', 'of'].includes(tokens[i + 1]?.lower ?? '')) return false;
  const after = tokens[i + 2];
  return (after?.pos === 'VERB' && after.lower.endsWith('ing')) || t === i + 2 || (t === i + 3 && after?.pos === 'DET');
}
