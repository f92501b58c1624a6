import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { at, diagnosticsOf, EXTENSION_ID, exampleUri, open, waitFor, workspaceRoot } from '../suite/helpers';

describe('the packaged extension', () => {
  it('installed from its .vsix, activates on the example and reports its findings', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.notEqual(extension.extensionUri.fsPath, workspaceRoot().fsPath, 'the extension runs from the development folder, not from the installed .vsix');
    const editor = await open(exampleUri());
    assert.equal(editor.document.languageId, 'budget-yaml');
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
    assert.ok((await diagnosticsOf(exampleUri())).map(at).includes('sum-mismatch@506'));
  });
});
