// Lints one draft against every pack in use: the bridge from a TextDocument to the engine's findings.
import * as vscode from 'vscode';
import type { Finding } from '../lint/finding';
import type { DraftFormat } from '../lint/lint';
import { topicStates, type TopicStatus } from '../present/topicStates';
import type { Severity } from '../rules/types';
import type { LoadedPack } from './guidancePacks';
import type { RuleSeverity } from './settings';

export interface PackFinding extends Finding {
  packId: string;
}

export interface DraftReport {
  version: number;
  findings: PackFinding[];
  /** Per pack, each topic's state for this draft. */
  topics: Map<string, TopicStatus<PackFinding>[]>;
}

export const formatOf = (document: vscode.TextDocument): DraftFormat => (document.languageId === 'plaintext' ? 'plaintext' : 'markdown');

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint']);

/** Lints the draft's text with every pack. Each finding carries the severity the user's settings give
 *  it, and rules turned off are dropped here (findings and satisfied checks alike), so the Problems
 *  list, hovers, quick fixes, topic states and every count agree. */
export function lintDraft(document: vscode.TextDocument, text: string, packs: readonly LoadedPack[], severityOf: (ruleId: string, own: Severity) => RuleSeverity): DraftReport {
  const findings: PackFinding[] = [];
  const topics = new Map<string, TopicStatus<PackFinding>[]>();
  for (const loaded of packs) {
    const packId = loaded.pack.meta.id;
    const result = loaded.linter.check(text, formatOf(document));
    const own: PackFinding[] = [];
    for (const f of result.findings) {
      const severity = severityOf(f.ruleId, f.severity);
      if (severity === 'off') continue;
      // An unknown value in settings falls back to the rule's own severity.
      own.push({ ...f, severity: SEVERITIES.has(severity) ? (severity as Severity) : f.severity, packId });
    }
    const documentRules = result.documentRules.filter((r) => severityOf(r.ruleId, 'warning') !== 'off');
    topics.set(packId, topicStates(loaded.pack, own, loaded.terms.find(text), documentRules));
    findings.push(...own);
  }
  return { version: document.version, findings, topics };
}
