// Sentence-level cues the matcher still reads as text, beside the clause frames (src/language): a header
// field, and the modal and condition words that decide how a list lead-in reaches its items. (Whether a
// sentence describes an instrument or the law: instrumentCues.ts.)

export interface Cue {
  start: number;
  end: number;
}

// A memo's or an order's header field names the document; it directs nothing ("Subject: Immigration Status Inquiries").
const HEADER_FIELD_NAMES = String.raw`(?:subject|re|regarding|title|topic|effective(?:\s+date)?|distribution|rescinds|supersedes|replaces|amends|from|to|cc|date|approved(?:\s+by)?|reviewed?(?:\s+date)?|issued(?:\s+by)?|issue\s+date|number|policy\s+(?:number|no\.?)|order\s+(?:number|no\.?)|cross[- ]references?|references?|applies\s+to|distribution\s+list)`;
const HEADER_FIELD = new RegExp(String.raw`^[\s*_]*${HEADER_FIELD_NAMES}\s*:`, 'i');
/** Whether a text opens with a header field ("Subject: …"). */
export const opensWithHeaderField = (text: string) => HEADER_FIELD.test(text);
/** Where each later header field starts after white space ("… Effective date: …"), as matches of this global expression. */
export const NEXT_HEADER_FIELD = new RegExp(String.raw`\s[*_]*(?=${HEADER_FIELD_NAMES}\s*:\s)`, 'gi');

// A modal that gives a clause its force ("shall", "may not"): a list lead-in without one ("(4) Except
// with respect to …:") does not set the force of its items; the lead-in of the list around it does.
export const MODAL_WORD = /\b(?:shall|must|may|will|should|can|cannot|might|would)\b/i;

// A lead-in that ends in a subordinator introduces conditions, not acts ("… may interview a person unless:").
export const ENDS_IN_CONDITION = /\b(?:unless|if|only\s+if|when|where|whenever|provided\s+that|except|except\s+that|until|before|after)\s*$/i;
