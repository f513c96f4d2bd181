// One pack's rules over a draft already read: its sentence findings and where its document rules
// stand. Suppressions are not applied here: they apply once, to every pack's findings together.
import type { CompiledRules } from '../rules/compileRules';
import type { DocumentRule, SentenceRule, Severity } from '../rules/types';
import { documentRuleState, namesTopic, scopeStart, titleLine, type DocumentRuleState } from './documentRules';
import { headingMarks, sectionFor } from './sections';
import type { DraftReading } from './draftReading';
import type { Finding } from './finding';
import type { LineIndex } from './positions';
import type { Sentence } from './sentences';
import { contextOnly, HeadingChain, headingFindings, isHeadingCandidate, type HeadingCandidate } from './headingContext';
import { SentenceReading, type RuleEvidence } from './matchSentence';
import { pushAll } from './pushAll';
import { SentenceReadings } from './sentenceReadings';

export function packFindings(draft: DraftReading, rules: CompiledRules): { findings: Finding[]; documentRules: DocumentRuleState[] } {
  const { text, lines, sentences, prose } = draft;
  // A sentence said again is read once (see sentenceReadings.ts).
  const memo = new SentenceReadings(rules);
  const readings = sentences.map((s) => memo.of(s.text, s.leadIn));
  const candidates: HeadingCandidate[] = [];
  const findings = sentenceFindings(sentences, readings, rules, lines, candidates);
  // (Appended one by one: a draft may have more than a call takes; see pushAll.ts.)
  if (candidates.length) pushAll(findings, headingFindings(candidates, draft.prose.units, new HeadingChain(), rules, (rule, s, evidence) => sentenceFinding(rule, s, lines, evidence), memo));
  // A hold its heading completes is a hold: it brings the draft into the scope of the rules on holds.
  const firstInScope = rules.documentRules.map((rule) => scopeStart(rule, sentences, readings, findings));
  const documentRules = rules.documentRules.map((rule, i) => documentRuleState(rule, sentences, readings, firstInScope[i]));
  const raised = documentRules.some((s) => s.inScope && !s.satisfied);
  const title = raised ? titleLine(prose.units, text) : undefined;
  const headings = raised ? headingMarks(prose.units, text) : [];
  rules.documentRules.forEach((rule, i) => {
    const state = documentRules[i];
    if (title && state.inScope && !state.satisfied) findings.push(documentFinding(rule, title, text, lines, sectionFor(rule.title, headings, firstInScope[i], text)));
  });
  return { findings, documentRules };
}

/**
 * The sentence rules' findings on these sentences (each read as `readings` has it). `candidates` collects
 * the sentences the headings above them may complete (see headingContext.ts).
 */
export function sentenceFindings(sentences: Sentence[], readings: SentenceReading[], rules: CompiledRules, lines: Pick<LineIndex, 'range'>, candidates: HeadingCandidate[]): Finding[] {
  const findings: Finding[] = [];
  const firedInGroup = new Set<string>();
  sentences.forEach((sentence, i) => {
    // Headings name topics; they direct nothing. So does a heading run into its paragraph ("(2) Inquiries about status. Officers…").
    if (namesTopic(sentence)) return;
    const group = sentence.unit.group;
    const [before, candidatesBefore] = [findings.length, candidates.length];
    rules.sentenceRules.forEach((rule, r) => {
      // A table row is one case: a cell read after the cells before it repeats their conflict.
      if (group !== undefined && firedInGroup.has(`${group} ${rule.id}`)) return;
      const evidence = readings[i].verdict(rule, r);
      if (!evidence) {
        if (isHeadingCandidate(rule, sentence, readings[i])) candidates.push({ sentence, rule: r });
        return;
      }
      findings.push(sentenceFinding(rule, sentence, lines, evidence));
      if (group !== undefined) firedInGroup.add(`${group} ${rule.id}`);
    });
    // A sentence that a rule reads in its own words needs no heading to give another rule's act a context ("Deputies may
    // detain a person solely to verify immigration status" under "Detainers" is a status stop, not a hold).
    if (findings.length > before) for (let c = candidates.length - 1; c >= candidatesBefore; c--) if (!contextOnly(rules.sentenceRules[candidates[c].rule])) candidates.splice(c, 1);
  });
  return findings;
}

/** A sentence rule's finding on a sentence. */
export function sentenceFinding(rule: SentenceRule, sentence: Sentence, lines: Pick<LineIndex, 'range'>, evidence: RuleEvidence): Finding {
  const f = finding(rule.id, rule.severity, rule.message, rule.restsOn, sentence.start, sentence.end, lines, sentence.text, evidence.suggestion ?? rule.suggestion, evidence);
  if (sentence.leadIn) f.leadIn = sentence.leadIn;
  return f;
}

/** A document rule's finding, on the draft's title line. */
export function documentFinding(rule: DocumentRule, title: { start: number; end: number }, text: string, lines: Pick<LineIndex, 'range'>, section?: Finding['section']): Finding {
  const found = finding(rule.id, rule.severity, rule.message, rule.restsOn, title.start, title.end, lines, text.slice(title.start, title.end).replace(/[\n\r\t]/g, ' '), rule.suggestion);
  return section ? { ...found, section } : found;
}

function finding(ruleId: string, severity: Severity, message: string, entries: string[], start: number, end: number, lines: Pick<LineIndex, 'range'>, excerpt: string, suggestion?: string, evidence?: RuleEvidence): Finding {
  return { ruleId, severity, message, entries, suggestion, start, end, range: lines.range(start, end), excerpt, ...(evidence && { evidence }) };
}
