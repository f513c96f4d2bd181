// Checks one draft against every pack in use through the engine's single entry point: the bridge from
// a TextDocument to the engine's findings.
import * as vscode from 'vscode';
import type { CheckOutput, EngineFinding } from '../engine/engine';
import type { DraftFormat } from '../lint/lint';
import type { SuppressionEntry } from '../lint/suppressions';
import type { TopicStatus } from '../present/topicStates';

/** A finding with its id for this check and the pack whose rule raised it. */
export type PackFinding = EngineFinding;

export interface DraftReport {
  version: number;
  findings: PackFinding[];
  /** Per pack, each topic's state for this draft. */
  topics: Map<string, TopicStatus<PackFinding>[]>;
  /** The exceptions register: every suppression comment, its reason and what it hid. */
  suppressions: SuppressionEntry[];
  /** The .policy-guidance.jsonc that applied (workspace-relative), if any, and why it could not be read. */
  config?: string;
  configProblem?: string;
  /** The packs that applied, when a config file's jurisdiction map (or the packs' own) selected some. */
  packIds?: string[];
}

export const formatOf = (document: Pick<vscode.TextDocument, 'languageId'>): DraftFormat => (document.languageId === 'plaintext' ? 'plaintext' : 'markdown');

/** A check's result as the editor keeps it. Each finding carries the severity the user's settings give
 *  it, and rules turned off are dropped by the engine (findings and satisfied checks alike), so the
 *  Problems list, hovers, quick fixes, topic states and every count agree. */
export function draftReport(version: number, result: CheckOutput): DraftReport {
  return { version, findings: result.findings, topics: new Map(Object.entries(result.topics)), suppressions: result.suppressions ?? [] };
}
