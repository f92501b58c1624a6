import { strict as assert } from 'assert';
import { assertFixed, consistentWith, findings, fixture } from '../helpers';
import { ruleTester } from './tester';

const CONSISTENT = fixture('consistent.budget.yaml');
const basicOff = consistentWith('basic: 150.00', 'basic: 140.00').replace('total: 200.00', 'total: 190.00');

ruleTester('change-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds nothing when every change is this year minus last year', text: CONSISTENT },
    { name: 'checks no overview change without overview.previous', text: consistentWith('  previous: { total: 3000.00, basic: 2250.00, project: 750.00 }\n', '').replace('basic: 150.00', 'basic: 999.00') },
    { name: 'checks no 三公 row that lacks its previous figure', text: consistentWith('previous: 25\n', '').replace('change: -1', 'change: -9') },
    { name: 'accepts a decrease written as a negative change: 24 − 25 = -1', text: consistentWith('change: -1', 'change: -1.0') },
  ],
  invalid: [
    {
      name: 'flags a basic-expenditure change of 140.00 against 2400.00 − 2250.00 = 150.00',
      text: basicOff,
      findings: [
        {
          path: 'overview.change.total', range: '25:12-25:18',
          message: { zh: '支出总计增减 190.00 与本年减上年 200.00 不符（差 -10.00）', en: 'Change of total expenditure 190.00 does not match this year minus last year 200.00 (difference -10.00)' },
          expected: '200.00', found: '190.00',
          related: [
            { path: 'overview.expenditure.total', range: '21:12-21:19', message: { zh: '本年 3200.00', en: 'this year 3200.00' } },
            { path: 'overview.previous.total', range: '29:22-29:29', message: { zh: '上年 3000.00', en: 'last year 3000.00' } },
          ],
          fixTitle: { zh: '改为 200.00', en: 'Change to 200.00' },
        },
        {
          path: 'overview.change.basic', range: '26:12-26:18',
          message: { zh: '基本支出增减 140.00 与本年减上年 150.00 不符（差 -10.00）', en: 'Change of basic expenditure 140.00 does not match this year minus last year 150.00 (difference -10.00)' },
          expected: '150.00', found: '140.00',
          related: [
            { path: 'overview.expenditure.basic', range: '22:12-22:19', message: { zh: '本年 2400.00', en: 'this year 2400.00' } },
            { path: 'overview.previous.basic', range: '29:38-29:45', message: { zh: '上年 2250.00', en: 'last year 2250.00' } },
          ],
          fixTitle: { zh: '改为 150.00', en: 'Change to 150.00' },
          output: CONSISTENT.replace('total: 200.00', 'total: 190.00'),
        },
      ],
      output: CONSISTENT,
      // One fix after the other, as an author clicks them, ends where Fix all does.
      also: (text) => {
        const fixed = assertFixed(text, findings(text, 'change-mismatch')[1]!);
        assert.equal(assertFixed(fixed, findings(fixed, 'change-mismatch')[0]!), CONSISTENT);
      },
    },
    {
      name: 'flags a 三公 row whose change of -2 is not 24 − 25',
      text: consistentWith('change: -1', 'change: -3'),
      findings: [{
        path: 'threePublicExpenses.vehicleOperation.change', range: '39:13-39:15',
        message: { zh: '公务用车运行维护费增减 -3 与本年减上年 -1 不符（差 -2）', en: 'The change of vehicle operation -3 does not match this year minus last year -1 (difference -2)' },
        expected: '-1', found: '-3',
        related: [
          { path: 'threePublicExpenses.vehicleOperation.amount', range: '37:13-37:15', message: { zh: '本年 24', en: 'this year 24' } },
          { path: 'threePublicExpenses.vehicleOperation.previous', range: '38:15-38:17', message: { zh: '上年 25', en: 'last year 25' } },
        ],
      }],
      output: CONSISTENT,
    },
    {
      name: 'flags a change with the wrong sign: 3 where the figures fall from 43 to 40',
      text: consistentWith('change: -3,', 'change: 3,'),
      findings: [{
        path: 'threePublicExpenses.total.change', range: '43:46-43:47',
        message: { zh: '三公经费合计增减 3 与本年减上年 -3 不符（差 6）', en: 'The change of the three public expenses total 3 does not match this year minus last year -3 (difference 6)' },
        expected: '-3', found: '3',
      }],
      output: CONSISTENT,
    },
  ],
});
