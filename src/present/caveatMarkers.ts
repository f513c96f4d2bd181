// Markers beside the corpus passages a caveat is about ("48 hours [context: see caveat 6]"), inserted
// after the passage, never in place of corpus words: take them out and the text is the corpus's. Used
// by the entry document and by hovers that quote an entry, so a quoted passage never loses its marker.
import type { Caveat } from '../corpus/types';

/** The marker put after a caveated passage; `n` is the caveat's number in the entry's list. */
export const caveatMarker = (caveat: Caveat, n: number) => `[${caveat.kind}: see caveat ${n}]`;
/** Matches every marker (with the space before it), to take them out again. */
export const CAVEAT_MARKER = / \[(?:unverified|outdated|context): see caveat \d+\]/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a quote ends in Markdown source: exactly, or across line breaks and emphasis markers. */
function quoteEnd(source: string, quote: string): number | undefined {
  const exact = source.indexOf(quote);
  if (exact >= 0) return exact + quote.length;
  // The quote's own "*", "_" and "`" are left to the markers' "[*_`]*": kept, a quote of them backtracked through
  // every split of a run of them ("____q" on "________z": exponential).
  const loose = quote
    .trim()
    .split(/\s+/)
    .map((word) => [...word].filter((c) => !'*_`'.includes(c)))
    .filter((chars) => chars.length)
    .map((chars) => chars.map(escapeRegExp).join('[*_`]*'))
    .join('[*_`]*\\s+[*_`]*');
  if (!loose) return undefined;
  const match = new RegExp(loose).exec(source);
  return match ? match.index + match[0].length : undefined;
}

/**
 * The text with each caveat's marker after the first place its quote stands. `numbering` is the entry's
 * whole caveat list, so a marker's number is the caveat's number there even when only some are placed. `clipped`: the
 * source is a snippet cut out of a sentence, and a quote the cut runs through is marked where its part in it ends.
 */
export function withMarkers(source: string, caveats: Caveat[], numbering: Caveat[] = caveats, clipped = false): { text: string; marked: Set<Caveat> } {
  const inserts: { at: number; i: number; marker: string }[] = [];
  const marked = new Set<Caveat>();
  for (const caveat of caveats) {
    // (A snippet cut out of a sentence ("…" at an end) may hold only part of a quote: it is marked too. A drafter's trial:
    // the palette's "…by the Missouri Attorney General's Office, …" had lost the marker on the AG attribution.)
    const at = quoteEnd(source, caveat.quote) ?? (clipped ? cutQuoteEnd(source, caveat.quote) : undefined);
    const i = numbering.indexOf(caveat);
    if (at === undefined || i < 0) continue;
    inserts.push({ at, i, marker: ` ${caveatMarker(caveat, i + 1)}` });
    marked.add(caveat);
  }
  let text = source;
  // From the end, so earlier offsets stay right; at one place, markers keep the caveats' order.
  for (const { at, marker } of inserts.sort((a, b) => b.at - a.at || b.i - a.i)) text = text.slice(0, at) + marker + text.slice(at);
  return { text, marked };
}

/** A quote a clipped snippet cuts ("…by the Missouri Attorney General's Office, …" of "guidance issued by the Missouri
 *  Attorney General's Office"): where its part inside the snippet ends, if at least two of its words are there. */
function cutQuoteEnd(snippet: string, quote: string): number | undefined {
  const words = quote.trim().split(/\s+/);
  const lead = snippet.startsWith('…') ? 1 : 0;
  const body = snippet.slice(lead, snippet.endsWith('…') ? -1 : undefined);
  for (let k = words.length - 1; k >= 2; k--) {
    const tail = words.slice(-k).join(' ');
    if (lead && body.startsWith(tail)) return lead + tail.length;
    if (snippet.endsWith('…') && body.endsWith(words.slice(0, k).join(' '))) return lead + body.length;
  }
  return undefined;
}
