import { strict as assert } from 'assert';
import { CodeActionRequest, type CodeAction, type Range } from 'vscode-languageserver-protocol';
import { fixture } from '../helpers';
import { shareSession, type Session } from './client';

const URI = 'file:///work/slips.budget.yaml';
const consistent = fixture('consistent.budget.yaml');
const range = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('language server: quick fixes for format slips', () => {
  let session: Session;
  shareSession({ locale: 'zh-cn' }, (s) => (session = s));

  const quickFixes = (diagnosticRange: Range) => session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: URI }, range: diagnosticRange, context: { diagnostics: [], only: ['quickfix'] },
  }) as Promise<CodeAction[]>;

  it('offers a preferred fix for each slip, and Fix all takes them all', async () => {
    const text = consistent
      .replace('    basic: 2400.00', '    basic: 2,400.00')
      .replace('    project: 800.00', '    project: 800.00万元')
      .replace('changeRate: -4%', 'changeRate: 下降4%')
      .replace('{ name: 其他收入, amount: 200.00 }', '{ name: 其他收入, amount: ２００.００ }');
    const published = await session.open(URI, text);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range]), [
      ['schema', range(18, 30, 18, 36)], ['schema', range(21, 11, 21, 19)], ['schema', range(22, 13, 22, 21)], ['schema', range(39, 16, 39, 20)],
    ]);
    const actions = await quickFixes(published.diagnostics[1]!.range);
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred, a.edit?.changes?.[URI]]), [
      ['改为 2400.00', 'quickfix', true, [{ range: range(21, 11, 21, 19), newText: '2400.00' }]],
      ['在此行停用 schema', 'quickfix', undefined, [{ range: range(21, 0, 21, 0), newText: '    # budget-disable-next-line schema\n' }]],
    ]);
    const rate = await quickFixes(published.diagnostics[3]!.range);
    assert.deepEqual(rate.map((a) => [a.title, a.edit?.changes?.[URI]]), [
      ['改为 -4%', [{ range: range(39, 16, 39, 20), newText: '-4%' }]],
      ['在此行停用 schema', [{ range: range(39, 0, 39, 0), newText: '    # budget-disable-next-line schema\n' }]],
    ]);
    const all = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] },
    }) as CodeAction[];
    const after = await session.edit(URI, all.find((a) => a.kind === 'source.fixAll.budget')!.edit!.changes![URI]!);
    assert.deepEqual(after.diagnostics, []);
    assert.equal(session.text(URI), consistent);
  });

  it('converts a tab-indented file to spaces from the one diagnostic it gets', async () => {
    const tabbed = consistent.replace(/^( +)/gm, (spaces) => '\t'.repeat(spaces.length >> 1) + ' '.repeat(spaces.length & 1));
    const published = await session.open(URI, tabbed);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range, d.message]), [
      ['yaml-syntax', range(7, 0, 7, 1), 'YAML 语法错误：不能用 Tab 缩进，请改用空格（本文件有 75 行用 Tab 缩进）'],
    ]);
    // The one fix: a file that cannot be read is not silenced line by line.
    const [fix, ...rest] = await quickFixes(published.diagnostics[0]!.range);
    assert.deepEqual(rest, []);
    assert.deepEqual([fix!.title, fix!.isPreferred, fix!.edit!.changes![URI]!.length], ['把缩进的 Tab 改为 2 个空格', true, 75]);
    const after = await session.edit(URI, fix!.edit!.changes![URI]!);
    assert.deepEqual(after.diagnostics, []);
    assert.equal(session.text(URI), consistent);
  });
});
