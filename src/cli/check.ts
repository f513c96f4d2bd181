// `check`: lint every draft and write the report as it goes, file by file and finding by finding, so
// that neither the findings of all files nor the whole report are ever held at once. A file that
// cannot be read or checked is reported on stderr (file: reason) and left out of the report, which
// stays complete and valid for the rest; the run then exits 2.
import { createEngine } from '../engine/engine';
import { DraftInputError, formatForPath } from '../lint/lint';
import type { Finding } from '../lint/finding';
import type { SuppressionEntry } from '../lint/suppressions';
import { JsonWriter } from '../format/json';
import { ruleInfos } from '../format/ruleInfo';
import { SarifWriter } from '../format/sarif';
import { StylishWriter } from '../format/stylish';
import type { ReportWriter } from '../format/types';
import type { Command, ReportFormat } from './args';
import type { RuleInfo } from '../format/types';
import { expandFiles, type ReportProblem } from './files';
import type { Output } from './output';
import { packsFor } from './packOption';
import { readDraft } from './readDraft';
import { TOOL } from './tool';

/** Information and hint findings are advice; only warnings and errors fail a check. */
const fails = (finding: Finding) => finding.severity === 'error' || finding.severity === 'warning';

function writerFor(format: ReportFormat, rules: RuleInfo[]): ReportWriter {
  if (format === 'json') return new JsonWriter();
  if (format === 'sarif') return new SarifWriter(rules, TOOL);
  return new StylishWriter();
}

async function write(out: Output, text: string) {
  if (text !== '' && !out.closed) await out.write(text);
}

export async function runCheck(command: Extract<Command, { kind: 'check' }>, out: Output, err: Output, cwd: string): Promise<number> {
  const packs = await packsFor(command.packs);
  const engine = createEngine(packs);
  let unchecked = false;
  const problem: ReportProblem = (where, reason) => {
    unchecked = true;
    void err.write(`${TOOL.name}: ${where}: ${reason}\n`);
  };
  const files = await expandFiles(command.files, cwd, problem);

  const report = writerFor(command.format, ruleInfos(...packs.map((p) => p.pack.rules)));
  let failed = false;
  await write(out, report.begin());
  for (const file of files) {
    if (out.closed) break; // the reader has gone: stop, with the exit code of what was checked
    const draft = await readDraft(file);
    if ('problem' in draft) {
      problem(file.display, draft.problem);
      continue;
    }
    let findings: Finding[];
    let suppressions: SuppressionEntry[];
    try {
      ({ findings, suppressions } = engine.check({ text: draft.text, format: formatForPath(file.display), severity: command.severity }));
    } catch (error) {
      if (!(error instanceof DraftInputError)) throw error;
      problem(file.display, `cannot check: ${error.message}`);
      continue;
    }
    failed ||= findings.some(fails);
    for (const piece of report.file({ file: file.display, findings, suppressions })) {
      if (out.closed) break;
      await write(out, piece);
    }
  }
  await write(out, report.end());
  return unchecked ? 2 : failed ? 1 : 0;
}
