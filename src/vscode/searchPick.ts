// "Policy Guidance: Search Guidance…": a live QuickPick over the packs' MiniSearch indexes. Enter opens
// the entry; the item's quote button inserts a citation at the cursor of the draft being edited.
import * as vscode from 'vscode';
import { searchGuidance } from '../search/searchGuidance';
import type { ActiveDraft } from './activeDraft';
import { openEntry } from './guidanceDocuments';
import type { GuidancePacks } from './guidancePacks';

export interface SearchItem extends vscode.QuickPickItem {
  packId: string;
  entryId: string;
}

const CITE_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('quote'), tooltip: 'Insert citation at cursor' };
const MAX_RESULTS = 20;

export const citation = (entryId: string) => `(Guidance ${entryId})`;

export class SearchPick {
  /** The open QuickPick, if any (read by the tests). */
  current: vscode.QuickPick<SearchItem> | undefined;

  constructor(
    private readonly packs: GuidancePacks,
    private readonly draft: ActiveDraft,
  ) {}

  items(query: string): SearchItem[] {
    return this.packs.all().flatMap((loaded) =>
      searchGuidance(loaded.index(), query, MAX_RESULTS).map((hit) => ({
        packId: loaded.pack.meta.id,
        entryId: hit.id,
        label: `${hit.id}. ${hit.question}`,
        description: `${hit.topic}${this.packs.all().length > 1 ? ` · ${loaded.pack.meta.title}` : ''}`,
        detail: `${hit.snippet}  ·  matched: ${hit.terms.join(', ')}`,
        alwaysShow: true, // the index already ranked them; the QuickPick must not filter them again
        buttons: [CITE_BUTTON],
      })),
    );
  }

  show(initialQuery = ''): void {
    this.current?.dispose();
    const pick = vscode.window.createQuickPick<SearchItem>();
    pick.title = 'Search Guidance';
    pick.placeholder = 'Search the guidance (e.g. detainer, 287(g), judicial warrant). Enter opens; the quote button cites.';
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    const update = () => (pick.items = pick.value.trim() ? this.items(pick.value) : []);
    pick.onDidChangeValue(update);
    pick.onDidAccept(() => {
      const [item] = pick.selectedItems;
      if (item) void openEntry(item.packId, item.entryId);
      pick.hide();
    });
    pick.onDidTriggerItemButton(({ item }) => {
      void this.draft.editor().then((editor) => insertCitation(item.entryId, editor));
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      if (this.current === pick) this.current = undefined;
    });
    pick.value = initialQuery;
    update();
    this.current = pick;
    pick.show();
  }
}

/** Inserts "(Guidance Q2)" at the cursor (or over the selection) of the draft's editor. */
export async function insertCitation(entryId: string, editor: vscode.TextEditor | undefined): Promise<boolean> {
  if (!editor) {
    void vscode.window.showInformationMessage(`Open a draft to insert the citation ${citation(entryId)}.`);
    return false;
  }
  return editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, citation(entryId));
  });
}
