import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check/check';
import { hoverAt } from '../../server/src/core/features/hover';
import { consistentWith, fixture, yaml } from '../helpers';

const offsetOf = (text: string, needle: string, shift = 0) => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `no ${needle}`);
  return at + shift;
};
const hover = (text: string, needle: string, shift = 1, locale: 'zh-CN' | 'en' = 'zh-CN') => hoverAt(check(text), offsetOf(text, needle, shift), locale);

describe('hover', () => {
  const consistent = fixture('consistent.budget.yaml');

  it('explains a key by its Chinese term and meaning, in either language', () => {
    assert.equal(hover(consistent, 'basic: 2400')?.markdown, '**基本支出** · basic expenditure\n\n基本支出：保障机构正常运转、完成日常工作任务的人员支出和公用支出。\n\n`overview.expenditure.basic`');
    assert.match(hover(consistent, 'basic: 2400', 1, 'en')!.markdown, /^\*\*basic expenditure\*\* · 基本支出\n\nBasic expenditure\\: staff/);
  });

  it('shows 3200.00 = 2400.00 + 800.00 ✓ on a consistent expenditure total', () => {
    const text = consistent;
    const info = hoverAt(check(text), offsetOf(text, 'total: 3200.00\n    basic', 8), 'zh-CN');
    assert.equal(info?.markdown, '**支出总计** · 基本支出、项目支出合计\n\n`3200.00 = 2400.00 + 800.00` ✓\n\n- 基本支出: 2400.00\n- 项目支出: 800.00');
  });

  it('shows the mismatch and the difference on a wrong parent budget', () => {
    const text = consistentWith('      budget: 587.00', '      budget: 1518.81');
    const info = hover(text, '1518.81');
    assert.deepEqual(info?.span, { start: offsetOf(text, '1518.81'), end: offsetOf(text, '1518.81') + 7 });
    assert.match(info!.markdown, /`1518\.81 ≠ 537\.00 \+ 50\.00 = 587\.00` ✗ 差 931\\\.81/);
  });

  it('holds a partly known total to its known parts: ✓ when no less, ✗ with the shortfall when less', () => {
    const text = consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 0 }');
    const parts = '部分数据未填写，只能核对已知部分\n\n- 因公出国（境）费: 10\n- 公务用车运行维护费: 25\n- 公务接待费: 8';
    assert.equal(hover(text, 'previous: 43', 11)?.markdown, `**三公经费上年合计** · 各行上年数合计\n\n\`43 ≥ 10 + 25 + 8\` ✓\n\n${parts}`);
    const short = text.replace('previous: 43', 'previous: 40');
    assert.equal(hover(short, 'previous: 40', 11)?.markdown, `**三公经费上年合计** · 各行上年数合计\n\n\`40 < 10 + 25 + 8 = 43\` ✗ 差 3\n\n${parts}`);
  });

  it('shows a 三公 source column no row fills as summing to 0', () => {
    const text = consistentWith('overseas: { amount: 10, previous: 10, change: 0, changeRate: 0% }', 'overseas: { amount: 10, previous: 10, change: 0, changeRate: 0%, sources: { general: 10 } }')
      .replace('sources: { general: 40 } }', 'sources: { general: 40, fund: 5 } }');
    assert.equal(hover(text, 'fund: 5', 6)?.markdown, '**合计行基金预算** · 各行基金预算合计\n\n`5 ≠ 0` ✗ 差 5\n\n各项均未填写，合计为 0');
  });

  it('says a difference within stated precision is rounding', () => {
    const text = yaml`
      procurement:
        total: 100.00
        items:
          - { department: 办公室, name: 甲, category: 服务, amount: 33.33 }
          - { department: 办公室, name: 乙, category: 服务, amount: 33.33 }
          - { department: 办公室, name: 丙, category: 服务, amount: 33.33 }
    `;
    assert.match(hover(text, '100.00')!.markdown, /`100\.00 ≈ 33\.33 \+ 33\.33 \+ 33\.33 = 99\.99` ✓/);
  });

  it('writes a change as this year minus last year', () => {
    assert.match(hover(consistent, 'change: -1', 9)!.markdown, /`-1 = 24 − 25` ✓/);
  });

  it('gives the rate the figures give, and the right one when the written rate is wrong', () => {
    const text = consistentWith('changeRate: -4%', 'changeRate: 4%');
    assert.equal(hover(text, '4%', 0)?.markdown, '**按金额计算的增减率**\n\n`(24 − 25) ÷ 25 = -4.00%` ✗ 应为 \\-4%');
  });

  it('defines a term in text: the document\'s glossary before the built-in one, the longest match winning', () => {
    const text = consistentWith('reasons: 基本支出增加主要是人员调资。', 'reasons: 三公经费和基本支出增加。');
    assert.match(hover(text, '基本支出增加', 2)!.markdown, /^\*\*基本支出\*\*\n\n指为保障机构正常运转.*\*本文件名词解释\*$/s);
    const three = hover(text, '三公经费', 1)!;
    assert.deepEqual(three.span, { start: offsetOf(text, '三公经费'), end: offsetOf(text, '三公经费') + 4 });
    assert.match(three.markdown, /^\*\*三公经费\*\* · three public expenses/);
  });

  it('escapes text from the document so it cannot become a link or markup', () => {
    const text = yaml`
      glossary:
        - { term: 基本支出, definition: "[点此](command:workbench.action.quit) <b>x</b> **y**" }
      notes:
        - 基本支出
    `;
    assert.equal(hover(text, '- 基本支出', 3)?.markdown, '**基本支出**\n\n\\[点此\\]\\(command\\:workbench\\.action\\.quit\\) &lt;b&gt;x&lt;/b&gt; \\*\\*y\\*\\*\n\n*本文件名词解释*');
  });

  it('has nothing to say on plain text without terms, or on a comment', () => {
    assert.equal(hover(consistent, '示范区管委会'), undefined);
    assert.equal(hover(consistent, '# A small'), undefined);
  });
});
