// The Guidance view: topics → (the draft's findings on the topic, then its questions), where the draft
// stands on each topic, one count of conflicts, and a draft that is not checked saying so.
import * as vscode from 'vscode';
import type { GuidanceNode } from '../../../src/vscode/topicTree';
import { deepEqual, equal, includes, ok } from './assert';
import { closeAll, extensionApi, openCopy, openFixture, openUntitled, ruleOf, setSetting, waitFor, waitForDiagnostics } from './harness';

const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
type TopicNode = Extract<GuidanceNode, { kind: 'topic' }>;

/** Each topic's state as its row shows it (its badge, which a long label never hides, and its short description), then
 *  in full as its tooltip starts. */
async function topicDescriptions(): Promise<Map<string, string>> {
  const { topicTree } = await extensionApi();
  return new Map(
    topicTree
      .getChildren()
      .filter((t): t is TopicNode => t.kind === 'topic')
      .map((t) => {
        const item = topicTree.getTreeItem(t);
        const tooltip = String(item.tooltip);
        ok(tooltip.startsWith(`${t.topic.label}: `), tooltip);
        const badge = item.resourceUri && topicTree.decorations.provideFileDecoration(item.resourceUri)?.badge;
        const row = [badge && `badge ${badge}`, item.description].filter(Boolean).join(', ');
        return [t.topic.id, `${row} | ${tooltip.slice(t.topic.label.length + 2, tooltip.indexOf('. '))}`];
      }),
  );
}

