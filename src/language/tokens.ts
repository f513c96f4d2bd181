// Tokens with lemma and part of speech (Universal Dependencies coarse tags) for one sentence, from
// wink-nlp's English model plus the few generic repairs in retag.ts. No Node built-ins and no editor
// API: this runs in a browser web worker too (the model decodes itself with `atob`).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { RETAGS } from './retag';

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The token as written. */
  text: string;
  /** `text` lower-cased. */
  lower: string;
  /** Dictionary form, lower-case ("held" → "hold", "records" → "record", "n't" → "not"). */
  lemma: string;
  pos: Pos;
  /** Character offsets into the sentence: sentence.slice(start, end) === text. */
  start: number;
  end: number;
}

type Engine = ReturnType<typeof winkNLP>;
let engine: Engine | undefined;

/** The model is decoded on first use (≈120 ms), not when this module loads. */
function nlp(): Engine {
  // Only the tagger: sentence splitting and entities are not needed for one sentence.
  return (engine ??= winkNLP(model, ['pos']));
}

/** Loads the model now (for timing, or to pay the cost before the first sentence). */
export function loadLanguageModel(): void {
  nlp();
}

/**
 * A title-case first word is read as a proper noun with no lemma ("Records held…" → PROPN "records");
 * lower-casing its first letter before tagging gives "record"/NOUN. All-caps words stay as written.
 * Example: "Tenants shall…" is tagged as "tenants shall…". Offsets are unchanged (same length).
 */
export function lowerInitialCapital(sentence: string): string {
  const m = /^([^A-Za-z0-9]*)([A-Z])([a-z][A-Za-z]*)\b/.exec(sentence);
  if (!m) return sentence;
  const at = m[1].length;
  return sentence.slice(0, at) + m[2].toLowerCase() + sentence.slice(at + 1);
}

/**
 * A sentence set in capitals ("NO EMPLOYEE SHALL USE STATE RESOURCES…") is tagged in lower case: the tagger reads
 * capitalised words as proper nouns. Same length, so offsets are unchanged.
 */
export function lowerCapitals(sentence: string): string {
  let letters = 0;
  let lower = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (!(c >= 65 && c <= 90)) continue;
    letters++;
    // Most sentences show enough lower case at once.
    if (lower > 3 && lower > letters * 0.2) return sentence;
  }
  return letters >= 12 && lower <= letters * 0.2 ? sentence.toLowerCase() : sentence;
}

/**
 * An enumeration label inside a sentence ("shall (1) honor …, (2) provide …", "subsection (b)") is blanked
 * (same length) before tagging: it is no word, and after it the tagger reads the verb as a noun.
 */
const LABEL = /(^|[\s,;:])(\((?:\d{1,2}|[a-z]{1,2}|[ivx]{1,4})\))(?=[\s,;:.]|$)/gi;
export function blankLabels(sentence: string): string {
  return sentence.replace(LABEL, (_m, before: string, label: string) => before + ' '.repeat(label.length));
}

export function tokenize(sentence: string): Token[] {
  const e = nlp();
  const its = e.its;
  const tokens = e.readDoc(blankLabels(lowerCapitals(lowerInitialCapital(sentence)))).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink's typings declare its.lemma with a third parameter that `out` does not type; it works at run time.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    let start = at;
    // wink keeps the text as written, so its string is the token's text (no copy); if a token ever differs, find it rather than drift.
    const asWritten = sentence.startsWith(values[i], at);
    if (!asWritten && sentence.slice(at, at + values[i].length).toLowerCase() !== values[i].toLowerCase()) {
      const found = sentence.toLowerCase().indexOf(values[i].toLowerCase(), at);
      if (found >= 0) start = found;
    }
    const end = start + values[i].length;
    const text = asWritten ? values[i] : sentence.slice(start, end);
    // wink gives no lemma for "cannot" before punctuation ("cannot: give"); the word is its own then.
    // (A typographic apostrophe reads as a plain one: "don’t" has the "n't" of "don't".)
    const lower = text.toLowerCase().replace(/’/g, "'");
    out.push({ text, lower, lemma: lemmas[i] == null ? lower : lemmas[i].toLowerCase(), pos: tags[i] as Pos, start, end });
    at = end;
  }
  const joined = joinCodes(splitBracketRuns(out), sentence);
  for (const rule of RETAGS) rule.apply(joined);
  return joined;
}

/** wink reads a bracket with the punctuation after it as one symbol (");", "),"): each mark is a token, or a ";" after a
 *  parenthesis would not end the clause before it. */
const BRACKET_RUN = /^(?=.*[()[\]])[()[\];:,.]{2,}$/;
function splitBracketRuns(tokens: Token[]): Token[] {
  if (!tokens.some((t) => BRACKET_RUN.test(t.text))) return tokens;
  return tokens.flatMap((t) =>
    BRACKET_RUN.test(t.text) ? [...t.text].map((c, k) => ({ text: c, lower: c, lemma: c, pos: 'PUNCT' as Pos, start: t.start + k, end: t.start + k + 1 })) : [t],
  );
}

/**
 * Codes and subsection numbers stay one token: a run of tokens with no space between them that reads as
 * an alphanumeric with a digit and parenthesised parts ("12(b)", "2(a)(1)") or hyphen-joined parts
 * ("W-4A", "B-200"; wink already keeps most of these whole). "48-hour" and "clerk(s)" are not codes.
 */
const CODE = /^(?=[A-Za-z0-9]*\d)[A-Za-z0-9]+(?:\([A-Za-z0-9]{1,4}\))+$|^[A-Za-z]{1,4}-[A-Za-z]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

const CODE_CHARS = /^[A-Za-z0-9()-]*$/;

export function joinCodes(tokens: Token[], sentence: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best = i;
    for (let j = i + 1; j < tokens.length && j < i + 12 && tokens[j].start === tokens[j - 1].end; j++) {
      // A code has only letters, digits, brackets and hyphens: past any other character no longer run is one.
      if (!CODE_CHARS.test(tokens[j].text) || (j === i + 1 && !CODE_CHARS.test(tokens[i].text))) break;
      if (CODE.test(sentence.slice(tokens[i].start, tokens[j].end))) best = j;
    }
    if (best === i) {
      out.push(tokens[i]);
      continue;
    }
    const text = sentence.slice(tokens[i].start, tokens[best].end);
    out.push({ text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', start: tokens[i].start, end: tokens[best].end });
    i = best;
  }
  return out;
}
