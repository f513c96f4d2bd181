// "Policy Guidance: Search Guidance…": a live QuickPick over the packs' MiniSearch indexes. Enter opens
// the entry; the item's quote button inserts a citation at the cursor of the draft being edited. An
// entry with unverified or outdated passages says so in its row, and citing it asks first.
import * as vscode from 'vscode';
import { citationInsertText, doubtfulCaveats, doubtfulSummary, formatCitation } from '../present/citation';
import { notInCorpusText, unmatchedWords } from '../search/searchGuidance';
import type { ActiveDraft } from './activeDraft';
import { openEntry } from './guidanceDocuments';
import type { GuidancePacks } from './guidancePacks';
import { readSettings } from './settings';
import { SearchPreview } from './searchPreview';

export interface SearchItem extends vscode.QuickPickItem {
  packId: string;
  entryId: string;
}

const CITE_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('quote'), tooltip: 'Insert citation at cursor (a drafting note, not legal authority)' };
const MAX_RESULTS = 20;

export type CiteAnswer = 'Cite' | 'Open entry' | undefined;

/** Inserts citations into the draft being edited, asking first when the entry has doubtful passages. */
export class Citations {
  /** How the user is asked (replaced by the tests, which cannot click a modal dialog). */
  ask: (message: string, detail: string) => Thenable<CiteAnswer> = (message, detail) => vscode.window.showWarningMessage(message, { modal: true, detail }, 'Cite', 'Open entry');

  constructor(
    private readonly packs: GuidancePacks,
    private readonly draft: ActiveDraft,
  ) {}

  /** Cites the entry at the cursor of the draft (after its selection, which it keeps). */
  async cite(entryId: string, packId?: string): Promise<boolean> {
    const loaded = (packId && this.packs.byId(packId)) || this.packs.all().find((p) => p.pack.entries.some((e) => e.id === entryId));
    if (!loaded) return false;
    const pack = loaded.pack;
    const doubtful = doubtfulCaveats(pack, entryId);
    if (doubtful.length) {
      const kinds = [...new Set(doubtful.map((c) => c.kind))].join(' or ');
      const answer = await this.ask(
        `${entryId} contains passages marked ${kinds}: cite anyway?`,
        `${doubtful.map((c) => `“${c.quote}”: ${c.note}`).join('\n\n')}\n\nA citation is a drafting note pointing at the guidance corpus, not legal authority.`,
      );
      if (answer === 'Open entry') await openEntry(pack.meta.id, entryId);
      if (answer !== 'Cite') return false;
    }
    const citation = formatCitation(readSettings().citationFormat, pack, entryId);
    const editor = await this.draft.editor();
    if (!editor) {
      void vscode.window.showInformationMessage(`Open a draft to insert the citation ${citation}.`);
      return false;
    }
    // After any selected words, never over them, and after the word a selection ends inside ("immigratio|n" would be split):
    // a citation adds to the drafter's text.
    const document = editor.document;
    const inserts = editor.selections
      .map((selection) => {
        const line = document.lineAt(selection.end.line).text;
        const at = wordEnd(line, selection.end.character);
        const text = citationInsertText(line.slice(0, at), citation);
        return { offset: document.offsetAt(selection.end.with({ character: at })), text };
      })
      .sort((a, b) => a.offset - b.offset);
    const done = await editor.edit((edit) => {
      for (const { offset, text } of inserts) edit.insert(document.positionAt(offset), text);
    });
    // The editor grows a selection over text inserted at its end: the next keystroke would replace the drafter's words with
    // the note (a drafter's trial). The cursor goes after each note instead.
    if (done) {
      let shift = 0;
      editor.selections = inserts.map(({ offset, text }) => {
        shift += text.length;
        const end = document.positionAt(offset + shift);
        return new vscode.Selection(end, end);
      });
    }
    return done;
  }
}

/** Where the word the character position stands in ends (the position itself between words). */
function wordEnd(line: string, character: number): number {
  let at = character;
  if (at === 0 || !/[\p{L}\p{N}_]/u.test(line[at - 1] ?? '')) return at;
  while (at < line.length && /[\p{L}\p{N}_'’-]/u.test(line[at]) && !(/['’-]/.test(line[at]) && !/[\p{L}\p{N}]/u.test(line[at + 1] ?? ''))) at++;
  return at;
}

