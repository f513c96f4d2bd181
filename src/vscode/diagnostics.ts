// Keeps the Problems list in step with the drafts: lints on open, as the user types (debounced) or on
// save, and on settings or pack changes; clears on close. Checks run in a worker (checkWorker.ts): while
// one runs for a draft, a newer edit waits for it and then checks the newest version; a result for a
// version that is no longer current is dropped. A finding new on the sentence being typed waits until
// it is finished (typingHold.ts). A draft that is not checked (too large, binary,
// its language not enabled) keeps a reason the status item and the Guidance view show; the log and a
// notification say it once per file.
import * as vscode from 'vscode';
import { DraftInputError } from '../lint/lint';
import type { CheckWorker } from './checkWorker';
import { draftReport, formatOf, type DraftReport, type PackFinding } from './draftFindings';
import type { GuidancePacks } from './guidancePacks';
import { COMMANDS } from './commandIds';
import { readSettings, SECTION, type Settings } from './settings';
import type { ConfigFiles, DraftConfig } from './configFiles';
import { SCHEME } from './uris';
import { FindingDiagnostics, SOURCE, toRange } from './findingDiagnostics';
import { withoutFindings } from './heldFindings';
import { TypingHold } from './typingHold';


/** Why a draft is not checked, with what the user can do about it. */
export interface NotChecked {
  reason: 'disabled' | 'language' | 'size' | 'binary' | 'failed';
  /** One sentence for the status item and the Guidance view: "Not checked: 300 KB, over the 256 KB limit". */
  message: string;
  sizeKB?: number;
}

/** Languages shown a status even when not in policyGuidance.languages, so a draft there says it is not checked. */
export const DRAFT_LANGUAGES = ['markdown', 'plaintext'];
const TYPING_DELAY_MS = 300;
// Schemes that are never drafts: our own guidance documents and editor internals.
const NOT_DRAFTS = new Set([SCHEME, 'output', 'git', 'vscode-scm', 'debug']);


