// The shapes of a guidance pack once loaded. Plain data: no editor or Node types here.

/** What kind of text an entry is: a Q&A entry, a statute section, an opinion, a policy. */
export type EntryKind = 'question' | 'statute' | 'opinion' | 'policy' | 'other';

export interface Entry {
  /** Stable ids: "Q1" … "Q20" (the seed's own numbering), or free-form such as "RSMo-67.307". */
  id: string;
  kind: EntryKind;
  question: string;
  /** The answer as written in the pack (Markdown source, verbatim). */
  answerMarkdown: string;
  /** The answer as plain text (list markers and Markdown syntax removed). */
  answerText: string;
  topic: string;
  /** 1-based line of the entry's heading in entries.md, for "open the entry" links. */
  line: number;
}

export interface Topic {
  id: string;
  label: string;
  entries: string[];
  /** The rules whose findings count under the topic; absent: every rule resting on one of its entries. */
  rules?: string[];
}

export interface GlossaryTerm {
  term: string;
  synonyms: string[];
  /** Entries that explain the term, best first. */
  entries: string[];
  /** A verified fact about the term, for terms the corpus itself never uses; always with sources. */
  note?: string;
  /** Where the note's facts come from (required with a note). */
  sources?: Source[];
}

export interface Source {
  title: string;
  url?: string;
}

export type CaveatKind = 'unverified' | 'outdated' | 'context';

/** A verified note shown beside corpus text; never a change to the text itself. */
export interface Caveat {
  id: string;
  entries: string[];
  quote: string;
  kind: CaveatKind;
  note: string;
  sources: Source[];
}

export interface PackMeta {
  id: string;
  title: string;
  description: string;
  source: string;
  /** When the corpus text was taken or last reviewed, if the pack says (shown in reports). */
  date?: string;
  /** The id of a pack whose concepts this one reuses (and may refer to with "@name"). */
  extends?: string;
  /** The jurisdiction the guidance is for ("Missouri"): drafts naming it in front matter get this pack. */
  jurisdiction?: string;
}

export interface Pack {
  meta: PackMeta;
  entries: Entry[];
  topics: Topic[];
  glossary: GlossaryTerm[];
  caveats: Caveat[];
  rules: import('../rules/types').RuleSet;
}

/** Reads one file of a pack by its name ("pack.json", "entries.md", ...). */
export type PackFileReader = (name: string) => Promise<string>;