describe('guidance view', () => {
  after(closeAll);

  it('lists every topic of the pack, each with its questions, read out with their numbers', async () => {
    const { topicTree, packs } = await extensionApi();
    const pack = packs.all()[0].pack;
    const topics = topicTree.getChildren().filter((t) => t.kind === 'topic');
    deepEqual(topics.map((t) => labelOf(topicTree.getTreeItem(t))), pack.topics.map((t) => t.label));
    const detainers = topics.find((t) => t.kind === 'topic' && t.topic.id === 'detainers')!;
    const questions = topicTree.getChildren(detainers).filter((n) => n.kind === 'entry').map((n) => topicTree.getTreeItem(n));
    deepEqual(questions.map((q) => labelOf(q).slice(0, 3)), ['Q2.', 'Q5.']);
    equal(questions[0].command?.command, 'policyGuidance.openEntry');
    // Each question says how many caveats its entry has, and how many say "unverified".
    const counts = (id: string) => {
      const caveats = pack.caveats.filter((c) => c.entries.includes(id));
      return [caveats.filter((c) => c.kind === 'unverified').length, caveats.length];
    };
    const [unverified, all] = counts('Q2');
    ok(unverified > 0, 'Q2 has an unverified caveat');
    equal(questions[0].description, `${unverified} unverified, ${all} caveats`);
    deepEqual(questions[0].command?.arguments, ['missouri-ag-ice', 'Q2']);
    // A screen reader hears "Q2." first, as the label shows it.
    ok(questions[0].accessibilityInformation?.label.startsWith('Q2. Can local law enforcement'), questions[0].accessibilityInformation?.label);
  });

  it('shows the example ordinance’s topics as conflicts, covered, mentioned or not mentioned, and counts conflicts as Problems does', async () => {
    const { topicTree } = await extensionApi();
    await vscode.commands.executeCommand('policyGuidance.openExample');
    const editor = await waitFor('the example to open', () => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor);
    const found = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'detainee-rights'), 'the example’s findings');
    await waitFor('topic states for the example', () => topicTree.getChildren().some((t) => t.kind === 'topic' && t.status?.state === 'conflicts'));
    const states = await topicDescriptions();
    deepEqual(Object.fromEntries(states), {
      'state-ag-policy': 'mentioned | mentioned',
      // The ordinance releases people "regardless of whether a detainer has been lodged": it mentions detainers but handles
      // none, so the checks that a draft handling detainers needs (notice, verification) do not apply to it.
      // Each conflict says whether it rests on passages the pack marks unverified or out of date (detainee-rights: Q5, Q9).
      detainers: 'badge 1 | 1 conflict (it rests on unverified and out-of-date passages)',
      'ice-requests': 'mentioned | mentioned',
      'information-sharing': 'badge 1 | 1 conflict (it rests on an unverified passage)',
      'status-inquiries': '1 note | notes (1)',
      'agreements-and-287g': 'mentioned | mentioned',
      // One sentence limits sharing immigration status (sanctuary-limit, a warning); four limit other
      // cooperation (cooperation-limit, information: notes, not conflicts). The label is long: at the default sidebar
      // width it hid a description "1" (a drafter's trial), never the badge.
      'sanctuary-policies': 'badge 1, 5 notes | 1 conflict (it rests on an unverified passage) · 5 notes',
      'rights-of-detained-people': 'badge 1 | 1 conflict (it rests on unverified and out-of-date passages)',
      'sensitive-locations': '1 note | notes (1)',
      // The ordinance never speaks of training: "immigration status" is Q10's term, though Q8 says the words too.
      training: ' | not mentioned',
      'oversight-and-reporting': '1 note | notes (1)',
      'liability-and-lawsuits': 'mentioned | mentioned',
      'community-trust': ' | not mentioned',
    });
    // Information findings (status-inquiry, sensitive-location, cooperation-limit, missing-reporting) are notes: the badge counts the errors
    // and warnings, the number the Problems panel shows for them.
    const conflicts = found.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
    equal(conflicts, 2);
    equal(topicTree.view.badge?.value, conflicts, 'the badge counts conflicts');
    includes(topicTree.view.badge!.tooltip, '2 conflicts (errors and warnings)');
    // The states read as verdicts unless the view says what they rest on.
    includes(topicTree.view.message ?? '', 'Not legal advice');
  });

  it('lists a topic’s findings under it, before its questions, and clicking one shows it in the draft', async () => {
    const { topicTree } = await extensionApi();
    const { document } = await openFixture('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'profiling'));
    const detainers = await waitFor('the detainers topic in conflict', () =>
      topicTree.getChildren().find((t): t is TopicNode => t.kind === 'topic' && t.topic.id === 'detainers' && t.status?.state === 'conflicts'),
    );
    // The count is a badge at the row's right edge, coloured as the Explorer colours a file with problems; the description has
    // only notes (none here).
    const badge = topicTree.decorations.provideFileDecoration(topicTree.getTreeItem(detainers).resourceUri!);
    deepEqual([badge?.badge, (badge?.color as { id?: string } | undefined)?.id, topicTree.getTreeItem(detainers).description], ['2', 'list.warningForeground', '']);
    equal(badge?.tooltip, undefined, 'no tooltip of its own: VS Code appended it to a row tooltip that already counts the conflicts');
    includes(String(topicTree.getTreeItem(detainers).tooltip), 'Detainers: 2 conflicts (both rest on unverified passages). Conflicts are warning or error findings that rest on this topic\'s questions');
    const children = topicTree.getChildren(detainers);
    deepEqual(children.map((n) => n.kind), ['finding', 'finding', 'entry', 'entry']);
    // The document-level finding sits on the title line and is named by what is missing.
    const items = children.slice(0, 2).map((n) => topicTree.getTreeItem(n));
    // (The line starts the row: a narrow sidebar cut "· line 555" off the end, a drafter's trial.)
    deepEqual(items.map((i) => [String(i.label).split(': ')[0], i.description]), [['1', 'missing-notice'], ['8', 'detainer-hold']]);
    const hold = items[1];
    await vscode.commands.executeCommand(hold.command!.command, ...(hold.command!.arguments ?? []));
    const editor = await waitFor('the draft to show the finding', () => vscode.window.activeTextEditor?.document === document && !vscode.window.activeTextEditor.selection.isEmpty && vscode.window.activeTextEditor);
    equal(document.getText(editor.selection), "The jail shall hold any inmate on an ICE detainer for up to 48 hours after the inmate's scheduled release.");
  });

  it('opens an entry when a question is selected, and keeps showing the draft', async () => {
    const { topicTree } = await extensionApi();
    const detainers = topicTree.getChildren().find((t): t is TopicNode => t.kind === 'topic' && t.topic.id === 'detainers')!;
    equal(topicTree.view.description, 'jail-policy.md', 'the draft the states are about');
    const question = topicTree.getChildren(detainers).filter((n) => n.kind === 'entry')[1];
    const item = topicTree.getTreeItem(question);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await waitFor('Q5 to open', () => vscode.window.activeTextEditor?.document.uri.toString() === 'policy-guidance:/missouri-ag-ice/Q5.md');
    equal(topicTree.view.description, 'jail-policy.md');
    equal(topicTree.decorations.provideFileDecoration(topicTree.getTreeItem(detainers).resourceUri!)?.badge, '2');
  });

  it('keeps following the draft after Change Language Mode', async () => {
    const { topicTree } = await extensionApi();
    await closeAll();
    const { document } = await openCopy('jail-policy.md');
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    await waitFor('the view to follow the copy', () => topicTree.view.description === name);
    const reopened = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    equal(reopened.uri.toString(), document.uri.toString());
    await waitForDiagnostics(reopened.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'), 'findings in the plain-text reading');
    await new Promise((resolve) => setTimeout(resolve, 1200)); // past the grace period a closed draft is kept
    equal(topicTree.view.description, name, 'still the same draft');
    await waitFor('topic states again', () => topicTree.getChildren().some((t) => t.kind === 'topic' && t.status?.state === 'conflicts'));
  });
});

