// Engine ranges are 0-based line/character with an exclusive end (as VS Code counts). Reports count
// from 1, as editors display and SARIF requires; the end column stays exclusive (SARIF's endColumn is
// the column after the region, like ESLint's).
import type { Range } from '../lint/positions';

export interface OneBasedRegion {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function oneBased(range: Range): OneBasedRegion {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
