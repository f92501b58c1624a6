import { strict as assert } from 'assert';
import { assertFixed, consistentWith, findings, fixture } from '../helpers';
import { ruleTester } from './tester';
import { statistics } from './support';

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
          suggestions: [{ title: { zh: '改为 200.00（若各分项无误）', en: 'Change to 200.00 (if the parts are right)' }, output: basicOff.replace('total: 190.00', 'total: 200.00') }],
        },
        {
          path: 'overview.change.basic', range: '26:12-26:18',
          message: { zh: '基本支出增减 140.00 与本年减上年 150.00 不符（差 -10.00）', en: 'Change of basic expenditure 140.00 does not match this year minus last year 150.00 (difference -10.00)' },
          expected: '150.00', found: '140.00',
          related: [
            { path: 'overview.expenditure.basic', range: '22:12-22:19', message: { zh: '本年 2400.00', en: 'this year 2400.00' } },
            { path: 'overview.previous.basic', range: '29:38-29:45', message: { zh: '上年 2250.00', en: 'last year 2250.00' } },
          ],
          suggestions: [{ title: { zh: '改为 150.00（若各分项无误）', en: 'Change to 150.00 (if the parts are right)' }, output: CONSISTENT.replace('total: 200.00', 'total: 190.00') }],
        },
      ],
      // The two changes agree with each other (190.00 = 140.00 + 50.00), this year and last year each add up: no one
      // figure is sure, so Fix all leaves them. Chosen one after the other, the suggestions end at the consistent text.
      also: (text) => {
        const second = findings(text, 'change-mismatch')[1]!;
        const fixed = assertFixed(text, { ...second, fix: second.suggestions![0]! });
        const first = findings(fixed, 'change-mismatch')[0]!;
        assert.equal(assertFixed(fixed, { ...first, fix: (first.fix ?? first.suggestions![0])! }), CONSISTENT);
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

/** The standard tables: a row's change against this year less last year. */
ruleTester('change-mismatch', {
  severity: 'error',
  valid: [{ name: 'finds nothing in the tables of the example', text: statistics() }],
  invalid: [
    {
      // Its last year is borne out by the total's previous-year sum, this year by the other tables: the change is the one.
      name: 'flags a 类 row of 表五 whose change is not this year less last year, and fixes the change',
      text: statistics(['previous: 2452000.00, change: 108345.60', 'previous: 2452000.00, change: 108345.00']),
      findings: [{
        path: 'tables.generalBudget.rows[0].change', range: '133:127-133:136',
        message: { zh: '表五（一般公共预算支出表）201 一般公共服务支出增减 108345.00 与本年减上年 108345.60 不符（差 -0.60）', en: 'Table 5 (general budget), 201 一般公共服务支出: the change 108345.00 does not match this year minus last year 108345.60 (difference -0.60)' },
        expected: '108345.60', found: '108345.00', fixTitle: { zh: '改为 108345.60', en: 'Change to 108345.60' },
      }],
      output: statistics(),
    },
    {
      name: 'says which last year would make the change agree when the total\'s last year is the wrong figure, and fixes that last year',
      text: statistics(['previous: 3105000.00, change: 121345.60', 'previous: 3005000.00, change: 121345.60']),
      findings: [{
        path: 'tables.generalBudget.total.change', range: '131:157-131:166',
        message: {
          zh: '表五（一般公共预算支出表）合计行增减 121345.60 与本年减上年 221345.60 不符（差 -100000.00）；但按各类级科目上年数合计 3105000.00 算，增减相符：请先核对上年数',
          en: 'Table 5 (general budget), the total row: the change 121345.60 does not match this year minus last year 221345.60 (difference -100000.00); but with the previous-year figure of the class rows, 3105000.00, the change agrees: check last year\'s figure first',
        },
        expected: '221345.60', found: '121345.60',
        fixTitle: { zh: '将上年 3005000.00 改为 3105000.00', en: 'Change last year 3005000.00 to 3105000.00' },
      }],
      output: statistics(),
    },
  ],
});

ruleTester('change-mismatch', {
  severity: 'error',
  valid: [],
  invalid: [{
    name: 'flags the operating expenses\' change of 1.34 against 48.23 − 46.80, and fixes it',
    text: statistics(['  previous: 46.80\n  change: 1.43', '  previous: 46.80\n  change: 1.34']),
    findings: [{
      path: 'operatingExpenses.change', range: '36:11-36:15',
      message: { zh: '机关运行经费增减 1.34 与本年减上年 1.43 不符（差 -0.09）', en: 'The change of operating expenses 1.34 does not match this year minus last year 1.43 (difference -0.09)' },
      expected: '1.43', found: '1.34',
    }],
    output: statistics(),
  }, {
    name: 'flags a long-form basic expenditure\'s change against this year less overview.previous.basic, when it has no last year of its own',
    text: statistics(['basic: { amount: 258.63, share: 80.16%, change: 12.23,', 'basic: { amount: 258.63, share: 80.16%, change: 12.32,']),
    findings: [{
      path: 'overview.expenditure.basic.change', range: '24:53-24:58',
      message: { zh: '基本支出增减 12.32 与本年减上年 12.23 不符（差 0.09）', en: 'The change of basic expenditure 12.32 does not match this year minus last year 12.23 (difference 0.09)' },
      expected: '12.23', found: '12.32',
    }],
    output: statistics(),
  }],
});
