// Checking a draft block by block, and again after an edit by re-reading only the blocks it touched.
// Top-level blocks read the same alone as in the whole draft (src/lint/blocks.ts); each is read once
// per text and context, and a check adds blocks up: findings shifted to where their block stands,
// document rules and topics from per-block facts, suppressions from all comments. The result equals a
// whole-draft reading (test/incremental.property.test.ts holds it to that).
import type { Pack } from '../corpus/types';
import { DefinitionContexts } from '../lint/linkLabels';
import { readAhead, frontMatterEnd, nextBoundary, blankCutLost, type BlockText } from '../lint/blocks';
import { carriedFrom, isCut, readsApart } from '../lint/blockCuts';
import { contextKey, judgeEntries, readEntry } from './blockEntry';
import { DraftTerms } from './blockTerms';
import { BUILTIN_RULES } from '../lint/builtinRules';
import { DraftInputError, type DraftFormat } from '../lint/draftReading';
import type { Finding } from '../lint/finding';
import { documentFinding } from '../lint/packFindings';
import { SentenceReadings } from '../lint/sentenceReadings';
import { DocumentFacts } from './documentFacts';
import { BlockHeadings, firstFlaggedByHeadings } from './blockHeadings';
import type { SourceComment } from '../lint/proseUnit';
import type { Sentence } from '../lint/sentences';
import { suppressionFindings } from '../lint/suppressionFindings';
import { draftingNoteFindings } from '../lint/draftingNotes';
import { applySuppressions, readSuppressions } from '../lint/suppressions';
import type { CompiledRules } from '../rules/compileRules';
import type { GlossaryTerm } from '../corpus/types';
import type { TermFinder } from '../present/glossaryTerms';
import { topicStates } from '../present/topicStates';
import { blockAt, startsAtCut, commonPrefix, commonSuffix, definitionsOf, DraftLines, findTitle, draftHeadings, findingsInPlace, type Block, type BlockEntry, type BlockFinding } from './blockParts';
import { sectionFor, type HeadingMark } from '../lint/sections';
import type { CheckInput, CheckOutput } from './engine';
import { hiddenWithSeverity, withSeverity } from './severity';
import { jurisdictionNotice } from './jurisdictionNotice';

/** A pack as the checker uses it. */
export interface CheckPack {
  pack: Pack;
  rules: CompiledRules;
  terms: TermFinder;
}

const byStart = (a: Finding, b: Finding) => a.start - b.start || a.ruleId.localeCompare(b.ruleId);
/** What the checker knows of a draft's last version. */
interface State {
  text: string;
  format: DraftFormat;
  blocks: Block[];
  frontMatter: number;
  contexts: DefinitionContexts;
  cache: Map<string, Map<string, BlockEntry>>;
}

/** Checks one draft again and again: each check re-reads only the blocks the edits since the last touched. */
export class DraftChecker {
  private state: State | undefined;
  private readonly clashing: Set<string>;
  private readonly known: Set<string>;
  private readonly facts: DocumentFacts;
  private readonly terms: DraftTerms;
  private readonly headings: BlockHeadings;
  /** Per pack, the sentences read in this check, by text (see sentenceReadings.ts). */
  private readonly readings: SentenceReadings[];

  constructor(private readonly packs: readonly CheckPack[]) {
    const seen = new Set<string>();
    this.clashing = new Set<string>();
    this.known = new Set(BUILTIN_RULES.map((r) => r.id));
    for (const { pack, rules } of packs) {
      for (const rule of [...rules.sentenceRules, ...rules.documentRules]) {
        (seen.has(rule.id) ? this.clashing : seen).add(rule.id);
        this.known.add(rule.id); // a suppression may name a shared id bare (every pack's rule) or qualified
        this.known.add(`${pack.meta.id}/${rule.id}`);
      }
    }
    this.readings = packs.map((p) => new SentenceReadings(p.rules));
    this.facts = new DocumentFacts(packs, this.readings);
    this.terms = new DraftTerms(packs);
    this.headings = new BlockHeadings(packs, (packId, ruleId) => this.qualified(packId, ruleId));
  }

  /** Forgets the last version: the next check reads the whole draft. */
  reset(): void {
    this.state = undefined;
  }

