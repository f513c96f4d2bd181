// A rule explained as a read-only Markdown document: what it flags, what the guidance corpus says and what verified law
// says of it (under headings of their own), what it lets pass and why (its exceptions), and the entries it rests on.
// It opens in a text editor, as entry documents do, so it has no emphasis to show as asterisks.
import type { Pack } from '../corpus/types';
import { BUILTIN_RULES } from '../lint/builtinRules';
import { exclusionsOf } from '../rules/exclusions';
import { escapeMarkdown } from './caveatText';
import { explanationParts, partHeading } from './ruleExplanation';

export function ruleDocument(pack: Pack, ruleId: string): string | undefined {
  const packRule = pack.rules.rules.find((r) => r.id === ruleId);
  const rule = packRule ?? BUILTIN_RULES.find((r) => r.id === ruleId);
  if (!rule) return undefined;
  const suggestion = packRule?.suggestion;
  const scope = packRule?.scope ?? 'comment';
  const lines = [
    `# ${rule.id}: ${escapeMarkdown(rule.title)}`,
    '',
    `Severity: ${rule.severity} · checks: ${scope === 'document' ? 'the whole draft (something it should say is missing)' : scope === 'sentence' ? 'each sentence' : 'suppression comments'}`,
    '',
    'Not legal advice. The rule rests on a guidance corpus that is unverified in parts; a finding is a prompt to check the draft, not a ruling on it.',
    '',
    '## What it flags',
    '',
    escapeMarkdown(rule.message),
    '',
    // What the corpus says and what verified law says, each under its own heading: the corpus is unverified in parts.
    ...(packRule ? explanationParts(packRule).flatMap((part) => [`## ${escapeMarkdown(partHeading(part))}`, '', escapeMarkdown(part.text), '']) : []),
  ];
  const examples = packRule?.examples;
  if (examples) {
    const what = scope === 'document' ? 'draft' : 'sentence';
    lines.push('## Examples', '', `Flagged (each ${what} below is a finding):`, '');
    // Quoted: an example draft opens with its title ("# Jail policy ¶ …"), which at the start of a list item is a heading.
    const example = (text: string) => `- ${escapeMarkdown(`“${text.replace(/\s*\n\s*/g, ' ¶ ')}”`)}`;
    lines.push(...examples.flag.map(example), '', 'Not flagged:', '', ...examples.pass.map(example));
    lines.push('');
  }
  const exceptions = packRule ? exclusionsOf(packRule).flatMap((concept) => pack.rules.exceptions?.[concept] ?? []) : [];
  if (exceptions.length) {
    lines.push('## Exceptions', '', 'A sentence that also says one of these is not flagged by this rule:', '');
    for (const { exception, examples } of exceptions) {
      lines.push(`- ${escapeMarkdown(exception)} For example, not flagged:`);
      for (const text of examples) lines.push(`  - ${escapeMarkdown(text)}`);
    }
    lines.push('');
  }
  if (suggestion) lines.push('## Suggested wording (a provision to consider, not legal advice; no verified source requires it)', '', `> ${escapeMarkdown(suggestion)}`, '');
  // A pattern whose act the rule's wording does not speak to offers its own (a bond denial under detainee-rights).
  const acts = new Map<string, string[]>();
  for (const pattern of packRule?.scope === 'sentence' ? packRule.alsoMatches ?? [] : []) {
    if (pattern.suggestion) acts.set(pattern.suggestion, [...(acts.get(pattern.suggestion) ?? []), ...pattern.action]);
  }
  for (const [wording, act] of acts) lines.push(`Where the sentence is flagged for ${act.map((a) => `“${escapeMarkdown(a)}”`).join(' or ')}, this instead:`, '', `> ${escapeMarkdown(wording)}`, '');
  if (rule.restsOn.length) {
    lines.push('## The guidance it rests on', '');
    for (const id of rule.restsOn) {
      const entry = pack.entries.find((e) => e.id === id);
      if (entry) lines.push(`- ${entry.id}. ${escapeMarkdown(entry.question)}`);
    }
    lines.push('', 'The corpus is unverified in parts; open each entry to see its caveats.', '');
  }
  lines.push(
    '## Silencing it',
    '',
    `Put \`<!-- policy-guidance-disable-next-line ${rule.id} -- your reason -->\` on the line before the sentence. In a list item, a table row, a block quote or a paragraph after its first line, where a line of its own would split the list, table, quote or paragraph, put \`<!-- policy-guidance-disable-line ${rule.id} -- your reason -->\` at the end of a line of the sentence instead.`,
    '',
  );
  return lines.join('\n');
}
