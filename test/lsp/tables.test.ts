import { strict as assert } from 'assert';
import {
  CompletionRequest, DidChangeConfigurationNotification, DocumentSymbolRequest, HoverRequest, InlayHintRequest,
  type CompletionItem, type CompletionList, type DocumentSymbol, type MarkupContent, type Position,
} from 'vscode-languageserver-protocol';
import { example } from '../helpers';
import { shareSession, type Session } from './client';

const URI = 'file:///work/statistics.budget.yaml';
// 2025: the year the bundled function catalogue names 2210201 住房公积金 (docs/classification.md).
const STATISTICS = example('statistics-2024.budget.yaml').replace('year: 2024', 'year: 2025');

function at(text: string, needle: string, shift = 0): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `no ${needle}`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}
const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : r?.items ?? []);

describe('language server: the standard tables', () => {
  let session: Session;
  shareSession({ locale: 'zh-cn' }, (s) => (session = s));

  it('completes a code typed by name, rewriting the row\'s name as an additional edit', async () => {
    const text = STATISTICS.replace('{ code: 2210201, name: 住房公积金, amount: 177600.00, basic: 177600.00, project: 0 }\n  appropriation', '{ code: 住房公积, name: 公积金, amount: 177600.00, basic: 177600.00, project: 0 }\n  appropriation');
    await session.open(URI, text);
    const position = at(text, '{ code: 住房公积', 12);
    const list = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position }));
    assert.deepEqual(list.map((i) => [i.label, i.detail, i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : undefined, i.additionalTextEdits?.map((e) => e.newText)]), [
      ['2210201 住房公积金', '项级科目', '2210201', ['住房公积金']],
    ]);
    const name = at(text, '公积金, amount: 177600.00, basic: 177600.00, project: 0 }\n  appropriation');
    assert.deepEqual(list[0]!.additionalTextEdits![0]!.range, { start: name, end: { line: name.line, character: name.character + 3 } });
  });

  it('hovers a code with its catalogue name, and outlines the tables as structs with their rows as fields', async () => {
    await session.open(URI, STATISTICS);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: at(STATISTICS, 'code: 2210201', 8) });
    assert.match((hover?.contents as MarkupContent).value, /^\*\*2210201 住房公积金\*\*\n\n2025年支出功能分类科目 · 项/);
    const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }) as DocumentSymbol[];
    const tables = symbols.at(-1)!;
    assert.deepEqual([tables.name, tables.kind, tables.children![2]!.name, tables.children![2]!.kind, tables.children![2]!.children![0]!.name, tables.children![2]!.children![0]!.kind], ['部门预算公开表', 3, '表三 部门支出总表', 23, '201 一般公共服务支出', 8]);
  });

  it('shows computed shares beside amounts once budget.inlayHints.shares is all', async () => {
    await session.open(URI, STATISTICS);
    const request = { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } } };
    assert.deepEqual(await session.connection.sendRequest(InlayHintRequest.type, request), []);
    session.settings = { inlayHints: { shares: 'all' } };
    const republished = session.next(URI);
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await republished;
    const hints = await session.connection.sendRequest(InlayHintRequest.type, request);
    assert.deepEqual(hints?.map((h) => [h.position.line, h.label, h.tooltip]), [[20, '占 100%', '财政拨款收入 ÷ 收入总计'], [23, '占 80.16%', '基本支出 ÷ 支出总计'], [24, '占 19.84%', '项目支出 ÷ 支出总计']]);
  });
});
