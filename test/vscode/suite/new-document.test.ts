import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { check } from '../../../server/src/core/check/check';
import { closeAll, waitFor } from './helpers';

describe('new document', () => {
  after(closeAll);

  it('Budget: New Budget Document opens a filled-in budget-yaml document that passes the schema', async () => {
    await vscode.commands.executeCommand('budget.newDocument');
    const editor = await waitFor('a budget-yaml editor', () => vscode.window.activeTextEditor?.document.languageId === 'budget-yaml' && vscode.window.activeTextEditor);
    const text = editor.document.getText();
    assert.match(text, /^budget: 1$/m);
    assert.deepEqual(check(text).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax').map((f) => f.message.en), []);
  });
});
