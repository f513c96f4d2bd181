// Hover text as Markdown. Links are made by the caller (an editor's command links), so this stays
// editor-free.
import type { GlossaryTerm, Pack } from '../corpus/types';
import type { Finding } from '../lint/finding';
import type { RuleEvidence } from '../lint/matchSentence';
import { snippetFor, snippetSentences } from '../search/snippet';
import { termsOf } from '../search/terms';
import { caveatMarkdown, caveatsFor, escapeMarkdown } from './caveatText';

export interface HoverLinks {
  openEntry(entryId: string): string;
  search(query: string): string;
  openRule(ruleId: string): string;
}

const topicLabel = (pack: Pack, topicId: string) => escapeMarkdown(pack.topics.find((t) => t.id === topicId)?.label ?? topicId);

/** A glossary term: the best corpus excerpt about it, where it comes from, and its caveats. */
export function termHover(pack: Pack, term: GlossaryTerm, links: HoverLinks): string {
  const entry = pack.entries.find((e) => e.id === term.entries[0]);
  if (!entry) return `**${escapeMarkdown(term.term)}**`;
  const words = new Set(termsOf([term.term, ...term.synonyms].join(' ')));
  const excerpt = snippetFor(snippetSentences(entry.answerText), words);
  const caveats = caveatsFor(pack, entry.id);
  const more = term.entries.slice(1).map((id) => `[${id}](${links.openEntry(id)})`);
  return [
    `**${escapeMarkdown(term.term)}** · ${escapeMarkdown(pack.meta.title)}, ${entry.id} (${topicLabel(pack, entry.topic)})`,
    '',
    `> ${escapeMarkdown(excerpt)}`,
    '',
    `*Corpus text, quoted as written.*${more.length ? ` Also: ${more.join(', ')}.` : ''}`,
    ...(caveats.length ? ['', `${caveatMarkdown(caveats[0])}${caveats.length > 1 ? ` (+${caveats.length - 1} more caveat${caveats.length > 2 ? 's' : ''} in ${entry.id})` : ''}`] : []),
    '',
    `[Open ${entry.id}](${links.openEntry(entry.id)}) · [Search guidance for “${escapeMarkdown(term.term)}”](${links.search(term.term)})`,
  ].join('\n');
}

/** A finding under the cursor. The editor already shows the finding's message above the hover, so
 *  this adds what the message does not: the rule, the entries it rests on and the suggested wording. */
export function findingHover(pack: Pack, finding: Pick<Finding, 'ruleId' | 'entries' | 'suggestion' | 'evidence'>, links: HoverLinks): string {
  const rule = pack.rules.rules.find((r) => r.id === finding.ruleId);
  const title = rule ? `${rule.id}: ${escapeMarkdown(rule.title)}` : finding.ruleId;
  const restsOn = finding.entries.map((id) => {
    const entry = pack.entries.find((e) => e.id === id);
    return `[${id}](${links.openEntry(id)})${entry ? ` ${escapeMarkdown(entry.question)}` : ''}`;
  });
  return [
    `**[${title}](${links.openRule(finding.ruleId)})**${rule?.scope === 'document' ? ' (checks the whole draft: something it should provide is missing)' : ''}`,
    ...(finding.evidence ? ['', `Why: ${whyText(finding.evidence)}`] : []),
    ...(restsOn.length ? ['', `Rests on: ${restsOn.join(' · ')}`] : []),
    ...(finding.suggestion ? ['', `Suggested wording: *${escapeMarkdown(finding.suggestion)}*`] : []),
  ].join('\n');
}

const quote = (words: string) => `“${escapeMarkdown(words.replace(/\s+/g, ' '))}”`;

/** The evidence in words: "“hold” is directed or allowed here, with “ICE detainer”; no judicial warrant is required." */
export function whyText(evidence: RuleEvidence): string {
  const context = evidence.context.map(quote);
  const act = evidence.action
    ? `${quote(evidence.action)} is ${evidence.treatment === 'forbidden' ? 'forbidden or limited' : 'directed or allowed'} here${context.length ? `, with ${context.join(' and ')}` : ''}`
    : `${context.join(' and ')} appear together`;
  const unmet = evidence.notRequired.map((concept) => escapeMarkdown(concept.replace(/-/g, ' ')));
  return `${act}${unmet.length ? `; no ${unmet.join(' or ')} is required` : ''}.`;
}
