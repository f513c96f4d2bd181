// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps) read: one run, the rules'
// metadata in tool.driver, one result per finding with a 1-based region and the corpus entries.
import type { Severity } from '../rules/types';
import { oneBased } from './oneBased';
import { oneLine } from './oneLine';
import type { FileFindings, RuleInfo } from './types';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifLevel(severity: Severity): SarifLevel {
  return LEVEL[severity];
}

export interface ToolInfo {
  name: string;
  version: string;
  informationUri?: string;
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded ("my draft.md" → "my%20draft.md"). */
export function pathToUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function toSarif(files: FileFindings[], rules: RuleInfo[], tool: ToolInfo): object {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = files.flatMap(({ file, findings }) =>
    findings.map((f) => {
      const { line, column, endLine, endColumn } = oneBased(f.range);
      return {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: sarifLevel(f.severity),
        message: { text: oneLine(f.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToUri(file) },
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
          },
        ],
        properties: { entries: f.entries, ...(f.suggestion ? { suggestion: f.suggestion } : {}) },
      };
    }),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.title },
              fullDescription: { text: oneLine(rule.message) },
              ...(rule.suggestion ? { help: { text: `Compliant wording: ${rule.suggestion}` } } : {}),
              defaultConfiguration: { level: sarifLevel(rule.severity) },
              properties: { entries: rule.restsOn, scope: rule.scope },
            })),
          },
        },
        columnKind: 'utf16CodeUnits', // the engine counts columns as VS Code does
        results,
      },
    ],
  };
}
