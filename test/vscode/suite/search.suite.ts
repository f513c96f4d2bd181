// Command-palette search: live results, Enter opens the entry, citations go into the draft.
import * as vscode from 'vscode';
import { deepEqual, equal, ok } from './assert';
import { closeAll, extensionApi, openUntitled, setSetting, waitFor } from './harness';

/** The default citation: a drafting note, not legal authority. */
const CITATION = (id: string) => `[drafting note: see missouri-ag-ice guidance Q&A, ${id} (unverified; not legal authority)]`;

describe('search command', () => {
  afterEach(closeAll);

  it('shows ranked results with topic and snippet, and opens the chosen entry', async () => {
    const { search } = await extensionApi();
    await vscode.commands.executeCommand('policyGuidance.search', '287(g) agreement');
    const pick = await waitFor('the search QuickPick', () => (search.current?.items.length ?? 0) > 0 && search.current);
    // The corpus never says "287(g)": a separator above the entries says so, as the term's hover does.
    ok(pick.items[0].kind === vscode.QuickPickItemKind.Separator && /does not mention “287\(?g\)?”/.test(pick.items[0].label), pick.items[0].label);
    ok(/does not mention “287\(?g\)?”/.test(pick.title ?? ''), `the title says it, where a separator at the top shows no label: ${pick.title}`);
    const first = pick.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator)[0];
    ok(/^Q\d+\. /.test(first.label), first.label);
    ok(pick.items.some((i) => i.entryId === 'Q4' || i.entryId === 'Q8'), pick.items.map((i) => i.label).join(' | '));
    ok(first.description && first.detail, 'topic and snippet are shown');
    // The corpus never says "287(g)": a word found only in the topic, glossary or rules is listed apart from the words matched in the text.
    ok(/matched: |not in its text: .*287g/.test(first.detail!), first.detail!);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor(`${first.entryId} to open`, () => vscode.window.visibleTextEditors.some((e) => e.document.uri.path.endsWith(`/${first.entryId}.md`)));
  });

  it('explains a rule and opens an entry picked from the palette, with nothing given (the UX trial: "Explain Rule" was not in the palette)', async () => {
    const rule = vscode.commands.executeCommand('policyGuidance.openRule');
    await new Promise((resolve) => setTimeout(resolve, 400)); // the pick is showing
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await rule;
    await waitFor('the first rule\'s page to open', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.path.endsWith('/rules/detainer-hold.md')));
    const entry = vscode.commands.executeCommand('policyGuidance.openEntry');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await entry;
    await waitFor('Q1 to open', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.path.endsWith('/Q1.md')));
  });

  it('updates results as the query changes', async () => {
    const { search } = await extensionApi();
    await vscode.commands.executeCommand('policyGuidance.search', 'detainer');
    const pick = await waitFor('the search QuickPick', () => (search.current?.items.length ?? 0) > 0 && search.current);
    pick.value = 'racial profiling liability';
    const ids = () => search.current?.items.map((i) => i.entryId) ?? [];
    await waitFor(`results for the new query (now ${ids().join(', ')})`, () => ids()[0] === 'Q19' || ids()[0] === 'Q15');
    pick.hide();
  });

  it('shows the selected result whole beside the draft while the picker stays open, and closes it on Escape (a row is cut at the picker’s width)', async () => {
    const { search } = await extensionApi();
    const draft = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Deputies shall honor an immigration hold.\n' }));
    await vscode.commands.executeCommand('policyGuidance.search', 'sanctuary cities');
    const pick = await waitFor('the search QuickPick', () => (search.current?.items.length ?? 0) > 1 && search.current);
    const shown = (id: string) => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === `policy-guidance:/missouri-ag-ice/${id}.md?preview`);
    const [first, second] = pick.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
    await waitFor(`${first.entryId} beside the draft`, () => shown(first.entryId));
    // The picker covers the top of the editors: the entry's heading stands lower, at the editor's middle, blank lines above it.
    const preview = vscode.window.visibleTextEditors.find((e) => e.document.uri.query === 'preview')!;
    const heading = preview.document.getText().split('\n').findIndex((line) => line.startsWith(`# ${first.entryId}. `));
    const [rows] = await waitFor('the preview to scroll', () => preview.visibleRanges[0]?.start.line > 0 && preview.visibleRanges);
    ok(rows.contains(new vscode.Position(heading, 0)) && heading - rows.start.line >= (rows.end.line - rows.start.line) / 3, `heading at line ${heading}, rows ${rows.start.line}-${rows.end.line}`);
    ok(preview.document.getText(new vscode.Range(rows.start, new vscode.Position(heading, 0))).trim() === '', 'only blank lines above the heading');
    equal(vscode.window.activeTextEditor?.document, draft.document, 'the draft keeps the focus');
    equal(search.current, pick, 'the picker stays open');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext'); // the Down key
    await waitFor(`${second.entryId} in its place`, () => shown(second.entryId) && !shown(first.entryId));
    pick.hide();
    await waitFor('the preview to close', () => !shown(second.entryId));
  });

  it('previews in the entry’s own group when searching from an open entry, opening no third group (a drafter’s trial)', async () => {
    const { search } = await extensionApi();
    await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Deputies shall honor an immigration hold.\n' }));
    await vscode.commands.executeCommand('policyGuidance.openEntry', 'missouri-ag-ice', 'Q2');
    await waitFor('Q2 beside the draft', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/Q2.md'));
    const groups = vscode.window.tabGroups.all.length;
    await vscode.commands.executeCommand('policyGuidance.search', 'sanctuary cities');
    const pick = await waitFor('the search QuickPick', () => (search.current?.items.length ?? 0) > 1 && search.current);
    await waitFor('the preview', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.query === 'preview'));
    equal(vscode.window.tabGroups.all.length, groups, 'no new editor group');
    pick.hide();
  });

  it('opens the entry itself in the preview’s place on Enter, leaving no preview tab', async () => {
    const { search } = await extensionApi();
    await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Deputies shall honor an immigration hold.\n' }));
    await vscode.commands.executeCommand('policyGuidance.search', 'sanctuary cities');
    const pick = await waitFor('the search QuickPick', () => (search.current?.items.length ?? 0) > 1 && search.current);
    const [first] = pick.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
    await waitFor('the preview', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.query === 'preview'));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap((t) => (t.input instanceof vscode.TabInputText ? [t.input.uri] : []));
    // (Shown, not only a tab: the tab comes first, its editor a moment later.)
    const shown = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(`/${first.entryId}.md`) && !e.document.uri.query);
    await waitFor(`${first.entryId} open and the preview closed (tabs: ${tabs().join(', ')})`, () =>
      !!shown() && !tabs().some((u) => u.query === 'preview'));
    const entry = shown()!;
    ok(entry.document.lineAt(0).text.startsWith(`# ${first.entryId}. `), 'the entry itself starts with its heading');
  });

  it('searches for the selected words when given no query', async () => {
    const { search } = await extensionApi();
    const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Deputies shall honor an immigration hold.\n' }));
    editor.selection = new vscode.Selection(0, 24, 0, 40);
    await vscode.commands.executeCommand('policyGuidance.search');
    const pick = await waitFor('the search QuickPick', () => (search.current?.items.length ?? 0) > 0 && search.current);
    equal(pick.value, 'immigration hold');
    equal(pick.items[0].entryId, 'Q2');
  });

  it('flags entries with unverified passages in the results', async () => {
    const { search } = await extensionApi();
    await vscode.commands.executeCommand('policyGuidance.search', 'RSMo information sharing');
    const pick = await waitFor('the search QuickPick', () => search.current?.items.some((i) => i.entryId === 'Q3') && search.current);
    ok(pick.items.find((i) => i.entryId === 'Q3')!.detail!.startsWith('$(warning) 3 unverified passages  ·  matched: '), pick.items.find((i) => i.entryId === 'Q3')!.detail!);
    ok(!pick.items.find((i) => i.entryId === 'Q20')?.detail?.includes('$(warning)'), 'an entry with no doubtful passage is not flagged');
    pick.hide();
  });

  it('asks before citing an entry with unverified passages, and inserts a drafting note with a space after a word', async () => {
    const { citations } = await extensionApi();
    const asked: string[] = [];
    citations.ask = async (message) => (asked.push(message), 'Cite');
    const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Holds need a judicial warrant.\n' }));
    editor.selection = new vscode.Selection(0, 29, 0, 29);
    await vscode.commands.executeCommand('policyGuidance.insertCitation', 'Q3');
    deepEqual(asked, ['Q3 contains passages marked unverified: cite anyway?']);
    equal(editor.document.lineAt(0).text, `Holds need a judicial warrant ${CITATION('Q3')}.`);
  });

  it('inserts the citation after selected words and keeps them (it had replaced the selection)', async () => {
    (await extensionApi()).citations.ask = async () => 'Cite';
    const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Holds need a judicial warrant.\n' }));
    editor.selection = new vscode.Selection(0, 13, 0, 29);
    await vscode.commands.executeCommand('policyGuidance.insertCitation', 'Q2');
    equal(editor.document.lineAt(0).text, `Holds need a judicial warrant ${CITATION('Q2')}.`);
    // The cursor stands after the note, with nothing selected: a keystroke must not replace the drafter's words (a drafter's trial).
    ok(editor.selection.isEmpty, 'nothing stays selected');
    equal(editor.selection.active.character, 29 + 1 + CITATION('Q2').length);
  });

  it('inserts the citation after the word a selection ends inside, not in the middle of it', async () => {
    (await extensionApi()).citations.ask = async () => 'Cite';
    const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Holds need a judicial warrant.\n' }));
    editor.selection = new vscode.Selection(0, 13, 0, 26);
    await vscode.commands.executeCommand('policyGuidance.insertCitation', 'Q2');
    equal(editor.document.lineAt(0).text, `Holds need a judicial warrant ${CITATION('Q2')}.`);
  });

  it('inserts nothing when the drafter does not confirm', async () => {
    const { citations } = await extensionApi();
    citations.ask = async () => undefined;
    const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Holds need a judicial warrant.\n' }));
    editor.selection = new vscode.Selection(0, 29, 0, 29);
    equal(await vscode.commands.executeCommand('policyGuidance.insertCitation', 'Q3'), false);
    equal(editor.document.lineAt(0).text, 'Holds need a judicial warrant.');
  });

  it('inserts a citation at the cursor of the draft in the form the setting gives', async () => {
    (await extensionApi()).citations.ask = async () => 'Cite';
    await setSetting('citationFormat', '(see guidance corpus {id}, unverified Q&A)');
    try {
      const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Holds need a judicial warrant .\n' }));
      editor.selection = new vscode.Selection(0, 30, 0, 30);
      await vscode.commands.executeCommand('policyGuidance.insertCitation', 'Q2');
      equal(editor.document.lineAt(0).text, 'Holds need a judicial warrant (see guidance corpus Q2, unverified Q&A).');
    } finally {
      await setSetting('citationFormat', undefined);
    }
  });

  it('inserts the citation into the draft even while a guidance entry is the active editor', async () => {
    (await extensionApi()).citations.ask = async () => 'Cite';
    const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: 'Holds need a judicial warrant .\n' }));
    editor.selection = new vscode.Selection(0, 30, 0, 30);
    await vscode.commands.executeCommand('policyGuidance.openEntry', 'missouri-ag-ice', 'Q2');
    await waitFor('Q2 to be the active editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/Q2.md'));
    await vscode.commands.executeCommand('policyGuidance.insertCitation', 'Q2');
    equal(editor.document.lineAt(0).text, `Holds need a judicial warrant ${CITATION('Q2')}.`);
  });
});
