// The compliance report written draft by draft (begin, a piece per draft, end), as HTML (htmlWriter.ts), Markdown
// (markdownWriter.ts) or JSON (here: the model as it is). Pure.
import { indentedJson } from '../format/jsonPieces';
import { HtmlReportWriter } from './htmlWriter';
import { MarkdownReportWriter } from './markdownWriter';
import { REPORT_NOTICE, type DraftReport } from './model';
import type { ComplianceReportWriter, ReportMeta } from './reportText';

export type { ComplianceReportWriter, ReportMeta } from './reportText';

export type ComplianceFormat = 'html' | 'md' | 'json';

/** `{ notice, tool, drafts: [...] }`: the model as it is, written a draft at a time. */
export class JsonReportWriter implements ComplianceReportWriter {
  private drafts = 0;
  constructor(private readonly meta: ReportMeta) {}

  begin(): string {
    return `{\n  "notice": ${JSON.stringify(REPORT_NOTICE)},\n  "tool": ${JSON.stringify(this.meta.tool)},\n  "drafts": [`;
  }

  draft(report: DraftReport): string {
    return `${this.drafts++ > 0 ? ',' : ''}\n${indentedJson(report, 2)}`;
  }

  end(): string {
    return `${this.drafts > 0 ? '\n  ' : ''}]\n}\n`;
  }
}

export function reportWriter(format: ComplianceFormat, meta: ReportMeta): ComplianceReportWriter {
  if (format === 'json') return new JsonReportWriter(meta);
  if (format === 'md') return new MarkdownReportWriter(meta);
  return new HtmlReportWriter(meta);
}
