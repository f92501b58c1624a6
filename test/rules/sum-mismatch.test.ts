import { strict as assert } from 'assert';
import { assertFixed, consistentWith, findings, fixture, pin } from '../helpers';

const INCOME = `    total: 3200.00
    items:
      - { name: 财政拨款收入, amount: 3000.00 }
      - { name: 其他收入, amount: 200.00 }`;

/** The consistent fixture with its income block rewritten. */
function income(total: string, ...amounts: string[]): string {
  return consistentWith(INCOME, [`    total: ${total}`, '    items:', ...amounts.map((a, i) => `      - { name: 收入${i + 1}, amount: ${a} }`)].join('\n'));
}

/** 综合协调 (performance.activities[0].children[0]) given two children of its own: a tree three levels deep. */
function grandchildren(a: string, b: string): string {
  return consistentWith(`              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }
        - name: 会议管理`, `              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }
          children:
            - { name: 文件运转, budget: ${a} }
            - { name: 督察督办, budget: ${b} }
        - name: 会议管理`);
}

describe('sum-mismatch', () => {
  describe('valid', () => {
    it('finds nothing in a document where every figure agrees', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'sum-mismatch'), []);
    });

    it('adds 12000.60 + 700.00 + 150.00 to exactly 12850.60, with no float noise', () => {
      const text = income('12850.60', '12000.60', '700.00', '150.00');
      assert.deepEqual(findings(text, 'sum-mismatch'), []);
      assert.deepEqual(findings(text, 'rounding'), []);
    });

    it('leaves 100.00 against 33.33 + 33.33 + 33.33 to the rounding rule', () => {
      assert.deepEqual(findings(income('100.00', '33.33', '33.33', '33.33'), 'sum-mismatch'), []);
    });

    it('accepts a 三公 previous-year total when a row has no previous figure and the known rows stay below it', () => {
      assert.deepEqual(findings(consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 0 }'), 'sum-mismatch'), []);
    });

    it('accepts a 三公 previous-year total when a row gives its last year by its change alone', () => {
      assert.deepEqual(findings(consistentWith('    previous: 25\n', ''), 'sum-mismatch'), []);
    });

    it('accepts a 三公 previous-year total when a row\'s change would make its last year negative: that row is unknown', () => {
      assert.deepEqual(findings(consistentWith('    previous: 25\n    change: -1\n', '    change: 30\n').replace('previous: 43,', 'previous: 30,'), 'sum-mismatch'), []);
    });

    it('accepts a row whose sources split across general budget and fund budget', () => {
      assert.deepEqual(findings(consistentWith('sources: { general: 24 }', 'sources: { general: 20, fund: 4 }'), 'sum-mismatch'), []);
    });

    it('accepts 三公 source columns that add up over the rows, once every row states its sources', () => {
      const text = consistentWith('overseas: { amount: 10, previous: 10, change: 0, changeRate: 0% }', 'overseas: { amount: 10, previous: 10, change: 0, changeRate: 0%, sources: { general: 10 } }')
        .replace('changeRate: -25%, sources: { general: 6 } }', 'changeRate: -25%, sources: { fund: 6 } }')
        .replace('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 34, fund: 6 } }');
      assert.deepEqual(findings(text, 'sum-mismatch'), []);
    });

    it('accepts a tree three levels deep whose budgets add up at every level', () => {
      assert.deepEqual(findings(grandchildren('500.00', '37.00'), 'sum-mismatch'), []);
    });
  });

  describe('invalid', () => {
    it('flags a 三公 total source column that no row fills (empty cells are zero), once every row states its sources', () => {
      const rows = consistentWith('overseas: { amount: 10, previous: 10, change: 0, changeRate: 0% }', 'overseas: { amount: 10, previous: 10, change: 0, changeRate: 0%, sources: { general: 10 } }');
      const text = rows.replace('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 35, fund: 5 } }');
      // 5 of the general budget moved into the fund column in the total row alone: both columns are wrong.
      const [general, fund, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual([general!.path, general!.expected, general!.found], ['threePublicExpenses.total.sources.general', '40', '35']);
      assert.deepEqual(pin(fund!), {
        rule: 'sum-mismatch', severity: 'error', path: 'threePublicExpenses.total.sources.fund', range: '43:97-43:98',
        zh: '合计行基金预算 5 与各行基金预算合计 0 不符（差 5）', en: 'The total\'s fund budget 5 does not match the rows\' fund budget 0 (difference 5)',
      });
      assert.deepEqual([fund!.expected, fund!.found, fund!.related], ['0', '5', []]);
      // With one row's sources unknown, the column cannot be summed.
      assert.deepEqual(findings(consistentWith('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 35, fund: 5 } }'), 'sum-mismatch'), []);
    });

    it('flags 1518.81 against children summing to 1039.81', () => {
      const text = consistentWith('budget: 587.00', 'budget: 1518.81').replace('budget: 50.00', 'budget: 502.81');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'performance.activities[0].budget', range: '51:15-51:22',
        zh: '预算数 1518.81 与下级合计 1039.81 不符（差 479.00）',
        en: 'Budget 1518.81 does not match the sum of its children 1039.81 (difference 479.00)',
      });
      assert.equal(f!.expected, '1039.81');
      assert.equal(f!.found, '1518.81');
      assert.deepEqual(f!.related?.map((r) => [r.path, r.message.zh]), [
        ['performance.activities[0].children[0].budget', '综合协调 537.00'],
        ['performance.activities[0].children[1].budget', '会议管理 502.81'],
      ]);
      const fixed = assertFixed(text, f!);
      assert.equal(fixed, text.replace('budget: 1518.81', 'budget: 1039.81'));
      assert.deepEqual(findings(fixed, 'sum-mismatch'), []);
    });

    it('flags a parent at depth 2 whose own children, at depth 3, sum to 530.00 against 537.00', () => {
      const text = grandchildren('500.00', '30.00');
      assert.deepEqual(findings(text, 'sum-mismatch').map(pin), [{
        rule: 'sum-mismatch', severity: 'error', path: 'performance.activities[0].children[0].budget', range: '56:19-56:25',
        zh: '预算数 537.00 与下级合计 530.00 不符（差 7.00）',
        en: 'Budget 537.00 does not match the sum of its children 530.00 (difference 7.00)',
      }]);
      const fixed = assertFixed(text, findings(text, 'sum-mismatch')[0]!);
      // The fix moves the mismatch one level up: 530.00 + 50.00 against 587.00.
      assert.deepEqual(findings(fixed, 'sum-mismatch').map((f) => f.path), ['performance.activities[0].budget']);
    });

    it('flags an income total of 12850.00 against items adding up to 12850.60', () => {
      const text = income('12850.00', '12000.60', '700.00', '150.00');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'overview.income.total', range: '16:12-16:20',
        zh: '收入总计 12850.00 与各项收入合计 12850.60 不符（差 -0.60）',
        en: 'Income total 12850.00 does not match the sum of the income items 12850.60 (difference -0.60)',
      });
      assert.deepEqual([f!.expected, f!.found], ['12850.60', '12850.00']);
      assertFixed(text, f!);
    });

    it('flags 100.10 against 33.33 + 33.33 + 33.33: beyond what two decimals explain', () => {
      const [f] = findings(income('100.10', '33.33', '33.33', '33.33'), 'sum-mismatch');
      assert.equal(f!.message.zh, '收入总计 100.10 与各项收入合计 99.99 不符（差 0.11）');
      assert.deepEqual(findings(income('100.10', '33.33', '33.33', '33.33'), 'rounding'), []);
    });

    it('flags an expenditure total of 3200.00 against basic 2300.00 plus project 800.00', () => {
      const text = consistentWith('basic: 2400.00', 'basic: 2300.00');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'overview.expenditure.total', range: '21:12-21:19',
        zh: '支出总计 3200.00 与基本支出、项目支出合计 3100.00 不符（差 100.00）',
        en: 'Expenditure total 3200.00 does not match basic plus project expenditure 3100.00 (difference 100.00)',
      });
      assert.deepEqual([f!.expected, f!.found], ['3100.00', '3200.00']);
      assert.equal(assertFixed(text, f!), text.replace('total: 3200.00\n    basic', 'total: 3100.00\n    basic'));
    });

    it('flags a total change of 200.00 against basic 140.00 plus project 50.00', () => {
      const text = consistentWith('basic: 150.00', 'basic: 140.00');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'overview.change.total', range: '25:12-25:18',
        zh: '增减合计 200.00 与基本支出、项目支出增减合计 190.00 不符（差 10.00）',
        en: 'Total change 200.00 does not match the change of basic plus project expenditure 190.00 (difference 10.00)',
      });
      assertFixed(text, f!);
    });

    it('flags a previous-year total of 3000.00 against 2240.00 plus 750.00', () => {
      const text = consistentWith('previous: { total: 3000.00, basic: 2250.00', 'previous: { total: 3000.00, basic: 2240.00');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'overview.previous.total', range: '29:22-29:29',
        zh: '上年合计 3000.00 与上年基本支出、项目支出合计 2990.00 不符（差 10.00）',
        en: 'Previous-year total 3000.00 does not match last year\'s basic plus project expenditure 2990.00 (difference 10.00)',
      });
      assertFixed(text, f!);
    });

    it('flags a 三公 total of 50 against its four rows summing to 40', () => {
      const text = consistentWith('total: { amount: 40,', 'total: { amount: 50,').replace('sources: { general: 40 }', 'sources: { general: 50 }');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'threePublicExpenses.total.amount', range: '43:20-43:22',
        zh: '三公经费合计 50 与各行合计 40 不符（差 10）',
        en: 'The three public expenses total 50 does not match the sum of its rows 40 (difference 10)',
      });
      assert.deepEqual(f!.related?.map((r) => r.message.zh), ['因公出国（境）费 10', '公务用车购置费 0', '公务用车运行维护费 24', '公务接待费 6']);
      assertFixed(text, f!);
    });

    it('flags a 三公 previous-year total of 50 against the rows\' previous figures summing to 43', () => {
      const text = consistentWith('previous: 43,', 'previous: 50,');
      assert.deepEqual(findings(text, 'sum-mismatch').map(pin), [{
        rule: 'sum-mismatch', severity: 'error', path: 'threePublicExpenses.total.previous', range: '43:34-43:36',
        zh: '三公经费上年合计 50 与各行上年数合计 43 不符（差 7）',
        en: 'The previous-year total of the three public expenses 50 does not match the sum of the rows\' previous-year figures 43 (difference 7)',
      }]);
    });

    it('flags a 三公 previous-year total of 50 against 43, taking a row\'s last year as its amount less its change', () => {
      // 车辆运行费 has no previous: its last year is 24 − (−1) = 25, as the rate rule and the rendered page read it.
      const text = consistentWith('    previous: 25\n', '').replace('previous: 43,', 'previous: 50,');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'threePublicExpenses.total.previous', range: '42:34-42:36',
        zh: '三公经费上年合计 50 与各行上年数合计 43 不符（差 7）',
        en: 'The previous-year total of the three public expenses 50 does not match the sum of the rows\' previous-year figures 43 (difference 7)',
      });
      assert.deepEqual(f!.related?.map((r) => [r.path, r.message.zh]), [
        ['threePublicExpenses.overseas.previous', '因公出国（境）费 10'],
        ['threePublicExpenses.vehiclePurchase.previous', '公务用车购置费 0'],
        ['threePublicExpenses.vehicleOperation.change', '公务用车运行维护费（本年 24 减增减 -1） 25'],
        ['threePublicExpenses.reception.previous', '公务接待费 8'],
      ]);
    });

    it('flags known previous figures above the 三公 previous total even when a row lacks its previous figure, with no fix', () => {
      const text = consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 0 }').replace('previous: 43,', 'previous: 30,');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'threePublicExpenses.total.previous', range: '43:34-43:36',
        zh: '三公经费上年合计 30 小于已知各行上年数合计 43（差 13）',
        en: 'The previous-year total of the three public expenses 30 is less than the sum of the rows\' previous-year figures known so far, 43 (short by 13)',
      });
      assert.deepEqual([f!.expected, f!.found, f!.fix], ['≥ 43', '30', undefined]);
      assert.deepEqual(f!.related?.map((r) => r.path), ['threePublicExpenses.overseas.previous', 'threePublicExpenses.vehicleOperation.previous', 'threePublicExpenses.reception.previous']);
    });

    it('flags a row amount of 24 against sources summing to 20', () => {
      const text = consistentWith('sources: { general: 24 }', 'sources: { general: 20 }');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'threePublicExpenses.vehicleOperation.amount', range: '37:13-37:15',
        zh: '公务用车运行维护费金额 24 与资金来源合计 20 不符（差 4）',
        en: 'The amount of vehicle operation 24 does not match the sum of its sources 20 (difference 4)',
      });
      assertFixed(text, f!);
    });

    it('flags the 三公 total\'s general-budget column of 40 against the rows\' general budget summing to 34', () => {
      const text = consistentWith('overseas: { amount: 10, previous: 10, change: 0, changeRate: 0% }', 'overseas: { amount: 10, previous: 10, change: 0, changeRate: 0%, sources: { general: 10 } }')
        .replace('changeRate: -25%, sources: { general: 6 } }', 'changeRate: -25%, sources: { fund: 6 } }');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'threePublicExpenses.total.sources.general', range: '43:87-43:89',
        zh: '合计行一般预算 40 与各行一般预算合计 34 不符（差 6）',
        en: 'The total\'s general budget 40 does not match the rows\' general budget 34 (difference 6)',
      });
      assertFixed(text, f!);
    });

    it('flags a procurement total of 100 against items summing to 105', () => {
      const text = consistentWith('total: 105', 'total: 100');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'procurement.total', range: '77:10-77:13',
        zh: '政府采购预算 100 与各项合计 105 不符（差 -5）',
        en: 'Procurement total 100 does not match the sum of the items 105 (difference -5)',
      });
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
    });

    it('flags total assets of 1300 against asset classes summing to 1200', () => {
      const text = consistentWith('total: 1200', 'total: 1300');
      const [f, ...rest] = findings(text, 'sum-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'sum-mismatch', severity: 'error', path: 'assets.total', range: '83:10-83:14',
        zh: '资产合计 1300 与各类资产合计 1200 不符（差 100）',
        en: 'Total assets 1300 does not match the sum of the asset classes 1200 (difference 100)',
      });
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
    });
  });

  describe('options', () => {
    const text = consistentWith('total: 105', 'total: 100');

    it('reports at the severity the user sets', () => {
      assert.deepEqual(findings(text, 'sum-mismatch', { rules: { 'sum-mismatch': 'warning' } }).map((f) => f.severity), ['warning']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, 'sum-mismatch', { rules: { 'sum-mismatch': 'off' } }), []);
    });

    it('is silenced on the next line by # budget-disable-next-line sum-mismatch', () => {
      assert.deepEqual(findings(text.replace('  total: 100', '  # budget-disable-next-line sum-mismatch\n  total: 100'), 'sum-mismatch'), []);
    });
  });
});
