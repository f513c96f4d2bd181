// The language-status item beside Markdown and plain-text drafts: which pack is in use, and the active
// draft's conflicts and notes (counted as the Guidance view's badge and the Problems panel count them),
// or why the draft is not checked, with what to do about it.
import * as vscode from 'vscode';
import { findingCounts } from '../present/topicStates';
import { COMMANDS, OVER_LIMIT_CONTEXT } from './commandIds';
import { DRAFT_LANGUAGES, type DraftDiagnostics } from './diagnostics';
import type { GuidancePacks } from './guidancePacks';
import { readSettings } from './settings';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class GuidanceStatus implements vscode.Disposable {
  private overLimit = false;
  /** The item as shown (read by the tests). */
  item: vscode.LanguageStatusItem;
  /** A second item while the draft is over the size limit: "Raise limit" (the first one checks it anyway). */
  raiseItem: vscode.LanguageStatusItem | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly packs: GuidancePacks,
    private readonly diagnostics: DraftDiagnostics,
  ) {
    this.item = this.create('policyGuidance.status');
    this.update();
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate(() => this.update()),
      packs.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('policyGuidance')) return;
        if (e.affectsConfiguration('policyGuidance.languages')) {
          this.item.dispose(); // the selector is fixed at creation
          this.item = this.create('policyGuidance.status');
          this.raiseItem?.dispose();
          this.raiseItem = undefined;
        }
        this.update();
      }),
    ];
  }

  /** Shown for the languages checked, and for Markdown and plain text even when not, to say so. */
  private create(id: string): vscode.LanguageStatusItem {
    const languages = [...new Set([...DRAFT_LANGUAGES, ...readSettings().languages])];
    const item = vscode.languages.createLanguageStatusItem(id, languages);
    item.name = 'Policy Guidance';
    return item;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const report = document && this.diagnostics.report(document);
    const checking = !!document && this.diagnostics.isChecking(document);
    const notChecked = document && !report && !checking ? this.diagnostics.notChecked(document) : undefined;
    // The packs that apply to this draft (its jurisdiction may select some), by title.
    const titles = this.packs.all().filter((p) => !report?.packIds || report.packIds.includes(p.pack.meta.id)).map((p) => p.pack.meta.title).join(', ');
    this.item.busy = false;
    if (notChecked) {
      this.item.text = '$(circle-slash) Guidance: not checked';
      this.item.detail = notChecked.message.replace(/^Not checked: /, '');
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      this.item.command =
        notChecked.reason === 'size'
          ? { command: COMMANDS.checkAnyway, title: 'Check anyway', tooltip: 'Check this draft once, ignoring the size limit', arguments: [document!.uri] }
          : notChecked.reason === 'language'
            ? { command: 'workbench.action.openSettings', title: 'Open setting', arguments: ['policyGuidance.languages'] }
            : notChecked.reason === 'disabled'
              ? { command: 'workbench.action.openSettings', title: 'Open setting', arguments: ['policyGuidance.enable'] }
              : { command: 'workbench.action.output.toggleOutput', title: 'Show output' };
    } else if (checking) {
      this.item.text = '$(sync~spin) Guidance: checking…';
      this.item.detail = `${titles} · checking this version of the draft`;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.busy = true;
      this.item.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
    } else {
      const { conflicts, notes } = findingCounts(report?.findings ?? []);
      this.item.text = report ? `$(law) Guidance: ${plural(conflicts, 'conflict')}${notes ? `, ${plural(notes, 'note')}` : ''}` : '$(law) Guidance';
      const applied = report?.configProblem ? ` · ${report.configProblem}` : report?.config ? ` · configured by ${report.config}` : '';
      this.item.detail = `${titles}${report ? ' · conflicts are errors and warnings, notes are information' : ''}${applied}`;
      this.item.severity = report?.configProblem ? vscode.LanguageStatusSeverity.Error : conflicts ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
      this.item.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
    }
    const failures = this.packs.failures;
    if (failures.length) {
      // A pack the user asked for is missing: say so where they look, not only in a notification.
      this.item.detail = `${this.item.detail}. Not loaded: ${failures.join('; ')}`;
      this.item.severity = vscode.LanguageStatusSeverity.Error;
    }
    // The palette offers "Check anyway" and "Raise limit" only for a draft the size limit skipped.
    const overLimit = notChecked?.reason === 'size';
    if (overLimit !== this.overLimit) void vscode.commands.executeCommand('setContext', OVER_LIMIT_CONTEXT, (this.overLimit = overLimit));
    if (notChecked?.reason === 'size') {
      this.raiseItem ??= this.create('policyGuidance.raiseLimit');
      this.raiseItem.text = '$(settings-gear) Raise limit';
      this.raiseItem.detail = `policyGuidance.maxFileSizeKB is ${readSettings().maxFileSizeKB} KB`;
      this.raiseItem.command = { command: COMMANDS.raiseLimit, title: 'Raise limit', arguments: [document!.uri] };
    } else {
      this.raiseItem?.dispose();
      this.raiseItem = undefined;
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions, this.item, ...(this.raiseItem ? [this.raiseItem] : [])).dispose();
  }
}
