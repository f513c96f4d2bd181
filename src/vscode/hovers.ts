// Hovers in drafts: on a glossary term, the corpus excerpt that explains it; on a flagged range, the
// rule, why it fired and its fixes, with any term under the cursor in one line. All built by the engine
// (src/present/hoverText.ts).
import * as vscode from 'vscode';
import { findingsHoverParts, joinHovers, termHover, termLine, type HoverFindings, type HoverLinks } from '../present/hoverText';
import type { DraftDiagnostics } from './diagnostics';
import { formatOf, type PackFinding } from './draftFindings';
import { PLAIN_TEXT_SUPPRESSION_NOTE } from '../fix/suppressionComment';
import type { GuidancePacks } from './guidancePacks';
import { fixesForFinding, spanOf } from './codeActions';
import { COMMANDS } from './commandIds';
import { commandLink } from './uris';

export class DraftHovers implements vscode.HoverProvider {
  constructor(
    private readonly packs: GuidancePacks,
    private readonly diagnostics: DraftDiagnostics,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const sentences: HoverFindings[] = [];
    const missing = new Map<string, HoverFindings>();
    // Conflicts before notes: a warning's "why" fell below the hover's visible part under a note's (a drafter's trial).
    const rank = (f: PackFinding) => ['error', 'warning', 'information', 'hint'].indexOf(f.severity);
    const here = [...this.diagnostics.findingsAt(document, new vscode.Range(position, position))].sort((a, b) => rank(a) - rank(b));
    for (const finding of here) {
      const pack = this.packs.byId(finding.packId)?.pack;
      if (!pack) continue;
      // Missing provisions all sit on the title: one part for each pack's (see missingProvisionsHover).
      const group = missing.get(finding.packId);
      if (!this.packs.isDocumentFinding(finding)) sentences.push({ pack, findings: [finding], links: this.findingLinks(document, finding.packId) });
      else if (group) group.findings.push(finding);
      else missing.set(finding.packId, { pack, findings: [finding], links: this.findingLinks(document, finding.packId) });
    }
    // Several findings: each one's rule, why and fixes first, what the corpus and the law say after (findingsHoverParts).
    const { leads, details } = findingsHoverParts([...sentences, ...missing.values()]);
    // The term under the cursor: its corpus passage where no finding is. On a flagged sentence the editor
    // already shows the findings' messages above the hover, so the rule, why and fixes come first and the
    // term gets one line (a passage with its caveats would push the fixes out of view).
    // Terms never span lines: read only the line, not the whole draft, on every hover.
    const termParts: string[] = [];
    let range: vscode.Range | undefined;
    const line = document.lineAt(position.line).text;
    for (const match of this.packs.engine().termAt(line, position.character)) {
      const pack = this.packs.byId(match.packId)?.pack;
      const term = pack?.glossary.find((t) => t.term === match.term);
      if (!pack || !term) continue;
      const termLinks = links(match.packId, document.uri);
      termParts.push(leads.length ? termLine(pack, term, termLinks) : termHover(pack, term, termLinks));
      range = new vscode.Range(position.line, match.start, position.line, match.end);
    }
    // A term's line is short: it goes before the findings' corpus and law text, not under it.
    const parts = [...leads, ...termParts, ...details];
    if (!parts.length) return undefined;
    const markdown = new vscode.MarkdownString(joinHovers(parts));
    markdown.isTrusted = { enabledCommands: [COMMANDS.openEntry, COMMANDS.openRule, COMMANDS.search, COMMANDS.applyFix, COMMANDS.suppress, COMMANDS.revealFinding] };
    return new vscode.Hover(markdown, range);
  }

  private findingLinks(document: vscode.TextDocument, packId: string): HoverLinks {
    // The hover is given the very findings of the report, so each fix is found for its finding.
    const suppressNote = formatOf(document) === 'plaintext' ? PLAIN_TEXT_SUPPRESSION_NOTE : undefined;
    return { ...links(packId, document.uri), fixes: (f) => fixLinks(this.packs, document, f as PackFinding, this.diagnostics.report(document)?.findings ?? []), ...(suppressNote && { suppressNote }) };
  }
}

/** The same fixes as the quick fixes, as command links bound to this version of the draft. */
function fixLinks(packs: GuidancePacks, document: vscode.TextDocument, finding: PackFinding, others: readonly PackFinding[]) {
  return fixesForFinding(packs, document.getText(), finding, others).map((fix) => ({
    label: fix.label,
    title: fix.title,
    kind: fix.kind,
    link: fix.at ? commandLink(COMMANDS.revealFinding, document.uri.toString(), spanOf(document, fix.at)) : commandLink(COMMANDS.applyFix, document.uri.toString(), document.version, fix.edits),
  }));
}

function links(packId: string, uri: vscode.Uri): HoverLinks {
  return {
    openEntry: (entryId) => commandLink(COMMANDS.openEntry, packId, entryId),
    search: (query) => commandLink(COMMANDS.search, query),
    openRule: (ruleId) => commandLink(COMMANDS.openRule, packId, ruleId),
    suppress: (f) => commandLink(COMMANDS.suppress, uri.toString(), f.range.start.line, f.ruleId, f.range.end.line),
  };
}
