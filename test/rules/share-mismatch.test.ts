import { statistics } from './support';
import { ruleTester } from './tester';

const ROW = 'changeRate: 4.42%, share: 79.36%';

ruleTester('share-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds nothing in the example, where every share is part ÷ whole', text: statistics() },
    { name: 'reads 79.4% as a share stated in tenths: 2560345.60 ÷ 3226345.60 = 79.357%', text: statistics([ROW, 'changeRate: 4.42%, share: 79.4%']) },
    { name: 'reads 79% as a share stated in whole percent', text: statistics([ROW, 'changeRate: 4.42%, share: 79%']) },
  ],
  invalid: [
    {
      name: 'flags a 类 row\'s share of 79.5% against its table\'s total, fixed to 79.4% at its own decimals',
      text: statistics([ROW, 'changeRate: 4.42%, share: 79.5%']),
      findings: [{
        path: 'tables.generalBudget.rows[0].share', range: '133:164-133:169',
        message: {
          zh: '201 一般公共服务支出占比 79.5% 与 2560345.60 ÷ 表五（一般公共预算支出表）合计 3226345.60 算出的 79.357% 不符，应为 79.4%',
          en: 'The share 79.5% of 201 一般公共服务支出 does not match 79.357%, computed as 2560345.60 ÷ the total of Table 5 (general budget) 3226345.60; it should be 79.4%',
        },
        expected: '79.4%', found: '79.5%',
      }],
      output: statistics([ROW, 'changeRate: 4.42%, share: 79.4%']),
    },
    {
      name: 'flags a 项 row\'s share against its parent 款 row, not the table\'s total',
      text: statistics(['project: 380000.00, share: 14.84%', 'project: 380000.00, share: 11.78%']),
      findings: [{
        path: 'tables.generalBudget.rows[3].share', range: '136:96-136:102',
        message: {
          zh: '2010505 专项统计业务占比 11.78% 与 380000.00 ÷ 上级科目 20105 统计信息事务 2560345.60 算出的 14.8417% 不符，应为 14.84%',
          en: 'The share 11.78% of 2010505 专项统计业务 does not match 14.8417%, computed as 380000.00 ÷ its parent 20105 统计信息事务 2560345.60; it should be 14.84%',
        },
      }],
      output: statistics(),
    },
    {
      name: 'offers no fix when the whole is itself wrong: the text\'s expenditure total does not add up',
      text: statistics(['    total: 322.63\n    basic: { amount: 258.63, share: 80.16%', '    total: 332.63\n    basic: { amount: 258.63, share: 80.16%']),
      findings: [{
        path: 'overview.expenditure.basic.share', range: '24:37-24:43',
        message: {
          zh: '基本支出占比 80.16% 与 258.63 ÷ 支出总计 332.63 算出的 77.7531% 不符，应为 77.75%',
          en: 'The share 80.16% of basic expenditure does not match 77.7531%, computed as 258.63 ÷ total expenditure 332.63; it should be 77.75%',
        },
      }, {
        path: 'overview.expenditure.project.share', range: '25:38-25:44',
        message: {
          zh: '项目支出占比 19.84% 与 64.00 ÷ 支出总计 332.63 算出的 19.2406% 不符，应为 19.24%',
          en: 'The share 19.84% of project expenditure does not match 19.2406%, computed as 64.00 ÷ total expenditure 332.63; it should be 19.24%',
        },
      }],
    },
  ],
});
