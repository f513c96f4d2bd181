/** Collapses line breaks and runs of spaces, so a message stays on one terminal line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
