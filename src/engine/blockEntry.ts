// Reading one block with every pack (see incremental.ts), in its context: the link reference definitions it
// names that other blocks make, and, for a part of a long list cut off from its start (src/lint/blockCuts.ts),
// the lead-in its first list goes on with. A context is kept as one string, the key blocks are cached under.
import { readBlock, frontMatterEnd, usesDefinitions, type BlockText } from '../lint/blocks';
import type { DraftFormat } from '../lint/draftReading';
import type { GlossaryTerm } from '../corpus/types';
import type { HeadingCandidate } from '../lint/headingContext';
import { LineIndex } from '../lint/positions';
import type { SentenceReadings } from '../lint/sentenceReadings';
import { sentenceFindings } from '../lint/packFindings';
import { splitSentences } from '../lint/sentences';
import type { Finding } from '../lint/finding';
import type { BlockEntry, BlockFinding } from './blockParts';
import type { DocumentFacts } from './documentFacts';
import type { CheckPack } from './incremental';

// Between the definitions (one label a line) and the lead-in: no draft holds a NUL byte.
const LEAD_IN = '\u0000';

/** The key of a context: the definitions' labels, one a line, and the lead-in carried, if any. */
export const contextKey = (definitions: string, leadIn: string | undefined) => (leadIn === undefined ? definitions : `${definitions}${LEAD_IN}${leadIn}`);

function contextOf(key: string): { definitions: string[]; leadIn?: string } {
  const at = key.indexOf(LEAD_IN);
  const labels = at < 0 ? key : key.slice(0, at);
  return { definitions: labels ? labels.split('\n') : [], ...(at < 0 ? {} : { leadIn: key.slice(at + 1) }) };
}

const byStart = (a: Finding, b: Finding) => a.start - b.start || a.ruleId.localeCompare(b.ruleId);

/** Reads one block with every pack, sharing `readings` (a sentence said again is read once); `alreadyRead`: its prose, read
 *  with others in one parse (no context). */
export function readEntry(packs: readonly CheckPack[], readings: readonly SentenceReadings[], facts: DocumentFacts, qualified: (packId: string, ruleId: string) => string, text: string, format: DraftFormat, context: string, alreadyRead?: BlockText): BlockEntry {
  const { definitions: labels, leadIn } = contextOf(context);
  // Only the first block can start with front matter (no other starts with a fence line).
  const { prose, open, definitions, trailing } = alreadyRead ?? (context ? readBlock(text, format, labels, frontMatterEnd(text, format), leadIn) : readBlock(text, format));
  const lines = new LineIndex(text);
  const sentences = prose.units.flatMap(splitSentences);
  const findings: BlockFinding[] = [];
  const inScope: number[][] = [];
  const provided: number[][] = [];
  const terms: GlossaryTerm[][] = [];
  const candidates: HeadingCandidate[][] = [];
  for (const [p, { pack, rules, terms: finder }] of packs.entries()) {
    const packId = pack.meta.id;
    const read = sentences.map((s) => readings[p].of(s.text, s.leadIn));
    const own: HeadingCandidate[] = [];
    const found = sentenceFindings(sentences, read, rules, lines, own);
    for (const f of found) findings.push({ ...f, ruleId: qualified(packId, f.ruleId), packId });
    candidates.push(own);
    // Read from the readings the sentence rules made, which hold the concepts and clause frames already read.
    const answers = facts.read(p, sentences, read, found);
    inScope.push(answers.inScope);
    provided.push(answers.provides);
    terms.push(finder.used(text));
  }
  findings.sort(byStart);
  const breaks = lines.lineCount - 1;
  return { text, context, open, definitions, ...(trailing ? { trailing } : {}), usesDefinitions: usesDefinitions(text, format), units: prose.units, comments: prose.comments, deepNesting: prose.deepNesting, lines, breaks, findings, candidates, inScope, provides: provided, terms };
}
