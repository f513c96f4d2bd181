// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps) read: one run, the rules'
// metadata in tool.driver, one result per finding with a 1-based region and the corpus entries, and one per finding a
// suppression comment hid, marked suppressed in source with the comment's reason (as ESLint's SARIF formatter does; SARIF
// viewers hide such results, and GitHub's advanced-security/dismiss-alerts action dismisses their alerts). A rule's
// fullDescription is its one-sentence message; its help (text and Markdown, which code scanning shows with each
// alert) says what the guidance corpus says and what verified law says, each under its label, and the wording to consider.
import type { Finding } from '../lint/finding';
import type { Severity } from '../rules/types';
import { indentedJson } from './jsonPieces';
import { NOT_LEGAL_ADVICE } from './notice';
import { oneBased } from './oneBased';
import { oneLine } from './oneLine';
import type { FileFindings, ReportWriter, RuleInfo } from './types';
import { escapeMarkdown } from '../present/caveatText';
import { explanationParts, partHeading } from '../present/ruleExplanation';
import { leadWords } from '../present/leadWords';

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

/** A path as a URI reference: forward slashes, each segment percent-encoded ("my draft.md" → "my%20draft.md"); an absolute one as a file: URI. */
export function pathToUri(file: string): string {
  // An absolute path is a file: URI (SARIF 3.10.3: a relative reference or an absolute URI, not a bare "/work/a.md").
  const drive = /^([A-Za-z]):[\\/]/.exec(file);
  const parts = (drive ? file.slice(3) : file).split(/[\\/]/).map(encodeURIComponent).join('/');
  if (drive) return `file:///${drive[1]}:/${parts}`;
  return file.startsWith('/') || file.startsWith('\\') ? `file://${parts}` : parts;
}

/** A suppression comment's record on the result it hid (SARIF 3.35): in the source, with its reason. */
const inSource = (reason: string) => ({ kind: 'inSource', ...(reason ? { justification: reason } : {}) });

function ledMessage(f: Finding): string {
  const words = leadWords(f.evidence);
  return words ? `${words}: ${f.message}` : f.message;
}

/** One result; a finding a suppression comment hid carries `suppressions`, with the comment's reason. */
function sarifResult(file: string, f: Finding & { reasons?: string[] }, ruleIndex: Map<string, number>, baselineState?: 'new' | 'unchanged'): object {
  const { line, column, endLine, endColumn } = oneBased(f.range);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
    level: sarifLevel(f.severity),
    // Led by the words that made it, as the editor's Problems panel leads (a CI viewer listed five detainer-hold results
    // that read the same: a county counsel's trial).
    message: { text: oneLine(ledMessage(f)) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(file) },
          region: { startLine: line, startColumn: column, endLine, endColumn },
        },
      },
    ],
    ...(f.reasons ? { suppressions: f.reasons.map(inSource) } : {}),
    ...(baselineState ? { baselineState } : {}),
    properties: { entries: f.entries, ...(f.suggestion ? { suggestedWording: f.suggestion } : {}) },
  };
}

const SUGGESTION_LABEL = 'Suggested wording (a provision to consider, not legal advice)';

/** `help`: what the corpus says, what verified law says and the suggested wording, a paragraph each under its label. */
function helpOf(rule: RuleInfo): { help?: { text: string; markdown: string } } {
  const sections: Array<[string, string]> = [...explanationParts(rule).map((part): [string, string] => [partHeading(part), part.text]), ...(rule.suggestion ? [[SUGGESTION_LABEL, rule.suggestion] as [string, string]] : [])];
  if (!sections.length) return {};
  // Not legal advice, said where code scanning shows the rule's help: once the corpus or the law is said.
  const notice = sections.length > (rule.suggestion ? 1 : 0) ? ['Not legal advice.'] : [];
  return {
    help: {
      text: [...sections.map(([label, text]) => `${label}: ${oneLine(text)}`), ...notice].join('\n\n'),
      markdown: [...sections.map(([label, text]) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(oneLine(text))}`), ...notice.map((n) => `*${n}*`)].join('\n\n'),
    },
  };
}

function sarifLog(rules: RuleInfo[], tool: ToolInfo, results: object[]): object {
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
              ...helpOf(rule),
              defaultConfiguration: { level: sarifLevel(rule.severity) },
              properties: { entries: rule.restsOn, scope: rule.scope },
            })),
          },
        },
        columnKind: 'utf16CodeUnits', // the engine counts columns as VS Code does
        properties: { notice: NOT_LEGAL_ADVICE },
        results, // last: SarifWriter writes everything before it, then the results one by one
      },
    ],
  };
}

const EMPTY_RESULTS = '"results": []';

const ruleIndexOf = (rules: RuleInfo[]) => new Map(rules.map((rule, i) => [rule.id, i]));

/** A file's results: its findings (new, where checked against a baseline), those the baseline accepted (unchanged), then those suppression comments hid. */
function* resultsOf({ file, findings, suppressed = [], baselined }: FileFindings, ruleIndex: Map<string, number>): Iterable<object> {
  for (const f of findings) yield sarifResult(file, f, ruleIndex, baselined ? 'new' : undefined);
  for (const f of baselined ?? []) yield sarifResult(file, f, ruleIndex, 'unchanged');
  for (const f of suppressed) yield sarifResult(file, f, ruleIndex);
}

/** The run's invocation where some input could not be checked: not successful, a notification for each (a CI user's
 *  trial: an unreadable draft exited 2 but its log uploaded as a clean run). */
const invocationsOf = (problems: readonly string[]) => [
  { executionSuccessful: false, toolExecutionNotifications: problems.map((text) => ({ level: 'error', message: { text } })) },
];

export function toSarif(files: FileFindings[], rules: RuleInfo[], tool: ToolInfo, problems: readonly string[] = []): object {
  const ruleIndex = ruleIndexOf(rules);
  const log = sarifLog(rules, tool, files.flatMap((f) => [...resultsOf(f, ruleIndex)])) as { runs: Array<Record<string, unknown>> };
  if (problems.length) log.runs[0].invocations = invocationsOf(problems);
  return log;
}

/**
 * The same log written a result at a time: the text is exactly JSON.stringify(toSarif(...), null, 2)
 * plus a line break, but the results are never gathered into one array or one string.
 */
export class SarifWriter implements ReportWriter {
  private readonly ruleIndex: Map<string, number>;
  private readonly head: string;
  private readonly tail: string;
  private results = 0;

  constructor(rules: RuleInfo[], tool: ToolInfo) {
    this.ruleIndex = ruleIndexOf(rules);
    // The log with no results, cut where they go: its last `"results": []` (strings in it escape their quotes).
    const empty = JSON.stringify(sarifLog(rules, tool, []), null, 2);
    const at = empty.lastIndexOf(EMPTY_RESULTS);
    this.head = empty.slice(0, at + EMPTY_RESULTS.length - 1);
    this.tail = empty.slice(at + EMPTY_RESULTS.length);
  }

  begin(): string {
    return this.head;
  }

  *file(findings: FileFindings): Iterable<string> {
    for (const result of resultsOf(findings, this.ruleIndex)) yield `${this.results++ > 0 ? ',' : ''}\n${indentedJson(result, 4)}`;
  }

  end(problems: readonly string[] = []): string {
    const invocations = problems.length ? `,\n      "invocations": ${indentedJson(invocationsOf(problems), 3).trimStart()}` : '';
    return `${this.results > 0 ? '\n      ]' : ']'}${invocations}${this.tail}\n`;
  }
}
