import { strict as assert } from 'assert';
import { consistentWith, findings, fixture, pin } from '../helpers';

const INCOME = `    total: 3200.00
    items:
      - { name: 财政拨款收入, amount: 3000.00 }
      - { name: 其他收入, amount: 200.00 }`;

function income(total: string, ...amounts: string[]): string {
  return consistentWith(INCOME, [`    total: ${total}`, '    items:', ...amounts.map((a, i) => `      - { name: 收入${i + 1}, amount: ${a} }`)].join('\n'));
}

describe('rounding', () => {
  describe('valid', () => {
    it('finds nothing in a document where every figure agrees', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'rounding'), []);
    });

    it('says nothing when 12000.60 + 700.00 + 150.00 equals 12850.60 exactly', () => {
      assert.deepEqual(findings(income('12850.60', '12000.60', '700.00', '150.00'), 'rounding'), []);
    });

    it('leaves a difference beyond stated precision to sum-mismatch', () => {
      const text = income('100.10', '33.33', '33.33', '33.33');
      assert.deepEqual(findings(text, 'rounding'), []);
      assert.deepEqual(findings(text, 'sum-mismatch').map((f) => f.path), ['overview.income.total']);
    });

    it('says nothing about a total whose parts are only partly known', () => {
      const text = consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 0 }').replace('previous: 43,', 'previous: 44,');
      assert.deepEqual(findings(text, 'rounding').filter((f) => f.path === 'threePublicExpenses.total.previous'), []);
    });
  });

  describe('invalid', () => {
    it('notes 100.00 against 33.33 + 33.33 + 33.33 as rounding, an info and not an error', () => {
      const text = income('100.00', '33.33', '33.33', '33.33');
      const [f, ...rest] = findings(text, 'rounding');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'rounding', severity: 'info', path: 'overview.income.total', range: '16:12-16:18',
        zh: '收入总计 100.00 与各项收入合计 99.99 相差 0.01，在所写小数位的舍入误差之内（±0.02）',
        en: 'Income total 100.00 differs from the sum of the income items 99.99 by 0.01, within the rounding of the figures as written (±0.02)',
      });
      assert.deepEqual([f!.expected, f!.found, f!.fix], ['99.99', '100.00', undefined]);
      assert.deepEqual(f!.related?.map((r) => r.message.zh), ['收入1 33.33', '收入2 33.33', '收入3 33.33']);
      assert.deepEqual(findings(text, 'sum-mismatch'), []);
    });

    it('notes 587.00 against 536.99 + 50.00 in the activity tree, within ±0.015', () => {
      assert.deepEqual(findings(consistentWith('budget: 537.00', 'budget: 536.99'), 'rounding').map(pin), [{
        rule: 'rounding', severity: 'info', path: 'performance.activities[0].budget', range: '51:15-51:21',
        zh: '预算数 587.00 与下级合计 586.99 相差 0.01，在所写小数位的舍入误差之内（±0.015）',
        en: 'Budget 587.00 differs from the sum of its children 586.99 by 0.01, within the rounding of the figures as written (±0.015)',
      }]);
    });

    it('takes whole numbers as stated to ±0.5 each: a 三公 total of 41 against rows summing to 40 is within ±2.5', () => {
      const text = consistentWith('total: { amount: 40,', 'total: { amount: 41,').replace('sources: { general: 40 }', 'sources: { general: 41 }');
      assert.deepEqual(findings(text, 'rounding').map(pin), [
        {
          rule: 'rounding', severity: 'info', path: 'threePublicExpenses.total.amount', range: '43:20-43:22',
          zh: '三公经费合计 41 与各行合计 40 相差 1，在所写小数位的舍入误差之内（±2.5）',
          en: 'The three public expenses total 41 differs from the sum of its rows 40 by 1, within the rounding of the figures as written (±2.5)',
        },
        {
          rule: 'rounding', severity: 'info', path: 'threePublicExpenses.total.change', range: '43:46-43:48',
          zh: '三公经费合计增减 -3 与本年减上年 -2 相差 -1，在所写小数位的舍入误差之内（±1.5）',
          en: 'The change of the three public expenses total -3 differs from this year minus last year -2 by -1, within the rounding of the figures as written (±1.5)',
        },
      ]);
    });

    it('compares a total written to whole units with parts written to cents at each one\'s own precision', () => {
      const text = income('100', '33.33', '33.33', '33.33');
      assert.deepEqual(findings(text, 'rounding').map((f) => f.message.zh), ['收入总计 100 与各项收入合计 99.99 相差 0.01，在所写小数位的舍入误差之内（±0.515）']);
    });
  });

  describe('options', () => {
    const text = income('100.00', '33.33', '33.33', '33.33');

    it('can be raised to a warning', () => {
      assert.deepEqual(findings(text, 'rounding', { rules: { rounding: 'warning' } }).map((f) => f.severity), ['warning']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, 'rounding', { rules: { rounding: 'off' } }), []);
    });

    it('is silenced on the next line by # budget-disable-next-line rounding', () => {
      assert.deepEqual(findings(text.replace('    total: 100.00', '    # budget-disable-next-line rounding\n    total: 100.00'), 'rounding'), []);
    });
  });
});
