// Checks one draft against every pack in use through the engine's single entry point: the bridge from
// a TextDocument to the engine's findings.
import * as vscode from 'vscode';
import type { EngineFinding } from '../engine/engine';
import type { DraftFormat } from '../lint/lint';
import type { TopicStatus } from '../present/topicStates';
import type { GuidancePacks } from './guidancePacks';

/** A finding with its id for this check and the pack whose rule raised it. */
export type PackFinding = EngineFinding;

export interface DraftReport {
  version: number;
  findings: PackFinding[];
  /** Per pack, each topic's state for this draft. */
  topics: Map<string, TopicStatus<PackFinding>[]>;
}

export const formatOf = (document: vscode.TextDocument): DraftFormat => (document.languageId === 'plaintext' ? 'plaintext' : 'markdown');

/** Checks the draft's text. Each finding carries the severity the user's settings give it, and rules
 *  turned off are dropped by the engine (findings and satisfied checks alike), so the Problems list,
 *  hovers, quick fixes, topic states and every count agree. */
export function lintDraft(document: vscode.TextDocument, text: string, packs: GuidancePacks, severity: Readonly<Record<string, string>>): DraftReport {
  const result = packs.engine().check({ text, format: formatOf(document), severity });
  return { version: document.version, findings: result.findings, topics: new Map(Object.entries(result.topics)) };
}
