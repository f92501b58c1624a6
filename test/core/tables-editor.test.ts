import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check/check';
import { completionsAt } from '../../server/src/core/features/completion';
import { hoverAt } from '../../server/src/core/features/hover';
import { shareHints } from '../../server/src/core/features/inlay-hints';
import { outline, type OutlineEntry } from '../../server/src/core/features/outline';
import { resolveSettings } from '../../server/src/core/config/settings';
import { example } from '../helpers';

// The example's year is 2024; the bundled function catalogue names 221 and 2210201 from 2025 (docs/classification.md).
const STATISTICS = example('statistics-2024.budget.yaml');
const Y2025 = STATISTICS.replace('year: 2024', 'year: 2025');
const ROW_2210201 = '      - { code: 2210201, name: 住房公积金, amount: 177600.00, basic: 177600.00, project: 0 }\n  appropriation';

const offsetOf = (text: string, needle: string, shift = 0) => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `no ${needle}`);
  return at + shift;
};
const hover = (text: string, needle: string, shift: number, locale: 'zh-CN' | 'en' = 'zh-CN') => hoverAt(check(text), offsetOf(text, needle, shift), locale)?.markdown;

describe('the standard tables in the editor', () => {
  describe('hover on a code', () => {
    it('names a 项 as that year\'s catalogue does, with its level, its parent and the row\'s share of it', () => {
      const needle = 'code: 2210201, name: 住房公积金, amount: 177600.00, basic: 177600.00, project: 0 }\n  appropriation';
      assert.equal(hover(Y2025, needle, 7), '**2210201 住房公积金**\n\n2025年支出功能分类科目 · 项\n\n上级科目：22102 住房改革支出\n\n本行 177600\\.00元，占上级科目 22102 住房改革支出 100\\.00%');
      assert.equal(hover(Y2025, needle, 7, 'en'), '**2210201 住房公积金**\n\n2025 function classification · item \\(项\\)\n\nparent\\: 22102 住房改革支出\n\nthis row 177600\\.00 元, 100\\.00% of its parent 22102 住房改革支出');
    });

    it('gives a 类 row its share of the table\'s total and its change and rate against last year, computed', () => {
      const needle = 'code: 221, name: 住房保障支出, amount: 177600.00, basic: 177600.00, project: 0, previous';
      assert.equal(hover(Y2025, needle, 7), '**221 住房保障支出**\n\n2025年支出功能分类科目 · 类\n\n本行 177600\\.00元，占表五（一般公共预算支出表）合计 5\\.50%；上年 184600\\.00元，增减 \\-7000\\.00元，增减率 \\-3\\.79%');
      // A wrong share and rate written: the hover still says what the figures give.
      const wrong = Y2025.replace('changeRate: -3.79%, share: 5.50%', 'changeRate: -3.70%, share: 5.00%');
      assert.match(hover(wrong, needle, 7)!, /占表五（一般公共预算支出表）合计 5\\\.50%；上年 184600\\\.00元，增减 \\-7000\\\.00元，增减率 \\-3\\\.79%$/);
    });

    it('names an economic 款 and its parent in the economic classification', () => {
      assert.equal(hover(STATISTICS, 'code: 30113', 7), '**30113 住房公积金**\n\n2024年部门预算支出经济分类科目 · 款\n\n上级科目：301 工资福利支出\n\n本行 177600\\.00元，占上级科目 301 工资福利支出 8\\.55%');
    });

    it('says when the year\'s catalogue cannot tell, and shows the name the table gives', () => {
      assert.equal(hover(STATISTICS, 'code: 2210201', 7), '**2210201**\n\n2024年支出功能分类科目 · 项\n\n2024年的项级科目收录不全，无法核对\n\n表中名称：住房公积金\n\n上级科目：22102\n\n本行 177600\\.00元，占上级科目 22102 住房改革支出 100\\.00%');
    });

    it('names the catalogue\'s name beside a different one in the table, and a parent the table lacks', () => {
      const text = Y2025.replace('{ code: 22102, name: 住房改革支出, amount: 177600.00, basic: 177600.00, project: 0 }\n      - { code: 2210201, name: 住房公积金', '{ code: 2210201, name: 公积金');
      assert.equal(hover(text, 'code: 2210201, name: 公积金', 7), '**2210201 住房公积金**\n\n2025年支出功能分类科目 · 项\n\n表中名称：公积金\n\n上级科目：22102 住房改革支出（表中没有）\n\n本行 177600\\.00元，占上级科目 221 住房保障支出 100\\.00%');
    });
  });

  describe('hover on a share or a rate', () => {
    it('gives the share the figures give, ✓ when the written one agrees', () => {
      assert.equal(hover(STATISTICS, 'share: 79.36%', 8), '**按金额计算的占比** · 201 一般公共服务支出 ÷ 表五（一般公共预算支出表）合计\n\n`2560345.60 ÷ 3226345.60 = 79.3575%` ✓');
      assert.equal(hover(STATISTICS, 'share: 80.16%, change', 8, 'en'), '**Share from the figures** · basic expenditure ÷ total expenditure\n\n`258.63 ÷ 322.63 = 80.1630%` ✓');
    });

    it('gives the right share when the written one is wrong', () => {
      const text = STATISTICS.replace('share: 79.36%', 'share: 79.63%');
      assert.equal(hover(text, 'share: 79.63%', 8), '**按金额计算的占比** · 201 一般公共服务支出 ÷ 表五（一般公共预算支出表）合计\n\n`2560345.60 ÷ 3226345.60 = 79.3575%` ✗ 应为 79\\.36%');
    });

    it('gives the rate of overview.changeRate from the overview\'s figures', () => {
      assert.equal(hover(STATISTICS, 'changeRate: { total: 3.91% }', 22), '**按金额计算的增减率**\n\n`(322.63 − 310.50) ÷ 310.50 = 3.9066%` ✓');
    });

    it('gives a table row\'s rate from last year less the change when last year is not written', () => {
      const text = STATISTICS.replace('previous: 2452000.00, change: 108345.60, changeRate: 4.42%', 'change: 108345.60, changeRate: 4.24%');
      assert.equal(hover(text, 'changeRate: 4.24%', 12), '**按金额计算的增减率**\n\n`(2560345.60 − 2452000.00) ÷ 2452000.00 = 4.4187%` ✗ 应为 4\\.42%');
    });
  });

  describe('completion of codes', () => {
    const completions = (text: string, needle: string) => {
      const result = check(text);
      return completionsAt(result, offsetOf(text, needle, needle.length), 'zh-CN').map((c) => ({
        label: c.label, detail: c.detail, insertText: c.insertText, replaced: text.slice(c.replace.start, c.replace.end),
        edits: (c.additionalEdits ?? []).map((e) => [text.slice(e.span.start, e.span.end), e.newText]),
      }));
    };

    it('offers 2210201 for 住房公积金 typed in a code, the name written with it', () => {
      const text = Y2025.replace(ROW_2210201, '      - { code: 住房公积金, amount: 177600.00, basic: 177600.00, project: 0 }\n  appropriation');
      assert.deepEqual(completions(text, '- { code: 住房公积金'), [
        { label: '2210201 住房公积金', detail: '项级科目', insertText: '2210201, name: 住房公积金', replaced: '住房公积金', edits: [] },
      ]);
    });

    it('offers the codes a number starts, in code order, and writes a name line under a block row\'s code', () => {
      const text = Y2025.replace(ROW_2210201, '      - code: 22102\n  appropriation');
      assert.deepEqual(completions(text, '- code: 22102').map((c) => [c.label, c.insertText]), [
        ['22102 住房改革支出', '22102\n        name: 住房改革支出'], ['2210201 住房公积金', '2210201\n        name: 住房公积金'], ['2210203 购房补贴', '2210203\n        name: 购房补贴'],
      ]);
    });

    it('rewrites the row\'s name to the catalogue\'s when the row has one, a name matching exactly first', () => {
      const text = Y2025.replace(ROW_2210201, '      - { code: 住房, name: 公积金, amount: 177600.00 }\n  appropriation');
      assert.deepEqual(completions(text, '- { code: 住房').slice(0, 3), [
        { label: '221 住房保障支出', detail: '类级科目', insertText: '221', replaced: '住房', edits: [['公积金', '住房保障支出']] },
        { label: '22102 住房改革支出', detail: '款级科目', insertText: '22102', replaced: '住房', edits: [['公积金', '住房改革支出']] },
        { label: '2210201 住房公积金', detail: '项级科目', insertText: '2210201', replaced: '住房', edits: [['公积金', '住房公积金']] },
      ]);
    });

    it('offers economic codes in 表六 and none outside the tables\' codes', () => {
      const text = STATISTICS.replace('{ code: 30113, name: 住房公积金', '{ code: 住房公积金, name: 住房公积金');
      assert.deepEqual(completions(text, '{ code: 住房公积金').map((c) => [c.label, c.insertText, c.edits]), [['30113 住房公积金', '30113', []]]);
      assert.deepEqual(completions(STATISTICS, '{ code: 30113, name: 住房公积金, amount: 1776'), []);
    });
  });

  it('outlines the tables in the template\'s order, each coded table\'s rows under their parents', () => {
    const tree = (e: OutlineEntry): unknown => (e.children.length ? [e.name, e.children.map(tree)] : e.name);
    const tables = outline(check(STATISTICS), 'zh-CN').at(-1)!;
    assert.deepEqual([tables.name, tables.detail, tables.kind], ['部门预算公开表', 'tables', 'section']);
    assert.deepEqual(tables.children.map((t) => [t.name, t.kind]), [
      ['表一 部门收支总表', 'table'], ['表二 部门收入总表', 'table'], ['表三 部门支出总表', 'table'], ['表四 财政拨款收支总表', 'table'], ['表五 一般公共预算支出表', 'table'],
      ['表六 一般公共预算基本支出表', 'table'], ['表八 政府性基金预算支出表', 'table'], ['表九 国有资本经营预算支出表', 'table'],
    ]);
    assert.deepEqual(tree(tables.children[2]!.children.at(-1)!), ['221 住房保障支出', [['22102 住房改革支出', ['2210201 住房公积金']]]]);
    assert.deepEqual(tables.children[3]!.children.map((r) => [r.name, r.detail, r.kind]), [
      ['201 一般公共服务支出', '2560345.60', 'row'], ['208 社会保障和就业支出', '355200.00', 'row'], ['210 卫生健康支出', '133200.00', 'row'], ['221 住房保障支出', '177600.00', 'row'],
    ]);
  });

  it('shows computed shares beside amounts only when asked, at the written share\'s decimals, else hundredths', () => {
    const result = check(STATISTICS);
    assert.deepEqual(shareHints(result, 'off', 'zh-CN'), []);
    const hints = shareHints(result, 'all', 'zh-CN');
    // The hint of the amount a needle ends with.
    const at = (needle: string) => hints.find((h) => h.offset === offsetOf(STATISTICS, needle, needle.length));
    assert.deepEqual(at('{ name: 财政拨款收入, amount: 322.63'), { offset: offsetOf(STATISTICS, '{ name: 财政拨款收入, amount: 322.63', 30), label: '占 100%', tooltip: '财政拨款收入 ÷ 收入总计' });
    assert.deepEqual(at('{ code: 208, name: 社会保障和就业支出, amount: 355200.00')?.label, '占 11.01%');
    assert.deepEqual(at('{ code: 30113, name: 住房公积金, amount: 177600.00')?.label, '占 8.55%');
    assert.equal(shareHints(result, 'all', 'en').find((h) => h.label.startsWith('8.55%'))?.label, '8.55% share');
    assert.deepEqual([resolveSettings({}).inlayHints.shares, resolveSettings({ inlayHints: { shares: 'all' } }).inlayHints.shares, resolveSettings({ inlayHints: { shares: 'some' } }).inlayHints.shares], ['off', 'all', 'off']);
  });
});
