// The language-status item beside Markdown and plain-text drafts: which pack is in use, and how many
// findings the active draft has.
import * as vscode from 'vscode';
import type { DraftDiagnostics } from './diagnostics';
import type { GuidancePacks } from './guidancePacks';
import { readSettings } from './settings';

export class GuidanceStatus implements vscode.Disposable {
  /** The item as shown (read by the tests). */
  item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly packs: GuidancePacks,
    private readonly diagnostics: DraftDiagnostics,
  ) {
    this.item = this.create();
    this.update();
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate(() => this.update()),
      packs.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('policyGuidance.languages')) return;
        this.item.dispose(); // the selector is fixed at creation
        this.item = this.create();
        this.update();
      }),
    ];
  }

  private create(): vscode.LanguageStatusItem {
    const item = vscode.languages.createLanguageStatusItem('policyGuidance.status', readSettings().languages);
    item.name = 'Policy Guidance';
    return item;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const report = document && this.diagnostics.report(document);
    const titles = this.packs.all().map((p) => p.pack.meta.title).join(', ');
    const count = report?.findings.length;
    this.item.text = count === undefined ? '$(law) Guidance' : `$(law) Guidance: ${count} finding${count === 1 ? '' : 's'}`;
    this.item.detail = titles;
    this.item.severity = count ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    const failures = this.packs.failures;
    if (failures.length) {
      // A pack the user asked for is missing: say so where they look, not only in a notification.
      this.item.detail = `${titles}. Not loaded: ${failures.join('; ')}`;
      this.item.severity = vscode.LanguageStatusSeverity.Error;
    }
    this.item.command = { command: 'workbench.actions.view.problems', title: 'Show Problems' };
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions, this.item).dispose();
  }
}
