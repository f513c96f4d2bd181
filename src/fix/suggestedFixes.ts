// What a drafter may do about a finding, as text edits: never a replacement of their words.
// A rewrite adds a condition to the flagged sentence itself (same actor, same act, the draft's own
// terms), and is offered only where the rewritten sentence no longer conflicts. Otherwise the rule's
// suggested wording is offered as a provision to insert beside the drafter's, never in its place.
import { deniesCondition } from './deniedCondition';
import type { Finding } from '../lint/finding';
import { LineIndex } from '../lint/positions';
import { statesPlainly } from '../language/plainStatement';
import type { Rule } from '../rules/types';
import { blockAround, isWrapped, laidOut, wrappedInsertion } from './blockLayout';

export { LIST_ITEM } from './blockLayout';

/** Offsets into the draft's text, as findings have them. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface SuggestedFix {
  /** "rewrite": the sentence itself gains a condition; "insert": a new provision beside it; "existing": no edit, the
   *  draft already has a provision like the suggested one (`at`), which the flagged sentence should agree with. */
  kind: 'rewrite' | 'insert' | 'existing';
  /** The action's title, with the new text (shortened). */
  title: string;
  /** A short form of the title for a hover's line of links, where the full title would push the explanation out of view. */
  label: string;
  /** The text added, in full. */
  added: string;
  edits: TextEdit[];
  /** For "existing": where the draft's own provision stands. */
  at?: { start: number; end: number };
}

export interface FixInput {
  text: string;
  finding: Finding;
  rule: Rule | undefined;
  /** Whether the rule still flags the sentence (read after its lead-in): a rewrite must clear it. */
  stillFlags(sentence: string, leadIn?: string): boolean;
}

/** The fixes for one finding: a rewrite where one clears the conflict, then the provision to insert. */
export function suggestedFixes(input: FixInput): SuggestedFix[] {
  const fixes: SuggestedFix[] = [];
  const rewrite = rewriteFix(input);
  if (rewrite) fixes.push(rewrite);
  const insert = insertFix(input);
  if (insert) fixes.push(insert);
  return fixes;
}

/** Only the rewrite, for "fix all of one rule": each edit rewrites its own sentence. */
export function rewriteFix({ text, finding, rule, stillFlags }: FixInput): SuggestedFix | undefined {
  if (rule?.scope !== 'sentence' || !rule.rewrite) return undefined;
  const source = text.slice(finding.start, finding.end);
  // A table row's cells or two paragraphs in one range: the place to add a condition is not clear.
  if (source.includes('|') || /\n\s*\n/.test(source)) return undefined;
  // The condition attaches to the sentence's last clause and limits what it affirms, so only a sentence
  // that states the act plainly can take it: not one that already has a condition or a clause after the
  // act ("… so that ICE can take custody only if …"), nor one that negates ("will not be released … only
  // if …", "will not refuse to hold … only if …"), where it would garble or reverse the provision.
  if (finding.evidence?.treatment !== 'directed') return undefined;
  // A table cell read after the cells before it ("Hold on the detainer … | 48 hours"): the condition
  // belongs with the act, so a cell that does not state the act by itself is not rewritten.
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const inTable = !!finding.leadIn && /^\s*\|/.test(text.slice(lineStart, finding.start));
  if (inTable && !stillFlags(finding.excerpt)) return undefined;
  // A list item reads after its lead-in ("The jail shall:"); a cell's lead-in is the cells before it, no grammar.
  if (!statesPlainly(finding.excerpt, inTable ? undefined : finding.leadIn)) return undefined;
  const condition = rule.rewrite.appendCondition;
  // (Where the row or the sentence says the condition is absent, adding it would make the provision say both.)
  if (deniesCondition(`${finding.leadIn ?? ''} ${finding.excerpt}`, condition)) return undefined;
  const rewritten = withCondition(finding.excerpt, condition);
  if (stillFlags(rewritten, finding.leadIn)) return undefined;
  const at = finding.start + conditionOffset(source);
  return {
    kind: 'rewrite',
    // (The rest of the sentence is the drafter's: "… on a detainer alone, but only if …" may need their revision too.)
    title: `Add to this sentence: “…${CONDITION_JOIN}${shorten(condition)}” (then reread it whole: the rest may need revising)`,
    label: `Add “…${CONDITION_JOIN}${shorten(condition, 40)}”`,
    added: condition,
    // In the draft's own line breaks where it is hard-wrapped (a jail captain's trial: each fix left a 124-character line).
    edits: [{ start: at, end: at, newText: wrappedInsertion(text, at, `${CONDITION_JOIN}${condition}`, text.includes('\r\n') ? '\r\n' : '\n') }],
  };
}

