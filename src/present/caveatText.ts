// Caveats as Markdown, always labelled as notes beside the corpus, never as part of it.
import type { Caveat, Pack } from '../corpus/types';

const KIND_LABEL: Record<Caveat['kind'], string> = {
  unverified: 'Unverified',
  outdated: 'Out of date',
  context: 'Context',
};

export function caveatsFor(pack: Pack, entryId: string): Caveat[] {
  return pack.caveats.filter((c) => c.entries.includes(entryId));
}

/** Markdown-escapes text for inline use (corpus quotes may hold `*`, `_`, `[`...). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}

function sourceText(caveat: Caveat): string {
  return caveat.sources.map((s) => (s.url ? `[${escapeMarkdown(s.title)}](${s.url})` : escapeMarkdown(s.title))).join('; ');
}

/** One caveat: its kind, the corpus words it is about, the verified note and where it comes from. */
export function caveatMarkdown(caveat: Caveat): string {
  return `**${KIND_LABEL[caveat.kind]}:** on “${escapeMarkdown(caveat.quote)}”: ${escapeMarkdown(caveat.note)} *Sources:* ${sourceText(caveat)}`;
}
