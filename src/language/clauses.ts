// Splits a tagged sentence into clauses: coordination, subordinate and condition clauses, relative
// clauses (also reduced ones: "records held by the clerk"), "that"-complements and parentheticals.
// A clause is a list of token indices: a host clause reads on past a relative clause inside it.
import { matchSubordinator, type ConditionKind } from './cues';
import type { Token } from './tokens';

export type Role = 'main' | 'coordinate' | 'condition' | 'subordinate' | 'relative' | 'complement' | 'parenthetical';

export interface Clause {
  role: Role;
  tokens: number[];
  /** The clause this one belongs to (conditions, relatives, complements, coordinates). */
  host?: number;
  condition?: { kind: ConditionKind; cue: number[] };
  /** A coordinate predicate with no subject of its own ("… shall hold and release records"). */
  sharesSubject?: boolean;
  /** A relative clause inside its host's subject: it ends where the host's predicate starts. */
  inSubject?: boolean;
  /** A condition before its host's predicate ("Unless …, the clerk shall …"): it ends at a comma. */
  fronted?: boolean;
  /** A condition set off by commas inside its host ("shall be made, when practicable, to determine"): it ends at a comma. */
  interjected?: boolean;
}

const MODAL_WORDS = new Set(['shall', 'must', 'may', 'will', 'should', 'can', 'would', 'could', 'might']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'wherein', 'whereby']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const isPredicate = (t: Token) => t.pos === 'AUX' || t.pos === 'VERB';
const isModal = (t: Token) => MODAL_WORDS.has(t.lower) && t.pos !== 'NOUN';
const isPunct = (t: Token | undefined, p: string) => !!t && t.text === p;

