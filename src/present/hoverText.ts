// Hover text as Markdown. Links are made by the caller (an editor's command links), so this stays
// editor-free.
import { explanationParts, type ExplanationPart } from './ruleExplanation';
import type { Caveat, GlossaryTerm, Pack } from '../corpus/types';
import type { Finding } from '../lint/finding';
import type { RuleEvidence } from '../lint/matchSentence';
import { bestSentence, clipAt, pointsBack, snippetFor, snippetSentences, type SnippetSentence } from '../search/snippet';
import { termsOf } from '../search/terms';
import { caveatMarkdown, caveatsFor, escapeMarkdown, sourcesMarkdown } from './caveatText';
import { withMarkers } from './caveatMarkers';
import { createMentionTest, explainingEntry } from './glossaryTerms';
import { doubtfulCaveats, doubtfulSummary } from './citation';

export interface HoverLinks {
  openEntry(entryId: string): string;
  search(query: string): string;
  openRule(ruleId: string): string;
  /** The finding's fixes (add a condition, insert the suggested provision), each a short label, a link and its full title. */
  fixes?(finding: HoverFinding): Array<{ label: string; link: string; title?: string; kind?: 'rewrite' | 'insert' | 'existing' }>;
  /** Inserts a suppression comment with a reason to type. */
  suppress?(finding: HoverFinding): string | undefined;
  /** Said beside the suppress link: in a plain-text draft the comment prints with the policy. */
  suppressNote?: string;
}

export type HoverFinding = Pick<Finding, 'ruleId' | 'entries' | 'suggestion' | 'evidence' | 'message' | 'range'>;

/** One line under every hover: what the hover is not. */
/** The notice where a drafter reads the guidance: hovers, and the top of the Guidance view. */
export const NOT_LEGAL_ADVICE = 'Not legal advice. Parts of the corpus are unverified; see each entry’s caveats.';
export const HOVER_FOOTER = `*${NOT_LEGAL_ADVICE}*`;
/** Said on a hover's first lines too: a long hover's footer is below the fold (the UX trial). */
const NOTICE_TAG = '*Not legal advice.*';

/** Hover parts separated by rules, with the footer once at the end. */
export function joinHovers(parts: string[]): string {
  return [...parts, HOVER_FOOTER].join('\n\n---\n\n');
}

const topicLabel = (pack: Pack, topicId: string) => escapeMarkdown(pack.topics.find((t) => t.id === topicId)?.label ?? topicId);

/** The entry's caveats with those that name the term (in their quote or note) first. */
export function caveatsNaming(pack: Pack, entryId: string, term: GlossaryTerm): Caveat[] {
  const mentions = createMentionTest(term);
  const caveats = caveatsFor(pack, entryId);
  return [...caveats.filter((c) => mentions(`${c.quote}\n${c.note}`)), ...caveats.filter((c) => !mentions(`${c.quote}\n${c.note}`))];
}

/** A glossary term: the best corpus excerpt about it, where it comes from, and its caveats, the one
 *  about the term first. A term the corpus never uses says so, with the term's verified note. */
