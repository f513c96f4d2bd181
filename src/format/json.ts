// The JSON report: every checked file with its findings as the engine gives them (`start`/`end`:
// 0-based UTF-16 offsets into the text; `range`: 0-based line/character, end exclusive), plus 1-based
// line/column/endLine/endColumn for people and other tools.
import type { Finding } from '../lint/finding';
import { indentedJson } from './jsonPieces';
import { oneBased, type OneBasedRegion } from './oneBased';
import type { FileFindings, ReportWriter } from './types';

export type JsonFinding = Finding & OneBasedRegion;

export interface JsonFileReport {
  file: string;
  findings: JsonFinding[];
}

export function toJsonFinding(finding: Finding): JsonFinding {
  return { ...finding, ...oneBased(finding.range) };
}

export function toJsonReport(files: FileFindings[]): JsonFileReport[] {
  return files.map(({ file, findings }) => ({ file, findings: findings.map(toJsonFinding) }));
}

/**
 * The same report written a finding at a time; the text is exactly JSON.stringify(toJsonReport(files),
 * null, 2) plus a line break, but never held as one string (a draft can have hundreds of MB of findings).
 */
export class JsonWriter implements ReportWriter {
  private files = 0;

  begin(): string {
    return '[';
  }

  *file({ file, findings }: FileFindings): Iterable<string> {
    yield `${this.files++ > 0 ? ',' : ''}\n  {\n    "file": ${JSON.stringify(file)},\n    "findings": [`;
    for (let i = 0; i < findings.length; i++) yield `${i > 0 ? ',' : ''}\n${indentedJson(toJsonFinding(findings[i]), 3)}`;
    yield findings.length > 0 ? '\n    ]\n  }' : ']\n  }';
  }

  end(): string {
    return this.files > 0 ? '\n]\n' : ']\n';
  }
}