  check({ text, format, severity = {}, uncoveredJurisdiction }: CheckInput): CheckOutput {
    if (text.includes('\u0000')) throw new DraftInputError('the file contains NUL bytes; it looks binary, not a text draft');
    const previous = this.state?.format === format ? this.state : undefined;
    this.facts.start();
    try {
      return this.assemble(text, this.split(text, format, previous), severity, uncoveredJurisdiction);
    } finally {
      this.facts.finish();
      for (const readings of this.readings) readings.clear();
    }
  }

  // ---- cutting the draft into blocks, reusing the last version's where the text is unchanged ----

  private split(text: string, format: DraftFormat, previous: State | undefined): Block[] {
    const frontMatter = frontMatterEnd(text, format);
    const cache = previous?.cache ?? new Map<string, Map<string, BlockEntry>>();
    const fresh = new Map<string, Map<string, BlockEntry>>();
    const known = (blockText: string, context: string) => !!(cache.get(context)?.has(blockText) || fresh.get(context)?.has(blockText));
    // Blocks not yet read that follow the one at hand, read with one parse (see readAhead).
    const ahead = new Map<string, BlockText>();
    // Blocks read in this check, judged by the rules once the draft's blocks are known (judgeEntries).
    const unjudged = new Map<BlockEntry, Sentence[]>();
    const lookup = (blockText: string, context: string, at?: number): BlockEntry => {
      let entry = cache.get(context)?.get(blockText) ?? fresh.get(context)?.get(blockText);
      if (!entry) {
        if (at !== undefined && format === 'markdown' && !context && !ahead.has(blockText)) readAhead(text, at, frontMatter, (b) => !contexts.guess(b) && !known(b, ''), ahead);
        const read = readEntry(blockText, format, context, context ? undefined : ahead.get(blockText));
        unjudged.set((entry = read.entry), read.sentences);
        let map = fresh.get(context);
        if (!map) fresh.set(context, (map = new Map()));
        map.set(blockText, entry);
      }
      return entry;
    };
    // The definitions the last version had: most edits keep them.
    let contexts = previous?.contexts ?? new DefinitionContexts([]);
    // What a part cut off from its start reads from the block before (src/lint/blockCuts.ts).
    const cut = (at: number) => format === 'markdown' && isCut(text, at);
    const carried = (at: number, before: Block | undefined) => (before && cut(at) ? carriedFrom(text, at, before.entry.trailing) : undefined);
    const contextFor = (blockText: string, at: number) => contextKey(contexts.guess(blockText), carried(at, blocks[blocks.length - 1]));

    const blocks: Block[] = [];
    let from = 0;
    let resume: { at: number; old: Block[]; index: number; delta: number } | undefined;
    const prefix = previous ? commonPrefix(previous.text, text) : 0;
    const suffix = previous ? commonSuffix(previous.text, text, prefix) : 0;
    if (previous) {
      // Blocks before the edit stay; re-read from the block before the one holding the first change
      // (its first line is unchanged), or from the start if front matter now reaches past it.
      const old = previous.blocks;
      let i = blockAt(old, Math.max(0, prefix - 1));
      i = Math.max(0, i - 1);
      // (An edit in a run of blank lines can end it at a line that may not start a block: the run then goes with the block above.)
      while (i > 0 && format === 'markdown' && blankCutLost(text, old[i].start)) i--;
      if (frontMatter >= old[i].start) i = 0;
      for (let k = 0; k < i; k++) blocks.push(old[k]);
      from = old[i].start;
      resume = { at: text.length - suffix, old, index: i, delta: text.length - previous.text.length };
    }
    while (from < text.length || blocks.length === 0) {
      let end = nextBoundary(text, from, format, frontMatter, true);
      // A part that goes on with a table reads after the table's header rows: it runs on over cuts to at least their
      // length, so that a long header is read again once for as many characters of rows (a 2,000-column header had made
      // its table one block, read whole at every edit in it).
      const header = carried(from, blocks[blocks.length - 1])?.table?.length ?? 0;
      while (end - from < header && end < text.length && cut(end)) end = nextBoundary(text, end, format, frontMatter, true);
      let entry = lookup(text.slice(from, end), contextFor(text.slice(from, end), from), from);
      // It ends inside a fenced code or HTML block, or before a cut it does not read apart from (blockCuts.ts):
      // read it with the next pieces, twice as many each time, so that a block left open over many blank lines is
      // read a few times in all, not once per blank line (a commented-out section of 64 KB had taken 8 s).
      for (let step = 1; (entry.open || (cut(end) && !readsApart(text, end, entry.trailing))) && end < text.length; step *= 2) {
        // A paragraph goes on with the lines that cannot interrupt it: read on to one that can.
        if (!entry.open && entry.trailing?.continued) end = nextBoundary(text, end, format, frontMatter, 'interrupting');
        else for (let k = 0; k < step && end < text.length; k++) end = nextBoundary(text, end, format, frontMatter, true);
        entry = lookup(text.slice(from, end), contextFor(text.slice(from, end), from));
      }
      blocks.push({ start: from, entry });
      from = end;
      if (resume && from >= resume.at && from < text.length) {
        // Past the edit: where an old block starts here, the rest is the old blocks, moved.
        const j = blockAt(resume.old, from - resume.delta, resume.index);
        if (resume.old[j].start === from - resume.delta) {
          for (let k = j; k < resume.old.length; k++) blocks.push({ start: resume.old[k].start + resume.delta, entry: resume.old[k].entry });
          break;
        }
      }
      if (from >= text.length) break;
    }

    // A definition added or removed changes how every block with a "[label]" naming it reads.
    const now = definitionsOf(blocks);
    if (now.join('\n') !== contexts.labels.join('\n')) contexts = new DefinitionContexts(now);
    const markdown = format === 'markdown';
    blocks.forEach((block, b) => {
      // A draft that is one block makes every definition it uses itself.
      const labels = block.entry.usesDefinitions && blocks.length > 1 ? contexts.wanted(block.entry.text, block.entry.definitions) : '';
      const wanted = contextKey(labels, markdown && startsAtCut(blocks, b) ? carriedFrom(text, block.start, blocks[b - 1].entry.trailing) : undefined);
      if (block.entry.context !== wanted) block.entry = lookup(block.entry.text, wanted);
    });
    contexts.keepOnly(new Set(blocks.map((b) => b.entry.text)));
    judgeEntries(this.packs, this.readings, this.facts, (packId, ruleId) => this.qualified(packId, ruleId), blocks.map((b) => b.entry), unjudged);

    // Keep what this version uses, and nothing else.
    const kept = new Map<string, Map<string, BlockEntry>>();
    for (const { entry } of blocks) {
      let map = kept.get(entry.context);
      if (!map) kept.set(entry.context, (map = new Map()));
      map.set(entry.text, entry);
    }
    this.state = { text, format, blocks, frontMatter, contexts, cache: kept };
    return blocks;
  }

