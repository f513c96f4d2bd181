// What a clause's conditions do to its act: narrow it to themselves ("only if …"), lift it ("unless …"), state a
// requirement ("unless accompanied by a judge's order") or say something does not matter ("regardless of …").
import type { Condition, Frame, SentenceFrames } from './frames';
import type { ConditionKind } from './cues';
import { frameAt, tokenAt } from './frameIndex';
import { NARROWING, NEGATORS } from './actWords';

/** Whether a rule narrowed to a condition limits the act at frame ("shall hold … only if a judge signs"). */
export function restrictedBy(read: SentenceFrames, frame: number): boolean {
  const f = read.frames[frame];
  const host = f.role === 'coordinate' && f.host !== undefined ? read.frames[f.host] : undefined;
  // "only if", "only when", "only upon" (not "provided that": a proviso on an act does not limit it).
  // ("only as long as": "only" may stand just before the cue.)
  const onlyBefore = (c: Condition) => read.tokens[tokenAt(read.tokens, c.cue.start) - 1]?.lower === 'only';
  const onlyIf = (g: Frame) => g.conditions.some((c) => c.kind === 'onlyIf' && (/\bonly\b/i.test(c.cue.text) || onlyBefore(c)));
  // "shall only share … when required by law": "only" between the modal and the verb, and something after it to narrow to.
  // What narrows: a condition, or a narrowing word after the verb, in the clause or a coordinate that shares its subject ("collected and disclosed in accordance with").
  const own = (g: Frame) => g.conditions.length > 0 || g.tokens.some((i) => g.act && i > g.act.token && NARROWING.has(read.tokens[i].lower));
  const narrows = (g: Frame) => own(g) || read.frames.some((c) => c.role === 'coordinate' && c.sharesSubject && read.frames[c.host ?? -1] === g && own(c));
  // (Not an "only" a comma or colon closes: "Lease only, tenant gone: release …" names a case, its "only" the noun's.)
  const only = (g: Frame) => !!g.act && !g.act.elided && g.tokens.some((i) => i < g.act!.token && read.tokens[i].lower === 'only' && read.tokens[i + 1]?.pos !== 'PUNCT');
  if (onlyIf(f) || (only(f) && narrows(f))) return true;
  return !!host && (onlyIf(host) || (only(host) && (narrows(host) || f.conditions.length > 0 || f.tokens.some((i) => NARROWING.has(read.tokens[i].lower)))));
}

/** "except as provided in section 5", "unless otherwise required by law": an exception that only points to other provisions sets no
 *  condition of its own ("except as permitted by …" does: it allows the act where that law does). */
const refersElsewhere = (c: Condition) => c.effect === 'exception' && !!c.span && /^(?:otherwise\s+)?(?:provided|required|specified|set\s+forth|mandated|directed)\b/i.test(c.span.text);

/**
 * Whether a condition lifts the frame's prohibition somewhere: "shall not hold … unless …", "only if …", "without …",
 * and a "when"/"if" whose own clause is negated ("shall not hold … if no judge has signed an order": the act is allowed
 * where the order is signed), or one the act is narrowed to ("shall only be honored if …"). A plain "when" only says where the prohibition applies: "shall not hold … when the
 * person is eligible for release" allows the act nowhere.
 */
export function liftsProhibition(read: SentenceFrames, frame: number): boolean {
  const negatedClause = (host: number, c: Condition) => read.frames.some((g) => g.role === 'condition' && g.host === host && c.span !== null && g.span.start === c.span.start && g.polarity === -1);
  // ("shall only be honored if …" narrows the act to the condition: it is allowed there.)
  const lifting = (k: number) => read.frames[k].conditions.some((c) => c.effect !== 'irrelevant' && !refersElsewhere(c) && (c.kind !== 'when' || negatedClause(k, c) || restrictedBy(read, k)));
  const f = read.frames[frame];
  return lifting(frame) || negatedRelativeAfter(read, frame) || (f.role === 'coordinate' && f.host !== undefined && lifting(f.host));
}

/** "No file shall be copied on a request that is not signed by a judge": a negated relative clause after a forbidden act
 *  forbids it only where what it names is missing, so it allows the act where it is there, as "unless … signed" does. */
function negatedRelativeAfter(read: SentenceFrames, frame: number): boolean {
  const f = read.frames[frame];
  if (f.polarity !== -1 || !f.act) return false;
  return read.frames.some((g) => g.role === 'relative' && g.host === frame && g.polarity === -1 && !!g.act?.passive && g.span.start > f.act!.span.start);
}

