// Splits a tagged sentence into clauses: coordination, subordinate and condition clauses, relative
// clauses (also reduced ones: "records held by the clerk"), "that"-complements and parentheticals.
// A clause is a list of token indices: a host clause reads on past a relative clause inside it.
import { matchSubordinator, type ConditionKind, type Subordinator } from './cues';
import type { Token } from './tokens';
import { CONTACT_HEADS, QUESTIONING_VERBS } from './actWords';
import { clauseFollows, reducedTimeClause, interjection, coordinatesComplement, seriesFollows, participleSeriesFollows, finiteAt, negatedGroupAt, startsPredicate, newSubjectFollows, reducedRelative, endsRelative, RELATIVE_PRONOUNS, NOMINAL, isPredicate, isModal, joinsAuxiliaries, seriesEndsAtComma, thatAfterAside, subjectRelativeAbove } from './clauseEdges';

const PERSON_PRONOUNS = new Set(['those', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'whoever', 'all']);

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

const isPunct = (t: Token | undefined, p: string) => !!t && t.text === p;
const TIME_CLAUSE_WORDS = new Set(['after', 'before', 'once']);


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
      // ("Requests to meet with a tenant who … shall be denied": an infinitive is no clause's own predicate.)
      if (isPredicate(t) && !(t.pos === 'VERB' && tokens[list[n] - 1]?.lower === 'to')) {
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
    return open({ role, tokens: inner, host: 0, sharesSubject: role === 'parenthetical' });
  });

  for (let i = 0; i < tokens.length; i++) {
    if (skip.has(i)) continue;
    const t = tokens[i];
    const prev = tokens[i - 1];
    // A relative clause inside a subject ends where the host's verb group starts, also seen from a clause inside it ("Staff who observe that a patient … and has no ID shall notify …").
    const above = isModal(t) && prev?.pos !== 'CCONJ' && C().tokens.some((k) => finiteAt(tokens, k)) ? subjectRelativeAbove(clauses, cur) : -1;
    if (above >= 0) while (cur !== clauses[above].host) cur = stack.pop() ?? clauses[above].host!;
    while (C().role === 'relative' && C().inSubject && endsRelative(tokens, C().tokens, i)) cur = stack.pop() ?? 0;
    // "Requests … so that agents can arrive at the door shall be granted": a fronted clause with a verb of its own ends at a
    // second modal, which starts the host's verb group.
    if (C().fronted && (C().role === 'subordinate' || C().role === 'condition') && isModal(t) && prev?.pos !== 'CCONJ' && C().tokens.some((k) => finiteAt(tokens, k))) cur = stack.pop() ?? levelOf(cur);
    // "With the exception of inquiries allowed by law, no officer shall …": a relative clause in a fronted phrase ends at its comma.
    const inFrontedPhrase = C().role === 'relative' && C().inSubject && hasVerb(cur) && tokens[clauses[C().host ?? 0].tokens[0]]?.pos === 'ADP';
    if (t.text === ',' && ((C().fronted && !seriesEndsAtComma(tokens, i)) || C().interjected || inFrontedPhrase || (C().role === 'relative' && !C().inSubject && !seriesFollows(tokens, i) && !participleSeriesFollows(tokens, C().tokens, i)))) {
      // "Unless officials have a purpose that is not related to …, visitors shall not …": the comma that ends a relative clause
      // with no comma before it ends the fronted clause around it too (", who is a visitor," closes only itself).
      const restrictive = C().role === 'relative' && tokens[C().tokens[0] - 1]?.text !== ',';
      cur = stack.pop() ?? levelOf(cur);
      if (restrictive && (C().fronted || C().interjected)) cur = stack.pop() ?? levelOf(cur);
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
    // "because of this commitment" is a preposition, not a clause; "the authority, if any, to …" qualifies a noun, it sets no condition.
    if ((found?.words[0] === 'because' && tokens[i + 1]?.lower === 'of') || (found?.words.length === 1 && found.words[0] === 'if' && tokens[i + 1]?.lower === 'any' && tokens[i + 2]?.pos === 'PUNCT')) {
      C().tokens.push(i);
      continue;
    }
    // (", whether acting through its council or by …," set off by commas is the subject's manner: a clause of its own.)
    const setOff = tokens[i - 1]?.text === ',' && tokens[i + 1]?.pos === 'VERB' && tokens[i + 1].lower.endsWith('ing');
    // ("Whether the clerk may hold records depends on …": a question that opens the sentence is its subject, a clause of its own.)
    const opensSentence = C().role === 'main' && C().tokens.length === 0 && tokens[i + 1]?.lower !== 'to';
    // "after the tenant is entitled to leave": "after", "before" and "once" open a time clause where a subject and its verb
    // follow; otherwise they are prepositions ("after release").
    const timeClause: Subordinator | undefined = TIME_CLAUSE_WORDS.has(t.lower) && (clauseFollows(tokens, i + 1) || reducedTimeClause(tokens, i)) ? { words: [t.lower], example: '' } : undefined;
    const subordinator = found?.words[0] === 'whether' && found.words.length === 1 && !setOff && !opensSentence && (tokens[i + 1]?.lower === 'to' || !hasVerb(levelOf(cur)) || C().role !== 'main') ? undefined : (found ?? timeClause);
    // "ask each person where he was born": right after a verb of asking and the one asked, "where" opens the question asked,
    // not a condition ("shall not ask about status where …" keeps its condition).
    const question = subordinator?.kind && subordinator.words.length === 1 && subordinator.words[0] === 'where' && askedPerson(tokens, i);
    const sub: Subordinator | undefined = question ? { words: subordinator!.words, example: '' } : subordinator;
    if (sub) {
      // "the policy … that unless required by law, the City shall not …": a condition that opens a "that" clause is fronted in it.
      const opensThat = (C().role === 'relative' || C().role === 'complement') && C().tokens.every((k) => tokens[k].lower === 'that');
      // "a request that is supported only by a form": "only" and a preposition right after a relative's verb narrow that verb.
      const narrowsRelative = C().role === 'relative' && sub.words[0] === 'only' && tokens[i - 1]?.pos === 'VERB' && C().tokens[C().tokens.length - 1] === i - 1;
      const host = opensThat || narrowsRelative ? cur : levelOf(cur);
      const fronted = opensThat || !clauses[host].tokens.some((k) => finiteAt(tokens, k));
      const cue = sub.words.map((_, k) => i + k);
      const interjected = !fronted && interjection(tokens, i, sub.words.length);
      if (fronted || interjected) stack.push(host);
      cur = open(sub.kind ? { role: 'condition', tokens: [], host, fronted, interjected, condition: { kind: sub.kind, cue } } : { role: 'subordinate', tokens: [], host, fronted, interjected });
      i += sub.words.length - 1;
      continue;
    }
    // "an agreement that authorizes …, or that otherwise permits …": a conjunction and a relative pronoun open a second
    // relative clause on the same noun, whether the first has closed or not (one inside a subject carries on as it is).
    const pronoun = tokens[i + 1]?.lower ?? '';
    if (t.pos === 'CCONJ' && (RELATIVE_PRONOUNS.has(pronoun) || pronoun === 'that') && !(C().role === 'relative' && C().inSubject)) {
      let sibling = clauses.length - 1;
      if (C().role === 'relative') sibling = cur;
      else while (sibling >= 0 && !(clauses[sibling].role === 'relative' && clauses[sibling].host === cur)) sibling--;
      if (sibling >= 0) {
        if (sibling !== cur) stack.push(cur);
        cur = open({ role: 'relative', tokens: [i], host: clauses[sibling].host, inSubject: false });
        continue;
      }
    }
    const afterNoun = prev && NOMINAL.has(prev.pos) && prev.pos !== 'PRON';
    // ("those who refuse", "anyone who asks": a pronoun that stands for people takes a relative clause as a noun does.)
    const personPronoun = !!prev && PERSON_PRONOUNS.has(prev.lower) && t.lower === 'who';
    if (RELATIVE_PRONOUNS.has(t.lower) && prev && (NOMINAL.has(prev.pos) || isPunct(prev, ',') || personPronoun) || (t.lower === 'that' && afterNoun) || thatAfterAside(tokens, i)) {
      stack.push(cur);
      cur = open({ role: 'relative', tokens: [i], host: cur, inSubject: !hasVerb(cur) || (C().role === 'relative' && !!C().inSubject) });
      continue;
    }
    // "the date on which the tenant would leave", "the clerk to whom it is sent": a preposition and "which"/"whom" after a noun open a relative clause.
    if (t.pos === 'ADP' && prev && NOMINAL.has(prev.pos) && ['which', 'whom'].includes(tokens[i + 1]?.lower ?? '')) {
      stack.push(cur);
      cur = open({ role: 'relative', tokens: [i], host: cur, inSubject: !hasVerb(cur) });
      continue;
    }
    // "… beyond the time the tenant would otherwise leave": a subject and its verb right after a noun of time open a relative clause.
    if (prev?.pos === 'NOUN' && CONTACT_HEADS.has(prev.lemma) && tokens[i - 2]?.pos === 'DET' && newSubjectFollows(tokens, i)) {
      stack.push(cur);
      cur = open({ role: 'relative', tokens: [i], host: cur, inSubject: !hasVerb(cur) });
      continue;
    }
    if (t.lower === 'that' && prev && (prev.pos === 'VERB' || prev.pos === 'ADJ' || (i === 2 && t.pos === 'SCONJ' && tokens[0].pos === 'VERB'))) {
      cur = open({ role: 'complement', tokens: [], host: cur });
      continue;
    }
    if (reducedRelative(tokens, i, skip) && !hasPredicate(cur) && ['main', 'coordinate', 'condition', 'complement'].includes(C().role)) {
      stack.push(cur);
      cur = open({ role: 'relative', tokens: [i], host: cur, inSubject: true });
      continue;
    }
    if (t.pos === 'CCONJ' && hasPredicate(cur) && C().tokens.some((k) => finiteAt(tokens, k)) && startsPredicate(tokens, i + 1) && !(C().role === 'relative' && C().inSubject && !isModal(tokens[i + 1])) && !coordinatesComplement(tokens, C().tokens, i) && !joinsAuxiliaries(tokens, C().tokens, i)) {
      // "…, and shall notify" leaves a condition; "unless a judge signs and files" stays in it.
      // "that no employee shall inquire into, record, or disclose": a verb with no modal of its own stays in a relative clause after the verb.
      // ("Where the name is in question and cannot be found, no clerk shall …": before its comma, a fronted condition keeps even a modal's predicate.)
      const stays = (C().role === 'condition' && (!isModal(tokens[i + 1]) || !!C().fronted)) || (C().role === 'relative' && !C().inSubject && !isModal(tokens[i + 1]));
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
  // Nothing dropped: every host keeps its number, so the clauses stand as they are.
  if (!keep.includes(false)) return clauses;
  const index: number[] = [];
  let n = 0;
  for (const k of keep) index.push(k ? n++ : -1);
  return clauses.filter((_, k) => keep[k]).map((c) => (c.host === undefined ? c : { ...c, host: Math.max(0, index[c.host]) }));
}

/**
 * Brackets "( … )" and ", but is not required to," (a comma, a conjunction, a verb group, a comma, then
 * a verb) are parentheticals: their own clause, and their host reads on as if they were not there.
 */
function markParentheticals(tokens: Token[], skip: Set<number>, make: (inner: number[], role: Role) => number): void {
  // The next ")" after each token, found in one pass: looking it up at every "(" grew with the square of the "(" count.
  const nextClose = new Array<number>(tokens.length);
  for (let k = tokens.length - 1, close = -1; k >= 0; k--) {
    nextClose[k] = close;
    if (tokens[k].text === ')') close = k;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === '(') {
      const close = nextClose[i];
      if (close < 0) continue;
      const inner = range(i + 1, close);
      for (let k = i; k <= close; k++) skip.add(k);
      if (inner.length) make(inner, 'parenthetical');
      i = close;
    } else if (tokens[i].text === ',' && tokens[i + 1]?.pos === 'CCONJ' && startsPredicate(tokens, i + 2)) {
      // ", but is not required to," (a verb group right after the conjunction), not ", or school officer shall …".
      const close = commaBefore(tokens, i + 2, i + 12);
      if (close < 0 || !isPredicate(tokens[close + 1] ?? tokens[i]) || tokens[close + 1]?.pos !== 'VERB') continue;
      const inner = range(i + 1, close);
      if (!inner.some((k) => isPredicate(tokens[k]))) continue;
      for (let k = i; k <= close; k++) skip.add(k);
      make(inner, 'parenthetical');
      i = close;
    } else if (tokens[i].text === ',' && tokens[i + 1]?.lower === 'as' && tokens[i + 2]?.lower !== 'well') {
      // ", as such term is defined in …,", ", as required by law,": an "as" clause set off by commas is subordinate.
      const close = commaBefore(tokens, i + 2, i + 20);
      const inner = range(i + 1, close);
      if (close < 0 || !inner.some((k) => isPredicate(tokens[k]))) continue;
      for (let k = i; k <= close; k++) skip.add(k);
      make(inner, 'subordinate');
      i = close;
    }
  }
}

/** The first "," in [from, to), or -1: a bounded look, so each call costs a constant. */
function commaBefore(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (tokens[k].text === ',') return k;
  return -1;
}

/** The integers a, a + 1, …, b - 1. */
export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}

/** Whether the words before i are a verb of asking and then only the one asked ("ask each driver", "question him"), or a
 *  passive one ("be asked"). */
function askedPerson(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ['DET', 'ADJ', 'NOUN', 'PRON', 'PROPN', 'NUM'].includes(tokens[k].pos)) k--;
  return k >= 0 && tokens[k].pos === 'VERB' && QUESTIONING_VERBS.has(tokens[k].lemma) && (k < i - 1 || tokens[k - 1]?.lemma === 'be');
}
