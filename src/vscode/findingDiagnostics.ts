// A finding as VS Code shows it: severity, source, the rule's page as its code, and the corpus entries it
// rests on as related information (made once per pack and entries: a manual can have thousands).
import * as vscode from 'vscode';
import { bareRuleId } from '../engine/severity';
import { entryAnswerLine } from '../present/entryDocument';
import { caveatsFor } from '../present/caveatText';
import { leadWords } from '../present/leadWords';
import { shorten } from '../fix/suggestedFixes';
import { doubtfulCaveats, doubtfulSummary } from '../present/citation';
import type { Severity } from '../rules/types';
import type { DraftReport, PackFinding } from './draftFindings';
import type { GuidancePacks } from './guidancePacks';
import { entryUri, ruleUri } from './uris';

export { bareRuleId };

export const SOURCE = 'policy-guidance';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class FindingDiagnostics {
  constructor(private readonly packs: GuidancePacks) {}

  of(finding: PackFinding): vscode.Diagnostic {
    // The finding already carries the severity the settings give it (see draftReport).
    // Missing provisions all sit on the title, and VS Code heads the hover there with every one's message and entries: with
    // two, that filled the hover and the lines to insert each provision needed scrolling (a drafter's trial). Their entries
    // are named in the message instead (the hover's lines link them, the rule's page quotes them).
    // Each with what in it is doubtful, and the notice, as the related entries of a sentence's finding say: a missing provision
    // rests on a passage as unverified as any ("Q16 (1 unverified passage)"), and its row said nothing of it.
    const onTitle = this.packs.isDocumentFinding(finding) && finding.entries.length > 0;
    const pack = onTitle ? this.packs.byId(finding.packId)?.pack : undefined;
    const entries = finding.entries.map((id) => [id, entryDoubt(pack, id)]).map(([id, doubt]) => (doubt ? `${id} (${doubt})` : id)).join(', ');
    const restsOn = onTitle ? ` Rests on corpus ${finding.entries.length === 1 ? 'entry' : 'entries'} ${entries}; not legal advice.` : '';
    const diagnostic = new vscode.Diagnostic(toRange(finding), this.message(finding) + restsOn, SEVERITY[finding.severity]);
    diagnostic.source = SOURCE;
    // A suppression that hides nothing is shown faded, as unused code is.
    if (finding.ruleId === 'unused-suppression') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
    const packId = finding.packId || (this.packs.all()[0]?.pack.meta.id ?? '');
    diagnostic.code = { value: finding.ruleId, target: ruleUri(packId, bareRuleId(finding.ruleId)) };
    diagnostic.relatedInformation = onTitle ? [] : this.related(finding);
    this.findings.set(diagnostic, finding);
    return diagnostic;
  }

  /** The finding a diagnostic of this draft's latest check stands for. The extension host hands a code action
   *  provider the diagnostic objects it was given, so the finding is the one it was made from, if that finding is
   *  still shown. A host that handed back copies (a Diagnostic has no room for data but its code and that code's
   *  link, and an id in the link would open one rule page per finding) finds it by rule id and range instead. */
  findingOf(report: DraftReport | undefined, diagnostic: vscode.Diagnostic): PackFinding | undefined {
    const made = this.findings.get(diagnostic);
    if (made) return report?.findings.includes(made) ? made : undefined;
    const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
    return report?.findings.find((f) => f.ruleId === ruleId && toRange(f).isEqual(diagnostic.range));
  }

  private readonly findings = new WeakMap<vscode.Diagnostic, PackFinding>();

  /** The corpus entries a finding rests on, as related information: the same for every finding of a
   *  rule, so made once per pack and entries (a manual can have thousands of findings). */
  private related(finding: PackFinding): vscode.DiagnosticRelatedInformation[] {
    const packs = this.packs.all();
    if (this.relatedFor !== packs) {
      this.relatedFor = packs;
      this.relatedCache.clear();
    }
    const key = `${finding.packId}\u0000${finding.entries.join('\u0000')}`;
    let related = this.relatedCache.get(key);
    if (!related) {
      const pack = this.packs.byId(finding.packId)?.pack;
      related = finding.entries.map((id) => {
        const question = pack?.entries.find((e) => e.id === id)?.question ?? '';
        const line = pack ? entryAnswerLine(pack, id) : 0;
        const at = new vscode.Range(line, 0, line, 0);
        // Shown right under the message, in the hover and the Problems panel: where a drafter reads, it says
        // first what the entry is and what in it is doubtful (the Problems panel cuts a long question off at its right edge).
        // The question cut to its first words: each entry is a line of the hover above the rule's own explanation, and three
        // whole questions, two lines each, pushed that explanation out of view (a drafter's trial). The entry opens whole.
        return new vscode.DiagnosticRelatedInformation(new vscode.Location(entryUri(finding.packId, id), at), `${id} (${entryStanding(pack, id)}; not legal advice): ${shorten(question, 48)}`);
      });
      this.relatedCache.set(key, related);
    }
    return related;
  }

  /** A pack rule's diagnostic is its message, one sentence (the hover goes on with what the corpus and the law say). */
  private message(finding: PackFinding): string {
    const packRule = !!finding.packId && !!this.packs.byId(finding.packId)?.pack.rules.rules.some((r) => r.id === bareRuleId(finding.ruleId));
    if (!packRule) return finding.message;
    // The words that made the finding lead, as a spelling checker leads with the word: the Problems panel cuts a row at
    // its width, and every finding of a rule had read the same there (the UX trial).
    const words = leadWords(finding.evidence);
    return words ? `${words}: ${finding.message}` : finding.message;
  }

  private relatedFor: readonly unknown[] | undefined;
  private readonly relatedCache = new Map<string, vscode.DiagnosticRelatedInformation[]>();

}


export const toRange = (f: PackFinding) => new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);

/** "corpus, 1 unverified passage", "corpus, see its caveats" (context only), "corpus entry". */
function entryStanding(pack: Parameters<typeof caveatsFor>[0] | undefined, id: string): string {
  const doubt = entryDoubt(pack, id);
  return doubt ? `corpus, ${doubt}` : 'corpus entry';
}

/** "1 unverified passage", "see its caveats" (context only), or nothing. */
function entryDoubt(pack: Parameters<typeof caveatsFor>[0] | undefined, id: string): string {
  if (!pack) return '';
  return doubtfulSummary(doubtfulCaveats(pack, id)) || (caveatsFor(pack, id).length ? 'see its caveats' : '');
}
