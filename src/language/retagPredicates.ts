// Repairs of the tagger's reading of a clause's own verb in the present tense, read as a plural noun. About English
// word order only, like retag.ts (whose RETAGS these join, last).
import type { Retag } from './retag';
import type { Token } from './tokens';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'ADJ', 'NUM']);
const WINDOW = 40;
const RELATIVE_OPENERS = new Set(['that', 'who', 'which']);
/** Words that open a fronted condition or time clause. */
const CONDITION_OPENERS = new Set(['if', 'when', 'whenever', 'where', 'once', 'should', 'unless']);

export const PREDICATE_RETAGS: Retag[] = [
  {
    name: 'presentVerbAfterSubject',
    example: 'The clerk honors requests from tenants. / [The Clerk’s Office] keeps the files. → "honors", "keeps" are VERBs: an -s word right after the subject\'s noun (or the bracket that closes it) and before its object, in a clause with no other verb.',
    apply(tokens: Token[]) {
      for (let i = 1; i + 1 < tokens.length; i++) {
        const t = tokens[i];
        // (A capitalised one goes on a name: "United States", "Human Services".)
        if (t.pos !== 'NOUN' || !/[^su]s$/.test(t.lower) || /^[A-Z][a-z]/.test(t.text)) continue;
        const subject = tokens[i - 1].text === ']' ? tokens[i - 2] : tokens[i - 1];
        if (!subject || !NOMINAL.has(subject.pos) || !OBJECT_OPENERS.has(tokens[i + 1].pos)) continue;
        // The clause has no verb of its own before the word, nor an auxiliary after it ("The jail records clerk shall …").
        // (Looked for within WINDOW tokens each way: a bound, so a long run of such words stays linear.)
        let from = i - 1;
        while (from > 0 && from > i - WINDOW && ![',', ';', ':'].includes(tokens[from - 1].text)) from--;
        let to = i + 1;
        while (to < tokens.length && to < i + WINDOW && ![',', ';', ':', '.'].includes(tokens[to].text)) to++;
        const verbBefore = tokens.slice(from, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
        // (A verb after "and" is a second predicate of the same subject, "honors the order and requires …"; after "to", an infinitive.)
        const finite = (j: number) => tokens[j].pos === 'AUX' || (tokens[j].pos === 'VERB' && !/(?:ed|en|ing)$/.test(tokens[j].lower) && tokens[j - 1].pos !== 'CCONJ' && tokens[j - 1].lower !== 'to');
        let auxAfter = false;
        for (let j = i + 1; j < to && !auxAfter; j++) auxAfter = finite(j);
        if (!verbBefore && !auxAfter) t.pos = 'VERB';
      }
    },
  },
  {
    name: 'presentVerbInRelative',
    example: 'Information that a tenant reports to the clerk shall be kept. → "reports" is a VERB: an -s word right after the subject of a clause opened by "that", "who" or "which", before a preposition or an object, is its verb.',
    apply(tokens: Token[]) {
      for (let i = 2; i + 1 < tokens.length; i++) {
        const t = tokens[i];
        if (t.pos !== 'NOUN' || !/[^su]s$/.test(t.lower) || /^[A-Z][a-z]/.test(t.text) || !NOMINAL.has(tokens[i - 1].pos)) continue;
        const opener = tokens[i - 2].pos === 'DET' ? tokens[i - 3] : tokens[i - 2];
        if (!opener || !RELATIVE_OPENERS.has(opener.lower) || !(tokens[i + 1].pos === 'ADP' || OBJECT_OPENERS.has(tokens[i + 1].pos))) continue;
        // ("Records that the clerk files show …": a verb right after leaves the -s word a noun.)
        if (tokens[i + 2]?.pos !== 'VERB') t.pos = 'VERB';
      }
    },
  },
  {
    name: 'commandAfterCondition',
    example: 'If a visitor asks for a copy, decline. / When a tenant calls, answer and note the time. → "decline", "answer" are VERBs: the bare word that opens the clause after a fronted condition, with no auxiliary after it, gives a command.',
    apply(tokens: Token[]) {
      if (!CONDITION_OPENERS.has(tokens[0]?.lower ?? '')) return;
      // (Each comma in turn, past a series inside the condition: "asks for help at a church, a school or a clinic, decline".)
      for (let comma = 1; comma < tokens.length && comma < WINDOW; comma++) {
        if (tokens[comma].text !== ',') continue;
        const [t, next] = [tokens[comma + 1], tokens[comma + 2]];
        if (!t || t.pos !== 'NOUN' || t.lower !== t.lemma) continue;
        // ("… for access, information or records, …": a noun in a series is no command; "decline and notify …" is.)
        // (", no officer, agent, or employee shall …": a noun before a comma is in a series, not a command.)
        const ends = !next || next.text === '.' || next.text === ';' || OBJECT_OPENERS.has(next.pos) || next.pos === 'PRON' || (next.pos === 'CCONJ' && tokens[comma + 3]?.pos === 'VERB');
        if (!ends) continue;
        // ("If a visitor asks, staff and deputies shall …": a subject before an auxiliary is no command.)
        let aux = false;
        for (let j = comma + 2; j < tokens.length && j < comma + WINDOW && ![';', ':', '.'].includes(tokens[j].text); j++) aux ||= tokens[j].pos === 'AUX';
        if (!aux) t.pos = 'VERB';
        return;
      }
    },
  },
  {
    name: 'thatAfterOpeningVerb',
    example: 'RESOLVED, That the clerk shall keep records. → "That" is SCONJ: after a verb that opens the sentence (and a comma), "that" before a clause with an auxiliary opens what the verb enacts.',
    apply(tokens: Token[]) {
      const that = tokens[1]?.text === ',' ? 2 : 1;
      if (tokens[0]?.pos !== 'VERB' || tokens[that]?.lower !== 'that' || tokens[that].pos === 'SCONJ') return;
      for (let j = that + 1; j < tokens.length && j < that + WINDOW && ![';', ':', '.'].includes(tokens[j].text); j++) {
        if (tokens[j].pos === 'AUX') {
          tokens[that].pos = 'SCONJ';
          return;
        }
      }
    },
  },
];
