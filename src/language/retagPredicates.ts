// Repairs of the tagger's reading of a clause's own verb in the present tense, read as a plural noun. About English
// word order only, like retag.ts (whose RETAGS these join, last).
import type { Retag } from './retag';
import type { Token } from './tokens';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'ADJ', 'NUM']);
const WINDOW = 40;

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
];