export function termHover(pack: Pack, term: GlossaryTerm, links: HoverLinks): string {
  const searchLink = `[Search guidance for “${escapeMarkdown(term.term)}”](${links.search(term.term)})`;
  const entryLinks = (ids: string[]) => ids.map((id) => `[${id}](${links.openEntry(id)})`).join(', ');
  const entry = explainingEntry(pack, term);
  if (!entry) {
    return [
      `**${escapeMarkdown(term.term)}** · ${escapeMarkdown(pack.meta.title)} · ${NOTICE_TAG}`,
      '',
      `The corpus does not mention “${escapeMarkdown(term.term)}”.`,
      ...(term.note ? ['', `**Verified note** (not corpus text): ${escapeMarkdown(term.note)}${term.sources?.length ? ` *Sources:* ${sourcesMarkdown(term.sources)}` : ''}`] : []),
      '',
      `${term.entries.length ? `Related entries: ${entryLinks(term.entries)} · ` : ''}${searchLink}`,
    ].join('\n');
  }
  const words = new Set(termsOf([term.term, ...term.synonyms].join(' ')));
  const all = caveatsFor(pack, entry.id);
  const doubtful = doubtfulCaveats(pack, entry.id);
  const excerpt = termExcerpt(snippetSentences(entry.answerText), words, doubtful);
  // Every caveat on a passage of the excerpt is marked there, as the entry marks it, and shown in full:
  // a quoted "48 hours" must not lose the note beside it. With none, the caveat that names the term, if one does: a
  // caveat on another passage (bond hearings, under "consular notification") would read as being about the term.
  const { text: marked, marked: onExcerpt } = withMarkers(excerpt, all);
  const mentions = createMentionTest(term);
  const shown = onExcerpt.size ? all.filter((c) => onExcerpt.has(c)) : mostAbout(all.filter((c) => mentions(`${c.quote}\n${c.note}`)), mentions, doubtful).slice(0, 1);
  const rest = all.length - shown.length;
  const more = term.entries.filter((id) => id !== entry.id);
  // An excerpt cut short is still the corpus's words, but not all of them (a drafter's trial: "quoted as written" over "…").
  const cut = excerpt.includes('…') && !entry.answerText.includes('…');
  return [
    // What in the entry is doubtful heads the hover, also where the passage quoted carries no marker: a county counsel read
    // Q2's advice to rely on judges' warrants with only a context note shown, its unverified source under "+5 more caveats".
    `**${escapeMarkdown(term.term)}** · ${escapeMarkdown(pack.meta.title)}, ${entry.id} (${topicLabel(pack, entry.topic)}${doubtful.length ? `; ${doubtfulSummary(doubtful)}` : ''}) · ${NOTICE_TAG}`,
    '',
    `> ${escapeMarkdown(marked)}`,
    '',
    `*Corpus text, quoted as written${cut ? '; “…” marks words left out' : ''}${onExcerpt.size ? '; the bracketed markers are not' : ''}.*${more.length ? ` Also: ${entryLinks(more)}.` : ''}`,
    ...shown.flatMap((c) => ['', `${onExcerpt.has(c) ? `(caveat ${all.indexOf(c) + 1}) ` : ''}${caveatMarkdown(c)}`]),
    ...(rest > 0 ? ['', `+${rest} more caveat${rest > 1 ? 's' : ''} in ${entry.id}.`] : []),
    '',
    `[Open ${entry.id}](${links.openEntry(entry.id)}) · ${searchLink}`,
  ].join('\n');
}

/** Caveats that doubt a passage first, then those whose note speaks of the term most (a drafter's trial: "sanctuary
 *  policy" showed who is Attorney General, and hid what RSMo 67.307 says a sanctuary policy is). Stable otherwise. */
function mostAbout(caveats: Caveat[], mentions: (text: string) => boolean, doubtful: readonly Caveat[]): Caveat[] {
  const doubt = (c: Caveat) => (doubtful.includes(c) ? 1 : 0);
  const about = (c: Caveat) => c.note.split(/(?<=[.;:])\s+/).filter(mentions).length;
  return [...caveats].sort((a, b) => doubt(b) - doubt(a) || about(b) - about(a));
}

/**
 * The entry's sentence that best shows the term, with the sentence before it where it opens by pointing back
 * to a claim one of the `doubtful` caveats is on: quoted alone, Q1's "This means that Missouri law enforcement agencies do not
 * have the authority to … assist ICE …" read as a claim of its own, and the caveat that Missouri law says
 * the opposite of the claim before it did not show (a drafter's trial).
 */
function termExcerpt(sentences: SnippetSentence[], words: ReadonlySet<string>, doubtful: readonly Caveat[]): string {
  const i = bestSentence(sentences, words);
  const own = snippetFor(sentences.slice(i, i + 1), words);
  if (i === 0 || !pointsBack(sentences[i].text)) return own;
  const before = sentences[i - 1].text;
  const doubt = doubtful.find((c) => withMarkers(before, [c]).marked.size);
  // Its opening words point back, so the sentence is quoted from them.
  return doubt ? `${clipAt(before, Math.max(0, before.indexOf(doubt.quote)))} ${clipAt(sentences[i].text, 0)}` : own;
}

/**
 * A glossary term inside a flagged sentence: one line, no corpus passage. The hover there already holds
 * the findings' messages, the entries they rest on and their fixes; a passage with its caveats in full
 * would push the fixes out of view. The term's entry (and how many caveats it has) is a link away, and
 * the term's full hover is shown wherever no finding is.
 */
export function termLine(pack: Pack, term: GlossaryTerm, links: HoverLinks): string {
  const entry = explainingEntry(pack, term);
  const search = `[Search guidance for “${escapeMarkdown(term.term)}”](${links.search(term.term)})`;
  if (!entry) return `**${escapeMarkdown(term.term)}** · the corpus does not mention it · ${search}`;
  const caveats = caveatsFor(pack, entry.id).length;
  const doubt = caveats ? `; ${caveats} caveat${caveats === 1 ? '' : 's'}` : '';
  return `**${escapeMarkdown(term.term)}** · explained in [${entry.id}](${links.openEntry(entry.id)}) (${topicLabel(pack, entry.topic)}${doubt}) · ${search}`;
}

