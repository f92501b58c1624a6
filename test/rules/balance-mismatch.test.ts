import { strict as assert } from 'assert';
import { consistentWith, findings, fixture, pin } from '../helpers';

const INCOME = `    total: 3200.00
    items:
      - { name: 财政拨款收入, amount: 3000.00 }
      - { name: 其他收入, amount: 200.00 }`;

describe('balance-mismatch', () => {
  describe('valid', () => {
    it('finds nothing when income and expenditure totals are equal', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'balance-mismatch'), []);
    });

    it('accepts totals written to different precision that agree: 3200 and 3200.00', () => {
      const text = consistentWith('total: 3200.00\n    items', 'total: 3200\n    items');
      assert.deepEqual(findings(text, 'balance-mismatch'), []);
      assert.deepEqual(findings(text, 'rounding'), []);
    });

    it('leaves a gap within stated precision to the rounding rule', () => {
      const text = consistentWith(INCOME, INCOME.replace('total: 3200.00', 'total: 3200').replace('amount: 200.00', 'amount: 200'))
        .replace('total: 3200.00\n    basic: 2400.00', 'total: 3200.4\n    basic: 2400.4');
      assert.deepEqual(findings(text, 'balance-mismatch'), []);
      assert.deepEqual(findings(text, 'rounding').map((f) => f.message.zh), ['收入总计 3200 与支出总计 3200.4 相差 -0.4，在所写小数位的舍入误差之内（±0.55）']);
    });

    it('says nothing without an expenditure section (schema reports that)', () => {
      const text = consistentWith('  expenditure:\n    total: 3200.00\n    basic: 2400.00\n    project: 800.00\n', '');
      assert.deepEqual(findings(text, 'balance-mismatch'), []);
    });
  });

  describe('invalid', () => {
    const text = consistentWith(INCOME, INCOME.replace('total: 3200.00', 'total: 3300.00').replace('amount: 200.00', 'amount: 300.00'));

    it('flags income of 3300.00 against expenditure of 3200.00, at the income total', () => {
      const [f, ...rest] = findings(text, 'balance-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'balance-mismatch', severity: 'error', path: 'overview.income.total', range: '16:12-16:19',
        zh: '收入总计 3300.00 与支出总计 3200.00 不符（差 100.00）',
        en: 'Income total 3300.00 does not match expenditure total 3200.00 (difference 100.00)',
      });
      assert.deepEqual([f!.expected, f!.found], ['3200.00', '3300.00']);
      assert.deepEqual(f!.related?.map((r) => [r.path, r.message.zh]), [['overview.expenditure.total', '支出总计 3200.00']]);
    });

    it('offers no fix: which side is wrong is the author\'s call', () => {
      assert.equal(findings(text, 'balance-mismatch')[0]!.fix, undefined);
    });

    it('is not a sum-mismatch when each side adds up on its own', () => {
      assert.deepEqual(findings(text, 'sum-mismatch'), []);
    });
  });

  describe('options', () => {
    const text = consistentWith('total: 3200.00\n    items', 'total: 3300.00\n    items');

    it('can be lowered to a warning', () => {
      assert.deepEqual(findings(text, 'balance-mismatch', { rules: { 'balance-mismatch': 'warning' } }).map((f) => f.severity), ['warning']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, 'balance-mismatch', { rules: { 'balance-mismatch': 'off' } }), []);
    });

    it('is silenced by # budget-disable-next-line balance-mismatch, and only that rule', () => {
      const silenced = text.replace('    total: 3300.00', '    # budget-disable-next-line balance-mismatch\n    total: 3300.00');
      assert.deepEqual(findings(silenced, 'balance-mismatch'), []);
      assert.deepEqual(findings(silenced, 'sum-mismatch').map((f) => f.path), ['overview.income.total']);
    });
  });
});
