// A definition set as a term and its meaning after a colon or a dash, as definitions sections and manuals set them:
// "(3) Immigration detainer: a request by … that …", "Detainer - A request from ICE that the Office … maintain custody …"
// (a short term with no verb before the mark, a noun phrase after it: a determiner, as a defined meaning starts). What the
// meaning says ("that the Office maintain custody") is what the term means, not what the draft directs.
import { CLAUSE_WORD } from './headings';

// After a colon the meaning starts in lower case (a capital after a colon is a label's text: "Procedure: The jail …").
const COLON_DEFINITION = /^\s*(?:\(?[0-9A-Za-z]{1,3}[.)]\s+)?["“']?[A-Z][\w’'-]*(?:\s+[\w’'()-]+){0,5}?["”']?\s*:\s+(?:a|an|any|every|each)\s/;
// After a dash set apart by spaces, in either case (Lexipol's "Detainer - A request …"); the term's words hold a hyphen
// only inside a word ("Non-citizen"), so the dash is the one mark between term and meaning.
const DASH_DEFINITION = /^\s*(?:\(?[0-9A-Za-z]{1,3}[.)]\s+)?["“']?[A-Z][\w’']*(?:-[\w’']+)*(?:\s+[\w’'()]+(?:-[\w’'()]+)*){0,5}?["”']?\s+[-–—]{1,2}\s+(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach)\s/;
const MARK = /:|\s[-–—]{1,2}\s/;

/** Whether the sentence defines a term. ("Procedure: the jail shall hold …" is a provision under a label: a modal after the
 *  mark is no definition's; "If the officer has: an administrative warrant …" is a condition: the term has no clause word.) */
export function termDefinition(text: string): boolean {
  if (!COLON_DEFINITION.test(text) && !DASH_DEFINITION.test(text)) return false;
  const mark = MARK.exec(text)?.index ?? 0;
  const term = text.slice(0, mark);
  return !CLAUSE_WORD.test(term) && !/\b(?:if|when|where|unless|whether)\b/i.test(term) && !/\b(?:shall|must|will|should)\b/i.test(text.slice(mark));
}
