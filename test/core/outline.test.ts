import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check/check';
import { definitionAt } from '../../server/src/core/features/definition';
import { folds } from '../../server/src/core/features/folding';
import { fixAllEdits } from '../../server/src/core/check/fix-all';
import { sumHints } from '../../server/src/core/features/inlay-hints';
import { limitOutline, outline, type OutlineEntry } from '../../server/src/core/features/outline';
import { resolveSettings } from '../../server/src/core/config/settings';
import { applyFix, consistentWith, fixture } from '../helpers';

const consistent = fixture('consistent.budget.yaml');
const tree = (e: OutlineEntry): unknown => (e.children.length ? [e.name, e.children.map(tree)] : e.name);

describe('outline, folding, definition, sums and fix-all', () => {
  it('outlines the nine sections in document order, and the activity tree under 绩效预算信息', () => {
    const entries = outline(check(consistent), 'zh-CN');
    assert.deepEqual(entries.map(tree), ['部门主要职责及机构设置', '部门预算安排总体情况', '机关运行经费安排情况', '财政拨款“三公”经费',
      ['绩效预算信息', [['政务服务', ['综合协调', '会议管理']], '审计业务']], '政府采购信息', '国有资产信息', '名词解释', '其他需要说明的事项']);
    assert.deepEqual(outline(check(consistent), 'en').slice(0, 2).map((e) => [e.name, e.detail]), [['duties and organisation', 'organization'], ['budget overview', 'overview']]);
  });

  it('keeps the first items breadth first past a limit: the sections, then the activities, then their children', () => {
    const entries = outline(check(consistent), 'zh-CN');
    const names = (limit: number) => {
      const { entries: kept, total } = limitOutline(entries, limit);
      return [total, kept.find((e) => e.detail === 'performance')?.children.map(tree), kept.length];
    };
    // 9 sections, 2 activities, 2 children: 13.
    assert.deepEqual(names(13), [13, [['政务服务', ['综合协调', '会议管理']], '审计业务'], 9]);
    assert.equal(limitOutline(entries, 13).entries, entries);
    assert.deepEqual(names(12), [13, [['政务服务', ['综合协调']], '审计业务'], 9]);
    assert.deepEqual(names(11), [13, ['政务服务', '审计业务'], 9]);
    assert.deepEqual(names(10), [13, ['政务服务'], 9]);
    assert.deepEqual(names(9), [13, [], 9]);
    assert.deepEqual(names(4), [13, undefined, 4]);
    assert.deepEqual(limitOutline(entries, 0).entries, []);
  });

  it('reads budget.outline.maxItems as a whole number of items, 0 or more, else 5,000', () => {
    const read = (maxItems: unknown) => resolveSettings({ outline: { maxItems } }).outline.maxItems;
    assert.deepEqual([resolveSettings({}).outline.maxItems, read(10), read(0), read(-1), read(2.5), read('10'), read(null)], [5000, 10, 0, 5000, 5000, 5000, 5000]);
  });

  it('still outlines a document with a syntax error below', () => {
    const entries = outline(check(consistent.replace('notes:\n', 'notes: [\n')), 'zh-CN');
    assert.ok(entries.length >= 5);
  });

  it('folds the activity 政务服务 from its dash to its last indicator', () => {
    const lines = consistent.split('\n');
    const start = lines.indexOf('    - name: 政务服务');
    const end = lines.findIndex((l, i) => i > start && l === '    - name: 审计业务') - 1;
    assert.ok(folds(check(consistent)).some((f) => f.startLine === start && f.endLine === end));
  });

  it('folds the sections, not the document as a whole', () => {
    const all = folds(check(consistent));
    const lines = consistent.split('\n');
    assert.deepEqual(all[0], { startLine: lines.indexOf('organization:'), endLine: lines.indexOf('overview:') - 1 });
    assert.ok(!all.some((f) => f.startLine === lines.indexOf('budget: 1')));
  });

  it("keeps, past the client's limit, the folds VS Code would keep: the outer levels whole, then the first of the next", () => {
    const result = check(consistent);
    const lines = consistent.split('\n');
    const keys = (list: readonly { startLine: number }[]) => list.map((f) => lines[f.startLine]!.trim());
    const sections = ['organization:', 'overview:', 'operatingExpenses:', 'threePublicExpenses:', 'performance:', 'procurement:', 'assets:', 'glossary:', 'notes:'];
    assert.equal(folds(result).length, 31);
    assert.deepEqual(folds(result, 31), folds(result));
    assert.deepEqual(keys(folds(result, 9)), sections);
    // The nine sections and the first three folds inside them, in document order, each as it is unlimited.
    const twelve = folds(result, 12);
    assert.deepEqual(keys(twelve), ['organization:', 'units:', 'duties:', 'overview:', 'income:', ...sections.slice(2)]);
    assert.ok(twelve.every((f) => folds(result).some((g) => g.startLine === f.startLine && g.endLine === f.endLine)));
    assert.deepEqual(keys(folds(result, 8)), sections.slice(0, 8));
  });

  it('goes from 基本支出 in text to the document\'s glossary entry, and nowhere for built-in terms', () => {
    const result = check(consistent);
    const use = consistent.indexOf('基本支出增加');
    const entry = consistent.indexOf('基本支出, definition');
    assert.deepEqual(definitionAt(result, use + 1), { origin: { start: use, end: use + 4 }, target: { start: entry, end: entry + 4 } });
    const text = consistent.replace('基本支出增加', '项目支出增加');
    assert.equal(definitionAt(check(text), use + 1), undefined);
  });

  it('puts Σ 587.00 after a parent budget that disagrees, and a Σ after every total when asked', () => {
    const text = consistentWith('      budget: 587.00', '      budget: 600.00');
    const value = text.indexOf('600.00');
    assert.deepEqual(sumHints(check(text), 'mismatched', 'zh-CN'), [{ offset: value + 6, label: 'Σ 587.00', tooltip: '下级合计' }]);
    assert.equal(sumHints(check(text), 'off', 'zh-CN').length, 0);
    assert.ok(sumHints(check(consistent), 'all', 'zh-CN').some((h) => h.label === 'Σ 3200.00'));
  });

  it('fixes every fixable finding at once, leaving overlapping fixes for another pass', () => {
    // A figure the others show wrong (basic 2410.00 against its change and the total) and a numbering prefix; the
    // two findings on basic share one edit.
    const broken = consistentWith('basic: 2400.00', 'basic: 2410.00').replace('name: 审计业务', 'name: 三、审计业务');
    const result = check(broken);
    const edits = fixAllEdits(result.findings);
    assert.equal(edits.length, 2);
    const fixed = [...edits].reverse().reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), broken);
    assert.equal(fixed, consistent);
    const one = result.findings.find((f) => f.fix)!;
    assert.equal(fixAllEdits([one, one]).length, one.fix!.edits.length);
    assert.notEqual(applyFix(broken, one), broken);
  });
});