/** Which words matched, and which only in the topic, glossary or rules pointing to the entry, not in its text
 *  (short: the detail line is cut at the picker's width, and the words must show). */
function matchedLine(hit: { words: string[]; elsewhere: string[] }): string {
  const inText = hit.words.filter((t) => !hit.elsewhere.includes(t));
  const elsewhere = hit.elsewhere.length ? `not in its text: ${hit.elsewhere.join(', ')}` : '';
  return [...(inText.length ? [`matched: ${inText.join(', ')}`] : []), ...(elsewhere ? [elsewhere] : [])].join('; ');
}

export class SearchPick {
  /** The open QuickPick, if any (read by the tests). */
  current: vscode.QuickPick<SearchItem> | undefined;

  constructor(
    private readonly packs: GuidancePacks,
    private readonly citations: Citations,
  ) {}

  items(query: string): SearchItem[] {
    const several = this.packs.all().length > 1;
    const hits = this.packs.engine().search(query, MAX_RESULTS * this.packs.all().length);
    // A word the corpus never uses ("287(g)") heads the list, as its hover says: the entries below relate to it otherwise.
    const absent = [...new Set([...notInCorpusText(query, hits), ...unmatchedWords(query, hits)])];
    const header: SearchItem[] = absent.length
      ? [{ kind: vscode.QuickPickItemKind.Separator, label: `The corpus's text does not mention ${absent.map((w) => `“${w}”`).join(' or ')}: related entries`, packId: '', entryId: '' }]
      : [];
    return header.concat(hits.flatMap((hit) => {
        const loaded = this.packs.byId(hit.packId);
        if (!loaded) return [];
        const doubtful = doubtfulSummary(doubtfulCaveats(loaded.pack, hit.id));
        return [{
          packId: loaded.pack.meta.id,
          entryId: hit.id,
          label: `${hit.id}. ${hit.question}`,
          description: [hit.topic, ...(several ? [loaded.pack.meta.title] : [])].join(' · '),
          // What is doubtful and which words matched lead the line, where a long snippet cannot cut them off.
          detail: [...(doubtful ? [`$(warning) ${doubtful}`] : []), matchedLine(hit), hit.snippet].join('  ·  '),
          alwaysShow: true, // the index already ranked them; the QuickPick must not filter them again
          buttons: [CITE_BUTTON],
        }];
      }));
  }

  show(initialQuery = ''): void {
    this.current?.dispose();
    const pick = vscode.window.createQuickPick<SearchItem>();
    const title = 'Search Guidance (unverified Q&A, not legal advice)';
    pick.placeholder = 'Search the guidance (e.g. detainer, 287(g), judicial warrant). Enter opens; the quote button cites.';
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    // The picker shows no label on a separator at the top of the list (a drafter's trial: "does not mention “287(g)”"
    // never appeared), so the title says it too.
    const update = () => {
      const items = pick.value.trim() ? this.items(pick.value) : [];
      pick.items = items;
      pick.title = items[0]?.kind === vscode.QuickPickItemKind.Separator ? `${title} · ${items[0].label}` : title;
    };
    pick.onDidChangeValue(update);
    // The result under the selection, whole, beside the draft (its row is cut at the picker's width).
    const preview = new SearchPreview();
    let opening: Thenable<void> = Promise.resolve();
    pick.onDidChangeActive(([item]) => preview.show(item));
    pick.onDidAccept(() => {
      const [item] = pick.selectedItems;
      if (item) opening = openEntry(item.packId, item.entryId);
      pick.hide();
    });
    pick.onDidTriggerItemButton(({ item }) => {
      pick.hide();
      void this.citations.cite(item.entryId, item.packId);
    });
    pick.onDidHide(() => {
      // The entry opens in the preview's place first, so the editors beside the draft do not jump.
      void Promise.resolve(opening).then(() => preview.close(), () => preview.close());
      preview.dispose();
      pick.dispose();
      if (this.current === pick) this.current = undefined;
    });
    pick.value = initialQuery;
    update();
    this.current = pick;
    pick.show();
  }
}
