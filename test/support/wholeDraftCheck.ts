// The engine's check as it was before drafts were read by blocks: one reading of the whole draft (src/lint/lint.ts),
// which the block-by-block check must equal (test/incremental.property.test.ts, test/blockCuts.test.ts).
import type { Pack } from '../../src/corpus/types';
import type { CheckInput, CheckOutput, EngineFinding } from '../../src/engine/engine';
import { checkWithPacks } from '../../src/lint/lint';
import { createTermFinder } from '../../src/present/glossaryTerms';
import { topicStates } from '../../src/present/topicStates';
import { compileRules } from '../../src/rules/compileRules';
import type { Severity } from '../../src/rules/types';

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint']);

/** The engine's check as it was before drafts were read by blocks: one reading of the whole draft. */
export function wholeDraftCheck(packs: Pack[], { text, format, severity = {} }: CheckInput): CheckOutput {
  const compiled = packs.map((pack) => ({ pack, rules: compileRules(pack.rules), terms: createTermFinder(pack.glossary) }));
  const result = checkWithPacks(compiled.map((p) => ({ packId: p.pack.meta.id, rules: p.rules })), text, format);
  const bare = (ruleId: string) => ruleId.slice(ruleId.indexOf('/') + 1);
  const severityOf = (ruleId: string): string | undefined => severity[ruleId] ?? severity[bare(ruleId)];
  const findings: EngineFinding[] = [];
  result.findings.forEach((f, i) => {
    const wanted = severityOf(f.ruleId);
    if (wanted === 'off') return;
    findings.push({ ...f, severity: wanted && SEVERITIES.has(wanted) ? (wanted as Severity) : f.severity, id: `f${i}`, packId: f.packId ?? '' });
  });
  const documentRules = result.documentRules.filter((r) => severityOf(r.ruleId) !== 'off');
  const suppressed: CheckOutput['suppressed'] = [];
  result.hidden.forEach(({ finding: f, reasons }, i) => {
    const wanted = severityOf(f.ruleId);
    if (wanted !== 'off') suppressed.push({ ...f, severity: wanted && SEVERITIES.has(wanted) ? (wanted as Severity) : f.severity, id: `s${i}`, packId: f.packId ?? '', reasons });
  });
  const topics: CheckOutput['topics'] = {};
  for (const p of compiled) {
    const id = p.pack.meta.id;
    // Glossary terms per blank-line-separated stretch: a term split by a blank line is not a mention.
    const terms = text.split(/(?<=(?:\r\n|\n|\r(?!\n))[^\S\r\n]*(?:\r\n|\n|\r(?!\n)))(?!(?<=\r)\n)/).flatMap((part) => p.terms.find(part));
    topics[id] = topicStates(p.pack, findings.filter((f) => f.packId === id), terms, documentRules.filter((r) => r.packId === id), suppressed.filter((f) => f.packId === id));
  }
  return { findings, documentRules, topics, suppressions: result.suppressions, suppressed };
}

