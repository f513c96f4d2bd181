// "Explain Rule…" and "Open Guidance Entry…" from the command palette: with no rule or entry given (a hover
// link or a quick fix gives one), the drafter picks from every loaded pack's rules or entries.
import * as vscode from 'vscode';
import { doubtfulCaveats, doubtfulSummary } from '../present/citation';
import type { GuidancePacks } from './guidancePacks';

interface Picked extends vscode.QuickPickItem {
  packId: string;
  id: string;
}

async function pick(items: Picked[], placeholder: string): Promise<Picked | undefined> {
  return vscode.window.showQuickPick(items, { placeHolder: placeholder, matchOnDescription: true, matchOnDetail: true });
}

/** A rule of a loaded pack, with its severity and what it flags. */
export function pickRule(packs: GuidancePacks): Promise<Picked | undefined> {
  const several = packs.all().length > 1;
  const items = packs.all().flatMap(({ pack }) =>
    pack.rules.rules.map((rule) => ({
      packId: pack.meta.id,
      id: rule.id,
      label: rule.id,
      description: [rule.severity, rule.scope === 'document' ? 'whole draft' : '', ...(several ? [pack.meta.title] : [])].filter(Boolean).join(' · '),
      detail: rule.title,
    })),
  );
  return pick(items, 'Explain which rule? (what it flags, the entries it rests on, examples)');
}

/** An entry of a loaded pack, saying which have unverified or outdated passages. */
export function pickEntry(packs: GuidancePacks): Promise<Picked | undefined> {
  const items = packs.all().flatMap(({ pack }) =>
    pack.entries.map((entry) => {
      const doubtful = doubtfulSummary(doubtfulCaveats(pack, entry.id));
      return { packId: pack.meta.id, id: entry.id, label: `${entry.id}. ${entry.question}`, description: doubtful ? `$(warning) ${doubtful}` : '' };
    }),
  );
  return pick(items, 'Open which guidance entry? (not legal advice; read its caveats)');
}
