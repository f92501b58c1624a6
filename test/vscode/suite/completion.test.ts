import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, open, scratch } from './helpers';

async function complete(text: string, line: number, character: number): Promise<vscode.CompletionItem[]> {
  const { document } = await open(scratch(text));
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, character));
  // VS Code adds words from open documents as plain-text items; only the server's count here.
  return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text);
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('completion', () => {
  after(closeAll);

  it('offers the top-level keys of the format, with their Chinese terms', async () => {
    const items = await complete('budget: 1\nregion: 沧州经济开发区\n\n', 2, 0);
    const labels = items.map(label);
    for (const key of ['department', 'year', 'unit', 'overview', 'performance', 'procurement']) assert.ok(labels.includes(key), `no ${key} among ${labels.join(', ')}`);
    const unit = items.find((i) => label(i) === 'unit')!;
    const detail = `${unit.detail ?? ''} ${typeof unit.label === 'string' ? '' : unit.label.description ?? ''}`;
    assert.match(detail, /金额单位/);
  });

  it('offers the units 元, 千元, 万元, 亿元 as values of unit', async () => {
    const items = await complete('budget: 1\nunit: \n', 1, 'unit: '.length);
    assert.deepEqual(items.map(label).filter((l) => /元$/.test(l)).sort(), ['万元', '亿元', '元', '千元'].sort());
  });

  it('offers 货物, 工程, 服务 as values of a procurement category', async () => {
    const text = 'budget: 1\nprocurement:\n  items:\n    - name: 信息技术服务\n      category: \n';
    const items = await complete(text, 4, '      category: '.length);
    const labels = items.map(label);
    for (const value of ['货物', '工程', '服务']) assert.ok(labels.includes(value), `no ${value} among ${labels.join(', ')}`);
  });
});
