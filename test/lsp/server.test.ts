import { strict as assert } from 'assert';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, DidChangeConfigurationNotification, DocumentSymbolRequest,
  FoldingRangeRequest, HoverRequest, InlayHintRequest, type CodeAction, type CompletionItem, type CompletionList,
  type Diagnostic, type DocumentSymbol, type Hover, type MarkupContent, type Position, type Range,
} from 'vscode-languageserver-protocol';
import { docsUrl } from '../../server/src/core/check/registry';
import { fixture } from '../helpers';
import { CAPABILITIES, shareSession, type Session } from './client';

const URI = 'file:///work/demo.budget.yaml';
const consistent = fixture('consistent.budget.yaml');
/** The parent activity 政务服务 says 600.00; its children add up to 537.00 + 50.00. */
const wrongParent = consistent.replace('      budget: 587.00', '      budget: 600.00');

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
/** The position of `needle`'s first character (plus `shift`) in `text`. */
function at(text: string, needle: string, shift = 0): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `no ${needle}`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}
/** A diagnostic's message as text (LSP 3.18 also allows markup). */
const message = (d: Diagnostic | undefined) => (typeof d?.message === 'string' ? d.message : d?.message.value ?? '');
const markdown = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';
const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : r?.items ?? []);

describe('language server over stdio (dist/server.js --stdio)', () => {
  let session: Session;
  const server = shareSession({ locale: 'zh-cn' }, (s) => (session = s));

  describe('diagnostics', () => {
    it('flags the parent budget 600.00 against children summing to 587.00, on its value, with docs link and parts', async () => {
      const published = await session.open(URI, wrongParent);
      assert.equal(published.version, 1);
      assert.deepEqual(published.diagnostics, [{
        range: range(50, 14, 50, 20),
        severity: 1,
        source: 'budget',
        code: 'sum-mismatch',
        codeDescription: { href: docsUrl('sum-mismatch') },
        message: '预算数 600.00 与下级合计 587.00 不符（差 13.00）',
        relatedInformation: [
          { location: { uri: URI, range: range(55, 18, 55, 24) }, message: '综合协调 537.00' },
          { location: { uri: URI, range: range(62, 18, 62, 23) }, message: '会议管理 50.00' },
        ],
        data: { path: 'performance.activities[0].budget' },
      } satisfies Diagnostic]);
    });

    it('publishes nothing for a consistent document', async () => {
      assert.deepEqual((await session.open(URI, consistent)).diagnostics, []);
    });

    it('ends quick successive edits on the last one, never publishing an older version after a newer one', async () => {
      await session.open(URI, consistent);
      const edits = ['601.00', '602.00', '603.00'].map((v) => session.edit(URI, [{ range: range(50, 14, 50, 20), newText: v }]));
      const last = await edits[2]!;
      assert.equal(last.version, 4);
      assert.match(message(last.diagnostics[0]), /预算数 603\.00/);
      // An edit of one activity is checked at once (the incremental check is fast), so versions between may be
      // published too; a check whose version is no longer current is not.
      const versions = session.publications(URI).map((p) => p.version);
      assert.deepEqual([versions[0], versions.at(-1)], [1, 4]);
      assert.ok(versions.every((v, i) => i === 0 || v! > versions[i - 1]!), String(versions));
    });

    it('honours `# budget-disable-next-line sum-mismatch` above the line', async () => {
      const text = wrongParent.replace('      budget: 600.00', '      # budget-disable-next-line sum-mismatch\n      budget: 600.00');
      assert.deepEqual((await session.open(URI, text)).diagnostics, []);
    });

    it('clears diagnostics when the mismatch is typed away', async () => {
      await session.open(URI, wrongParent);
      const after = await session.edit(URI, [{ range: range(50, 14, 50, 20), newText: '587.00' }]);
      assert.deepEqual(after, { uri: URI, version: 2, diagnostics: [] });
    });
  });

  describe('hover', () => {
    it('shows how the wrong parent budget adds up, and the difference', async () => {
      await session.open(URI, wrongParent);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 50, character: 16 } });
      assert.deepEqual(hover?.range, range(50, 14, 50, 20));
      assert.equal(markdown(hover), '**预算数** · 下级合计\n\n`600.00 ≠ 537.00 + 50.00 = 587.00` ✗ 差 13\\.00\n\n- 综合协调: 537.00\n- 会议管理: 50.00');
    });

    it('shows a consistent total as `3200.00 = 2400.00 + 800.00 ✓`', async () => {
      await session.open(URI, consistent);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: at(consistent, 'total: 3200.00\n    basic', 8) });
      assert.match(markdown(hover), /`3200\.00 = 2400\.00 \+ 800\.00` ✓/);
    });

    it('explains a key: basic → 基本支出', async () => {
      await session.open(URI, consistent);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: at(consistent, 'basic: 2400.00', 2) });
      assert.equal(markdown(hover), '**基本支出** · basic expenditure\n\n基本支出：保障机构正常运转、完成日常工作任务的人员支出和公用支出。\n\n`overview.expenditure.basic`');
    });

    it('defines a term in text from the document\'s own glossary first', async () => {
      await session.open(URI, consistent);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: at(consistent, '基本支出增加', 1) });
      assert.deepEqual(hover?.range, { start: at(consistent, '基本支出增加'), end: at(consistent, '基本支出增加', 4) });
      assert.equal(markdown(hover), '**基本支出**\n\n指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n\n*本文件名词解释*');
    });

    it('defines a term the document does not, from the built-in glossary', async () => {
      const text = consistent.replace('本部门无国有资本经营收入。', '本部门无政府采购以外的项目支出。');
      await session.open(URI, text);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: at(text, '项目支出。', 2) });
      assert.match(markdown(hover), /^\*\*项目支出\*\* · project expenditure\n\n在基本支出之外/);
      assert.match(markdown(hover), /\*内置名词解释\*$/);
    });

    it('gives the rate the figures give beside a written rate', async () => {
      await session.open(URI, consistent);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: at(consistent, '-4%', 1) });
      assert.equal(markdown(hover), '**按金额计算的增减率**\n\n`(24 − 25) ÷ 25 = -4.00%` ✓');
    });

    it('escapes document text: a name that looks like a command link stays text', async () => {
      const text = consistent.replace('name: 综合协调\n', 'name: "[run](command:workbench.action.quit) <img src=x>"\n');
      await session.open(URI, text);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 50, character: 16 } });
      assert.match(markdown(hover), /\\\[run\\\]\\\(command\\:workbench\\\.action\\\.quit\\\) &lt;img src=x&gt;: 537\.00/);
    });
  });

  describe('code actions', () => {
    it('offers the total only as a suggestion when nothing says which figure is wrong, and a way to silence the line', async () => {
      const published = await session.open(URI, wrongParent);
      const diagnostic = published.diagnostics[0]!;
      const actions = await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
      }) as CodeAction[];
      assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [['改为 587.00（若各分项无误）', 'quickfix', undefined], ['在此行停用 sum-mismatch', 'quickfix', undefined]]);
      const [suggestion, silence] = actions;
      assert.deepEqual(suggestion!.diagnostics, [diagnostic]);
      assert.deepEqual(silence!.edit!.changes![URI]!, [{ range: range(50, 0, 50, 0), newText: '      # budget-disable-next-line sum-mismatch\n' }]);
      const edits = suggestion!.edit!.changes![URI]!;
      assert.deepEqual(edits, [{ range: range(50, 14, 50, 20), newText: '587.00' }]);
      const after = await session.edit(URI, edits);
      assert.deepEqual(after.diagnostics, []);
      assert.equal(session.text(URI), consistent);
    });

    it('offers a preferred quick fix when the figures say which one is wrong', async () => {
      const published = await session.open(URI, consistent.replace('basic: 2400.00', 'basic: 2410.00'));
      const diagnostic = published.diagnostics[0]!;
      const actions = await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
      }) as CodeAction[];
      assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [['将基本支出 2410.00 改为 2400.00', true], ['在此行停用 sum-mismatch', undefined]]);
      assert.deepEqual((await session.edit(URI, actions[0]!.edit!.changes![URI]!)).diagnostics, []);
      assert.equal(session.text(URI), consistent);
    });

    it('fixes every fixable finding at once with source.fixAll.budget', async () => {
      const text = consistent.replace('basic: 2400.00', 'basic: 2410.00').replace('name: 审计业务', 'name: 三、审计业务');
      const published = await session.open(URI, text);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['sum-mismatch', 'change-mismatch', 'numbering-prefix']);
      const actions = await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: URI }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] },
      }) as CodeAction[];
      assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['source.fixAll.budget', '修复所有可自动修复的问题']]);
      const after = await session.edit(URI, actions[0]!.edit!.changes![URI]!);
      assert.deepEqual(after.diagnostics, []);
      assert.equal(session.text(URI), consistent);
    });

    it('leaves a parent whose children no longer add up to it, asked or not: a child may be missing', async () => {
      // 综合协调 (537.00, borne out by its parent's 587.00) gets a grandchild of 500.00: which is wrong is not told.
      const text = consistent.replace('          goal: 确保政令统一。\n          indicators:\n            - name: 综合协调处理\n              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }\n',
        '          goal: 确保政令统一。\n          children:\n            - name: 文件收发\n              budget: 500.00\n              content: 收发文件。\n              goal: 及时准确。\n              indicators:\n                - name: 文件办结率\n                  grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }\n');
      assert.deepEqual((await session.open(URI, text)).diagnostics.map((d) => d.code), ['sum-mismatch']);
      const ask = (only?: string[]) => session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: URI }, range: range(0, 0, 0, 0), context: { diagnostics: [], ...(only ? { only } : {}) },
      }) as Promise<CodeAction[]>;
      assert.deepEqual((await ask()).filter((a) => a.kind === 'source.fixAll.budget'), []);
      assert.deepEqual(await ask(['source.fixAll']), []);
    });
  });

  describe('code actions: Fix all the same asked or not, shown before it is applied; skeletons to fill in', () => {
    const ask = (uri: string, only?: string[], at = range(0, 0, 0, 0)) => session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: at, context: { diagnostics: [], ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;
    const fixAll = (actions: CodeAction[]) => actions.filter((a) => a.kind === 'source.fixAll.budget');

    it('offers unasked (no `only`) the very Fix all asked for by name: on one wrong 三公 source figure, no amount, change or rate is rewritten', async () => {
      // The 三公 total's general budget 35 against its amount 40: the amount agrees with the rows, its change and its
      // rate, the source may be wrong or one missing. Fix all takes the numbering prefix alone.
      const text = consistent.replace('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 35 } }').replace('name: 审计业务', 'name: 三、审计业务');
      assert.deepEqual((await session.open(URI, text)).diagnostics.map((d) => d.code), ['sum-mismatch', 'numbering-prefix']);
      const unasked = fixAll(await ask(URI));
      const asked = await ask(URI, ['source.fixAll']);
      assert.deepEqual(unasked, asked);
      assert.deepEqual(asked.map((a) => a.edit!.changes![URI]), [[{ range: range(68, 12, 68, 14), newText: '' }]]);
    });

    it('marks Fix all\'s edit with a change annotation that needs confirmation, for a client that takes them', async () => {
      await server.own({ locale: 'zh-cn', capabilities: { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } } } });
      const text = consistent.replace('basic: 2400.00', 'basic: 2410.00').replace('name: 审计业务', 'name: 三、审计业务');
      await session.open(URI, text);
      const [all] = await ask(URI, ['source.fixAll']);
      assert.deepEqual(all!.edit, {
        documentChanges: [{
          textDocument: { uri: URI, version: 1 },
          edits: [
            { range: range(21, 11, 21, 18), newText: '2400.00', annotationId: 'budget.fixAll' },
            { range: range(68, 12, 68, 14), newText: '', annotationId: 'budget.fixAll' },
          ],
        }],
        changeAnnotations: {
          'budget.fixAll': { label: '修复所有可自动修复的问题（2 处修改）', description: '只改其余数字能判定错误的那个数', needsConfirmation: true },
        },
      });
    });

    it('offers a missing indicator as a skeleton to fill in, not preferred and never in Fix all: a snippet for a client that takes one', async () => {
      await server.own({ locale: 'zh-cn', capabilities: { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } } } });
      const text = consistent.replace('          indicators:\n            - name: 大型会议控制率\n              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }\n', '');
      const [diagnostic] = (await session.open(URI, text)).diagnostics;
      assert.equal(diagnostic!.code, 'missing-kpi');
      const actions = await ask(URI, undefined, diagnostic!.range);
      assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [['插入绩效指标框架（待填写）', 'quickfix', undefined], ['在此行停用 missing-kpi', 'quickfix', undefined]]);
      assert.deepEqual(actions[0]!.edit, {
        documentChanges: [{
          textDocument: { uri: URI, version: 1 },
          edits: [{ range: range(64, 24, 64, 24), snippet: { kind: 'snippet', value: '\n          indicators:\n            - name: $1\n              grades:\n                excellent: $2\n                good: $3\n                fair: $4\n                poor: $5$0' } }],
        }],
      });
      assert.deepEqual(await ask(URI, ['source.fixAll']), []);
    });

    it('offers the skeleton as plain text with the values empty to a client without snippet edits', async () => {
      const text = consistent.replace('          indicators:\n            - name: 大型会议控制率\n              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }\n', '');
      const [diagnostic] = (await session.open(URI, text)).diagnostics;
      const [skeleton] = await ask(URI, ['quickfix'], diagnostic!.range);
      assert.deepEqual(skeleton!.edit, { changes: { [URI]: [{ range: range(64, 24, 64, 24), newText: '\n          indicators:\n            - name:\n              grades:\n                excellent:\n                good:\n                fair:\n                poor:' }] } });
      const after = await session.edit(URI, skeleton!.edit!.changes![URI]!);
      // No threshold made up: the indicator waits for its name and grades.
      assert.deepEqual(after.diagnostics.map((d) => d.code), ['incomplete-grades']);
    });

    it('silences a second rule on a line by adding it to the comment already above, not by a second comment', async () => {
      const text = wrongParent.replace('    - name: 政务服务\n', '    - name: 政务服务\n      # budget-disable-next-line rounding\n');
      const [diagnostic] = (await session.open(URI, text)).diagnostics;
      const silence = (await ask(URI, ['quickfix'], diagnostic!.range)).find((a) => a.title === '在此行停用 sum-mismatch')!;
      const line = text.split('\n').findIndex((l) => l.includes('budget-disable-next-line rounding'));
      assert.deepEqual(silence.edit!.changes![URI], [{ range: range(line, 41, line, 41), newText: ', sum-mismatch' }]);
      // The sum is silenced; only the rounding the comment named before is left, told as silencing nothing.
      assert.deepEqual((await session.edit(URI, silence.edit!.changes![URI]!)).diagnostics.map((d) => [d.code, d.message, d.range]), [
        ['unused-disable-directive', '未用的指令“budget-disable-next-line rounding, sum-mismatch”：没有 rounding 的问题可屏蔽', range(line, 8, line, 55)],
      ]);
    });
  });

  describe('completion', () => {
    it('offers the keys still missing at the cursor, with their Chinese terms', async () => {
      const text = consistent.replace('budget: 1\n', 'budget: 1\nti\n');
      await session.open(URI, text);
      const list = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 2, character: 2 } }));
      assert.deepEqual(list.map((i) => i.label), ['title', 'preface', 'tables']);
      assert.equal(list[0]!.detail, '标题 · title');
      assert.deepEqual(list[0]!.textEdit, { range: range(2, 0, 2, 2), newText: 'title: ' });
    });

    it('offers the units after `unit: `', async () => {
      const text = consistent.replace('unit: 万元', 'unit: ');
      await session.open(URI, text);
      const list = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: at(text, 'unit: ', 6) }));
      assert.deepEqual(list.map((i) => i.label), ['元', '千元', '万元', '亿元']);
    });

    it('offers procurement categories inside a flow mapping', async () => {
      const text = consistent.replace('name: 办公设备, category: 货物, code: A02, quantity: 4, amount: 40 }', 'name: 办公设备, category: ');
      await session.open(URI, text);
      const list = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: at(text, 'category: \n', 10) }));
      assert.deepEqual(list.map((i) => i.label), ['货物', '工程', '服务']);
    });

    it('offers a new activity with goal and an indicator with four grades as a snippet', async () => {
      const text = consistent.replace('    - name: 审计业务', '    - \n    - name: 审计业务');
      await session.open(URI, text);
      const list = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: at(text, '    - \n', 6) }));
      const snippet = list.find((i) => i.kind === 15)!;
      assert.equal(snippet.label, '新职责活动（含绩效目标与指标）');
      assert.equal(snippet.insertTextFormat, 2);
      assert.equal(snippet.textEdit && 'newText' in snippet.textEdit && snippet.textEdit.newText,
        'name: ${1:职责活动}\n      budget: ${2:0.00}\n      content: ${3:工作内容}\n      goal: ${4:绩效目标}\n      indicators:\n        - name: ${5:绩效指标}\n          grades: { excellent: ${6:≥90%}, good: ${7:≥80%}, fair: ${8:≥70%}, poor: ${9:<70%} }$0');
    });
  });

  describe('navigation', () => {
    it('outlines the nine sections and the activity tree', async () => {
      await session.open(URI, wrongParent);
      const symbols = await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }) as DocumentSymbol[];
      assert.deepEqual(symbols.map((s) => s.name), ['部门主要职责及机构设置', '部门预算安排总体情况', '机关运行经费安排情况', '财政拨款“三公”经费', '绩效预算信息', '政府采购信息', '国有资产信息', '名词解释', '其他需要说明的事项']);
      const tree = (s: DocumentSymbol): unknown => (s.children?.length ? [s.name, s.detail, s.children.map(tree)] : [s.name, s.detail]);
      assert.deepEqual(symbols[4]!.children!.map(tree), [['政务服务', '600.00', [['综合协调', '537.00'], ['会议管理', '50.00']]], ['审计业务', '213.00']]);
      assert.deepEqual(symbols[4]!.children![0]!.selectionRange, range(49, 12, 49, 16));
    });

    it('sends at most budget.outline.maxItems symbols, breadth first, says so once, and again once all are sent', async () => {
      const told: unknown[] = [];
      const listening = session.connection.onNotification('budget/outlineLimited', (p: unknown) => void told.push(p));
      try {
        session.settings = { outline: { maxItems: 10 } };
        await session.open(URI, wrongParent);
        const ask = async () => await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }) as DocumentSymbol[];
        const tree = (s: DocumentSymbol): unknown => (s.children?.length ? [s.name, s.children.map(tree)] : s.name);
        const limited = await ask();
        // The nine sections, then the first activity of 绩效预算信息: ten of thirteen.
        assert.deepEqual(limited.map(tree).slice(3, 6), ['财政拨款“三公”经费', ['绩效预算信息', ['政务服务']], '政府采购信息']);
        assert.equal(limited.length, 9);
        // The notification is written before the answer; asked again, the same version is not told again.
        await ask();
        assert.deepEqual(told, [{ uri: URI, shown: 10, total: 13 }]);
        session.settings = {};
        const republished = session.next(URI);
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
        await republished;
        assert.deepEqual((await ask())[4]!.children!.map(tree), [['政务服务', ['综合协调', '会议管理']], '审计业务']);
        assert.deepEqual(told, [{ uri: URI, shown: 10, total: 13 }, { uri: URI, shown: 13, total: 13 }]);
      } finally {
        listening.dispose();
      }
    });

    it('folds each block from its key to its last line', async () => {
      await session.open(URI, consistent);
      const folds = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
      const performance = at(consistent, 'performance:').line;
      assert.ok(folds?.some((f) => f.startLine === performance && f.endLine === at(consistent, 'procurement:').line - 1));
      assert.ok(folds?.some((f) => f.startLine === 49 && f.endLine === 67), 'the activity 政务服务');
    });

    it("sends no more folding ranges than the client's rangeLimit: the sections, where they are all that fit", async () => {
      await server.own({ locale: 'zh-cn', capabilities: { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, foldingRange: { rangeLimit: 9 } } } });
      await session.open(URI, consistent);
      const folds = await session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
      const sections = ['organization:', 'overview:', 'operatingExpenses:', 'threePublicExpenses:', 'performance:', 'procurement:', 'assets:', 'glossary:', 'notes:'];
      assert.deepEqual(folds?.map((f) => f.startLine), sections.map((key) => at(consistent, key).line));
    });

    it('goes from a term in text to its glossary entry', async () => {
      await session.open(URI, consistent);
      const location = await session.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: at(consistent, '基本支出增加', 2) });
      assert.deepEqual(location, { uri: URI, range: { start: at(consistent, '基本支出, definition'), end: at(consistent, '基本支出, definition', 4) } });
    });

    it('shows Σ 587.00 beside the total that disagrees, and every sum when asked', async () => {
      await session.open(URI, wrongParent);
      const request = { textDocument: { uri: URI }, range: range(0, 0, 200, 0) };
      assert.deepEqual(await session.connection.sendRequest(InlayHintRequest.type, request), [
        { position: { line: 50, character: 20 }, label: 'Σ 587.00', kind: 2, paddingLeft: true, tooltip: '下级合计' },
      ]);
      session.settings = { inlayHints: { sums: 'all' } };
      const republished = session.next(URI);
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await republished;
      const all = await session.connection.sendRequest(InlayHintRequest.type, request);
      assert.deepEqual(all?.slice(0, 2).map((h) => h.label), ['Σ 3200.00', 'Σ 3200.00']);
      assert.ok(all!.length >= 8);
    });
  });

  describe('settings', () => {
    it('turns a rule off, and changes its severity', async () => {
      session.settings = { rules: { 'sum-mismatch': 'off' } };
      assert.deepEqual((await session.open(URI, wrongParent)).diagnostics, []);
      session.settings = { rules: { 'sum-mismatch': 'warning' } };
      const republished = session.next(URI);
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      assert.deepEqual((await republished).diagnostics.map((d) => [d.code, d.severity]), [['sum-mismatch', 2]]);
    });

    it('speaks English when budget.locale is en, whatever the client speaks', async () => {
      session.settings = { locale: 'en' };
      const [d] = (await session.open(URI, wrongParent)).diagnostics;
      assert.equal(d!.message, 'Budget 600.00 does not match the sum of its children 587.00 (difference 13.00)');
      assert.equal(d!.relatedInformation![0]!.message, '综合协调 537.00');
    });

    it('follows the client\'s locale for auto, and zh-CN when set', async () => {
      await server.own({ locale: 'en-US' });
      assert.match(message((await session.open(URI, wrongParent)).diagnostics[0]), /^Budget 600\.00/);
      session.settings = { locale: 'zh-CN' };
      const republished = session.next(URI);
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      assert.match(message((await republished).diagnostics[0]), /^预算数 600\.00/);
    });

    it('takes pushed settings from a client that cannot be asked (didChangeConfiguration)', async () => {
      await server.own({ locale: 'zh-cn', capabilities: {} });
      await session.open(URI, wrongParent);
      const republished = session.next(URI);
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { budget: { rules: { 'sum-mismatch': 'info' } } } });
      assert.deepEqual((await republished).diagnostics.map((d) => d.severity), [3]);
    });
  });

  describe('a client that shows less (no snippets, no markdown)', () => {
    it('gets the new-activity snippet as the plain text it inserts, and hovers as plain text', async () => {
      await server.own({ locale: 'zh-cn', capabilities: { textDocument: { hover: { contentFormat: ['plaintext'] }, completion: { completionItem: { snippetSupport: false } } } } });
      const text = consistent.replace('    - name: 审计业务', '    - \n    - name: 审计业务');
      await session.open(URI, text);
      const list = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: at(text, '    - \n', 6) }));
      const snippet = list.find((i) => i.kind === 15)!;
      assert.equal(snippet.insertTextFormat, 1);
      assert.equal(snippet.textEdit && 'newText' in snippet.textEdit && snippet.textEdit.newText,
        'name: 职责活动\n      budget: 0.00\n      content: 工作内容\n      goal: 绩效目标\n      indicators:\n        - name: 绩效指标\n          grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }');
      const other = 'file:///work/other.budget.yaml';
      await session.open(other, wrongParent);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 50, character: 16 } });
      assert.deepEqual(hover?.contents, { kind: 'plaintext', value: '预算数 · 下级合计\n\n600.00 ≠ 537.00 + 50.00 = 587.00 ✗ 差 13.00\n\n- 综合协调: 537.00\n- 会议管理: 50.00' });
    });

    it('gets documentation of completions as plain text, never as markdown, whatever the client', async () => {
      const text = consistent.replace('    project: 800.00\n', '    \n');
      const other = 'file:///work/third.budget.yaml';
      await session.open(other, text);
      const list = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: other }, position: at(text, '    \n', 4) }));
      const project = list.find((i) => i.label === 'project');
      assert.ok(project, list.map((i) => i.label).join(', '));
      assert.equal(typeof project.documentation, 'string');
    });
  });

  describe('robustness', () => {
    it('keeps answering after binary junk and unbalanced brackets, then checks good text again', async () => {
      await session.open(URI, wrongParent);
      for (const junk of ['\u0000\u0001\u0002\uFFFD\uD800 budget: [[[{{{', 'overview: {income: [1, 2\n  - ]]]: :\n\t\t- &a *b !!x', '\u0000'.repeat(500)]) {
        const published = await session.replace(URI, junk);
        assert.ok(published.diagnostics.every((d) => d.source === 'budget'));
        const position = { line: 0, character: 3 };
        const doc = { textDocument: { uri: URI } };
        await session.connection.sendRequest(HoverRequest.type, { ...doc, position });
        await session.connection.sendRequest(CompletionRequest.type, { ...doc, position });
        await session.connection.sendRequest(DocumentSymbolRequest.type, doc);
        await session.connection.sendRequest(FoldingRangeRequest.type, doc);
        await session.connection.sendRequest(DefinitionRequest.type, { ...doc, position });
        await session.connection.sendRequest(InlayHintRequest.type, { ...doc, range: range(0, 0, 10, 0) });
        await session.connection.sendRequest(CodeActionRequest.type, { ...doc, range: range(0, 0, 0, 1), context: { diagnostics: [] } });
      }
      const again = await session.replace(URI, wrongParent);
      assert.deepEqual(again.diagnostics.map((d) => [d.code, d.range]), [['sum-mismatch', range(50, 14, 50, 20)]]);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 50, character: 16 } });
      assert.match(markdown(hover), /600\.00 ≠ 537\.00 \+ 50\.00 = 587\.00/);
    });

    it('answers requests about documents it was never sent with nothing', async () => {
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.budget.yaml' }, position: { line: 0, character: 0 } });
      assert.equal(hover, null);
    });
  });
});
