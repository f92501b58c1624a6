import { consistentWith, fixture } from '../helpers';
import { ruleTester } from './tester';
import { statistics } from './support';

const EXPENDITURE = `    total: 3200.00
    basic: 2400.00
    project: 800.00`;

/** A part over its whole: the finding says by how much, the whole is related, and there is no fix (which figure is wrong is the author's call). */
const over = (path: string, range: string, zh: string, en: string, limit: string, found: string, whole: { path: string; range: string; zh: string; en: string }) => ({
  path, range, message: { zh, en }, expected: `≤ ${limit}`, found,
  related: [{ path: whole.path, range: whole.range, message: { zh: whole.zh, en: whole.en } }],
});

const total = (figure: string, range: string) => ({ path: 'overview.expenditure.total', range, zh: `支出总计 ${figure}`, en: `total expenditure ${figure}` });
const basic = (figure: string, range: string) => ({ path: 'overview.expenditure.basic', range, zh: `基本支出 ${figure}`, en: `basic expenditure ${figure}` });

ruleTester('exceeds-total', {
  severity: 'error',
  valid: [
    { name: 'finds nothing when every part stays within its whole', text: fixture('consistent.budget.yaml') },
    { name: 'accepts parts equal to the whole: activities adding up to exactly 3200.00', text: consistentWith('budget: 213.00', 'budget: 2613.00') },
    {
      name: 'gives stated precision the benefit of the doubt: operating expenses of 2400.4 against basic 2400',
      text: consistentWith(EXPENDITURE, '    total: 3200\n    basic: 2400\n    project: 800').replace('amount: 320.5', 'amount: 2400.4'),
    },
    { name: 'adds up no activities when one of them fails the schema', text: consistentWith('budget: 213.00', 'budget: 9000.00').replace('budget: 587.00', 'budget: 五百') },
  ],
  invalid: [
    {
      name: 'flags activities adding up to 3400.00 against total expenditure of 3200.00, at the activities key',
      text: consistentWith('budget: 213.00', 'budget: 2813.00'),
      findings: [over('performance.activities', '49:3-49:13', '职责活动预算合计 3400.00，超过支出总计 3200.00（超出 200.00）',
        'The activities\' budgets add up to 3400.00, more than total expenditure 3200.00 (over by 200.00)', '3200.00', '3400.00', total('3200.00', '21:12-21:19'))],
    },
    {
      name: 'flags a 三公 total of 40 above total expenditure of 30.00',
      text: consistentWith(EXPENDITURE, '    total: 30.00\n    basic: 20.00\n    project: 10.00'),
      findings: [
        over('operatingExpenses.amount', '31:11-31:16', '机关运行经费 320.5，超过基本支出 20.00（超出 300.50）',
          'Operating expenses 320.5, more than basic expenditure 20.00 (over by 300.50)', '20.00', '320.5', basic('20.00', '22:12-22:17')),
        over('threePublicExpenses.total.amount', '43:20-43:22', '三公经费合计 40，超过支出总计 30.00（超出 10.00）',
          'The three public expenses total 40, more than total expenditure 30.00 (over by 10.00)', '30.00', '40', total('30.00', '21:12-21:17')),
        over('performance.activities', '49:3-49:13', '职责活动预算合计 800.00，超过支出总计 30.00（超出 770.00）',
          'The activities\' budgets add up to 800.00, more than total expenditure 30.00 (over by 770.00)', '30.00', '800.00', total('30.00', '21:12-21:17')),
        over('procurement.total', '77:10-77:13', '政府采购预算 105，超过支出总计 30.00（超出 75.00）',
          'The procurement total 105, more than total expenditure 30.00 (over by 75.00)', '30.00', '105', total('30.00', '21:12-21:17')),
      ],
    },
    {
      name: 'flags a procurement total of 3305 above total expenditure of 3200.00',
      text: consistentWith('total: 105\n', 'total: 3305\n').replace('amount: 65 }', 'amount: 3265 }'),
      findings: [over('procurement.total', '77:10-77:14', '政府采购预算 3305，超过支出总计 3200.00（超出 105.00）',
        'The procurement total 3305, more than total expenditure 3200.00 (over by 105.00)', '3200.00', '3305', total('3200.00', '21:12-21:19'))],
    },
    {
      name: 'flags operating expenses of 2500.5 above basic expenditure of 2400.00',
      text: consistentWith('amount: 320.5', 'amount: 2500.5'),
      findings: [over('operatingExpenses.amount', '31:11-31:17', '机关运行经费 2500.5，超过基本支出 2400.00（超出 100.50）',
        'Operating expenses 2500.5, more than basic expenditure 2400.00 (over by 100.50)', '2400.00', '2500.5', basic('2400.00', '22:12-22:19'))],
    },
  ],
});

/** The 三公 total, in the text's unit, against 表四's appropriation expenditure, in the tables'. */
ruleTester('exceeds-total', {
  severity: 'error',
  valid: [{ name: 'finds nothing in the example: 7.20 万元 is far below 3226345.60 元', text: statistics() }],
  invalid: [{
    name: 'flags a 三公 total of 400 万元 above 表四\'s 3226345.60 元, converted exactly',
    text: statistics(['total: { amount: 7.20, previous: 8.00, change: -0.80, changeRate: -10.00%, sources: { general: 7.20 } }', 'total: { amount: 400, sources: { general: 400 } }']),
    findings: [
      {
        path: 'threePublicExpenses.total.amount', range: '45:20-45:23',
        message: { zh: '三公经费合计 400，超过支出总计 322.63（超出 77.37）', en: 'The three public expenses total 400, more than total expenditure 322.63 (over by 77.37)' },
        expected: '≤ 322.63', found: '400',
      },
      {
        path: 'threePublicExpenses.total.amount', range: '45:20-45:23',
        message: { zh: '三公经费合计 400 万元，超过表四（财政拨款收支总表）支出合计 3226345.60 元（超出 77.365440 万元）', en: 'The three public expenses total 400 万元, more than the appropriation expenditure of Table 4 3226345.60 元 (over by 77.365440 万元)' },
        expected: '≤ 3226345.60 元', found: '400 万元',
      },
    ],
  }],
});
