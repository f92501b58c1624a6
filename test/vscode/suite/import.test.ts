import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { check } from '../../../server/src/core/check/check';
import { closeAll, exampleUri, waitFor, workspaceRoot } from './helpers';

describe('import', () => {
  after(closeAll);

  it('Budget: Import Document… writes the seed as a budget document beside it, opens it, and its diagnostics are the example’s', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-e2e-import-'));
    const source = path.join(dir, '说明.txt');
    fs.copyFileSync(path.join(workspaceRoot().fsPath, 'test', 'fixtures', 'import', 'cangzhou-2018.txt'), source);
    const target = await vscode.commands.executeCommand<vscode.Uri>('budget.importDocument', vscode.Uri.file(source));
    assert.equal(target?.fsPath, path.join(dir, '说明.budget.yaml'));
    assert.ok(fs.existsSync(target.fsPath));
    const editor = await waitFor('the imported document in an editor', () => vscode.window.activeTextEditor?.document.uri.fsPath === target.fsPath && vscode.window.activeTextEditor);
    assert.equal(editor.document.languageId, 'budget-yaml');
    assert.match(editor.document.getText(), /^region: 沧州经济开发区$/m);
    const expected = check(fs.readFileSync(exampleUri().fsPath, 'utf8')).findings.length;
    const diagnostics = await waitFor(`${expected} diagnostics`, () => { const d = vscode.languages.getDiagnostics(target); return d.length === expected && d; }, 20_000);
    assert.equal(diagnostics.filter((d) => d.code === 'numbering-prefix' || (typeof d.code === 'object' && d.code.value === 'numbering-prefix')).length, 3);
  });
});
