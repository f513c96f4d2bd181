// The Guidance view: topics → questions, and where the active draft stands on each topic.
import * as vscode from 'vscode';
import type { GuidanceNode } from '../../../src/vscode/topicTree';
import { deepEqual, equal, ok } from './assert';
import { closeAll, extensionApi, openFixture, ruleOf, waitFor, waitForDiagnostics } from './harness';

const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('guidance view', () => {
  after(closeAll);

  it('lists every topic of the pack, each with its questions', async () => {
    const { topicTree, packs } = await extensionApi();
    const pack = packs.all()[0].pack;
    const topics = topicTree.getChildren();
    deepEqual(topics.map((t) => labelOf(topicTree.getTreeItem(t))), pack.topics.map((t) => t.label));
    const detainers = topics.find((t) => t.kind === 'topic' && t.topic.id === 'detainers')!;
    const questions = topicTree.getChildren(detainers).map((n) => topicTree.getTreeItem(n));
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
  });

  it('marks topics the active draft conflicts with, addresses, or does not mention, and counts conflicts on the badge', async () => {
    const { topicTree } = await extensionApi();
    const { document } = await openFixture('jail-policy.md');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'profiling'));
    const states = await waitFor('topic states for the draft', () => {
      const items = topicTree.getChildren().map((t) => [t, topicTree.getTreeItem(t)] as const);
      return items.every(([, item]) => item.description) && items;
    });
    const describe = (id: string) => states.find(([t]) => t.kind === 'topic' && t.topic.id === id)![1].description;
    // detainer-hold and missing-notice rest on Q2 and Q5 (Detainers).
    equal(describe('detainers'), 'conflicts (2)');
    const conflicting = states.filter(([, item]) => String(item.description).startsWith('conflicts')).length;
    equal(topicTree.view.badge?.value, conflicting, 'the badge counts conflicting topics');
    ok(states.some(([, item]) => item.description === 'addressed'), 'some topic is addressed');
    ok(states.some(([, item]) => item.description === 'not mentioned'), 'some topic is not mentioned');
  });

  it('opens an entry when a question is selected', async () => {
    const { topicTree } = await extensionApi();
    const detainers = topicTree.getChildren().find((t): t is Extract<GuidanceNode, { kind: 'topic' }> => t.kind === 'topic' && t.topic.id === 'detainers')!;
    equal(topicTree.view.description, 'jail-policy.md', 'the draft the states are about');
    const item = topicTree.getTreeItem(topicTree.getChildren(detainers)[1]);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await waitFor('Q5 to open', () => vscode.window.activeTextEditor?.document.uri.toString() === 'policy-guidance:/missouri-ag-ice/Q5.md');
    // The view still shows where the draft stands, and names it.
    equal(topicTree.view.description, 'jail-policy.md');
    equal(topicTree.getTreeItem(detainers).description, 'conflicts (2)');
  });
});
