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
      name: 'offers no fix when the whole is itself wrong: the text\'s expenditure total does not add up; a suggestion each',
      text: statistics(['    total: 322.63\n    basic: { amount: 258.63, share: 80.16%', '    total: 332.63\n    basic: { amount: 258.63, share: 80.16%']),
      findings: [{
        path: 'overview.expenditure.basic.share', range: '24:37-24:43',
        message: {
          zh: '基本支出占比 80.16% 与 258.63 ÷ 支出总计 332.63 算出的 77.7531% 不符，应为 77.75%',
          en: 'The share 80.16% of basic expenditure does not match 77.7531%, computed as 258.63 ÷ total expenditure 332.63; it should be 77.75%',
        },
        suggestions: [{ title: { zh: '改为 77.75%（若金额无误）', en: 'Change to 77.75% (if the figures are right)' }, output: statistics(['    total: 322.63\n    basic: { amount: 258.63, share: 80.16%', '    total: 332.63\n    basic: { amount: 258.63, share: 80.16%'], ['share: 80.16%', 'share: 77.75%']) }],
      }, {
        path: 'overview.expenditure.project.share', range: '25:38-25:44',
        message: {
          zh: '项目支出占比 19.84% 与 64.00 ÷ 支出总计 332.63 算出的 19.2406% 不符，应为 19.24%',
          en: 'The share 19.84% of project expenditure does not match 19.2406%, computed as 64.00 ÷ total expenditure 332.63; it should be 19.24%',
        },
        suggestions: [{ title: { zh: '改为 19.24%（若金额无误）', en: 'Change to 19.24% (if the figures are right)' }, output: statistics(['    total: 322.63\n    basic: { amount: 258.63, share: 80.16%', '    total: 332.63\n    basic: { amount: 258.63, share: 80.16%'], ['share: 19.84%', 'share: 19.24%']) }],
      }],
    },
  ],
});

/** Shares of the text's lines and of 表一's items, each against the whole docs/format.md names for it. */
ruleTester('share-mismatch', {
  severity: 'error',
  valid: [{ name: 'finds nothing in the example\'s income item, 三公 rows and text', text: statistics() }],
  invalid: [
    {
      name: 'flags an income item\'s share against the income total, fixed at its own decimals',
      text: statistics(['{ name: 财政拨款收入, amount: 322.63, share: 100% }', '{ name: 财政拨款收入, amount: 322.63, share: 90% }']),
      findings: [{
        path: 'overview.income.items[0].share', range: '21:48-21:51',
        message: { zh: '财政拨款收入占比 90% 与 322.63 ÷ 收入总计 322.63 算出的 100.00% 不符，应为 100%', en: 'The share 90% of 财政拨款收入 does not match 100.00%, computed as 322.63 ÷ the income total 322.63; it should be 100%' },
        expected: '100%', found: '90%',
      }],
      output: statistics(),
    },
    {
      name: 'flags a 三公 row\'s share against the 三公 total',
      text: statistics(['changeRate: -7.69%, share: 83.33%', 'changeRate: -7.69%, share: 80.00%']),
      findings: [{
        path: 'threePublicExpenses.vehicleOperation.share', range: '42:95-42:101',
        message: { zh: '公务用车运行维护费占比 80.00% 与 6.00 ÷ 三公经费合计 7.20 算出的 83.3333% 不符，应为 83.33%', en: 'The share 80.00% of vehicle operation does not match 83.3333%, computed as 6.00 ÷ the three public expenses total 7.20; it should be 83.33%' },
        expected: '83.33%', found: '80.00%',
      }],
      output: statistics(),
    },
    {
      name: 'flags the operating expenses\' share against basic expenditure (its long form\'s amount)',
      text: statistics(['  changeRate: 3.06%\n', '  changeRate: 3.06%\n  share: 18.56%\n']),
      findings: [{
        path: 'operatingExpenses.share', range: '38:10-38:16',
        message: { zh: '机关运行经费占比 18.56% 与 48.23 ÷ 基本支出 258.63 算出的 18.6483% 不符，应为 18.65%', en: 'The share 18.56% of operating expenses does not match 18.6483%, computed as 48.23 ÷ basic expenditure 258.63; it should be 18.65%' },
        expected: '18.65%', found: '18.56%',
      }],
      output: statistics(['  changeRate: 3.06%\n', '  changeRate: 3.06%\n  share: 18.65%\n']),
    },
    {
      name: 'flags 表一\'s income item against its income total and its 类 item against its expenditure total',
      text: statistics(['- { source: generalBudget, amount: 3226345.60 }', '- { source: generalBudget, amount: 3226345.60, share: 90.00% }'], ['- { code: 201, name: 一般公共服务支出, amount: 2560345.60 }', '- { code: 201, name: 一般公共服务支出, amount: 2560345.60, share: 79.63% }']),
      findings: [
        {
          path: 'tables.summary.income.items[0].share', range: '89:63-89:69',
          message: { zh: '一般公共预算拨款收入占比 90.00% 与 3226345.60 ÷ 表一（部门收支总表）收入总计 3226345.60 算出的 100.0000% 不符，应为 100.00%', en: 'The share 90.00% of general public budget appropriation does not match 100.0000%, computed as 3226345.60 ÷ the income total of Table 1 (summary) 3226345.60; it should be 100.00%' },
          expected: '100.00%', found: '90.00%',
        },
        {
          path: 'tables.summary.expenditure.items[0].share', range: '95:67-95:73',
          message: { zh: '201 一般公共服务支出占比 79.63% 与 2560345.60 ÷ 表一（部门收支总表）支出总计 3226345.60 算出的 79.3575% 不符，应为 79.36%', en: 'The share 79.63% of 201 一般公共服务支出 does not match 79.3575%, computed as 2560345.60 ÷ the expenditure total of Table 1 (summary) 3226345.60; it should be 79.36%' },
          expected: '79.36%', found: '79.63%',
        },
      ],
      output: statistics(['- { source: generalBudget, amount: 3226345.60 }', '- { source: generalBudget, amount: 3226345.60, share: 100.00% }'], ['- { code: 201, name: 一般公共服务支出, amount: 2560345.60 }', '- { code: 201, name: 一般公共服务支出, amount: 2560345.60, share: 79.36% }']),
    },
  ],
});
