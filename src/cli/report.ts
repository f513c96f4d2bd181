// `report`: a compliance report per draft (HTML, Markdown or JSON), written draft by draft as each is
// checked. Files are found, read and checked as `check` does, and a file that cannot be is named on
// stderr and left out (exit 2). The report is a document, not a gate: it exits 0 whatever it finds.
import { DraftInputError, formatForPath } from '../lint/lint';
import { draftReport } from '../report/model';
import { reportWriter } from '../report/writers';
import type { Command } from './args';
import { expandFiles, type ReportProblem } from './files';
import type { Output } from './output';
import { DraftConfigs } from './draftConfig';
import { readDraft } from './readDraft';
import { TOOL } from './tool';

async function write(out: Output, text: string) {
  if (text !== '' && !out.closed) await out.write(text);
}

export async function runReport(command: Extract<Command, { kind: 'report' }>, out: Output, err: Output, cwd: string): Promise<number> {
  const configs = new DraftConfigs(command.packs, command.severity, cwd);
  let unchecked = false;
  const problem: ReportProblem = (where, reason) => {
    unchecked = true;
    void err.write(`${TOOL.name}: ${where}: ${reason}\n`);
  };
  const files = await expandFiles(command.files, cwd, problem);
  const writer = reportWriter(command.format, { tool: TOOL });
  await write(out, writer.begin());
  for (const file of files) {
    if (out.closed) break;
    const draft = await readDraft(file);
    if ('problem' in draft) {
      problem(file.display, draft.problem);
      continue;
    }
    let output;
    const setup = await configs.setupFor(file.absolute, draft.text);
    try {
      output = setup.engine.check({ text: draft.text, format: formatForPath(file.display), severity: setup.severity, packIds: setup.packIds, uncoveredJurisdiction: setup.uncoveredJurisdiction });
    } catch (error) {
      if (!(error instanceof DraftInputError)) throw error;
      problem(file.display, `cannot check: ${error.message}`);
      continue;
    }
    await write(out, writer.draft(draftReport(file.display, draft.text, output, setup.packs.map((p) => p.pack).filter((p) => setup.packIds.includes(p.meta.id)))));
  }
  await write(out, writer.end());
  return unchecked ? 2 : 0;
}
