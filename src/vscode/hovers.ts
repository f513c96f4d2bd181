// Hovers in drafts: on a glossary term, the corpus excerpt that explains it; on a flagged range, the
// rule and why it fired. Both built by the engine (src/present/hoverText.ts).
import * as vscode from 'vscode';
import { findingHover, joinHovers, termHover, type HoverLinks } from '../present/hoverText';
import type { DraftDiagnostics } from './diagnostics';
import type { PackFinding } from './draftFindings';
import type { GuidancePacks } from './guidancePacks';
import { fixesForFinding } from './codeActions';
import { COMMANDS } from './commandIds';
import { commandLink } from './uris';

export class DraftHovers implements vscode.HoverProvider {
  constructor(
    private readonly packs: GuidancePacks,
    private readonly diagnostics: DraftDiagnostics,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const parts: string[] = [];
    let range: vscode.Range | undefined;
    // The term under the cursor first: it is what was pointed at; the finding's message is already
    // shown above every hover by the editor.
    // Terms never span lines: read only the line, not the whole draft, on every hover.
    const line = document.lineAt(position.line).text;
    for (const loaded of this.packs.all()) {
      const match = loaded.terms.at(line, position.character);
      if (!match) continue;
      parts.push(termHover(loaded.pack, match.term, links(loaded.pack.meta.id, document.uri)));
      range = new vscode.Range(position.line, match.start, position.line, match.end);
    }
    for (const finding of this.diagnostics.findingsAt(document, new vscode.Range(position, position))) {
      const pack = this.packs.byId(finding.packId)?.pack;
      if (pack) parts.push(findingHover(pack, finding, { ...links(finding.packId, document.uri), fixes: () => fixLinks(this.packs, document, finding) }));
    }
    if (!parts.length) return undefined;
    const markdown = new vscode.MarkdownString(joinHovers(parts));
    markdown.isTrusted = { enabledCommands: [COMMANDS.openEntry, COMMANDS.openRule, COMMANDS.search, COMMANDS.applyFix, COMMANDS.suppress] };
    return new vscode.Hover(markdown, range);
  }
}

/** The same fixes as the quick fixes, as command links bound to this version of the draft. */
function fixLinks(packs: GuidancePacks, document: vscode.TextDocument, finding: PackFinding) {
  return fixesForFinding(packs, document.getText(), finding).map((fix) => ({ title: fix.title, link: commandLink(COMMANDS.applyFix, document.uri.toString(), document.version, fix.edits) }));
}

function links(packId: string, uri: vscode.Uri): HoverLinks {
  return {
    openEntry: (entryId) => commandLink(COMMANDS.openEntry, packId, entryId),
    search: (query) => commandLink(COMMANDS.search, query),
    openRule: (ruleId) => commandLink(COMMANDS.openRule, packId, ruleId),
    suppress: (f) => commandLink(COMMANDS.suppress, uri.toString(), f.range.start.line, f.ruleId, f.range.end.line),
  };
}
