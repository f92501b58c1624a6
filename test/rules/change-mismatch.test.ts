import { strict as assert } from 'assert';
import { assertFixed, consistentWith, findings, fixture, pin } from '../helpers';

describe('change-mismatch', () => {
  describe('valid', () => {
    it('finds nothing when every change is this year minus last year', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'change-mismatch'), []);
    });

    it('checks no overview change without overview.previous', () => {
      const text = consistentWith('  previous: { total: 3000.00, basic: 2250.00, project: 750.00 }\n', '').replace('basic: 150.00', 'basic: 999.00');
      assert.deepEqual(findings(text, 'change-mismatch'), []);
    });

    it('checks no 三公 row that lacks its previous figure', () => {
      assert.deepEqual(findings(consistentWith('previous: 25\n', '').replace('change: -1', 'change: -9'), 'change-mismatch'), []);
    });

    it('accepts a decrease written as a negative change: 24 − 25 = -1', () => {
      assert.deepEqual(findings(consistentWith('change: -1', 'change: -1.0'), 'change-mismatch'), []);
    });
  });

  describe('invalid', () => {
    it('flags a basic-expenditure change of 140.00 against 2400.00 − 2250.00 = 150.00', () => {
      const text = consistentWith('basic: 150.00', 'basic: 140.00').replace('total: 200.00', 'total: 190.00');
      const [f, ...rest] = findings(text, 'change-mismatch');
      assert.equal(rest.length, 1);
      assert.deepEqual(pin(f!), {
        rule: 'change-mismatch', severity: 'error', path: 'overview.change.total', range: '25:12-25:18',
        zh: '支出总计增减 190.00 与本年减上年 200.00 不符（差 -10.00）',
        en: 'Change of total expenditure 190.00 does not match this year minus last year 200.00 (difference -10.00)',
      });
      assert.deepEqual(pin(rest[0]!), {
        rule: 'change-mismatch', severity: 'error', path: 'overview.change.basic', range: '26:12-26:18',
        zh: '基本支出增减 140.00 与本年减上年 150.00 不符（差 -10.00）',
        en: 'Change of basic expenditure 140.00 does not match this year minus last year 150.00 (difference -10.00)',
      });
      assert.deepEqual([rest[0]!.expected, rest[0]!.found], ['150.00', '140.00']);
      assert.deepEqual(rest[0]!.related?.map((r) => [r.path, r.message.zh]), [
        ['overview.expenditure.basic', '本年 2400.00'],
        ['overview.previous.basic', '上年 2250.00'],
      ]);
      const fixed = assertFixed(text, rest[0]!);
      assert.equal(assertFixed(fixed, findings(fixed, 'change-mismatch')[0]!), fixture('consistent.budget.yaml'));
    });

    it('flags a 三公 row whose change of -2 is not 24 − 25', () => {
      const text = consistentWith('change: -1', 'change: -3');
      const [f, ...rest] = findings(text, 'change-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'change-mismatch', severity: 'error', path: 'threePublicExpenses.vehicleOperation.change', range: '39:13-39:15',
        zh: '公务用车运行维护费增减 -3 与本年减上年 -1 不符（差 -2）',
        en: 'The change of vehicle operation -3 does not match this year minus last year -1 (difference -2)',
      });
      assert.deepEqual([f!.expected, f!.found], ['-1', '-3']);
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
    });

    it('flags a change with the wrong sign: 3 where the figures fall from 43 to 40', () => {
      const text = consistentWith('change: -3,', 'change: 3,');
      assert.deepEqual(findings(text, 'change-mismatch').map(pin), [{
        rule: 'change-mismatch', severity: 'error', path: 'threePublicExpenses.total.change', range: '43:46-43:47',
        zh: '三公经费合计增减 3 与本年减上年 -3 不符（差 6）',
        en: 'The change of the three public expenses total 3 does not match this year minus last year -3 (difference 6)',
      }]);
      assert.equal(assertFixed(text, findings(text, 'change-mismatch')[0]!), fixture('consistent.budget.yaml'));
    });
  });

  describe('options', () => {
    const text = consistentWith('change: -1', 'change: -3');

    it('can be lowered to a warning', () => {
      assert.deepEqual(findings(text, 'change-mismatch', { rules: { 'change-mismatch': 'warning' } }).map((f) => f.severity), ['warning']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, 'change-mismatch', { rules: { 'change-mismatch': 'off' } }), []);
    });

    it('is silenced by # budget-disable-next-line change-mismatch', () => {
      assert.deepEqual(findings(text.replace('    change: -3', '    # budget-disable-next-line change-mismatch\n    change: -3'), 'change-mismatch'), []);
    });
  });
});