export class DraftDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  /** Per draft, the latest check as shown: without the findings held back while a sentence is typed. */
  private readonly reports = new Map<string, DraftReport>();
  /** Per draft, the latest check in full. */
  private readonly checked = new Map<string, DraftReport>();
  private readonly typing = new TypingHold();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly noticed = new Map<string, NotChecked['reason']>();
  private readonly skipped = new Map<string, NotChecked>();
  /** Drafts to check once more regardless of the size limit ("Check anyway"): uri → that version. */
  private readonly once = new Map<string, number>();
  /** Drafts being checked: uri → the version sent, and whether to check again when it answers. */
  private readonly running = new Map<string, { version: number; again: boolean; force: boolean }>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires after a draft's findings change (or are cleared). */
  readonly onDidUpdate = this.updated.event;
  private settings: Settings = readSettings();
  private readonly toDiagnostic: FindingDiagnostics;

  constructor(
    private readonly packs: GuidancePacks,
    private readonly log: vscode.LogOutputChannel,
    private readonly checker: CheckWorker,
    private readonly configs: ConfigFiles,
  ) {
    this.toDiagnostic = new FindingDiagnostics(packs);
    this.subscriptions.push(
      configs.onDidChange(() => this.lintAll()),
      // A deleted or renamed draft (or folder) that Check Workspace filled in keeps no findings.
      vscode.workspace.onDidDeleteFiles((e) => this.forgetUnder(e.files)),
      vscode.workspace.onDidRenameFiles((e) => this.forgetUnder(e.files.map((f) => f.oldUri))),
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.settings.run !== 'onType' || !e.contentChanges.length) return;
        this.typing.noteChange(e);
        this.lintSoon(e.document);
      }),
      this.typing.onDidBecomeDue((d) => this.show(d) && this.updated.fire(d.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.clear(d.uri);
        this.typing.forget(d.uri);
        this.skipped.delete(d.uri.toString());
        this.checker.close(d.uri.toString());
        // A draft opened again under the same name before this close came (an untitled copy made under the name just
        // freed; VS Code disposes a closed document late) lost its findings with it: check it again.
        const again = vscode.workspace.textDocuments.find((o) => !o.isClosed && o.uri.toString() === d.uri.toString());
        if (again) this.lintNow(again, true);
      }),
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

  /** The finding one of this draft's diagnostics stands for, if it is still shown. */
  findingOf(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): PackFinding | undefined {
    return this.toDiagnostic.findingOf(this.report(document), diagnostic);
  }

  findingsAt(document: vscode.TextDocument, range: vscode.Range): PackFinding[] {
    return (this.report(document)?.findings ?? []).filter((f) => toRange(f).intersection(range) !== undefined);
  }

  /** Checks a draft that is not open (Check Workspace): its findings go to the Problems panel; opening
   *  it later checks it as usual. Returns the number of findings. */
  async checkClosed(uri: vscode.Uri, text: string, languageId: string): Promise<number> {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return this.collection.get(uri)?.length ?? 0;
    const config = await this.configs.forDraft({ uri }, text, this.settings.severity, this.packs);
    const output = this.packs.engine().check({ text, format: formatOf({ languageId }), severity: config.severity, ...(config.packIds && { packIds: config.packIds }), uncoveredJurisdiction: config.uncoveredJurisdiction });
    this.collection.set(uri, output.findings.map((f) => this.toDiagnostic.of(f)));
    return output.findings.length;
  }

  private forgetUnder(uris: readonly vscode.Uri[]): void {
    const gone = uris.map((u) => u.toString());
    this.collection.forEach((uri) => {
      const key = uri.toString();
      if (gone.some((g) => key === g || key.startsWith(`${g}/`))) this.collection.delete(uri);
    });
  }

  /** Re-lints every open draft, e.g. after a settings or pack change. */
  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.lintNow(document, true);
  }

  /** Is a check of this draft running (the status item says "checking…")? */
  isChecking(document: vscode.TextDocument): boolean {
    return this.running.has(document.uri.toString());
  }

  /** Is this document one the settings say to check? */
  isDraft(document: vscode.TextDocument): boolean {
    return this.settings.enable && !NOT_DRAFTS.has(document.uri.scheme) && this.settings.languages.includes(document.languageId);
  }

  /** Is this a document someone may draft in, checked or not (Markdown, plain text, a language in settings)? */
  isCandidate(document: vscode.TextDocument): boolean {
    return !NOT_DRAFTS.has(document.uri.scheme) && (DRAFT_LANGUAGES.includes(document.languageId) || this.settings.languages.includes(document.languageId));
  }

  /** Why this draft is not checked, if it is not. */
  notChecked(document: vscode.TextDocument): NotChecked | undefined {
    if (NOT_DRAFTS.has(document.uri.scheme)) return undefined;
    if (!this.settings.enable) return { reason: 'disabled', message: 'Not checked: checking is turned off (policyGuidance.enable).' };
    if (!this.settings.languages.includes(document.languageId)) {
      return { reason: 'language', message: `Not checked: the language “${document.languageId}” is not in policyGuidance.languages.` };
    }
    return this.skipped.get(document.uri.toString());
  }

  /** Checks this draft now, once, even if it is over the size limit. */
  checkAnyway(document: vscode.TextDocument): void {
    this.once.set(document.uri.toString(), document.version);
    this.lintNow(document, true);
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
    const running = this.running.get(key);
    if (running) {
      // One check at a time per draft: the newest version is checked when this one answers.
      running.again = true;
      running.force ||= force;
      return;
    }
    if (document.isClosed || !this.isDraft(document)) {
      this.skipped.delete(key);
      this.clear(document.uri);
      // A draft whose language is not enabled still tells the views it is not checked.
      if (!document.isClosed && this.isCandidate(document)) this.updated.fire(document.uri);
      return;
    }
    if (!force && this.reports.get(key)?.version === document.version) return;

    const text = document.getText();
    const limitKB = this.settings.maxFileSizeKB;
    const sizeKB = text.length / 1024;
    const checkOnce = this.once.get(key) === document.version;
    this.once.delete(key);
    if (sizeKB > limitKB && !checkOnce) {
      return this.skip(document, { reason: 'size', sizeKB, message: `Not checked: ${Math.ceil(sizeKB)} KB, over the ${limitKB} KB limit (policyGuidance.maxFileSizeKB).` });
    }
    const version = document.version;
    const state = { version, again: false, force: false };
    this.running.set(key, state);
    this.updated.fire(document.uri); // "checking…"
    const settled = (apply: () => void) => {
      this.running.delete(key);
      // A newer version, or settings or packs changed meanwhile: this result is stale, check again.
      const stale = state.again || document.isClosed || document.version !== version;
      if (!stale) apply();
      // The same draft may have been closed and opened again meanwhile (Change Language Mode does that).
      const current = document.isClosed ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed) : document;
      if (!current) return;
      this.updated.fire(current.uri);
      if (!stale) return;
      if (checkOnce && current === document && document.version === version) this.once.set(key, version);
      this.lintNow(current, state.force || current !== document);
    };
    let config: DraftConfig | undefined;
    this.configs
      .forDraft(document, text, this.settings.severity, this.packs)
      .then((found) => {
        config = found;
        return this.checker.check({ key, version, text, format: formatOf(document), severity: found.severity, ...(found.packIds && { packIds: found.packIds }), ...(found.uncoveredJurisdiction && { uncoveredJurisdiction: found.uncoveredJurisdiction }) });
      })
      .then(
      (output) =>
        settled(() => {
          const report = { ...draftReport(version, output), config: config?.uri && vscode.workspace.asRelativePath(config.uri), configProblem: config?.problem, packIds: config?.packIds };
          this.checked.set(key, report);
          this.skipped.delete(key);
          this.show(document);
        }),
      (error) =>
        settled(() => {
          if (error instanceof DraftInputError) return this.skip(document, { reason: 'binary', message: `Not checked: ${error.message}.` });
          this.log.error(`Checking ${document.uri.toString(true)} failed`, error as Error);
          this.skip(document, { reason: 'failed', message: 'Not checked: checking failed; see the “Policy Guidance” output.' });
        }),
    );
  }

  /** Shows the draft's latest check, holding back what is new on the sentence being typed. Returns
   *  whether what is shown changed. */
  private show(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    const full = this.checked.get(key);
    if (!full || full.version !== document.version) return false;
    const shown = this.reports.get(key);
    const held = this.typing.held(document, full.findings, shown?.findings ?? [], (f) => this.packs.isDocumentFinding(f));
    const visible = withoutFindings(full, held);
    if (shown?.version === visible.version && shown.findings.length === visible.findings.length && shown.findings.every((f, i) => f === visible.findings[i])) return false;
    this.reports.set(key, visible);
    this.collection.set(document.uri, visible.findings.map((f) => this.toDiagnostic.of(f)));
    return true;
  }

  /** Records why a draft is not checked; says so in the log (and a notification) once per file and reason. */
  private skip(document: vscode.TextDocument, state: NotChecked): void {
    const key = document.uri.toString();
    this.clear(document.uri);
    this.skipped.set(key, state);
    this.updated.fire(document.uri);
    if (this.noticed.get(key) === state.reason) return;
    this.noticed.set(key, state.reason);
    const message = `Policy Guidance did not check ${baseName(document.uri)}. ${state.message.replace(/^Not checked: /, 'Reason: ')}`;
    this.log.warn(message);
    if (state.reason === 'failed') return;
    const actions = state.reason === 'size' ? ['Check anyway', 'Raise limit'] : [];
    void vscode.window.showInformationMessage(message, ...actions).then((choice) => {
      if (choice === 'Check anyway') void vscode.commands.executeCommand(COMMANDS.checkAnyway, document.uri);
      if (choice === 'Raise limit') void vscode.commands.executeCommand(COMMANDS.raiseLimit, document.uri);
    });
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.checked.delete(key);
    const had = this.reports.delete(key) || this.collection.has(uri);
    this.collection.delete(uri);
    if (had) this.updated.fire(uri);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.subscriptions, this.typing, this.collection, this.updated).dispose();
  }
}

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString(true);
