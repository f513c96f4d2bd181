// A statute's inline enumeration: "Agencies shall not: (1) use agency moneys…; (2) transfer a person to ICE;
// or (3) …". Each item reads after the lead-in, as an item of a Markdown list does (the lead-in's force
// reaches every item; one item's words do not reach the next).

/** An item: where it starts and ends in the sentence. */
export interface InlineItem {
  start: number;
  end: number;
}

export interface InlineList {
  /** The lead-in as read (its last MAX_LEAD_IN characters, colon dropped: long enough for a statute's "may not prohibit … any of the following:"). */
  leadIn: string;
  /** Where the lead-in ends (its colon, if it has one). */
  colon: number;
  items: InlineItem[];
}

const MAX_LEAD_IN = 600;
// ": (1) ", ": (a) ", ": 1. ", ": a. ", and one item with no label: "City resources shall not be used: To…"
const FIRST_ITEM = /:\s*(?=\(?(?:[0-9]{1,2}|[a-z]{1,2}|[ivx]{1,4})\)\s|(?:[0-9]{1,2}|[a-z])\.\s|To\s)/i;
// "; (2) ", "; or (3) ", "; and (c) ", "; or b. ", and a numbered item after a full stop: "… status. 2. inquire…",
// "…[8 U.S.C. §1357(g)]. (2) To detain…" (a numeral only: ". a. " may be an initial)
const NEXT_ITEM = /;\s*(?:(?:and|or)\s+)?(?=\(?(?:[0-9]{1,2}|[a-z]{1,2}|[ivx]{1,4})\)\s|(?:[0-9]{1,2}|[a-z])\.\s)|\.\s+(?=\(?[0-9]{1,2}[.)]\s)/gi;

// "no employee shall (1) respond…; (2) permit…": an enumeration straight after the lead-in's verb, with no
// colon. Only its first label ("(1)", "(a)", "(i)") starts it, and a second item must follow.
const FIRST_ITEM_NO_COLON = /\s(?=\((?:1|a|i)\)\s)/i;
// "Clackamas ESD will not: Provide information…", "The following are prohibited: Detaining…": one item with
// no label, after a lead-in whose clause has a modal or announces what follows.
const SINGLE_ITEM = /:\s+(?=[A-Z][a-z]+\s)/;
const LEAD_IN_FORCE = /\b(?:shall|must|may|will|should|cannot|following)\b[^.;:]*$/i;

// "A local agency cannot: give an agent access …; detain individuals …; or share …": a verb group cut at its colon,
// completed by each unlabelled item between semicolons ("shall not do any of the following:", "will never:", "does not:" too); and "The following
// are prohibited: detaining …; sharing …", a prohibition whose items are its subject.
const MODAL_COLON = /\b(?:(?:(?:shall|must|may|will|should|cannot|can)(?:\s+(?:not|never))?|(?:does|do)\s+not)(?:\s+do\s+(?:any|all|each|either|none)\s+of\s+the\s+following)?|(?:is|are)\s+(?:(?:not|hereby|expressly)\s+)?(?:prohibited|forbidden))\s*:\s+/i;
const NEXT_UNLABELLED = /;\s*(?:(?:and|or)\s+)?/g;

function unlabelledItems(text: string): InlineList | undefined {
  const m = MODAL_COLON.exec(text);
  if (!m || !text.includes(';', m.index)) return undefined;
  const colon = text.indexOf(':', m.index);
  const items: InlineItem[] = [];
  let start = m.index + m[0].length;
  NEXT_UNLABELLED.lastIndex = start;
  for (let n = NEXT_UNLABELLED.exec(text); n; n = NEXT_UNLABELLED.exec(text)) {
    items.push({ start, end: n.index });
    start = n.index + n[0].length;
  }
  items.push({ start, end: text.length });
  return { leadIn: text.slice(Math.max(0, colon - MAX_LEAD_IN), colon), colon, items };
}

export function inlineListOf(text: string): InlineList | undefined {
  let first = FIRST_ITEM.exec(text);
  if (!first) {
    const unlabelled = unlabelledItems(text);
    if (unlabelled) return unlabelled;
    const single = SINGLE_ITEM.exec(text);
    if (single && LEAD_IN_FORCE.test(text.slice(Math.max(0, single.index - MAX_LEAD_IN), single.index))) first = single;
  }
  if (!first) {
    first = FIRST_ITEM_NO_COLON.exec(text);
    NEXT_ITEM.lastIndex = first ? first.index : 0;
    if (!first || !NEXT_ITEM.exec(text)) return undefined;
  }
  const colon = first.index;
  const leadIn = text.slice(Math.max(0, colon - MAX_LEAD_IN), colon);
  const items: InlineItem[] = [];
  let start = colon + first[0].length;
  NEXT_ITEM.lastIndex = start;
  for (let m = NEXT_ITEM.exec(text); m; m = NEXT_ITEM.exec(text)) {
    items.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  items.push({ start, end: text.length });
  return { leadIn, colon, items };
}
