// A rule's message in two parts: its first sentence, which says what the flagged text does, and the rest, which says what
// the corpus says of it and where the law says otherwise. The editor shows the first as the diagnostic (VS Code puts the
// whole message at the top of every hover, where a long one pushed the fixes out of sight) and the rest in the hover.

// The first full stop followed by a capital, but not one that ends "U.S.", "v." or "No." (a citation goes on).
const FIRST_STOP = /(?<!\bU\.S)(?<!\bv)(?<!\bNo)\.\s+(?=[A-Z])/;

export function splitMessage(message: string): { summary: string; detail: string } {
  const stop = FIRST_STOP.exec(message);
  if (!stop) return { summary: message, detail: '' };
  return { summary: message.slice(0, stop.index + 1), detail: message.slice(stop.index + stop[0].length).trim() };
}