export function splitClauses(tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  const skip = new Set<number>();
  let cur = open({ role: 'main', tokens: [] });
  const stack: number[] = [];

  function open(c: Clause): number {
    clauses.push(c);
    return clauses.length - 1;
  }
  const C = () => clauses[cur];
  // Each clause's tokens only grow while splitting: what they hold is read once, not rescanned at every token.
  const seen: number[] = [];
  const flags: Array<{ predicate: boolean; verb: boolean }> = [];
  const scan = (c: number) => {
    const f = (flags[c] ??= { predicate: false, verb: false });
    const list = clauses[c].tokens;
    for (let n = seen[c] ?? 0; n < list.length; n++) {
      const t = tokens[list[n]];
      if (isPredicate(t)) {
        f.predicate = true;
        if (!isModal(t)) f.verb = true;
      }
    }
    seen[c] = list.length;
    return f;
  };
  const hasPredicate = (c: number) => scan(c).predicate;
  // "In no event shall an inmate who …": a modal alone, inverted before its subject, is not yet the predicate.
  const hasVerb = (c: number) => scan(c).verb;
  /** The clause a new coordinate or condition belongs beside: past conditions, relatives, complements. */
  const levelOf = (c: number): number => (['condition', 'relative', 'subordinate'].includes(clauses[c].role) && clauses[c].host !== undefined ? levelOf(clauses[c].host!) : c);

  markParentheticals(tokens, skip, (inner, role) => {
    const sub = matchSubordinator(tokens, inner[0]);
    if (sub?.kind) {
      const n = sub.words.length;
      return open({ role: 'condition', tokens: inner.slice(n), condition: { kind: sub.kind, cue: inner.slice(0, n) }, host: 0 });
    }
    return open({ role, tokens: inner, host: 0, sharesSubject: true });
  });

  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i)) continue;
    const t = tokens[i];
    const prev = tokens[i - 1];
    // A relative clause inside a subject ends where the host's verb group starts.
    while (C().role === 'relative' && C().inSubject && endsRelative(tokens, C().tokens, i)) cur = stack.pop() ?? 0;
    if (t.text === ',' && (C().fronted || C().interjected || (C().role === 'relative' && !C().inSubject && !seriesFollows(tokens, i)))) {
      cur = stack.pop() ?? levelOf(cur);
      continue;
    }
    // "Where suspicion exists that the person is …, the officer shall": a comma closes a fronted condition through the complement inside it.
    if (t.text === ',' && C().role === 'complement') {
      let c = cur;
      while (clauses[c].role === 'complement' && clauses[c].host !== undefined) c = clauses[c].host!;
      if (clauses[c].fronted || clauses[c].interjected) {
        cur = stack.pop() ?? levelOf(c);
        continue;
      }
    }
    // "… without a court order, or release the person": a verb group after a trailing condition is the host's again.
    if (t.text === ',' && C().role === 'condition' && !C().fronted) {
      const j = tokens[i + 1]?.pos === 'CCONJ' ? i + 2 : i + 1;
      if (tokens[j] && startsPredicate(tokens, j) && (isModal(tokens[j]) || (tokens[j].pos === 'VERB' && tokens[j].lower === tokens[j].lemma))) {
        stack.length = 0;
        cur = open({ role: 'coordinate', tokens: j > i + 1 ? [i + 1] : [], host: levelOf(cur), sharesSubject: true });
        i = j - 1;
        continue;
      }
    }
    // "do not ask about X, do not participate in Y": a comma before another negated verb group starts its own predicate.
    if (t.text === ',' && hasPredicate(cur) && negatedGroupAt(tokens, tokens[i + 1]?.pos === 'CCONJ' ? i + 2 : i + 1)) {
      stack.length = 0;
      cur = open({ role: 'coordinate', tokens: [], host: levelOf(cur), sharesSubject: true });
      continue;
    }
    if (t.text === ';' || t.text === ':') {
      stack.length = 0;
      cur = open({ role: 'coordinate', tokens: [], host: 0 });
      continue;
    }
    // "By requiring …, the bill would …", "Upon receiving a request, staff shall …": a fronted gerund phrase is subordinate to what follows.
    if (C().role === 'main' && C().tokens.length === 0 && t.pos === 'ADP' && tokens[i + 1]?.pos === 'VERB' && tokens[i + 1].lower.endsWith('ing') && tokens.some((x, k) => k > i && x.text === ',')) {
      stack.push(cur);
      cur = open({ role: 'subordinate', tokens: [i], host: cur, fronted: true });
      continue;
    }
    const found = matchSubordinator(tokens, i);
    // "whether to ask" names the act weighed; "… whether the person committed …" inside a subject is read with it.
    // "because of this commitment" is a preposition, not a clause.
    if (found?.words[0] === 'because' && tokens[i + 1]?.lower === 'of') {
      C().tokens.push(i);
      continue;
    }
    const sub = found?.words[0] === 'whether' && found.words.length === 1 && (tokens[i + 1]?.lower === 'to' || !hasVerb(levelOf(cur)) || C().role !== 'main') ? undefined : found;
    if (sub) {
      const host = levelOf(cur);
      const fronted = !clauses[host].tokens.some((k) => finiteAt(tokens, k));
      const cue = sub.words.map((_, k) => i + k);
      const interjected = !fronted && interjection(tokens, i, sub.words.length);
      if (fronted || interjected) stack.push(host);
      cur = open(sub.kind ? { role: 'condition', tokens: [], host, fronted, interjected, condition: { kind: sub.kind, cue } } : { role: 'subordinate', tokens: [], host, fronted, interjected });
      i += sub.words.length - 1;
      continue;
    }
    const afterNoun = prev && NOMINAL.has(prev.pos) && prev.pos !== 'PRON';
    if (RELATIVE_PRONOUNS.has(t.lower) && prev && (NOMINAL.has(prev.pos) || isPunct(prev, ',')) || (t.lower === 'that' && afterNoun)) {
      stack.push(cur);
      cur = open({ role: 'relative', tokens: [i], host: cur, inSubject: !hasVerb(cur) || (C().role === 'relative' && !!C().inSubject) });
      continue;
    }
    if (t.lower === 'that' && prev && (prev.pos === 'VERB' || prev.pos === 'ADJ')) {
      cur = open({ role: 'complement', tokens: [], host: cur });
      continue;
    }
    if (reducedRelative(tokens, i, skip) && !hasPredicate(cur) && ['main', 'coordinate', 'condition', 'complement'].includes(C().role)) {
      stack.push(cur);
      cur = open({ role: 'relative', tokens: [i], host: cur, inSubject: true });
      continue;
    }
    if (t.pos === 'CCONJ' && hasPredicate(cur) && startsPredicate(tokens, i + 1) && !(C().role === 'relative' && C().inSubject && !isModal(tokens[i + 1])) && !coordinatesComplement(tokens, C().tokens, i)) {
      // "…, and shall notify" leaves a condition; "unless a judge signs and files" stays in it.
      // "that no employee shall inquire into, record, or disclose": a verb with no modal of its own stays in a relative clause after the verb.
      const stays = (C().role === 'condition' || (C().role === 'relative' && !C().inSubject)) && !isModal(tokens[i + 1]);
      const host = stays ? cur : levelOf(cur);
      if (host !== cur || C().role !== 'condition') {
        stack.length = 0;
        cur = open({ role: 'coordinate', tokens: [i], host, sharesSubject: true });
        continue;
      }
    }
    if (t.pos === 'CCONJ' && isPunct(prev, ',') && hasPredicate(cur) && newSubjectFollows(tokens, i + 1)) {
      stack.length = 0;
      cur = open({ role: 'coordinate', tokens: [i], host: levelOf(cur) });
      continue;
    }
    C().tokens.push(i);
  }
  return dropEmpty(clauses);
}

