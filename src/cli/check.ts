// `check`: lint every draft, then print one report. All files are read and linted before anything is
// printed, so an unreadable file (exit 2) never leaves half a SARIF or JSON document on stdout.
import { DraftInputError, createLinter, formatForPath } from '../lint/lint';
import type { Finding } from '../lint/finding';
import { toJsonReport } from '../format/json';
import { ruleInfos } from '../format/ruleInfo';
import { toSarif } from '../format/sarif';
import { formatStylish } from '../format/stylish';
import type { FileFindings } from '../format/types';
import type { Command } from './args';
import { CliError } from './cliError';
import { expandFiles } from './files';
import type { Output } from './output';
import { packFor } from './packOption';
import { readDraft } from './readDraft';
import { TOOL } from './tool';

/** Information and hint findings are advice; only warnings and errors fail a check. */
const fails = (finding: Finding) => finding.severity === 'error' || finding.severity === 'warning';

export async function runCheck(command: Extract<Command, { kind: 'check' }>, out: Output, cwd: string): Promise<number> {
  const pack = await packFor(command.pack);
  const linter = createLinter(pack.rules);
  const results: FileFindings[] = [];
  for (const file of await expandFiles(command.files, cwd)) {
    const text = await readDraft(file);
    try {
      results.push({ file: file.display, findings: linter.lint(text, formatForPath(file.display)) });
    } catch (error) {
      if (error instanceof DraftInputError) throw new CliError(`cannot check ${file.display}: ${error.message}`);
      throw error;
    }
  }

  if (command.format === 'json') out.write(`${JSON.stringify(toJsonReport(results), null, 2)}\n`);
  else if (command.format === 'sarif') out.write(`${JSON.stringify(toSarif(results, ruleInfos(pack.rules), TOOL), null, 2)}\n`);
  else out.write(formatStylish(results));
  return results.some((r) => r.findings.some(fails)) ? 1 : 0;
}
