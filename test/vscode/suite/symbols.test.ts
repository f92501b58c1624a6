import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, exampleUri, open } from './helpers';

describe('document symbols', () => {
  after(closeAll);

  it('outline the nine sections, with the activity tree under performance', async () => {
    await open(exampleUri());
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', exampleUri());
    assert.deepEqual(symbols.map((s) => s.detail), ['organization', 'overview', 'operatingExpenses', 'threePublicExpenses', 'performance', 'procurement', 'assets', 'glossary', 'notes']);
    const performance = symbols.find((s) => s.detail === 'performance')!;
    const social = performance.children.find((s) => s.name === '社会管理与服务');
    assert.ok(social, `no 社会管理与服务 among ${performance.children.map((s) => s.name).join(', ')}`);
    assert.deepEqual(social.children.map((s) => `${s.name} ${s.detail}`), ['社会组织管理 427.00', '社会事务管理 612.81']);
    assert.equal(social.selectionRange.start.line + 1, 505);
  });
});
