// The editor adapter: wires the engine into VS Code. Everything that understands drafts and guidance
// is in the engine; these files only translate between it and the editor API.
import * as vscode from 'vscode';
import { ActiveDraft } from './activeDraft';
import { applyFix, DraftCodeActions, insertSuppression } from './codeActions';
import { createReport } from './complianceReport';
import { ConfigFiles } from './configFiles';
import { checkWorkspace } from './checkWorkspace';
import { COMMANDS } from './commandIds';
import { CheckWorker } from './checkWorker';
import { DraftDiagnostics } from './diagnostics';
import { GuidanceDocuments, openEntry, openGuidance } from './guidanceDocuments';
import { pickEntry, pickRule } from './pickGuidance';
import { GuidancePacks } from './guidancePacks';
import { DraftHovers } from './hovers';
import { openExample } from './example';
import { Citations, SearchPick } from './searchPick';
import { raiseSizeLimit, readSettings, SECTION } from './settings';
import { GuidanceStatus } from './statusItem';
import { TopicTree } from './topicTree';
import { ruleUri } from './uris';

/** What activate() returns: the parts the in-editor tests inspect. */
export interface PolicyGuidanceApi {
  packs: GuidancePacks;
  diagnostics: DraftDiagnostics;
  /** Where drafts are checked: a worker, or the extension host if the worker could not start. */
  checker: CheckWorker;
  topicTree: TopicTree;
  search: SearchPick;
  citations: Citations;
  status: GuidanceStatus;
  /** How long activate() took, in milliseconds (reported by the in-editor test run). */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<PolicyGuidanceApi> {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Policy Guidance', { log: true });
  const packs = new GuidancePacks(log);
  const checker = new CheckWorker(context.extensionUri, packs, log);
  const configs = new ConfigFiles(log);
  // A config file may name pack folders: reload them when one changes (drafts are checked again after).
  configs.onDidChange(() => void packs.reload());
  const diagnostics = new DraftDiagnostics(packs, log, checker, configs);
  const draft = new ActiveDraft((document) => diagnostics.isCandidate(document));
  const topicTree = new TopicTree(packs, diagnostics, draft);
  const citations = new Citations(packs, draft);
  const search = new SearchPick(packs, citations);
  const status = new GuidanceStatus(packs, diagnostics);
  // Hovers and quick fixes for the languages in settings; registered again when that setting changes.
  const selector = () => readSettings().languages.map((language) => ({ language }));
  const register = () => [
    vscode.languages.registerHoverProvider(selector(), new DraftHovers(packs, diagnostics)),
    vscode.languages.registerCodeActionsProvider(selector(), new DraftCodeActions(packs, diagnostics), { providedCodeActionKinds: DraftCodeActions.kinds }),
  ];
  let providers = register();

  context.subscriptions.push(
    configs,
    log,
    packs,
    checker,
    diagnostics,
    draft,
    topicTree,
    new GuidanceDocuments(packs),
    status,
    { dispose: () => vscode.Disposable.from(...providers).dispose() },
    // With no query (the palette, the view's button, the editor's context menu) the selection is the query.
    vscode.commands.registerCommand(COMMANDS.search, (query?: unknown) => search.show(typeof query === 'string' ? query : selectedText())),
    // From the palette, with nothing given, the drafter picks the entry or rule.
    vscode.commands.registerCommand(COMMANDS.openEntry, async (packId?: string, entryId?: string) => {
      const chosen = packId && entryId ? { packId, id: entryId } : await pickEntry(packs);
      if (chosen) await openEntry(chosen.packId, chosen.id);
    }),
    vscode.commands.registerCommand(COMMANDS.openRule, async (packId?: string, ruleId?: string) => {
      const chosen = packId && ruleId ? { packId, id: ruleId } : await pickRule(packs);
      if (chosen) await openGuidance(ruleUri(chosen.packId, chosen.id));
    }),
    vscode.commands.registerCommand(COMMANDS.insertCitation, (entryId: string, packId?: string) => citations.cite(entryId, packId)),
    // From a hover link the URI arrives as a string; from a quick fix as a Uri.
    vscode.commands.registerCommand(COMMANDS.suppress, (uri: vscode.Uri | string, line: number, ruleId: string, endLine?: number) =>
      insertSuppression(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, line, ruleId, endLine),
    ),
    vscode.commands.registerCommand(COMMANDS.openExample, () => openExample(context.extensionUri)),
    vscode.commands.registerCommand(COMMANDS.applyFix, applyFix),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(diagnostics)),
    vscode.commands.registerCommand(COMMANDS.createReport, () => createReport(packs, draft.current, String(context.extension.packageJSON.version ?? ''))),
    vscode.commands.registerCommand(COMMANDS.checkAnyway, async (uri?: vscode.Uri) => {
      const document = await documentFor(uri ?? draft.current?.uri);
      if (document) diagnostics.checkAnyway(document);
    }),
    vscode.commands.registerCommand(COMMANDS.raiseLimit, async (uri?: vscode.Uri) => {
      const document = await documentFor(uri ?? draft.current?.uri);
      return raiseSizeLimit(document ? document.getText().length / 1024 : readSettings().maxFileSizeKB);
    }),
    vscode.commands.registerCommand(COMMANDS.revealFinding, (uri: vscode.Uri | string, [l1, c1, l2, c2]: number[]) => revealRange(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, new vscode.Range(l1, c1, l2, c2))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.packs`)) void packs.reload();
      if (e.affectsConfiguration(`${SECTION}.languages`)) {
        vscode.Disposable.from(...providers).dispose();
        providers = register();
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void packs.reload()),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (packs.isPackFile(document.uri)) void packs.reload();
    }),
  );

  // Only the drafts already open are checked; the workspace is never scanned.
  diagnostics.lintAll();
  if (readSettings().packs.length) void packs.reload();
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { packs, diagnostics, checker, topicTree, search, citations, status, activationMs };
}

async function documentFor(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (!uri) return undefined;
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? vscode.workspace.openTextDocument(uri);
}

/** Shows a range of a draft, in the editor group where it is already visible if it is. */
async function revealRange(uri: vscode.Uri, selection: vscode.Range): Promise<void> {
  const document = await documentFor(uri);
  if (!document) return;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function selectedText(): string {
  const editor = vscode.window.activeTextEditor;
  return editor ? editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim().slice(0, 200) : '';
}

export function deactivate(): void {}