describe('a draft that is not checked', () => {
  after(async () => {
    await setSetting('maxFileSizeKB', undefined);
    await setSetting('languages', undefined);
    await closeAll();
  });

  it('says so in the status item and at the top of the Guidance view, and can be checked anyway', async () => {
    const { topicTree, status } = await extensionApi();
    await setSetting('maxFileSizeKB', 1);
    const sentence = 'The jail shall hold inmates on ICE detainers for 48 hours.\n\n';
    const document = await openUntitled({ language: 'markdown', content: sentence.repeat(40) }); // 2.4 KB
    await vscode.window.showTextDocument(document);
    await waitFor('the status to say the draft is not checked', () => status.item.text === '$(circle-slash) Guidance: not checked');
    equal(status.item.detail, '3 KB, over the 1 KB limit (policyGuidance.maxFileSizeKB).');
    equal(status.item.command?.command, 'policyGuidance.checkAnyway');
    equal(status.raiseItem?.command?.command, 'policyGuidance.raiseLimit');
    const top = await waitFor('the view’s top item', () => topicTree.getChildren().find((n) => n.kind === 'notChecked'));
    equal(topicTree.getChildren()[0].kind, 'notChecked', 'it comes first');
    const item = topicTree.getTreeItem(top);
    ok(labelOf(item).endsWith(' is not checked'), labelOf(item));
    equal(item.description, '3 KB, over the 1 KB limit (policyGuidance.maxFileSizeKB).');
    const actions = topicTree.getChildren(top).map((n) => topicTree.getTreeItem(n));
    deepEqual(actions.map(labelOf), ['Check anyway (this once)', 'Raise limit']);
    // "Check anyway" checks this version once, over the limit.
    await vscode.commands.executeCommand(actions[0].command!.command, ...(actions[0].command!.arguments ?? []));
    await waitForDiagnostics(document.uri, (d) => d.filter((x) => ruleOf(x) === 'detainer-hold').length === 40, '40 findings after Check anyway');
    await waitFor('the view to drop the item', () => !topicTree.getChildren().some((n) => n.kind === 'notChecked'));
    await waitFor('the status to count conflicts again', () => status.item.text.startsWith('$(law) Guidance: '));
  });

  it('says a draft in a language not enabled is not checked', async () => {
    const { topicTree, status } = await extensionApi();
    await setSetting('languages', ['markdown']);
    const { document } = await openFixture('field-notes.txt');
    await waitFor('the status to say why', () => status.item.detail === 'the language “plaintext” is not in policyGuidance.languages.');
    equal(vscode.window.activeTextEditor?.document, document);
    const top = await waitFor('the view’s top item', () => topicTree.getChildren().find((n) => n.kind === 'notChecked'));
    equal(topicTree.getTreeItem(top).description, 'the language “plaintext” is not in policyGuidance.languages.');
  });
});

describe('the exceptions register in the Guidance view', () => {
  afterEach(closeAll);

  it('lists the draft’s suppressions with their reasons, and shows an unused one faded in the draft', async () => {
    const document = await openUntitled({
      language: 'markdown',
      content: [
        '# Jail holds',
        '',
        '<!-- policy-guidance-disable-next-line detainer-hold -- section 4 requires a judicial warrant -->',
        'The jail shall hold any inmate on an ICE detainer for 48 hours.',
        '',
        '<!-- policy-guidance-disable-next-line profiling -- reviewed by counsel -->',
        'Deputies shall book every arrestee.',
        '',
      ].join('\n'),
    });
    await vscode.window.showTextDocument(document);
    const found = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'unused-suppression'), 'the unused suppression');
    const unused = found.find((x) => ruleOf(x) === 'unused-suppression')!;
    equal(unused.range.start.line, 5);
    ok(unused.tags?.includes(vscode.DiagnosticTag.Unnecessary), 'shown faded');
    const { topicTree } = await extensionApi();
    const group = await waitFor('the Suppressions group', () => topicTree.getChildren().find((n) => n.kind === 'suppressions'));
    const items = topicTree.getChildren(group).map((n) => topicTree.getTreeItem(n));
    deepEqual(items.map((i) => String(i.label)), ['detainer-hold: section 4 requires a judicial warrant', 'profiling: reviewed by counsel']);
    deepEqual(items.map((i) => String(i.description)), ['line 3 · hides 1', 'line 6 · unused']);
  });
});
