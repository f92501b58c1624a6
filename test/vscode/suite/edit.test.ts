import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { at, budgetDiagnostics, closeAll, diagnosticsOf, open, positionOf, scratch, waitFor } from './helpers';

describe('editing', () => {
  after(closeAll);

  it('setting 1518.81 to its children\'s 1039.81 clears sum-mismatch@506 within a second, and undo brings it back', async () => {
    const uri = scratch();
    const editor = await open(uri);
    const original = editor.document.getText();
    assert.ok((await diagnosticsOf(uri)).map(at).includes('sum-mismatch@506'));

    const start = positionOf(editor.document, 'budget: 1518.81', 'budget: '.length);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(start, start.translate(0, '1518.81'.length)), '1039.81');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('sum-mismatch@506 to go after the edit', () => !budgetDiagnostics(uri).map(at).includes('sum-mismatch@506'), 1000);
    assert.ok(budgetDiagnostics(uri).map(at).includes('numbering-prefix@524'), 'the other findings stay');

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
    await waitFor('sum-mismatch@506 to return after undo', () => budgetDiagnostics(uri).map(at).includes('sum-mismatch@506'), 1000);
  });
});
