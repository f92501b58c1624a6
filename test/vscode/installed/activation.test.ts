import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { at, diagnosticsOf, EXTENSION_ID, exampleUri, open, scratch, waitFor, workspaceRoot } from '../suite/helpers';

/** The language servers this extension host runs: its child processes started from dist/server.js. */
function servers(): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === process.pid && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join('dist', 'server.js'));
    } catch {
      return false;
    }
  }).map(Number);
}

describe('the packaged extension', () => {
  it('installed from its .vsix, activates on a plain YAML file (for its offer) without starting the language server', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const editor = await open(scratch('name: CI\non: push\njobs: {}\n', 'ci.yaml'));
    assert.equal(editor.document.languageId, 'yaml');
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(servers(), []);
  });

  it('installed from its .vsix, starts its language server on the example and reports its findings', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.notEqual(extension.extensionUri.fsPath, workspaceRoot().fsPath, 'the extension runs from the development folder, not from the installed .vsix');
    const editor = await open(exampleUri());
    assert.equal(editor.document.languageId, 'budget-yaml');
    await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive);
    assert.ok((await diagnosticsOf(exampleUri())).map(at).includes('sum-mismatch@506'));
    assert.equal(servers().length, 1);
  });
});
