import { strict as assert } from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, EXTENSION_ID, exampleUri, open, scratch, waitFor } from './helpers';

describe('activation', () => {
  after(closeAll);

  // The first test of the suite (files run in name order): nothing of the extension has been asked for yet.
  it('a YAML file that is no budget activates the entry alone; Budget: New Document, by its stand-in, loads the rest and the server', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.languageId === 'budget-yaml').map((d) => d.uri.toString()), []);
    const session = path.join(extension.extensionPath, 'dist', 'session.js');
    await open(scratch('name: CI\non:\n  push:\njobs:\n  build:\n    runs-on: ubuntu-latest\n', 'ci.yaml'));
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
    assert.equal(require.cache[session], undefined, 'dist/session.js is loaded for a plain YAML file');

    await vscode.commands.executeCommand('budget.newDocument');
    const editor = await waitFor('a new budget-yaml editor', () => vscode.window.activeTextEditor?.document.languageId === 'budget-yaml' && vscode.window.activeTextEditor.document.getText().length > 0 && vscode.window.activeTextEditor);
    assert.ok(require.cache[session], 'dist/session.js is not loaded after a command');
    // The outline comes from the language server: it started with the budget document.
    const symbols = await waitFor('the new document\'s outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return found && found.length > 0 && found;
    });
    assert.ok(symbols.map((s) => s.detail).includes('overview'), `no overview among ${symbols.map((s) => s.detail).join(', ')}`);
    await closeAll();
  });

  it('opening the example activates budget-docs.budget-docs and gives the document language budget-yaml', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const editor = await open(exampleUri());
    assert.equal(editor.document.languageId, 'budget-yaml');
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
  });
});