/** A finding under the cursor. The editor already shows the finding's message (often several lines, with
 *  the entries it rests on) above the hover, and a hover is at most about 250 pixels tall: so why the
 *  sentence was flagged comes first, on the rule's line (three drafter trials found it cut off below the
 *  links), then what can be done (add a condition or insert the suggested provision, open the entries,
 *  suppress it; the editor's own "Quick Fix" offers the fixes too), then what the corpus and the law say. */
export function findingHover(pack: Pack, finding: HoverFinding, links: HoverLinks): string {
  return [findingLead(pack, finding, links), ...explained(pack, finding).flatMap((part) => ['', part])].join('\n');
}

/** The rule's line with why, then the links: what findingHover opens with. */
function findingLead(pack: Pack, finding: HoverFinding, links: HoverLinks): string {
  const rule = pack.rules.rules.find((r) => r.id === finding.ruleId);
  const why = finding.evidence
    ? whyText(finding.evidence)
    : rule?.scope === 'document'
      ? 'it checks the whole draft, and something the draft should provide is missing.'
      : undefined;
  const actions = actionLinks(pack, finding, links);
  const about = [rule ? `${escapeMarkdown(rule.title)}.` : '', why ? `Why: ${why}` : ''].filter(Boolean).join(' ');
  const head = `**[${finding.ruleId}](${links.openRule(finding.ruleId)})**${about ? ` · ${about}` : ''}`;
  return [head, '', [...actions, NOTICE_TAG].join(' · ')].join('\n');
}

/** The diagnostic above shows the message: what the corpus and the law say follows, each part under its own label, so
 *  that what the corpus says (unverified in parts) never reads as verified law. */
function explained(pack: Pack, finding: HoverFinding): string[] {
  const rule = pack.rules.rules.find((r) => r.id === finding.ruleId);
  return rule ? explanationParts(rule).map(partMarkdown) : [];
}

/** What is at one place in a draft: one finding, or a pack's missing provisions (they all sit on the title). */
export interface HoverFindings {
  pack: Pack;
  findings: HoverFinding[];
  links: HoverLinks;
}

/**
 * The hover parts for the findings at one place: `leads` come first, `details` last (a caller puts anything short, such as
 * a term's line, between them). One finding: its findingHover, as ever. Several: each one's rule, why and links first,
 * then what the corpus and the law say of each under a line naming its rule: given whole, one after the other, the
 * second finding's rule and fixes fell below the hover's visible part, under the first one's corpus and law text.
 */
export function findingsHoverParts(at: readonly HoverFindings[]): { leads: string[]; details: string[] } {
  const missing = (a: HoverFindings) => missingProvisionsHover(a.pack, a.findings, a.links);
  if (at.length === 1) return { leads: [at[0].findings.length > 1 ? missing(at[0]) : findingHover(at[0].pack, at[0].findings[0], at[0].links)], details: [] };
  const leads = at.map((a) => (a.findings.length > 1 ? missing(a) : findingLead(a.pack, a.findings[0], a.links)));
  const details = at.flatMap((a) => (a.findings.length > 1 ? [] : explainedUnder(a.pack, a.findings[0], a.links)));
  return { leads, details };
}

/** "**[detainer-hold](…): what the corpus and verified sources say**", then those parts; none for a rule that says neither. */
function explainedUnder(pack: Pack, finding: HoverFinding, links: HoverLinks): string[] {
  const rule = pack.rules.rules.find((r) => r.id === finding.ruleId);
  const parts = rule ? explanationParts(rule) : [];
  if (!parts.length) return [];
  const says = parts.map((p) => (p.kind === 'corpus' ? 'the corpus' : 'verified sources')).join(' and ');
  const heading = `**[${finding.ruleId}](${links.openRule(finding.ruleId)}): what ${says} ${says === 'the corpus' ? 'says' : 'say'}**`;
  return [[heading, ...parts.flatMap((part) => ['', partMarkdown(part)])].join('\n')];
}

/** "**What the guidance corpus says** (Q2, Q5; partly unverified): The corpus calls …". */
function partMarkdown(part: ExplanationPart): string {
  return `**${escapeMarkdown(part.label)}**${part.detail ? ` (${escapeMarkdown(part.detail)})` : ''}: ${escapeMarkdown(part.text)}`;
}

