// Lints one draft against every pack in use: the bridge from a TextDocument to the engine's findings.
import * as vscode from 'vscode';
import type { Finding } from '../lint/finding';
import type { DraftFormat } from '../lint/lint';
import { topicStates, type TopicStatus } from '../present/topicStates';
import type { LoadedPack } from './guidancePacks';

export interface PackFinding extends Finding {
  packId: string;
}

export interface DraftReport {
  version: number;
  findings: PackFinding[];
  /** Per pack, each topic's state for this draft. */
  topics: Map<string, TopicStatus[]>;
}

export const formatOf = (document: vscode.TextDocument): DraftFormat => (document.languageId === 'plaintext' ? 'plaintext' : 'markdown');

/** Lints the draft's text with every pack. Findings the user turned off are dropped here, so the
 *  Problems list, hovers, quick fixes, topic states and the status count all agree. */
export function lintDraft(document: vscode.TextDocument, text: string, packs: readonly LoadedPack[], shown: (f: Finding) => boolean): DraftReport {
  const findings: PackFinding[] = [];
  const topics = new Map<string, TopicStatus[]>();
  for (const loaded of packs) {
    const packId = loaded.pack.meta.id;
    const own = loaded.linter.lint(text, formatOf(document)).filter(shown).map((f) => ({ ...f, packId }));
    topics.set(packId, topicStates(loaded.pack, own, loaded.terms.find(text)));
    findings.push(...own);
  }
  return { version: document.version, findings, topics };
}