/** Drops clauses left empty (a trailing ";"), renumbering hosts. */
function dropEmpty(clauses: Clause[]): Clause[] {
  const keep = clauses.map((c, k) => k === 0 || c.tokens.length > 0 || !!c.condition);
  const index: number[] = [];
  let n = 0;
  for (const k of keep) index.push(k ? n++ : -1);
  return clauses.filter((_, k) => keep[k]).map((c) => (c.host === undefined ? c : { ...c, host: Math.max(0, index[c.host]) }));
}

/**
 * A condition between commas that its host reads on past: straight after a modal ("shall not, if informed …,
 * report"), or with no verb of its own ("shall be made, when practicable, to determine").
 */
function interjection(tokens: Token[], at: number, cueLength: number): boolean {
  if (tokens[at - 1]?.text !== ',') return false;
  let close = -1;
  for (let k = at + cueLength; k < tokens.length && k < at + 40; k++) {
    if (tokens[k].text === ',') {
      close = k;
      break;
    }
    if (tokens[k].text === ';' || tokens[k].text === ':') return false;
  }
  if (close < 0 || !tokens[close + 1]) return false;
  let before = at - 2;
  while (before >= 0 && ['not', "n't"].includes(tokens[before].lower)) before--;
  if (before >= 0 && isModal(tokens[before])) return true;
  for (let k = at + cueLength; k < close; k++) if (isPredicate(tokens[k])) return false;
  return true;
}

/**
 * "shall not prohibit an officer from assisting or cooperating", "shall not enter … to conduct or assist":
 * the conjunction joins a verb the clause's own verb governs, not a second predicate. True when the
 * nearest verb before it is not the clause's first verb and the verb after it has no modal.
 */
function coordinatesComplement(tokens: Token[], clause: number[], at: number): boolean {
  if (isModal(tokens[at + 1])) return false;
  // A gerund the tagger read as a noun ("from communicating or cooperating") counts as a verb here.
  const verbal = (k: number) => tokens[k].pos === 'VERB' || (tokens[k].pos === 'NOUN' && tokens[k].lower.endsWith('ing') && tokens[k - 1]?.pos === 'ADP');
  const verbs = clause.filter((k) => k < at && verbal(k));
  return verbs.length > 1 && verbs[verbs.length - 1] !== verbs[0];
}

/** ", record, or disclose …": a comma inside a series of verbs ("inquire into, record, or disclose"), closed by a conjunction and a verb. */
function seriesFollows(tokens: Token[], comma: number): boolean {
  const nominal = (t: Token | undefined) => !!t && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos);
  let nouns = true;
  for (let k = comma + 1; k < tokens.length && k <= comma + 5; k++) {
    // ", record, or disclose": a series of verbs; ", apprehension, or detention of …": a series of nouns.
    if (tokens[k].pos === 'CCONJ') return startsPredicate(tokens, k + 1) || (nouns && k > comma + 1 && nominal(tokens[k + 1]));
    if (isPredicate(tokens[k]) && isModal(tokens[k])) return false;
    if (!nominal(tokens[k]) && tokens[k].text !== ',') nouns = false;
  }
  return false;
}

/** A verb that can head a clause: a modal, an auxiliary, or a verb that is no infinitive, gerund or participle after a noun ("an arrest made in …"). */
function finiteAt(tokens: Token[], k: number): boolean {
  const [t, prev] = [tokens[k], tokens[k - 1]];
  if (t.pos === 'AUX') return true;
  if (t.pos !== 'VERB' || prev?.lower === 'to' || t.lower.endsWith('ing')) return false;
  return !(prev && NOMINAL.has(prev.pos) && t.lower !== t.lemma && !/[^s]s$/.test(t.lower));
}

