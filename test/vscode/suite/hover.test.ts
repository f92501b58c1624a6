import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, exampleUri, hoverText, open, positionOf } from './helpers';

async function hoverAt(doc: vscode.TextDocument, needle: string, inside: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, inside));
  return hoverText(hovers);
}

describe('hover', () => {
  after(closeAll);

  it('on 基本支出 inside a text value gives the document\'s own glossary definition', async () => {
    const { document } = await open(exampleUri());
    const text = await hoverAt(document, 'reasons: 基本支出的增加', 'reasons: '.length + 1);
    assert.match(text, /基本支出/);
    assert.match(text, /指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出/);
  });

  it('on the wrong total 1518.81 shows its children summing to 1039.81 and the difference 479.00', async () => {
    const { document } = await open(exampleUri());
    const text = await hoverAt(document, 'budget: 1518.81', 'budget: '.length + 2);
    assert.match(text, /1518\.81 ≠ 427\.00 \+ 612\.81 = 1039\.81/);
    assert.match(text, /479\\?\.00/, 'the difference (markdown may escape its dot)');
  });

  it('on the right total 49951 shows 49951 = 17989 + 31962 ✓', async () => {
    const { document } = await open(exampleUri());
    const expenditure = document.getText().indexOf('expenditure:');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'total: 49951', 'total: '.length + 1, expenditure));
    assert.match(hoverText(hovers), /49951 = 17989 \+ 31962` ✓/);
  });
});
