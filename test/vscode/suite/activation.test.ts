import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, EXTENSION_ID, exampleUri, open, waitFor } from './helpers';

describe('activation', () => {
  after(closeAll);

  it('opening the example activates budget-docs.budget-docs and gives the document language budget-yaml', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const editor = await open(exampleUri());
    assert.equal(editor.document.languageId, 'budget-yaml');
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
  });
});
