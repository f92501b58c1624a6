import { strict as assert } from 'assert';
import { assertFixed, consistentWith, findings, fixture, pin } from '../helpers';

describe('asof-date', () => {
  describe('valid', () => {
    it('accepts 2018-12-31 for the 2019 budget', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'asof-date'), []);
    });

    it('accepts the date unquoted', () => {
      assert.deepEqual(findings(consistentWith("asOf: '2018-12-31'", 'asOf: 2018-12-31'), 'asof-date'), []);
    });

    it('says nothing without an assets section', () => {
      assert.deepEqual(findings(consistentWith("assets:\n  asOf: '2018-12-31'\n  total: 1200\n  items:\n    - { name: 房屋及构筑物, amount: 1000 }\n    - { name: 汽车, amount: 200 }\n", ''), 'asof-date'), []);
    });

    it('leaves a date not written YYYY-MM-DD to schema', () => {
      const text = consistentWith("asOf: '2018-12-31'", 'asOf: 2018/12/31');
      assert.deepEqual(findings(text, 'asof-date'), []);
      assert.deepEqual(findings(text, 'schema').map((f) => f.path), ['assets.asOf']);
    });
  });

  describe('invalid', () => {
    it('flags 2019-12-31 for the 2019 budget: the end of the budget year itself', () => {
      const text = consistentWith("asOf: '2018-12-31'", "asOf: '2019-12-31'");
      const [f, ...rest] = findings(text, 'asof-date');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'asof-date', severity: 'warning', path: 'assets.asOf', range: '82:9-82:21',
        zh: '资产截止日期 2019-12-31 应为预算年度的上年末 2018-12-31',
        en: 'The assets date 2019-12-31 should be the last day of the year before the budget year, 2018-12-31',
      });
      assert.deepEqual([f!.expected, f!.found], ['2018-12-31', '2019-12-31']);
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
    });

    it('flags a mid-year date, and its fix keeps the double quotes', () => {
      const text = consistentWith("asOf: '2018-12-31'", 'asOf: "2018-06-30"');
      const [f] = findings(text, 'asof-date');
      assert.equal(f!.message.zh, '资产截止日期 2018-06-30 应为预算年度的上年末 2018-12-31');
      assert.equal(assertFixed(text, f!), consistentWith("asOf: '2018-12-31'", 'asOf: "2018-12-31"'));
    });

    it('flags an unquoted 2017-12-31, and its fix writes 2018-12-31 unquoted', () => {
      const text = consistentWith("asOf: '2018-12-31'", 'asOf: 2017-12-31');
      const [f] = findings(text, 'asof-date');
      assert.equal(f!.range.start.character + 1, 9);
      assert.equal(assertFixed(text, f!), consistentWith("asOf: '2018-12-31'", 'asOf: 2018-12-31'));
    });

    it('follows the budget year: 2018-12-31 is wrong for 2020', () => {
      assert.deepEqual(findings(consistentWith('year: 2019', 'year: 2020'), 'asof-date').map((f) => f.expected), ['2019-12-31']);
    });
  });

  describe('options', () => {
    const text = consistentWith("asOf: '2018-12-31'", "asOf: '2019-12-31'");

    it('can be raised to an error', () => {
      assert.deepEqual(findings(text, 'asof-date', { rules: { 'asof-date': 'error' } }).map((f) => f.severity), ['error']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, 'asof-date', { rules: { 'asof-date': 'off' } }), []);
    });

    it('is silenced by # budget-disable-next-line asof-date', () => {
      assert.deepEqual(findings(text.replace("  asOf: '2019-12-31'", "  # budget-disable-next-line asof-date\n  asOf: '2019-12-31'"), 'asof-date'), []);
    });

    it('is silenced by a bare # budget-disable-next-line, but not by one naming another rule', () => {
      assert.deepEqual(findings(text.replace("  asOf: '2019-12-31'", "  # budget-disable-next-line\n  asOf: '2019-12-31'"), 'asof-date'), []);
      assert.equal(findings(text.replace("  asOf: '2019-12-31'", "  # budget-disable-next-line schema\n  asOf: '2019-12-31'"), 'asof-date').length, 1);
    });
  });
});