/** "do not …", "shall not …", "may not …" at i. */
function negatedGroupAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && (isModal(t) || ['do', 'does', 'did'].includes(t.lower)) && ['not', "n't"].includes(tokens[i + 1]?.lower ?? '');
}

/** "hold", "not hold", "shall release", "never releases": a verb group starts at `i`. */
function startsPredicate(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && ['not', 'also', 'then', 'never', 'thereafter', 'promptly', 'immediately'].includes(tokens[k].lower)) k++;
  return !!tokens[k] && isPredicate(tokens[k]);
}

/** ", and the judge shall sign": a noun phrase, then a modal or verb before the next comma. */
function newSubjectFollows(tokens: Token[], i: number): boolean {
  if (!tokens[i] || !['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(tokens[i].pos)) return false;
  for (let k = i + 1; k < tokens.length && tokens[k].text !== ',' && tokens[k].text !== ';'; k++) {
    if (matchSubordinator(tokens, k)) return false;
    // "…, or other place of worship to conduct", "…, or accent in deciding", "…, or origin … permitted by": an infinitive, a
    // gerund or a participle after a noun is no predicate of a new subject.
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && prev.lower !== 'to' && !t.lower.endsWith('ing') && !(NOMINAL.has(prev.pos) && t.lower !== t.lemma && !/[^s]s$/.test(t.lower)))) return true;
  }
  return false;
}

/** A past or -ing participle right after a noun, with the sentence's own modal or verb still to come. */
function reducedRelative(tokens: Token[], i: number, skip: Set<number>): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t.pos !== 'VERB' || !prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  if (t.lower === t.lemma || /[^s]s$/.test(t.lower)) return false; // a base or -s form is finite
  for (let k = i + 1; k < tokens.length; k++) {
    if (skip.has(k)) continue;
    const w = tokens[k];
    // "…on Form 1 or Form 2 is": a conjunction between nouns is inside the phrase; before a verb it ends the search.
    if (w.lower === 'that' || w.text === ';' || (w.pos === 'CCONJ' && startsPredicate(tokens, k + 1))) return false;
    if (isModal(w) || (w.pos === 'AUX' && w.lemma === 'be')) return true;
  }
  return false;
}

function endsRelative(tokens: Token[], rel: number[], i: number): boolean {
  const t = tokens[i];
  // "who cannot prove …": a modal ends the relative clause only once it has a verb of its own.
  if (isModal(t)) return rel.some((k) => isPredicate(tokens[k]));
  if (!isPredicate(t)) return false;
  const sawVerb = rel.some((k) => isPredicate(tokens[k]));
  const prev = tokens[i - 1];
  // "who commit crimes and who are arrested", "that a person is … or speaks …": a second relative pronoun or a
  // conjunction carries the clause on.
  if (prev && (RELATIVE_PRONOUNS.has(prev.lower) || prev.pos === 'CCONJ')) return false;
  // A participle right after a noun describes it ("an order issued by …"): no new verb group.
  if (t.pos === 'VERB' && prev && NOMINAL.has(prev.pos) && t.lower !== t.lemma && !/[^s]s$/.test(t.lower)) return false;
  // A new verb group: not the participle of "are held", nor the verb of "wish to hold".
  return sawVerb && !!prev && !isPredicate(prev) && prev.pos !== 'PART' && prev.pos !== 'ADV';
}

/**
 * Brackets "( … )" and ", but is not required to," (a comma, a conjunction, a verb group, a comma, then
 * a verb) are parentheticals: their own clause, and their host reads on as if they were not there.
 */
function markParentheticals(tokens: Token[], skip: Set<number>, make: (inner: number[], role: Role) => number): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === '(') {
      const close = tokens.findIndex((t, k) => k > i && t.text === ')');
      if (close < 0) continue;
      const inner = range(i + 1, close);
      for (let k = i; k <= close; k++) skip.add(k);
      if (inner.length) make(inner, 'parenthetical');
      i = close;
    } else if (tokens[i].text === ',' && tokens[i + 1]?.pos === 'CCONJ') {
      const close = tokens.findIndex((t, k) => k > i + 1 && k < i + 12 && t.text === ',');
      if (close < 0 || !isPredicate(tokens[close + 1] ?? tokens[i]) || tokens[close + 1]?.pos !== 'VERB') continue;
      const inner = range(i + 1, close);
      if (!inner.some((k) => isPredicate(tokens[k]))) continue;
      for (let k = i; k <= close; k++) skip.add(k);
      make(inner, 'parenthetical');
      i = close;
    }
  }
}

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
