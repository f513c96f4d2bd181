// Reading one block (see incremental.ts) in its context: the link reference definitions it names that other
// blocks make, and, for a part of a long block cut off from its start (src/lint/blockCuts.ts), what it reads from
// the part before. A context is kept as one string, the key blocks are cached under. Then judging a check's new
// blocks with every pack, once the draft's blocks are known: their clause frames first, in a row (framePrefetch.ts).
import { readBlock, frontMatterEnd, usesDefinitions, type BlockText } from '../lint/blocks';
import type { DraftFormat } from '../lint/draftReading';
import type { HeadingCandidate } from '../lint/headingContext';
import { LineIndex } from '../lint/positions';
import type { SentenceReadings } from '../lint/sentenceReadings';
import type { SentenceReading } from '../lint/matchSentence';
import { prefetchFrames } from '../lint/framePrefetch';
import { sentenceFindings } from '../lint/packFindings';
import { splitSentences, type Sentence } from '../lint/sentences';
import type { Finding } from '../lint/finding';
import type { BlockEntry } from './blockParts';
import type { DocumentFacts } from './documentFacts';
import type { CheckPack } from './incremental';
import { cutKindOf, endsInBlankLine, type Carry } from '../lint/blockCuts';

// After the definitions (one label a line), what is carried, each after a NUL byte (no draft holds one) and a letter.
const NUL = '\u0000';

/** The key of a context: the definitions' labels, one a line, and what is carried, if anything. */
export function contextKey(definitions: string, carry: Carry | undefined): string {
  if (!carry) return definitions;
  return `${definitions}${carry.leadIn === undefined ? '' : `${NUL}l${carry.leadIn}`}${carry.table === undefined ? '' : `${NUL}t${carry.table}`}`;
}

function contextOf(key: string): { definitions: string[]; carry: Carry } {
  const [labels, ...carried] = key.split(NUL);
  const carry: Carry = {};
  for (const part of carried) carry[part[0] === 'l' ? 'leadIn' : 'table'] = part.slice(1);
  return { definitions: labels ? labels.split('\n') : [], carry };
}

const byStart = (a: Finding, b: Finding) => a.start - b.start || a.ruleId.localeCompare(b.ruleId);

/** A block read, its sentences not yet judged by the rules (judgeEntries fills in the rest of the entry). */
export interface ReadEntry {
  entry: BlockEntry;
  sentences: Sentence[];
}

/** Reads one block's text in its context; `alreadyRead`: its prose, read with others in one parse (no context). */
export function readEntry(text: string, format: DraftFormat, context: string, alreadyRead?: BlockText): ReadEntry {
  const { definitions: labels, carry } = contextOf(context);
  // Only the first block can start with front matter (no other starts with a fence line).
  const { prose, open, definitions, trailing } = alreadyRead ?? (context ? readBlock(text, format, labels, frontMatterEnd(text, format), carry) : readBlock(text, format));
  const lines = new LineIndex(text);
  const sentences = prose.units.flatMap(splitSentences);
  const breaks = lines.lineCount - 1;
  const entry: BlockEntry = { text, context, open, definitions, ...(trailing ? { trailing } : {}), cutKind: cutKindOf(text), endsBlank: endsInBlankLine(text), usesDefinitions: usesDefinitions(text, format), units: prose.units, comments: prose.comments, deepNesting: prose.deepNesting, lines, breaks, findings: [], candidates: [], inScope: [], provides: [], terms: [] };
  return { entry, sentences };
}

/** Judges the entries `unjudged` holds, in the order given (draft order), with every pack, sharing `readings` (a sentence
 *  said again is read once); each is judged once and leaves `unjudged`. Each pack's clause frames are read first, in a row
 *  (framePrefetch.ts). */
export function judgeEntries(packs: readonly CheckPack[], readings: readonly SentenceReadings[], facts: DocumentFacts, qualified: (packId: string, ruleId: string) => string, entries: readonly BlockEntry[], unjudged: Map<BlockEntry, Sentence[]>): void {
  const pending: Array<{ entry: BlockEntry; sentences: Sentence[]; read: SentenceReading[][] }> = [];
  for (const entry of entries) {
    const sentences = unjudged.get(entry);
    if (!sentences) continue;
    unjudged.delete(entry);
    pending.push({ entry, sentences, read: readings.map((r) => sentences.map((s) => r.of(s.text, s.leadIn))) });
  }
  packs.forEach(({ rules }, p) => prefetchFrames(pending.flatMap((e) => e.sentences), pending.flatMap((e) => e.read[p]), rules));
  for (const { entry, sentences, read } of pending) judge(packs, facts, qualified, entry, sentences, read);
}

function judge(packs: readonly CheckPack[], facts: DocumentFacts, qualified: (packId: string, ruleId: string) => string, entry: BlockEntry, sentences: Sentence[], read: SentenceReading[][]): void {
  for (const [p, { pack, rules, terms: finder }] of packs.entries()) {
    const packId = pack.meta.id;
    const own: HeadingCandidate[] = [];
    const found = sentenceFindings(sentences, read[p], rules, entry.lines, own);
    for (const f of found) entry.findings.push({ ...f, ruleId: qualified(packId, f.ruleId), packId });
    entry.candidates.push(own);
    // Read from the readings the sentence rules made, which hold the concepts and clause frames already read.
    const answers = facts.read(p, sentences, read[p], found);
    entry.inScope.push(answers.inScope);
    entry.provides.push(answers.provides);
    entry.terms.push(finder.used(entry.text));
  }
  entry.findings.sort(byStart);
}
