// Lints one draft against every pack in use: the bridge from a TextDocument to the engine's findings.
import * as vscode from 'vscode';
import type { Finding } from '../lint/finding';
import type { DraftFormat } from '../lint/lint';
import type { TermMatch } from '../present/glossaryTerms';
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

export function lintDraft(document: vscode.TextDocument, packs: readonly LoadedPack[]): DraftReport {
  const text = document.getText();
  const findings: PackFinding[] = [];
  const topics = new Map<string, TopicStatus[]>();
  for (const loaded of packs) {
    const packId = loaded.pack.meta.id;
    const own = loaded.linter.lint(text, formatOf(document)).map((f) => ({ ...f, packId }));
    const terms: TermMatch[] = loaded.terms.find(text);
    topics.set(packId, topicStates(loaded.pack, own, terms));
    findings.push(...own);
  }
  return { version: document.version, findings, topics };
}
