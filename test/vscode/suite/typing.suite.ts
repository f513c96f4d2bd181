// Typing a sentence: a finding it brings waits until the sentence is finished, the cursor leaves it or
// typing pauses, as a spelling checker leaves the word being typed alone; findings already shown stay.
import * as vscode from 'vscode';
import { deepEqual, ok } from './assert';
import { closeAll, extensionApi, openUntitled, ours, ruleOf, waitFor, waitForDiagnostics } from './harness';
import { REVEAL_AFTER_MS } from '../../../src/vscode/typingHold';

const HEAD = "# Jail policy\n\nDeputies may consider an arrestee's accent in deciding whether to refer the arrestee to ICE.\n\n";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function draftAtEnd(): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await openUntitled({ language: 'markdown', content: HEAD }));
  await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'profiling'), 'the draft’s findings');
  const end = editor.document.positionAt(HEAD.length);
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

/** Types words as a drafter does, a pause after each, and waits past the check that follows. */
async function typeWords(words: string): Promise<void> {
  for (const word of words.split(/(?<= )/)) {
    await vscode.commands.executeCommand('type', { text: word });
    await sleep(60);
  }
  await sleep(900); // the typing delay (300 ms) and a check, well short of REVEAL_AFTER_MS
}

const rules = (uri: vscode.Uri) => ours(uri).map(ruleOf).sort();

describe('typing a sentence', () => {
  afterEach(closeAll);

  it('shows no new finding on it until it ends, and then shows them all; the findings shown before stay', async () => {
    const { document } = await draftAtEnd();
    const before = rules(document.uri);
    await typeWords('Officers shall hold the person on the ICE detainer');
    deepEqual(rules(document.uri), before, 'nothing new while the sentence is unfinished');
    const { diagnostics } = await extensionApi();
    deepEqual(diagnostics.report(document)!.findings.map((f) => f.ruleId).sort(), before, 'hovers, fixes and the views see what the Problems panel shows');
    const typedEnd = Date.now();
    await vscode.commands.executeCommand('type', { text: '.' });
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'), 'the finding once the sentence ends');
    ok(Date.now() - typedEnd < REVEAL_AFTER_MS, 'shown because the sentence ended, not after the pause');
    ok(rules(document.uri).includes('missing-notice'), 'with the missing provision it brings');
    ok(before.every((id) => rules(document.uri).includes(id)));
  });

  it('shows them when the cursor leaves the sentence', async () => {
    const editor = await draftAtEnd();
    await typeWords('Officers shall hold the person on the ICE detainer');
    ok(!rules(editor.document.uri).includes('detainer-hold'), 'held while typing');
    const left = Date.now();
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'detainer-hold'), 'the finding once the cursor left');
    ok(Date.now() - left < REVEAL_AFTER_MS - 900, 'shown on leaving, not after the pause');
  });

  it('shows them when typing pauses', async () => {
    const editor = await draftAtEnd();
    await typeWords('Officers shall hold the person on the ICE detainer');
    ok(!rules(editor.document.uri).includes('detainer-hold'), 'held while typing');
    await waitFor('the finding after the pause', () => rules(editor.document.uri).includes('detainer-hold'), REVEAL_AFTER_MS + 2000);
  });
});