/** Whether the frame's rule is lifted or narrowed by a condition ("unless …", "only if …", "without …"). */
export function isConditional(read: SentenceFrames, frame: number, kinds?: readonly ConditionKind[]): boolean {
  const conditions = (k: number) => read.frames[k].conditions.filter((c) => c.effect !== 'irrelevant' && !refersElsewhere(c) && (!kinds || kinds.includes(c.kind)));
  const f = read.frames[frame];
  if (conditions(frame).length) return true;
  // A coordinate predicate shares its host's conditions: "shall not hold or transfer … unless …".
  return f.role === 'coordinate' && f.host !== undefined && conditions(f.host).length > 0;
}

/**
 * Whether words at [start, end) are stated as a requirement: "unless accompanied by a court order",
 * "shall not hold without a court order", "only if a judge signs" yes; "regardless of whether…",
 * "may hold without an order", "is not required" no.
 */
export function isRequirement(read: SentenceFrames, start: number): boolean {
  const k = frameAt(read, start);
  const f = read.frames[k];
  if (f.role === 'condition') {
    const host = f.host !== undefined ? read.frames[f.host] : undefined;
    const kind = host?.conditions.find((c) => c.span?.start === f.span.start)?.kind;
    if (kind === 'regardlessOf') return false;
    // "shall not hold … without an order" requires it; "may hold … without an order" does not.
    // (… or a negation in the host's infinitive: "It is the practice NOT to comply … absent an order".)
    if (kind === 'without') return !!host && (host.polarity === -1 || host.tokens.some((i) => i < f.tokens[0] && NEGATORS.has(read.tokens[i].lower)));
    // "shall not hold … if the person is not subject to an order": the rule forbids the act where the order is missing.
    if (kind === 'when' && f.polarity === -1) return !!host && host.polarity === -1;
    return f.polarity === 1;
  }
  // ("shall not be copied on a request that is not signed by a judge": what the negated relative names is required.)
  if (f.role === 'relative' && f.polarity === -1 && f.host !== undefined && read.frames[f.host].polarity === -1 && negatedRelativeAfter(read, f.host)) return true;
  if (negatedParticipleBefore(read, start)) return false;
  return f.polarity === 1 && f.status !== 'nonRequirement';
}

/** Whether words at start stand in a condition that says they do not matter ("regardless of…", "whether or not…", "even if…"). */
export function isIrrelevant(read: SentenceFrames, start: number): boolean {
  const f = read.frames[frameAt(read, start)];
  if (f.role !== 'condition' || f.host === undefined) return false;
  return read.frames[f.host].conditions.some((c) => c.effect === 'irrelevant' && c.span?.start === f.span.start);
}

/**
 * Where a condition joins clauses with "or", each with its own subject and verb ("unless the clerk signs an order or the
 * tenant has paid"), the character ranges of those alternatives; undefined for a condition of one clause ("or an order
 * signed by a judge", "or order directing …" add a noun, not a clause) or words outside any condition.
 */
export function conditionAlternatives(read: SentenceFrames, start: number): Array<[number, number]> | undefined {
  const f = read.frames[frameAt(read, start)];
  if (f.role !== 'condition') return undefined;
  const t = read.tokens;
  const last = f.tokens[f.tokens.length - 1];
  const finite = (k: number) => t[k].pos === 'AUX' || (t[k].pos === 'VERB' && !t[k].lower.endsWith('ing') && !(/(?:ed|en)$/.test(t[k].lower) && t[k + 1]?.lower === 'by'));
  // (Each alternative has a finite verb of its own: in "a lease or deed signed by a clerk or notary authorizes the
  // sale", "or notary authorizes" ends the subject, since nothing before it has a finite verb.)
  const cuts: number[] = [];
  let from = f.tokens[0];
  for (const o of f.tokens) {
    if (t[o].lower !== 'or') continue;
    let ownVerb = false;
    for (let i = from; i < o && !ownVerb; i++) ownVerb = finite(i);
    let k = o + 1;
    while (k <= last && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t[k].pos)) k++;
    if (ownVerb && k > o + 1 && k <= last && finite(k)) {
      cuts.push(o);
      from = o + 1;
    }
  }
  if (cuts.length === 0) return undefined;
  const bounds = [f.tokens[0], ...cuts, last + 1];
  return bounds.slice(1).map((end, i) => [t[bounds[i]].start, t[end - 1].end]);
}

/** "… all requests, including those not accompanied by a court order": what a negated participle names is missing, not
 *  required (looks at most six words back). */
function negatedParticipleBefore(read: SentenceFrames, start: number): boolean {
  const tokens = read.tokens;
  const t = tokenAt(tokens, start);
  if (t < 0) return false;
  for (let k = t - 1; k >= 2 && k >= t - 6; k--) {
    if (!['by', 'with'].includes(tokens[k].lower)) continue;
    const participle = tokens[k - 1];
    return participle.pos === 'VERB' && participle.lower !== participle.lemma && NEGATORS.has(tokens[k - 2].lower);
  }
  return false;
}