function insertFix({ text, finding, rule, stillFlags }: FixInput): SuggestedFix | undefined {
  if (!finding.suggestion) return undefined;
  const provision = inDraftTerms(finding.suggestion, text);
  // A drafter's trial: the provision offered for 608.5(c) repeated 608.5(a). Where the draft already has a provision
  // like it that the rule passes, inserting another would only repeat it: the sentence itself needs revising.
  // It is shown instead, with its line: a city attorney's trial read the bare absence of wording as the tool having none.
  const own = rule?.scope === 'sentence' ? similarProvision(text, provision, finding, stillFlags) : undefined;
  if (own) {
    // (Lines as the editor counts them: a lone "\r" ends one too.)
    const line = new LineIndex(text).position(own.start).line + 1;
    const quoted = `“${shorten(text.slice(own.start, own.end).trim())}”`;
    return { kind: 'existing', title: `Show your provision like the suggested one, line ${line}: ${quoted} (revise this sentence to agree with it)`, label: `Your provision like it (line ${line})`, added: '', edits: [], at: own };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (rule?.scope !== 'sentence') {
    // A document rule: something the draft lacks. Add it as its own paragraph at the end of the section
    // that brings the rule to bear, or else at the end of the draft.
    const section = finding.section;
    const end = section?.end ?? text.replace(/\s+$/, '').length;
    const where = section ? `at the end of section “${shorten(section.heading, 40)}”` : 'at the end of the draft';
    // In the form of what it follows: lettered next after lettered provisions, indented and wrapped as they are.
    const { separator, text: laid } = end > 0 ? laidOut(blockAround(text, end - 1), provision, eol) : { separator: '', text: provision };
    return { kind: 'insert', title: `Insert suggested provision ${where}: “${shorten(provision)}”`, label: insertLabel(provision), added: laid, edits: [{ start: end, end, newText: `${separator}${laid}` }] };
  }
  const block = blockAround(text, finding.start);
  // The drafter's sentence stays as written, so the finding stays until they revise it: the title says so, and where the
  // provision goes (the UX trial: "after this sentence" landed after the list the sentence is an item of).
  const titled = (where: string) => `Insert suggested provision ${where} (yours is kept: revise it to clear the warning): “${shorten(provision)}”`;
  const title = titled('after this sentence');
  // A line with no closing punctuation (a title, a caption) would run into the new sentence: that goes after its paragraph.
  const closed = /[.!?;:][\s*_"'”’)\]]*$/.test(text.slice(finding.start, finding.end));
  // Inside a paragraph of unwrapped lines the new sentence follows the flagged one; on a line of its own where the flagged
  // sentence ends its line and the paragraph goes on below (one sentence a line, as plain-text manuals are set). A wrapped
  // paragraph would be left with one long line in it: the provision goes after it, wrapped alike.
  if (block.kind === 'paragraph' && closed && !isWrapped(block)) {
    const ownLine = /^[ \t]*\r?\n[ \t]*\S/.test(text.slice(finding.end, finding.end + 200));
    return { kind: 'insert', title, label: insertLabel(provision), added: provision, edits: [{ start: finding.end, end: finding.end, newText: ownLine ? `${eol}${provision}` : ` ${provision}` }] };
  }
  // In a list or a table a sentence would break the item or the row (and the lead-in's grammar): the provision goes after
  // the whole list or table, lettered next where the items are lettered provisions, indented and wrapped as they are.
  const { separator, text: laid, labels } = laidOut(block, provision, eol);
  // Numbered or lettered items are named by their labels ("as 3.4, after 3.3"): "after this list" read oddly on a directive's
  // numbered subsections (the UX helper's plain-text general order).
  // ("as 7, after 6": a list marker's own full stop reads oddly inside a sentence; "4.02.6" and "(e)" keep theirs.)
  const bare = (label: string) => label.replace(/^(\d+)[.)]$/, '$1');
  const where = labels ? `as ${bare(labels.next)}, after ${bare(labels.last)}` : `after ${block.kind === 'list' ? 'this list' : block.kind === 'table' ? 'this table' : 'this paragraph'}`;
  return { kind: 'insert', title: titled(where), label: insertLabel(provision), added: laid, edits: [{ start: block.end, end: block.end, newText: `${separator}${laid}` }] };
}

const insertLabel = (provision: string) => `Insert suggested provision: “${shorten(provision, 40)}”`;

// What may follow a sentence's final punctuation mark: closing emphasis, quotes, brackets, spaces.
const TRAILING_CLOSERS = /[\s*_"'”’)\]]/;
const FINAL_MARK = /[.;:!?,]/;

/** Where a condition goes in a sentence: before its final punctuation mark, else at its end. */
function conditionOffset(sentence: string): number {
  let end = sentence.length;
  while (end > 0 && /\s/.test(sentence[end - 1])) end--;
  let mark = end;
  while (mark > 0 && TRAILING_CLOSERS.test(sentence[mark - 1])) mark--;
  if (mark > 0 && FINAL_MARK.test(sentence[mark - 1])) return mark - 1;
  return end;
}

// ", but only if …": set off, the condition reads as limiting the whole provision, not its last phrase
// ("… hold an inmate over a weekend or holiday only if …" could limit only holiday holds).
const CONDITION_JOIN = ', but ';

export function withCondition(sentence: string, condition: string): string {
  const at = conditionOffset(sentence);
  return `${sentence.slice(0, at)}${CONDITION_JOIN}${condition}${sentence.slice(at)}`;
}

// Words too common to tell provisions apart.
const COMMON_WORDS = new Set(['shall', 'must', 'will', 'that', 'this', 'with', 'from', 'into', 'unless', 'only', 'such', 'which', 'their', 'there', 'under', 'upon', 'have', 'been', 'other', 'person', 'persons', 'inmate', 'inmates']);
const STOPS = '.;!?';
// Words a drafter says in their own terms, so a sentence has them whatever it says: whom the text directs ("any member"
// is "any County employee" in a resolution).
const PLACEHOLDERS = new Set(['member', 'members']);

// What a draft may call itself. The suggested wording says "this policy"; a resolution's drafter reads "this resolution".
const SELF_NAME = /\bthis (policy|resolution|ordinance|directive|procedure|regulation|order)\b/gi;

/** The provision with "this policy" said as the draft most often names itself. */
export function inDraftTerms(provision: string, text: string): string {
  if (!/\bthis policy\b/i.test(provision)) return provision;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SELF_NAME)) counts.set(m[1].toLowerCase(), (counts.get(m[1].toLowerCase()) ?? 0) + 1);
  let name = 'policy';
  for (const [n, c] of counts) if (c > (counts.get(name) ?? 0)) name = n;
  return provision.replace(/\bthis policy\b/gi, (m) => `${m.slice(0, 5)}${name}`);
}
// A possessive is its noun ("a person's status" shares "person" with "of any person").
const PROVIDES = /\b(?:shall|must|may|will|cannot|should|nothing)\b/i;
const RECITAL = /^[\s*_#>-]*whereas\b/i;
// (A plural or third-person "-s" goes too: "prohibits" and "prohibit", "authorities" and "authority" count as one word.)
const contentWords = (sentence: string) => new Set((sentence.toLowerCase().match(/[a-z][a-z'’-]{3,}/g) ?? []).map((w) => w.replace(/['’]s$/, '')).filter((w) => !COMMON_WORDS.has(w)).map((w) => w.replace(/(?:ies|(?<!s)s)$/, (m) => (m === 'ies' ? 'y' : ''))));

/** Whether another sentence of the draft has most of the provision's words and is not flagged by the rule. Only the
 *  sentences holding one of the provision's five longest words are read: this runs when quick fixes are asked for (the
 *  cursor on a finding), and a whole 1 MB draft read sentence by sentence took about 20 ms. (One word was too few: a
 *  drafter's "no inmate shall be held … unless the detainer is accompanied by a judicial warrant" lacked "administrative";
 *  three too: "No person shall be held solely on the basis of a request unless a judicial warrant or order signed by a judge
 *  authorizes the hold" has none of "accompanied", "magistrate", "detainer".) */
function similarProvision(text: string, provision: string, finding: Finding, stillFlags: FixInput['stillFlags']): { start: number; end: number } | undefined {
  const wanted = contentWords(provision);
  if (wanted.size === 0) return undefined;
  const keys = [...wanted].sort((a, b) => b.length - a.length).slice(0, 5);
  const lower = text.toLowerCase();
  // (A sentence two keys find is read once. A key is looked for as the text spells it: "authority" stands for
  // "authorities" too, so its "y" is dropped.)
  const read = new Set<number>();
  for (const key of keys) {
    const found = sentenceWithKey(text, lower, key.replace(/y$/, ''), wanted, finding, stillFlags, read);
    if (found) return found;
  }
  return undefined;
}

/** A Markdown heading's line, with its line break. */
const HEADING_ABOVE = /(?:^|\n|\r)[ \t]{0,3}#{1,6}[ \t][^\r\n]*(?:\r\n?|\n)/g;

function sentenceWithKey(text: string, lower: string, key: string, wanted: Set<string>, finding: Finding, stillFlags: FixInput['stillFlags'], read: Set<number>): { start: number; end: number } | undefined {
  let checkedTo = -1;
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, Math.max(at + 1, checkedTo))) {
    // The sentence around it, looked for no further than a long sentence's length either way.
    let start = at;
    // Not across a blank line (a heading above is no part of it), nor ended by an abbreviation's point ("8 U.S.C.").
    let lineEnd = at;
    // (A point between digits is a section number's: "7.5.2 An inmate …" is one sentence.)
    while (start > 0 && at - start < 3000 && !(STOPS.includes(text[start - 1]) && !(text[start - 1] === '.' && /\d/.test(text[start - 2] ?? '') && /\d/.test(text[start] ?? '')))) {
      // (A line ends at "\n", "\r\n" or a lone "\r", as LineIndex reads it.)
      if (text[start - 1] === '\n' || (text[start - 1] === '\r' && text[start] !== '\n')) {
        if (text.slice(start, lineEnd).trim() === '' && lineEnd < at) break;
        lineEnd = start - 1;
      }
      start--;
    }
    // Nor across a Markdown heading's line right above it ("### 604.7.1 Designated deputies" then the sentence).
    let afterHeading = 0;
    for (const heading of text.slice(start, at).matchAll(HEADING_ABOVE)) afterHeading = heading.index + heading[0].length;
    start += afterHeading;
    // (A point before a number or a lower-case word ends no sentence: "8 U.S.C. 1373 require.")
    const stop = /[.;!?](?=[\s"'”’)\]*_]|$)(?![ \t]+[0-9a-z])/.exec(text.slice(at, at + 3000));
    const end = stop ? at + stop.index + 1 : Math.min(text.length, at + 3000);
    checkedTo = end;
    if ((start < finding.end && end > finding.start) || read.has(start)) continue;
    read.add(start);
    const sentence = text.slice(start, end);
    const words = contentWords(sentence);
    let shared = 0;
    for (const w of wanted) if (words.has(w) || PLACEHOLDERS.has(w)) shared++;
    // Half its words: a drafter's own wording of the same limit shares about that many ("A detainer that is not accompanied
    // by a warrant signed by a judge or magistrate shall not by itself be a basis for continued detention": 7 of 13). (Fewer
    // is too few: "shall verify … whether a judicial warrant signed by a judge accompanies it" shares 5 of 11.)
    // (A provision, not a definition or a recital: "**Designated deputy** - A deputy who … has been authorized …".)
    if (shared >= 0.5 * wanted.size && PROVIDES.test(sentence) && !RECITAL.test(sentence) && !stillFlags(sentence.trim())) {
      const lead = sentence.length - sentence.trimStart().length;
      return { start: start + lead, end };
    }
  }
  return undefined;
}

/** The first words of a text for a menu title. */
export function shorten(text: string, max = 70): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:]+$/, '')}…`;
}
