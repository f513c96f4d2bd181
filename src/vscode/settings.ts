// The extension's settings (package.json "contributes.configuration"), read in one place.
import * as vscode from 'vscode';
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
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enable: config.get('enable', true),
    languages: config.get('languages', ['markdown', 'plaintext']),
    run: config.get('run', 'onType'),
    severity: config.get('severity', {}),
    packs: config.get('packs', []),
    maxFileSizeKB: config.get('maxFileSizeKB', 256),
  };
}
