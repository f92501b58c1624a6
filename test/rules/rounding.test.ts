import { strict as assert } from 'assert';
import { consistentWith, findings, fixture } from '../helpers';
import { ruleTester } from './tester';

const INCOME = `    total: 3200.00
    items:
      - { name: 财政拨款收入, amount: 3000.00 }
      - { name: 其他收入, amount: 200.00 }`;

function income(total: string, ...amounts: string[]): string {
  return consistentWith(INCOME, [`    total: ${total}`, '    items:', ...amounts.map((a, i) => `      - { name: 收入${i + 1}, amount: ${a} }`)].join('\n'));
}

/** The three 33.33 income items, as related to the income total. */
const THIRDS = [18, 19, 20].map((line, i) => ({ path: `overview.income.items[${i}].amount`, range: `${line}:30-${line}:35`, message: { zh: `收入${i + 1} 33.33`, en: `收入${i + 1} 33.33` } }));

ruleTester('rounding', {
  severity: 'info',
  valid: [
    { name: 'finds nothing in a document where every figure agrees', text: fixture('consistent.budget.yaml') },
    { name: 'says nothing when 12000.60 + 700.00 + 150.00 equals 12850.60 exactly', text: income('12850.60', '12000.60', '700.00', '150.00') },
    {
      name: 'leaves a difference beyond stated precision to sum-mismatch',
      text: income('100.10', '33.33', '33.33', '33.33'),
      also: (text) => assert.deepEqual(findings(text, 'sum-mismatch').map((f) => f.path), ['overview.income.total']),
    },
  ],
  invalid: [
    {
      name: 'notes 100.00 against 33.33 + 33.33 + 33.33 as rounding, an info and not an error',
      text: income('100.00', '33.33', '33.33', '33.33'),
      findings: [{
        path: 'overview.income.total', range: '16:12-16:18', severity: 'info',
        message: {
          zh: '收入总计 100.00 与各项收入合计 99.99 相差 0.01，在所写小数位的舍入误差之内（±0.02）',
          en: 'Income total 100.00 differs from the sum of the income items 99.99 by 0.01, within the rounding of the figures as written (±0.02)',
        },
        expected: '99.99', found: '100.00', related: THIRDS,
      }],
      also: (text) => assert.deepEqual(findings(text, 'sum-mismatch'), []),
    },
    {
      name: 'notes 587.00 against 536.99 + 50.00 in the activity tree, within ±0.015',
      text: consistentWith('budget: 537.00', 'budget: 536.99'),
      findings: [{
        path: 'performance.activities[0].budget', range: '51:15-51:21',
        message: {
          zh: '预算数 587.00 与下级合计 586.99 相差 0.01，在所写小数位的舍入误差之内（±0.015）',
          en: 'Budget 587.00 differs from the sum of its children 586.99 by 0.01, within the rounding of the figures as written (±0.015)',
        },
      }],
    },
    {
      name: 'takes whole numbers as stated to ±0.5 each: a 三公 total of 41 against rows summing to 40 is within ±2.5',
      text: consistentWith('total: { amount: 40,', 'total: { amount: 41,').replace('sources: { general: 40 }', 'sources: { general: 41 }'),
      findings: [
        {
          path: 'threePublicExpenses.total.amount', range: '43:20-43:22',
          message: {
            zh: '三公经费合计 41 与各行合计 40 相差 1，在所写小数位的舍入误差之内（±2.5）',
            en: 'The three public expenses total 41 differs from the sum of its rows 40 by 1, within the rounding of the figures as written (±2.5)',
          },
        },
        {
          path: 'threePublicExpenses.total.change', range: '43:46-43:48',
          message: {
            zh: '三公经费合计增减 -3 与本年减上年 -2 相差 -1，在所写小数位的舍入误差之内（±1.5）',
            en: 'The change of the three public expenses total -3 differs from this year minus last year -2 by -1, within the rounding of the figures as written (±1.5)',
          },
        },
      ],
    },
    {
      name: 'compares a total written to whole units with parts written to cents at each one\'s own precision',
      text: income('100', '33.33', '33.33', '33.33'),
      findings: [{
        path: 'overview.income.total', range: '16:12-16:15',
        message: {
          zh: '收入总计 100 与各项收入合计 99.99 相差 0.01，在所写小数位的舍入误差之内（±0.515）',
          en: 'Income total 100 differs from the sum of the income items 99.99 by 0.01, within the rounding of the figures as written (±0.515)',
        },
        expected: '99.99', found: '100', related: THIRDS,
      }],
    },
    {
      name: 'says nothing about a total whose parts are only partly known (the change beside it is still noted)',
      text: consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 0 }').replace('previous: 43,', 'previous: 44,'),
      findings: [{
        path: 'threePublicExpenses.total.change', range: '43:46-43:48',
        message: {
          zh: '三公经费合计增减 -3 与本年减上年 -4 相差 1，在所写小数位的舍入误差之内（±1.5）',
          en: 'The change of the three public expenses total -3 differs from this year minus last year -4 by 1, within the rounding of the figures as written (±1.5)',
        },
      }],
    },
  ],
});
