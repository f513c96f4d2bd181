// The extension's settings (package.json "contributes.configuration"), read in one place.
import * as vscode from 'vscode';
import { DEFAULT_CITATION_FORMAT } from '../present/citation';
import type { Severity } from '../rules/types';

export const SECTION = 'policyGuidance';

export type RuleSeverity = Severity | 'off';

export interface Settings {
  enable: boolean;
  languages: string[];
  run: 'onType' | 'onSave';
  severity: Record<string, RuleSeverity>;
  packs: string[];
  maxFileSizeKB: number;
  /** Globs (relative to each workspace folder) of the drafts Check Workspace checks. */
  workspaceFiles: string[];
  /** Template of an inserted citation: {id}, {pack}, {packTitle}, {question}. */
  citationFormat: string;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enable: config.get('enable', true),
    languages: config.get('languages', ['markdown', 'plaintext']),
    run: config.get('run', 'onType'),
    severity: config.get('severity', {}),
    packs: config.get('packs', []),
    maxFileSizeKB: config.get('maxFileSizeKB', 2048),
    workspaceFiles: config.get('workspaceFiles', ['**/*.md', '**/*.markdown', '**/*.txt']),
    citationFormat: config.get('citationFormat', DEFAULT_CITATION_FORMAT),
  };
}

/** Raises policyGuidance.maxFileSizeKB so a draft of this size is checked (to the next multiple of
 *  256 KB), where the current value is set (workspace or user), and says what it did. */
export async function raiseSizeLimit(sizeKB: number): Promise<number> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const raised = Math.max(256, Math.ceil((sizeKB + 1) / 256) * 256);
  const inspected = config.inspect<number>('maxFileSizeKB');
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('maxFileSizeKB', raised, target);
  void vscode.window.showInformationMessage(`Policy Guidance: policyGuidance.maxFileSizeKB is now ${raised} KB. Drafts are checked off the editor's thread, and after an edit only what changed is read again.`, 'Open Setting').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.maxFileSizeKB`);
  });
  return raised;
}
