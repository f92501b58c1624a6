import { strict as assert } from 'assert';
import { consistentWith, findings, fixture, pin } from '../helpers';

const EXPENDITURE = `    total: 3200.00
    basic: 2400.00
    project: 800.00`;

describe('exceeds-total', () => {
  describe('valid', () => {
    it('finds nothing when every part stays within its whole', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'exceeds-total'), []);
    });

    it('accepts parts equal to the whole: activities adding up to exactly 3200.00', () => {
      assert.deepEqual(findings(consistentWith('budget: 213.00', 'budget: 2613.00'), 'exceeds-total'), []);
    });

    it('gives stated precision the benefit of the doubt: operating expenses of 2400.4 against basic 2400', () => {
      const text = consistentWith(EXPENDITURE, '    total: 3200\n    basic: 2400\n    project: 800').replace('amount: 320.5', 'amount: 2400.4');
      assert.deepEqual(findings(text, 'exceeds-total'), []);
    });

    it('adds up no activities when one of them fails the schema', () => {
      const text = consistentWith('budget: 213.00', 'budget: 9000.00').replace('budget: 587.00', 'budget: 五百');
      assert.deepEqual(findings(text, 'exceeds-total'), []);
    });
  });

  describe('invalid', () => {
    it('flags activities adding up to 3400.00 against total expenditure of 3200.00, at the activities key', () => {
      const text = consistentWith('budget: 213.00', 'budget: 2813.00');
      const [f, ...rest] = findings(text, 'exceeds-total');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'exceeds-total', severity: 'error', path: 'performance.activities', range: '49:3-49:13',
        zh: '职责活动预算合计 3400.00，超过支出总计 3200.00（超出 200.00）',
        en: 'The activities\' budgets add up to 3400.00, more than total expenditure 3200.00 (over by 200.00)',
      });
      assert.deepEqual([f!.expected, f!.found, f!.fix], ['≤ 3200.00', '3400.00', undefined]);
      assert.deepEqual(f!.related?.map((r) => [r.path, r.message.zh]), [['overview.expenditure.total', '支出总计 3200.00']]);
    });

    it('flags a 三公 total of 40 above total expenditure of 30.00', () => {
      const text = consistentWith(EXPENDITURE, '    total: 30.00\n    basic: 20.00\n    project: 10.00');
      assert.deepEqual(findings(text, 'exceeds-total').map(pin), [
        {
          rule: 'exceeds-total', severity: 'error', path: 'operatingExpenses.amount', range: '31:11-31:16',
          zh: '机关运行经费 320.5，超过基本支出 20.00（超出 300.50）',
          en: 'Operating expenses 320.5, more than basic expenditure 20.00 (over by 300.50)',
        },
        {
          rule: 'exceeds-total', severity: 'error', path: 'threePublicExpenses.total.amount', range: '43:20-43:22',
          zh: '三公经费合计 40，超过支出总计 30.00（超出 10.00）',
          en: 'The three public expenses total 40, more than total expenditure 30.00 (over by 10.00)',
        },
        {
          rule: 'exceeds-total', severity: 'error', path: 'performance.activities', range: '49:3-49:13',
          zh: '职责活动预算合计 800.00，超过支出总计 30.00（超出 770.00）',
          en: 'The activities\' budgets add up to 800.00, more than total expenditure 30.00 (over by 770.00)',
        },
        {
          rule: 'exceeds-total', severity: 'error', path: 'procurement.total', range: '77:10-77:13',
          zh: '政府采购预算 105，超过支出总计 30.00（超出 75.00）',
          en: 'The procurement total 105, more than total expenditure 30.00 (over by 75.00)',
        },
      ]);
    });

    it('flags a procurement total of 3305 above total expenditure of 3200.00', () => {
      const text = consistentWith('total: 105\n', 'total: 3305\n').replace('amount: 65 }', 'amount: 3265 }');
      assert.deepEqual(findings(text, 'exceeds-total').map(pin), [{
        rule: 'exceeds-total', severity: 'error', path: 'procurement.total', range: '77:10-77:14',
        zh: '政府采购预算 3305，超过支出总计 3200.00（超出 105.00）',
        en: 'The procurement total 3305, more than total expenditure 3200.00 (over by 105.00)',
      }]);
    });

    it('flags operating expenses of 2500.5 above basic expenditure of 2400.00', () => {
      const text = consistentWith('amount: 320.5', 'amount: 2500.5');
      const [f, ...rest] = findings(text, 'exceeds-total');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'exceeds-total', severity: 'error', path: 'operatingExpenses.amount', range: '31:11-31:17',
        zh: '机关运行经费 2500.5，超过基本支出 2400.00（超出 100.50）',
        en: 'Operating expenses 2500.5, more than basic expenditure 2400.00 (over by 100.50)',
      });
      assert.deepEqual([f!.expected, f!.found], ['≤ 2400.00', '2500.5']);
    });
  });

  describe('options', () => {
    const text = consistentWith('amount: 320.5', 'amount: 2500.5');

    it('can be lowered to a warning', () => {
      assert.deepEqual(findings(text, 'exceeds-total', { rules: { 'exceeds-total': 'warning' } }).map((f) => f.severity), ['warning']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, 'exceeds-total', { rules: { 'exceeds-total': 'off' } }), []);
    });

    it('is silenced by # budget-disable-next-line exceeds-total', () => {
      assert.deepEqual(findings(text.replace('  amount: 2500.5', '  # budget-disable-next-line exceeds-total\n  amount: 2500.5'), 'exceeds-total'), []);
    });
  });
});
