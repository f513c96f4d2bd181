// The JSON report: every checked file with its findings as the engine gives them (0-based `range`,
// source offsets), plus 1-based line/column/endLine/endColumn for people and other tools.
import type { Finding } from '../lint/finding';
import { oneBased, type OneBasedRegion } from './oneBased';
import type { FileFindings } from './types';

export type JsonFinding = Finding & OneBasedRegion;

export interface JsonFileReport {
  file: string;
  findings: JsonFinding[];
}

export function toJsonReport(files: FileFindings[]): JsonFileReport[] {
  return files.map(({ file, findings }) => ({ file, findings: findings.map((f) => ({ ...f, ...oneBased(f.range) })) }));
}
