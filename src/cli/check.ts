// `check`: lint every draft and write the report as it goes, file by file and finding by finding, so
// that neither the findings of all files nor the whole report are ever held at once. A file that
// cannot be read or checked is reported on stderr (file: reason) and left out of the report, which
// stays complete and valid for the rest; the run then exits 2.
// With --baseline FILE, findings the baseline holds are left out of the report and do not fail the
// check (SARIF keeps them, marked "unchanged", so code scanning does not close them as fixed); with
// --write-baseline FILE, every finding is written to FILE as the new baseline.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BaselineMatcher, baselineEntries, baselineJson, parseBaseline, type BaselineEntry } from '../format/baseline';
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
import { expandFiles, toDisplay, type ReportProblem } from './files';
import { repositoryRoot } from './repositoryRoot';
import type { Output } from './output';
import { DraftConfigs } from './draftConfig';
import { readDraft } from './readDraft';
import { TOOL } from './tool';
import { CliError } from './cliError';
import { errorReason } from './readDraft';

/** Information and hint findings are advice; only warnings and errors fail a check. */
const fails = (finding: Finding) => finding.severity === 'error' || finding.severity === 'warning';

function writerFor(format: ReportFormat, rules: RuleInfo[]): ReportWriter {
  if (format === 'json') return new JsonWriter(rules);
  if (format === 'sarif') return new SarifWriter(rules, TOOL);
  return new StylishWriter(rules);
}

async function write(out: Output, text: string) {
  if (text !== '' && !out.closed) await out.write(text);
}

async function readBaseline(path: string, cwd: string): Promise<BaselineMatcher> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new CliError(`--baseline ${path}: cannot read it: ${errorReason(error)}`);
  }
  const baseline = parseBaseline(text);
  if ('problem' in baseline) throw new CliError(`--baseline ${path}: ${baseline.problem}`);
  return new BaselineMatcher(baseline);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runCheck(command: Extract<Command, { kind: 'check' }>, out: Output, err: Output, cwd: string): Promise<number> {
  const baseline = command.baseline === undefined ? undefined : await readBaseline(command.baseline, cwd);
  const written = command.writeBaseline === undefined ? undefined : new Map<string, BaselineEntry[]>();
  const configs = new DraftConfigs(command.packs, command.severity, cwd, command.config);
  let unchecked = false;
  const problems: string[] = [];
  const problem: ReportProblem = (where, reason) => {
    unchecked = true;
    problems.push(`${where}: ${reason}`);
    void err.write(`${TOOL.name}: ${where}: ${reason}\n`);
  };
  const files = await expandFiles(command.files, cwd, problem);
  // SARIF's paths are read from the repository's root; the other formats show them as the user typed from cwd.
  const root = command.format === 'sarif' ? ((await repositoryRoot(cwd)) ?? cwd) : cwd;

  const report = writerFor(command.format, ruleInfos(...(await configs.packsFor(files.map((f) => f.absolute))).map((p) => p.pack.rules)));
  let failed = false;
  await write(out, report.begin());
  const checked: string[] = [];
  for (const file of files) {
    // The reader has gone: stop, with the exit code of what was checked (a baseline being written is finished first).
    if (out.closed && !written) break;
    const draft = await readDraft(file);
    if ('problem' in draft) {
      problem(file.display, draft.problem);
      continue;
    }
    let findings: Finding[];
    let suppressions: SuppressionEntry[];
    let suppressed: Array<Finding & { reasons: string[] }>;
    let isDocumentRule: (ruleId: string) => boolean;
    try {
      const setup = await configs.setupFor(file.absolute, draft.text);
      const result = setup.engine.check({ text: draft.text, format: formatForPath(file.display), severity: setup.severity, packIds: setup.packIds, uncoveredJurisdiction: setup.uncoveredJurisdiction });
      ({ findings, suppressions, suppressed } = result);
      const documentRules = new Set(result.documentRules.map((r) => r.ruleId));
      isDocumentRule = (ruleId) => documentRules.has(ruleId);
    } catch (error) {
      if (!(error instanceof DraftInputError)) throw error;
      problem(file.display, `cannot check: ${error.message}`);
      continue;
    }
    checked.push(file.display);
    let baselined: Finding[] | undefined;
    if (written) written.set(file.display, baselineEntries(findings, isDocumentRule));
    else if (baseline) {
      const fresh = baseline.newFindings(file.display, findings, isDocumentRule);
      const isNew = new Set(fresh);
      baselined = command.format === 'sarif' ? findings.filter((f) => !isNew.has(f)) : undefined;
      findings = fresh;
    }
    failed ||= findings.some(fails);
    for (const piece of report.file({ file: root === cwd ? file.display : toDisplay(root, file.absolute), findings, suppressions, suppressed, baselined })) {
      if (out.closed) break;
      await write(out, piece);
    }
  }
  await write(out, report.end(problems));
  if (written) {
    try {
      await writeFile(resolve(cwd, command.writeBaseline!), baselineJson(written));
    } catch (error) {
      void err.write(`${TOOL.name}: --write-baseline ${command.writeBaseline}: cannot write it: ${errorReason(error)}\n`);
      return 2;
    }
    // Every finding is in the new baseline: nothing fails against it.
    return unchecked ? 2 : 0;
  }
  if (baseline) {
    const gone = baseline.unmatchedIn(checked);
    const notes = [baseline.matched ? `${plural(baseline.matched, 'finding')} in the baseline not reported` : '', gone ? `${plural(gone, 'baseline finding')} no longer found (${baseline.unmatchedNames(checked)}; rewrite it with --write-baseline)` : ''];
    if (baseline.matched || gone) void err.write(`${TOOL.name}: ${notes.filter(Boolean).join('; ')}\n`);
    // A baseline that names none of the files checked (run from another folder, or for other files) accepts nothing: say so.
    if (checked.length && baseline.fileCount && !checked.some((file) => baseline.names(file))) {
      void err.write(`${TOOL.name}: --baseline ${command.baseline}: none of the files checked is in it (it names files as the check did when it was written, relative to where that ran, e.g. "${baseline.firstFile}"); every finding is new\n`);
    }
  }
  return unchecked ? 2 : failed ? 1 : 0;
}
