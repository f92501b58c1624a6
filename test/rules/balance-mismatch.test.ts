import { strict as assert } from 'assert';
import { consistentWith, findings, fixture } from '../helpers';
import { ruleTester } from './tester';
import { statistics } from './support';

const INCOME = `    total: 3200.00
    items:
      - { name: 财政拨款收入, amount: 3000.00 }
      - { name: 其他收入, amount: 200.00 }`;

/** Income of 3300.00 against expenditure of 3200.00, at the income total; no fix: which side is wrong is the author's call. */
const incomeOver = {
  path: 'overview.income.total', range: '16:12-16:19',
  message: { zh: '收入总计 3300.00 与支出总计 3200.00 不符（差 100.00）', en: 'Income total 3300.00 does not match expenditure total 3200.00 (difference 100.00)' },
  expected: '3200.00', found: '3300.00',
  related: [{ path: 'overview.expenditure.total', range: '21:12-21:19', message: { zh: '支出总计 3200.00', en: 'expenditure total 3200.00' } }],
};

ruleTester('balance-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds nothing when income and expenditure totals are equal', text: fixture('consistent.budget.yaml') },
    {
      name: 'accepts totals written to different precision that agree: 3200 and 3200.00',
      text: consistentWith('total: 3200.00\n    items', 'total: 3200\n    items'),
      also: (text) => assert.deepEqual(findings(text, 'rounding'), []),
    },
    {
      name: 'leaves a gap within stated precision to the rounding rule',
      text: consistentWith(INCOME, INCOME.replace('total: 3200.00', 'total: 3200').replace('amount: 200.00', 'amount: 200'))
        .replace('total: 3200.00\n    basic: 2400.00', 'total: 3200.4\n    basic: 2400.4'),
      also: (text) => assert.deepEqual(findings(text, 'rounding').map((f) => f.message.zh), ['收入总计 3200 与支出总计 3200.4 相差 -0.4，在所写小数位的舍入误差之内（±0.55）']),
    },
    { name: 'says nothing without an expenditure section (schema reports that)', text: consistentWith('  expenditure:\n    total: 3200.00\n    basic: 2400.00\n    project: 800.00\n', '') },
  ],
  invalid: [
    {
      name: 'flags income of 3300.00 against expenditure of 3200.00, at the income total, with no fix; not a sum-mismatch when each side adds up',
      text: consistentWith(INCOME, INCOME.replace('total: 3200.00', 'total: 3300.00').replace('amount: 200.00', 'amount: 300.00')),
      findings: [incomeOver],
      also: (text) => assert.deepEqual(findings(text, 'sum-mismatch'), []),
    },
    {
      name: 'flags an income total that its items do not add up to either; silenced, the sum-mismatch stays',
      text: consistentWith('total: 3200.00\n    items', 'total: 3300.00\n    items'),
      findings: [incomeOver],
      also: (text) => {
        const silenced = text.replace('    total: 3300.00', '    # budget-disable-next-line balance-mismatch\n    total: 3300.00');
        assert.deepEqual(findings(silenced, 'sum-mismatch').map((f) => f.path), ['overview.income.total']);
      },
    },
  ],
});

/** The standard tables' balances: 表一 and 表四. */
ruleTester('balance-mismatch', {
  severity: 'error',
  valid: [{ name: 'finds nothing in the tables of the example', text: statistics() }],
  invalid: [{
    name: 'flags 表一\'s income total against its expenditure total, with no fix',
    text: statistics(['      total: 3226345.60\n      items:\n        - { source: generalBudget, amount: 3226345.60 }', '      total: 3226445.60\n      items:\n        - { source: generalBudget, amount: 3226445.60 }']),
    findings: [{
      path: 'tables.summary.income.total', range: '87:14-87:24',
      message: { zh: '表一（部门收支总表）收入总计 3226445.60 与支出总计 3226345.60 不符（差 100.00）', en: 'Table 1 (summary): the income total 3226445.60 does not match its expenditure total 3226345.60 (difference 100.00)' },
      expected: '3226345.60', found: '3226445.60',
    }],
  }, {
    name: 'flags 表四\'s income total against its expenditure total, with no fix, when its columns add up',
    text: statistics(['income: { total: 3226345.60, generalBudget: 3226345.60, governmentFund: 0, stateCapital: 0, carriedOver: 0 }', 'income: { total: 3226845.60, generalBudget: 3226345.60, governmentFund: 0, stateCapital: 0, carriedOver: 500 }']),
    findings: [{
      path: 'tables.appropriation.income.total', range: '122:22-122:32',
      message: { zh: '表四（财政拨款收支总表）收入总计 3226845.60 与支出合计 3226345.60 不符（差 500.00）', en: 'Table 4 (appropriation): the income total 3226845.60 does not match its expenditure total 3226345.60 (difference 500.00)' },
      expected: '3226345.60', found: '3226845.60',
      related: [{ path: 'tables.appropriation.expenditure.total.amount', range: '124:24-124:34', message: { zh: '支出合计 3226345.60', en: 'the expenditure total 3226345.60' } }],
    }],
  }],
});
