// "Policy Guidance: Create Compliance Report": the draft's compliance report (the CLI's `report`, HTML)
// in a preview beside it, with a way to save it as a file to print or send to counsel and council.
import * as vscode from 'vscode';
import { draftReport } from '../report/model';
import { reportWriter } from '../report/writers';
import { formatOf } from './draftFindings';
import type { GuidancePacks } from './guidancePacks';
import { readSettings } from './settings';

export const REPORT_VIEW_TYPE = 'policyGuidance.report';

/** The HTML of one draft's report, from the same engine check the Problems panel shows. */
export function reportHtml(packs: GuidancePacks, document: vscode.TextDocument, version: string): string {
  const text = document.getText();
  const output = packs.engine().check({ text, format: formatOf(document), severity: readSettings().severity });
  const writer = reportWriter('html', { tool: { name: 'policy-guidance', version } });
  const name = vscode.workspace.asRelativePath(document.uri, false);
  return writer.begin() + writer.draft(draftReport(name, text, output, packs.all().map((p) => p.pack))) + writer.end();
}

export async function createReport(packs: GuidancePacks, document: vscode.TextDocument | undefined, version: string): Promise<vscode.WebviewPanel | undefined> {
  if (!document) {
    void vscode.window.showInformationMessage('Policy Guidance: open a draft (Markdown or plain text) to make its compliance report.');
    return undefined;
  }
  const html = reportHtml(packs, document, version);
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || 'draft';
  // No scripts: the report is a document. Its own Content-Security-Policy forbids them too.
  const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, `Compliance report: ${name}`, vscode.ViewColumn.Beside, { enableScripts: false });
  panel.webview.html = html;
  void vscode.window.showInformationMessage(`Compliance report for ${name}: not legal advice. Save it as HTML to print it to PDF from a browser.`, 'Save HTML…').then(async (choice) => {
    if (choice !== 'Save HTML…') return;
    const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(document.uri, '..', `${name.replace(/\.[^.]+$/, '')}.report.html`), filters: { HTML: ['html'] } });
    if (target) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
  });
  return panel;
}