/** What can be done about a finding, as links: its fixes (their full titles, where the text goes and that
 *  the drafter's sentence is kept, show on pointing at them), open each entry it rests on, suppress it. */
function actionLinks(pack: Pack, finding: HoverFinding, links: HoverLinks, short = false): string[] {
  const rule = pack.rules.rules.find((r) => r.id === finding.ruleId);
  const suppress = finding.entries.length ? links.suppress?.(finding) : undefined;
  const fixes = links.fixes?.(finding) ?? [];
  // A rule that adds its condition, on a sentence that cannot take it, says so: the UX trial took the missing fix for a fault.
  const noRewrite = !!links.fixes && rule?.scope === 'sentence' && !!rule.rewrite && !fixes.some((f) => f.kind === 'rewrite');
  // No provision is offered where the draft already has one like it (a drafter's trial took its absence for a fault).
  const noInsert = !!links.fixes && rule?.scope === 'sentence' && !!finding.suggestion && !fixes.some((f) => f.kind === 'insert');
  const why = noRewrite && noInsert
    ? ['*(revise this sentence yourself: its condition cannot be added as written, and the draft already has a provision like the one suggested)*']
    : noRewrite ? ['*(its condition cannot be added to this sentence as written: revise it yourself)*']
    : noInsert ? ['*(the draft already has a provision like the one suggested: revise this sentence)*'] : [];
  return [
    ...fixes.map((fix) => `[${escapeMarkdown(short && fix.kind === 'insert' ? 'Insert provision' : fix.label)}](${fix.link}${fix.title ? ` "${fix.title.replace(/["\\]/g, '\\$&')}"` : ''})`),
    ...why,
    ...finding.entries.map((id) => `[Open ${id}](${links.openEntry(id)})`),
    ...(suppress ? [`[Suppress…](${suppress})${links.suppressNote ? ` *(${escapeMarkdown(links.suppressNote)})*` : ''}`] : []),
  ];
}

/** Several missing provisions on one line (document rules all sit on the title): one short line each,
 *  the rule (its page says why and what the corpus says), its title and its links ("Insert provision": the
 *  wording shows on pointing at it), under one lead line.
 *  Given in full, as findingHover gives one, three made one long stack under the editor's own messages (a drafter trial). */
export function missingProvisionsHover(pack: Pack, findings: HoverFinding[], links: HoverLinks): string {
  // The plain-text note about suppression comments is said once, under the lines, not on each (a drafter's trial).
  const { suppressNote, ...perLine } = links;
  const lines = findings.map((finding) => {
    const title = pack.rules.rules.find((r) => r.id === finding.ruleId)?.title;
    return `- **[${finding.ruleId}](${links.openRule(finding.ruleId)})**${title ? ` · ${escapeMarkdown(title)}` : ''} · ${actionLinks(pack, finding, perLine, true).join(' · ')}`;
  });
  const note = suppressNote && findings.some((f) => f.entries.length && links.suppress?.(f)) ? ['', `*Suppress… : ${escapeMarkdown(suppressNote)}.*`] : [];
  // One line: VS Code's part of the hover above it already holds each one's message. Why and what the corpus says are on the
  // rule's page, not in the Problems panel (it shows the message's first sentence, as the hover does).
  return [`**${findings.length} provisions this draft lacks** (why, and what the corpus says: each rule's page):`, '', ...lines, ...note].join('\n');
}

const quote = (words: string) => `“${escapeMarkdown(words.replace(/\s+/g, ' '))}”`;

/** The evidence in words: "“hold” is directed or allowed here, with “ICE detainer”; no judicial warrant is required." */
export function whyText(evidence: RuleEvidence): string {
  const context = evidence.context.map(quote);
  const act = evidence.action
    ? `${quote(evidence.action)} is ${evidence.treatment === 'forbidden' ? 'ruled out or limited' : 'directed or allowed'} here${context.length ? `, with ${context.join(' and ')}` : ''}${evidence.heading ? `, counting the title and headings it stands under (${quote(evidence.heading)})` : ''}`
    : `${context.join(' and ')} appear together${evidence.heading ? `, counting the title and headings it stands under (${quote(evidence.heading)})` : ''}`;
  const unmet = evidence.notRequired.map((concept) => escapeMarkdown(concept.replace(/-/g, ' ')));
  return `${act}${unmet.length ? `; no ${unmet.join(' or ')} is required` : ''}.`;
}
