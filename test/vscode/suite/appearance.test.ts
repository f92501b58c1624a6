import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { at, closeAll, diagnosticsOf, exampleUri, hoverText, open, pageShows, positionOf, scratch, screenshot, waitFor, webviewTabs } from './helpers';

/**
 * What a person sees; the code-server runner photographs each state. Runs second (files run in
 * name order), before other scenarios leave scratch documents in the Problems panel.
 */
describe('what a person sees', () => {
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
  });
  after(closeAll);

  it('the example with its squiggles and the Problems panel', async () => {
    const editor = await open(exampleUri());
    const wrong = positionOf(editor.document, 'budget: 1518.81', 'budget: '.length);
    editor.selection = new vscode.Selection(wrong, wrong);
    editor.revealRange(new vscode.Range(wrong, wrong), vscode.TextEditorRevealType.InCenter);
    assert.ok((await diagnosticsOf(exampleUri())).map(at).includes('sum-mismatch@506'));
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('editor-diagnostics');
  });

  it('the hover on the wrong total', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const editor = await open(exampleUri());
    const wrong = positionOf(editor.document, 'budget: 1518.81', 'budget: '.length + 2);
    editor.selection = new vscode.Selection(wrong, wrong);
    editor.revealRange(new vscode.Range(wrong, wrong), vscode.TextEditorRevealType.InCenter);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, wrong);
    assert.match(hoverText(hovers), /= 1039\.81/);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('hover');
  });

  it('the preview beside the editor', async () => {
    await vscode.commands.executeCommand('editor.action.hideHover');
    const editor = await open(exampleUri());
    const wrong = positionOf(editor.document, 'budget: 1518.81');
    editor.revealRange(new vscode.Range(wrong, wrong), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('budget.showPreviewToSide');
    const [tab] = await waitFor('the preview beside the editor', () => webviewTabs().length > 0 && webviewTabs());
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two);
    await new Promise((r) => setTimeout(r, 2000));
    await screenshot('preview-beside-editor');
  });

  it('the preview while a quote is left open: the last readable page, under a notice', async function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip();
    await closeAll();
    const uri = scratch(undefined, 'typing.budget.yaml');
    const editor = await open(uri);
    const name = positionOf(editor.document, '综合协调处理');
    editor.revealRange(new vscode.Range(name, name), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('budget.showPreviewToSide');
    await waitFor('the preview beside the editor', () => webviewTabs().length > 0);
    assert.ok(await pageShows('综合协调处理', 15_000));
    assert.ok(await editor.edit((e) => e.insert(name, '"')));
    assert.ok(await pageShows(vscode.env.language.startsWith('zh') ? `第 ${name.line + 1} 行：` : `Line ${name.line + 1}: `, 10_000));
    await new Promise((r) => setTimeout(r, 1000));
    await screenshot('preview-notice');
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(name, name.translate(0, 1)))));
  });
});
