// Adapters: each candidate -> analyze(sentence) = [{ text, lemma, pos }] with Universal Dependencies coarse POS.
// wink-nlp emits UD tags and lemmas natively. compromise and en-pos need a tag mapping (written here, as the
// project would have to); en-pos needs a tokenizer of our own (it only tags) and wink-lemmatizer for lemmas.
// Bench-only: loads from the scratch install in /work/nlp-eval.
const M = process.env.NLP_EVAL_MODULES || '/work/nlp-eval/node_modules/';

const SCONJ = new Set(['after', 'before', 'until', 'unless', 'if', 'while', 'because', 'whether', 'although', 'though', 'since', 'once', 'when', 'that', 'where']);
const CCONJ = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', '&']);

function loadWink() {
  const winkNLP = require(M + 'wink-nlp');
  const model = require(M + 'wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (s) => {
    const toks = nlp.readDoc(s).tokens();
    const v = toks.out(its.value), p = toks.out(its.pos), l = toks.out(its.lemma);
    return v.map((text, i) => ({ text, pos: p[i], lemma: l[i] }));
  };
}

// compromise tags (a set per term) -> UD. Punctuation is not a token in compromise (it sits in pre/post).
function compromiseToUD(tags, word) {
  const has = (t) => tags.has(t);
  const w = word.toLowerCase();
  if (has('Negative')) return 'PART';
  if (has('Value') || has('Cardinal') || has('NumericValue')) return 'NUM';
  if (has('Modal') || has('Auxiliary') || has('Copula')) return 'AUX';
  if (has('Verb')) return 'VERB';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  if (has('Pronoun')) return 'PRON';
  if (has('ProperNoun')) return 'PROPN';
  if (has('Noun')) return 'NOUN';
  if (has('Determiner')) return 'DET';
  if (has('Preposition')) return 'ADP';
  if (has('Conjunction')) return CCONJ.has(w) ? 'CCONJ' : 'SCONJ';
  if (has('QuestionWord')) return 'PRON';
  if (has('Expression')) return 'INTJ';
  return 'X';
}
function loadCompromise() {
  const nlp = require(M + 'compromise').default || require(M + 'compromise');
  return (s) => {
    const doc = nlp(s);
    doc.compute('root');
    return doc.termList().map((t) => {
      const text = t.implicit && !t.text ? t.implicit : t.text; // "aren't" -> "aren't" (implicit are) + "" (implicit not)
      return { text, pos: compromiseToUD(t.tags, t.implicit || t.text), lemma: t.root || t.implicit || t.normal };
    });
  };
}

// Penn-style tokenizer of our own for en-pos: splits punctuation, possessive 's and n't; keeps hyphen/period inner parts.
const TOKEN = /(?:[A-Za-z]\.){2,}|n't\b|'s\b|[A-Za-z0-9]+(?:[-.'][A-Za-z0-9]+)*(?=n't\b)|[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/g;
function tokenizeSimple(s) {
  return s.replace(/[’]/g, "'").match(TOKEN) || [];
}
function pennToUD(tag, word, next) {
  const w = word.toLowerCase();
  if (tag === 'MD') return 'AUX';
  if (tag.startsWith('VB')) return 'VERB'; // be/have/do -> AUX fixed up below
  if (tag === 'NN' || tag === 'NNS') return 'NOUN';
  if (tag === 'NNP' || tag === 'NNPS') return 'PROPN';
  if (tag.startsWith('JJ')) return 'ADJ';
  if (tag.startsWith('RB')) return w === 'not' || w === "n't" ? 'PART' : 'ADV';
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT') return 'DET';
  if (tag === 'PRP' || tag === 'PRP$' || tag === 'WP' || tag === 'WP$' || tag === 'EX') return 'PRON';
  if (tag === 'POS') return 'PART';
  if (tag === 'TO') return next && /^VB/.test(next) ? 'PART' : 'ADP';
  if (tag === 'IN') return SCONJ.has(w) ? 'SCONJ' : 'ADP';
  if (tag === 'CC') return 'CCONJ';
  if (tag === 'CD') return 'NUM';
  if (tag === 'UH') return 'INTJ';
  if (tag === 'RP' || tag === 'PR') return 'ADP';
  if (tag === 'WRB') return 'ADV';
  if (/^[A-Z]/.test(tag)) return 'X';
  return 'PUNCT';
}
function loadEnPos() {
  const { Tag } = require(M + 'en-pos');
  const lem = require(M + 'wink-lemmatizer');
  return (s) => {
    const words = tokenizeSimple(s);
    const tags = new Tag(words).initial().smooth().tags;
    const out = words.map((text, i) => {
      const t = tags[i], lc = text.toLowerCase();
      let lemma = lc;
      if (t === 'NN' || t === 'NNS') lemma = lem.noun(lc);
      else if (t.startsWith('VB')) lemma = lem.verb(lc);
      else if (t.startsWith('JJ')) lemma = lem.adjective(lc);
      else if (lc === "n't") lemma = 'not';
      return { text, pos: pennToUD(t, text, tags[i + 1]), lemma, penn: t };
    });
    // AUX: be always (UD copula); have/do when a verb follows (skipping adverbs/not).
    out.forEach((tok, i) => {
      if (tok.pos !== 'VERB') return;
      if (tok.lemma === 'be') tok.pos = 'AUX';
      else if (tok.lemma === 'have' || tok.lemma === 'do') {
        let j = i + 1;
        while (out[j] && (out[j].pos === 'ADV' || out[j].pos === 'PART')) j++;
        if (out[j] && (out[j].pos === 'VERB' || out[j].pos === 'AUX')) tok.pos = 'AUX';
      }
    });
    return out;
  };
}

const CANDIDATES = {
  'wink-nlp + wink-eng-lite-web-model': loadWink,
  compromise: loadCompromise,
  'en-pos + wink-lemmatizer': loadEnPos,
};
module.exports = { CANDIDATES, tokenizeSimple };
