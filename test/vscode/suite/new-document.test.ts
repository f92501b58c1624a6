import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { check } from '../../../server/src/core/check/check';
import { newDocument } from '../../../client/src/template';
import { closeAll, waitFor, workspaceRoot } from './helpers';

describe('new document', () => {
  afterEach(closeAll);

  const newEditor = async (): Promise<vscode.TextEditor> => {
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    await vscode.commands.executeCommand('budget.newDocument');
    return waitFor('a new budget-yaml editor', () => {
      const editor = vscode.window.activeTextEditor;
      return editor?.document.languageId === 'budget-yaml' && editor.document.uri.toString() !== before && editor.document.getText().length > 0 && editor;
    });
  };

  it('Budget: New Budget Document opens <department>.budget.yaml for this year, unsaved, in the workspace folder, with no finding', async () => {
    const editor = await newEditor();
    const { document } = editor;
    const year = new Date().getFullYear();
    assert.equal(document.uri.scheme, 'untitled');
    // Saving writes it here, under this name: the tab shows it.
    assert.equal(document.uri.path, vscode.Uri.joinPath(workspaceRoot(), '示范区管理委员会.budget.yaml').path);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal(tab?.label, '示范区管理委员会.budget.yaml');
    const text = document.getText();
    assert.match(text, /^budget: 1$/m);
    assert.match(text, new RegExp(`^year: ${year}$`, 'm'));
    assert.match(text, new RegExp(`^  asOf: '${year - 1}-12-31'$`, 'm'));
    assert.deepEqual(check(text).findings.map((f) => `${f.rule}: ${f.message.en}`), []);
  });

  it('a second new document, the first still open, gets the next name instead of the same document', async () => {
    const first = await newEditor();
    const second = await newEditor();
    assert.notEqual(second.document.uri.toString(), first.document.uri.toString());
    assert.equal(second.document.uri.path, vscode.Uri.joinPath(workspaceRoot(), '示范区管理委员会-2.budget.yaml').path);
    const text = newDocument(new Date().getFullYear());
    assert.equal(first.document.getText(), text, 'the first document');
    assert.equal(second.document.getText(), text, 'the second document');
  });
});
