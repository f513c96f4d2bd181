// Caveats as Markdown, always labelled as notes beside the corpus, never as part of it.
import type { Caveat, Pack } from '../corpus/types';

// "Unverified:" alone read as if the note itself were unverified (a drafter's trial): it is the corpus passage that is.
export const KIND_LABEL: Record<Caveat['kind'], string> = {
  unverified: 'Unverified in the corpus',
  outdated: 'Out of date in the corpus',
  context: 'Context',
};

export function caveatsFor(pack: Pack, entryId: string): Caveat[] {
  return pack.caveats.filter((c) => c.entries.includes(entryId));
}

/**
 * Markdown-escapes pack-supplied text for inline use in rendered Markdown (hovers, rule documents):
 * corpus quotes may hold `*`, `_`, `[`…, and a pack must not be able to make a link (`command:` URIs),
 * an image, HTML or an autolink, so every character that can start one is escaped (`:` too). Parentheses
 * stay as written ("(Q14)", "1357(g)"): with "[" and "]" escaped no link destination can follow, and a rule
 * page read in the editor shows the text as the drafter would write it. So do a colon before a space ("Courts
 * differ: …", "SHALL: (1) …"), which cannot make a scheme, and a "#" inside a line, which cannot open a heading:
 * a rule page is read in a text editor, where every backslash shows, and a quoted statute read "SHALL\: (1)".
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|!&~]|:(?!\s)/g, '\\$&').replace(/^(\s*)#/gm, '$1\\#');
}

/** A pack-supplied URL as a Markdown link target: web addresses only (no `command:`, `file:`, `javascript:`). */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s<>()\\]+$/i.test(url) ? url : undefined;
}

/** Sources as Markdown: a web address becomes a link, anything else stays text. */
export function sourcesMarkdown(sources: ReadonlyArray<{ title: string; url?: string }>): string {
  return sources
    .map((s) => {
      const url = safeUrl(s.url);
      return url ? `[${escapeMarkdown(s.title)}](${url})` : `${escapeMarkdown(s.title)}${s.url ? ` (${escapeMarkdown(s.url)})` : ''}`;
    })
    .join('; ');
}

/** One caveat for rendered Markdown (hovers): its kind, the corpus words it is about, the note, its sources. */
export function caveatMarkdown(caveat: Caveat): string {
  return `**${KIND_LABEL[caveat.kind]}:** on “${escapeMarkdown(caveat.quote)}”: ${escapeMarkdown(caveat.note)} *Sources:* ${sourcesMarkdown(caveat.sources)}`;
}

/** The same as plain text, for documents read in an editor, where Markdown syntax would show as is. */
export function caveatPlainText(caveat: Caveat): string {
  const sources = caveat.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join('; ');
  return `${KIND_LABEL[caveat.kind]}, on “${caveat.quote}”: ${caveat.note} Sources: ${sources}.`;
}
