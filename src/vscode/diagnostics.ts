// Keeps the Problems list in step with the drafts: lints on open, as the user types (debounced) or on
// save, and on settings or pack changes; clears on close. Oversized or binary files get one notice.
import * as vscode from 'vscode';
import type { Finding } from '../lint/finding';
import { DraftInputError } from '../lint/lint';
import { ENTRY_ANSWER_LINE } from '../present/entryDocument';
import type { Severity } from '../rules/types';
import { lintDraft, type DraftReport, type PackFinding } from './draftFindings';
import type { GuidancePacks } from './guidancePacks';
import { readSettings, SECTION, type RuleSeverity, type Settings } from './settings';
import { entryUri, ruleUri, SCHEME } from './uris';

export const SOURCE = 'policy-guidance';
const TYPING_DELAY_MS = 300;
// Schemes that are never drafts: our own guidance documents and editor internals.
const NOT_DRAFTS = new Set([SCHEME, 'output', 'git', 'vscode-scm', 'debug']);

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class DraftDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly reports = new Map<string, DraftReport>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly noticed = new Set<string>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires after a draft's findings change (or are cleared). */
  readonly onDidUpdate = this.updated.event;
  private settings: Settings = readSettings();

  constructor(
    private readonly packs: GuidancePacks,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.settings.run === 'onType' && e.contentChanges.length) this.lintSoon(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        this.settings = readSettings();
        this.lintAll();
      }),
      packs.onDidChange(() => this.lintAll()),
    );
  }

  /** The latest findings for a draft, if it is linted and unchanged since. */
  report(document: vscode.TextDocument): DraftReport | undefined {
    const report = this.reports.get(document.uri.toString());
    return report?.version === document.version ? report : undefined;
  }

  findingsAt(document: vscode.TextDocument, range: vscode.Range): PackFinding[] {
    return (this.report(document)?.findings ?? []).filter((f) => toRange(f).intersection(range) !== undefined);
  }

  /** Re-lints every open draft, e.g. after a settings or pack change. */
  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.lintNow(document, true);
  }

  /** Is this document one the settings say to check? */
  isDraft(document: vscode.TextDocument): boolean {
    return this.settings.enable && !NOT_DRAFTS.has(document.uri.scheme) && this.settings.languages.includes(document.languageId);
  }

  private lintSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key)); // a newer change supersedes the waiting run
    this.pending.set(key, setTimeout(() => this.lintNow(document), TYPING_DELAY_MS));
  }

  lintNow(document: vscode.TextDocument, force = false): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    if (document.isClosed || !this.isDraft(document)) return this.clear(document.uri);
    if (!force && this.reports.get(key)?.version === document.version) return;

    const text = document.getText();
    const limitKB = this.settings.maxFileSizeKB;
    const sizeKB = text.length / 1024;
    if (sizeKB > limitKB) {
      this.clear(document.uri);
      return this.noticeOnce(key, `Policy Guidance did not check ${baseName(document.uri)}: it is ${Math.round(sizeKB)} KB, over the ${limitKB} KB limit (setting policyGuidance.maxFileSizeKB).`);
    }
    try {
      const report = lintDraft(document, text, this.packs.all(), (f) => this.severityOf(f) !== 'off');
      this.reports.set(key, report);
      this.collection.set(document.uri, report.findings.map((f) => this.diagnostic(f)));
    } catch (error) {
      this.clear(document.uri);
      if (error instanceof DraftInputError) return this.noticeOnce(key, `Policy Guidance did not check ${baseName(document.uri)}: ${error.message}.`);
      this.log.error(`Checking ${document.uri.toString(true)} failed`, error as Error);
      return this.noticeOnce(key, `Policy Guidance could not check ${baseName(document.uri)}; see the "Policy Guidance" output for details.`);
    }
    this.updated.fire(document.uri);
  }

  private severityOf(finding: Finding): RuleSeverity {
    return this.settings.severity[finding.ruleId] ?? finding.severity;
  }

  private diagnostic(finding: PackFinding): vscode.Diagnostic {
    const severity = this.severityOf(finding);
    // An unknown value in settings falls back to the rule's own severity.
    const diagnostic = new vscode.Diagnostic(toRange(finding), finding.message, SEVERITY[severity as Severity] ?? SEVERITY[finding.severity]);
    diagnostic.source = SOURCE;
    diagnostic.code = { value: finding.ruleId, target: ruleUri(finding.packId, finding.ruleId) };
    const pack = this.packs.byId(finding.packId)?.pack;
    diagnostic.relatedInformation = finding.entries.map((id) => {
      const question = pack?.entries.find((e) => e.id === id)?.question ?? '';
      const at = new vscode.Range(ENTRY_ANSWER_LINE, 0, ENTRY_ANSWER_LINE, 0);
      return new vscode.DiagnosticRelatedInformation(new vscode.Location(entryUri(finding.packId, id), at), `${id}. ${question}`);
    });
    return diagnostic;
  }

  private noticeOnce(key: string, message: string): void {
    this.log.warn(message);
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    void vscode.window.showInformationMessage(message);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    const had = this.reports.delete(key) || this.collection.has(uri);
    this.collection.delete(uri);
    if (had) this.updated.fire(uri);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.subscriptions, this.collection, this.updated).dispose();
  }
}

export const toRange = (f: PackFinding) => new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString(true);
