// A phrase that spells out every form of one word in an alternation ("hold|holds", "(person|persons|people)",
// "detain|detains|detained|detaining") must write the shorthand instead ("+hold", "+person", "~detain"): the pack
// then lists lemmas, and the forms come from one place (src/language/inflect.ts). Only a full set is
// rejected: "enforce|enforcing" stays as written, since "~enforce" would also match "enforces" and "enforced".
import { inflections, nounForms } from '../language/inflect';
import { tokenize } from '../rules/compilePhrase';

/** The alternatives of one token: "hold|holds?", "!hold|holds", "(a|b c)?"; undefined for a token without any. */
function alternatives(token: string): string[] | undefined {
  let body = token;
  if (body.startsWith('(')) body = body.slice(1, body.endsWith(')?') ? -2 : -1);
  else {
    if (body.length > 1 && body.startsWith('!')) body = body.slice(1);
    if (body.length > 1 && body.endsWith('?')) body = body.slice(0, -1);
  }
  return body.includes('|') ? body.split('|') : undefined;
}

/** The shorthand a set of spelled-out words is, the largest first: "~hold" for hold|holds|held|holding, else "+hold". */
function shorthandIn(words: Set<string>): { shorthand: string; forms: string[] } | undefined {
  let best: { shorthand: string; forms: string[] } | undefined;
  for (const word of words) {
    for (const [mark, forms] of [['~', inflections(word)], ['+', nounForms(word)]] as const) {
      if (forms.length > 1 && forms.every((form) => words.has(form)) && (!best || forms.length > best.forms.length)) best = { shorthand: `${mark}${word}`, forms };
    }
  }
  return best;
}

/** Why a written phrase must use "~word" or "+word" where it lists a word's forms; undefined when it need not. */
export function spelledFormsProblem(written: string): string | undefined {
  let tokens: string[];
  try {
    tokens = tokenize(written);
  } catch {
    return undefined; // phraseProblem reports it
  }
  for (const token of tokens) {
    const words = new Set((alternatives(token) ?? []).filter((word) => /^[a-z]+$/.test(word)));
    const found = words.size > 1 ? shorthandIn(words) : undefined;
    if (found) return `phrase "${written}" spells out the forms of one word: write ${found.shorthand} for ${found.forms.join('|')}`;
  }
  return undefined;
}