  private qualified(packId: string, ruleId: string): string {
    return this.clashing.has(ruleId) ? `${packId}/${ruleId}` : ruleId;
  }

  // ---- adding the blocks up ----

  private assemble(text: string, blocks: Block[], severity: Readonly<Record<string, string>>, uncovered?: string): CheckOutput {
    const lines = new DraftLines(blocks);

    // Document rules, per pack: in scope where some block brings them in, satisfied where some provides.
    const documentRules: CheckOutput['documentRules'] = [];
    const extras: Array<{ finding: Finding; rank: number }> = [];
    let title: { start: number; end: number } | null | undefined;
    const titleSpan = () => (title === undefined ? (title = findTitle(blocks) ?? null) : title);
    let headings: HeadingMark[] | undefined; // read once, and only when a document rule raises a finding
    const own = this.headings.findings(blocks, this.readings);
    this.packs.forEach(({ pack, rules }, p) => {
      const packId = pack.meta.id;
      rules.documentRules.forEach((rule, r) => {
        let firstAt = this.facts.firstInScope(blocks, p, r); // where the first sentence that brings the draft into scope starts
        // A hold its heading completes brings the draft into scope as the block's own findings do.
        const byHeadings = firstFlaggedByHeadings(blocks, own, packId, (rule.pattern.whenFlagged ?? []).map((id) => this.qualified(packId, id)));
        if (byHeadings >= 0 && (firstAt < 0 || byHeadings < firstAt)) firstAt = byHeadings;
        const inScope = firstAt >= 0;
        const providedAt = inScope ? this.facts.firstProvided(blocks, p, r) : -1; // where the first sentence that provides what the rule asks starts
        const satisfied = inScope && providedAt >= 0;
        documentRules.push({ ruleId: this.qualified(packId, rule.id), inScope, satisfied, restsOn: rule.restsOn, ...(satisfied ? { providedAt } : {}), packId });
        const span = inScope && !satisfied ? titleSpan() : undefined;
        if (span) {
          const f = documentFinding(rule, span, text, lines, sectionFor(rule.title, (headings ??= draftHeadings(blocks)), firstAt, text));
          extras.push({ finding: { ...f, ruleId: this.qualified(packId, f.ruleId), packId } as BlockFinding, rank: 2 * p + 1 });
        }
      });
    });

    // The engine's own: nesting cut off (the first place), then suppressions over all comments.
    const comments: SourceComment[] = [];
    let deep: Finding | undefined;
    blocks.forEach(({ start, entry }) => {
      for (const c of entry.comments) comments.push({ body: c.body, start: c.start + start, end: c.end + start });
      if (!deep && entry.deepNesting) {
        const meta = BUILTIN_RULES.find((r) => r.id === 'nesting-too-deep')!;
        const s = entry.deepNesting.start + start;
        const e = entry.deepNesting.end + start;
        deep = { ruleId: meta.id, severity: meta.severity, message: meta.message, entries: [], start: s, end: e, range: lines.range(s, e), excerpt: text.slice(s, e) };
      }
    });
    if (deep) extras.push({ finding: deep, rank: 2 * this.packs.length });
    const notice = uncovered === undefined ? undefined : jurisdictionNotice(text, uncovered, this.packs.map((p) => p.pack), lines);
    if (notice) extras.push({ finding: notice, rank: 2 * this.packs.length });
    const suppressionSet = readSuppressions(comments, lines, text, this.known);

    // Sentence findings block by block (each block's are sorted, and blocks follow one another), with
    // the few others merged in where the whole-draft sort puts them.
    extras.sort((a, b) => byStart(a.finding, b.finding) || a.rank - b.rank);
    const raised: Finding[] = [];
    let x = 0;
    const rankOf = (f: Finding) => 2 * this.packs.findIndex((p) => p.pack.meta.id === (f as BlockFinding).packId);
    blocks.forEach((_, b) => {
      for (const f of findingsInPlace(own[b], blocks[b].start, lines.firstLine[b])) {
        while (x < extras.length && (byStart(extras[x].finding, f) || extras[x].rank - rankOf(f)) < 0) raised.push(extras[x++].finding);
        raised.push(f);
      }
    });
    for (; x < extras.length; x++) raised.push(extras[x].finding);
    // Every pack's findings are raised before any is hidden, so a suppression is used if it hid any
    // pack's finding; severity settings apply later and do not make one unused (as in checkWithPacks).
    const { kept, register, hidden } = applySuppressions(raised, suppressionSet, lines);
    const insert = (f: Finding) => {
      // After every finding at or before its place, as a stable sort of the whole list puts it.
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (byStart(kept[mid], f) > 0) high = mid;
        else low = mid + 1;
      }
      kept.splice(low, 0, f);
    };
    for (const f of suppressionFindings(suppressionSet.problems, register, text, lines)) insert(f);
    for (const f of draftingNoteFindings(text, lines)) insert(f);

    const { findings, documentRules: shown } = withSeverity(kept as Array<Finding & { packId?: string }>, documentRules, severity);
    const suppressed = hiddenWithSeverity(hidden as Array<{ finding: Finding & { packId?: string }; reasons: string[] }>, severity);

    const topics: CheckOutput['topics'] = {};
    const usedByPack = this.terms.used(text, blocks, this.state?.format === 'markdown');
    this.packs.forEach(({ pack }, p) => {
      const id = pack.meta.id;
      const used = new Set<GlossaryTerm>(usedByPack[p]);
      const terms = [...used].map((term) => ({ term, text: term.term, start: 0, end: 0 }));
      topics[id] = topicStates(
        pack,
        findings.filter((f) => f.packId === id),
        terms,
        shown.filter((r) => r.packId === id),
        suppressed.filter((f) => f.packId === id),
      );
    });
    return { findings, documentRules: shown, topics, suppressions: register, suppressed };
  }
}
