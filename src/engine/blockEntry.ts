// Reading one block with every pack (see incremental.ts), in its context: the link reference definitions it
// names that other blocks make (their labels, one a line: the key blocks are cached under).
import { readBlock, frontMatterEnd, usesDefinitions, type BlockText } from '../lint/blocks';
import type { DraftFormat } from '../lint/draftReading';
import type { GlossaryTerm } from '../corpus/types';
import type { HeadingCandidate } from '../lint/headingContext';
import { LineIndex } from '../lint/positions';
import { readingOf } from '../lint/matchSentence';
import { sentenceFindings } from '../lint/packFindings';
import { splitSentences } from '../lint/sentences';
import type { Finding } from '../lint/finding';
import type { BlockEntry, BlockFinding } from './blockParts';
import type { DocumentFacts } from './documentFacts';
import type { CheckPack } from './incremental';

const byStart = (a: Finding, b: Finding) => a.start - b.start || a.ruleId.localeCompare(b.ruleId);

/** Reads one block with every pack; `alreadyRead`: its prose, read with others in one parse (no context). */
export function readEntry(packs: readonly CheckPack[], facts: DocumentFacts, qualified: (packId: string, ruleId: string) => string, text: string, format: DraftFormat, context: string, alreadyRead?: BlockText): BlockEntry {
  // Only the first block can start with front matter (no other starts with a fence line).
  const { prose, open, definitions } = alreadyRead ?? (context ? readBlock(text, format, context.split('\n'), frontMatterEnd(text, format)) : readBlock(text, format));
  const lines = new LineIndex(text);
  const sentences = prose.units.flatMap(splitSentences);
  const findings: BlockFinding[] = [];
  const inScope: number[][] = [];
  const provided: number[][] = [];
  const terms: GlossaryTerm[][] = [];
  const candidates: HeadingCandidate[][] = [];
  for (const [p, { pack, rules, terms: finder }] of packs.entries()) {
    const packId = pack.meta.id;
    const readings = sentences.map((s) => readingOf(s.text, s.leadIn, rules));
    const own: HeadingCandidate[] = [];
    const found = sentenceFindings(sentences, readings, rules, lines, own);
    for (const f of found) findings.push({ ...f, ruleId: qualified(packId, f.ruleId), packId });
    candidates.push(own);
    // Read from the readings the sentence rules made, which hold the concepts and clause frames already read.
    const answers = facts.read(p, sentences, readings, found);
    inScope.push(answers.inScope);
    provided.push(answers.provides);
    terms.push(finder.used(text));
  }
  findings.sort(byStart);
  const breaks = lines.lineCount - 1;
  return { text, context, open, definitions, usesDefinitions: usesDefinitions(text, format), units: prose.units, comments: prose.comments, deepNesting: prose.deepNesting, lines, breaks, findings, candidates, inScope, provides: provided, terms };
}
