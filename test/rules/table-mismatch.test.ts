import { statistics } from './support';
import { ruleTester } from './tester';

const TEXT_TOTAL: [string, string] = ['    total: 322.63\n    basic: { amount', '    total: 322.73\n    basic: { amount'];

ruleTester('table-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds nothing in the example: 3226345.60 元 in the tables is 322.63 万元 in the text, rounded', text: statistics() },
    {
      name: 'accepts the text at any precision the tables round to: 322.6 万元',
      text: statistics(['    total: 322.63\n    items:', '    total: 322.6\n    items:'], ['{ name: 财政拨款收入, amount: 322.63, share: 100% }', '{ name: 财政拨款收入, amount: 322.6, share: 100% }']),
    },
  ],
  invalid: [
    {
      name: 'flags the text\'s total against 表三 across units, naming both, fixed to the table\'s figure in 万元',
      text: statistics(TEXT_TOTAL),
      findings: [{
        path: 'overview.expenditure.total', range: '23:12-23:18',
        message: {
          zh: '正文支出总计 322.73 万元 与表三（部门支出总表）合计行金额 3226345.60 元（折合 322.63 万元）不符',
          en: 'The text\'s total expenditure 322.73 万元 does not match Table 3 (expenditure), the total\'s amount 3226345.60 元 (322.63 万元)',
        },
        expected: '322.63', found: '322.73',
        related: [{ path: 'tables.expenditure.total.amount', range: '104:22-104:32', message: { zh: '表三（部门支出总表）合计行金额 3226345.60 元', en: 'Table 3 (expenditure), the total\'s amount 3226345.60 元' } }],
      }],
      output: statistics(),
    },
    {
      name: 'flags 表六\'s total against 表五\'s basic column, with no fix: which table is wrong is not for the figures to say',
      text: statistics(['total: { amount: 2586345.60, personnel: 2104000.00, public: 482345.60 }', 'total: { amount: 2586345.60, personnel: 2104100.00, public: 482345.60 }'], ['{ code: 301, name: 工资福利支出, amount: 2076000.00, personnel: 2076000.00, public: 0 }', '{ code: 301, name: 工资福利支出, amount: 2076000.00, personnel: 2076000.00, public: 0 }']).replace('basic: { amount: 2586345.60, share: 80.16% }', 'basic: { amount: 2586245.60, share: 80.16% }'),
      findings: [{
        path: 'tables.basic.total.amount', range: '149:22-149:32',
        message: {
          zh: '表六（一般公共预算基本支出表）合计 2586345.60 元 与表五（一般公共预算支出表）合计行基本支出 2586245.60 元不符',
          en: 'Table 6 (basic expenditure), the total 2586345.60 元 does not match Table 5 (general budget), the total\'s basic expenditure 2586245.60 元',
        },
        expected: '2586245.60', found: '2586345.60',
      }],
    },
    {
      name: 'flags a class of 表一 that 表三 does not have, as against 0',
      text: statistics(['        - { code: 221, name: 住房保障支出, amount: 177600.00 }', '        - { code: 221, name: 住房保障支出, amount: 177600.00 }\n        - { code: 224, name: 灾害防治及应急管理支出, amount: 1000.00 }']),
      findings: [{
        path: 'tables.summary.expenditure.items[4].amount', range: '99:51-99:58',
        message: {
          zh: '表一（部门收支总表）224 灾害防治及应急管理支出 1000.00 元 与表三（部门支出总表）该类（表中没有） 0 元不符',
          en: 'Table 1 (summary), 224 灾害防治及应急管理支出 1000.00 元 does not match Table 3 (expenditure), that class (not in the table) 0 元',
        },
        expected: '0.00', found: '1000.00',
      }],
    },
  ],
});

/** Figures docs/format.md says two tables, or a table and the text, state alike. */
ruleTester('table-mismatch', {
  severity: 'error',
  valid: [{ name: 'finds nothing across the example\'s tables and text', text: statistics() }],
  invalid: [
    {
      name: 'flags 表一\'s income item against 表二\'s total column of the same source, with no fix',
      text: statistics(['- { source: generalBudget, amount: 3226345.60 }', '- { source: generalBudget, amount: 3226445.60 }']),
      findings: [{
        path: 'tables.summary.income.items[0].amount', range: '89:44-89:54',
        message: {
          zh: '表一（部门收支总表）一般公共预算拨款收入 3226445.60 元 与表二（部门收入总表）合计行一般公共预算拨款收入 3226345.60 元不符',
          en: 'Table 1 (summary), general public budget appropriation 3226445.60 元 does not match Table 2 (income), the total\'s general public budget appropriation 3226345.60 元',
        },
        expected: '3226345.60', found: '3226445.60',
        related: [{ path: 'tables.income.total.generalBudget', range: '100:49-100:59', message: { zh: '表二（部门收入总表）合计行一般公共预算拨款收入 3226345.60 元', en: 'Table 2 (income), the total\'s general public budget appropriation 3226345.60 元' } }],
      }],
    },
    {
      name: 'flags 表四\'s expenditure columns against 表五\'s total and the empty 表八 (0), naming them as spending',
      text: statistics(['total: { amount: 3226345.60, generalBudget: 3226345.60, governmentFund: 0, stateCapital: 0 }', 'total: { amount: 3226345.60, generalBudget: 3226000.00, governmentFund: 345.60, stateCapital: 0 }']),
      findings: [
        {
          path: 'tables.appropriation.expenditure.total.generalBudget', range: '124:51-124:61',
          message: {
            zh: '表四（财政拨款收支总表）支出合计行一般公共预算支出 3226000.00 元 与表五（一般公共预算支出表）合计 3226345.60 元不符',
            en: 'Table 4 (appropriation), the expenditure total\'s general public budget expenditure 3226000.00 元 does not match Table 5 (general budget), the total 3226345.60 元',
          },
          expected: '3226345.60', found: '3226000.00',
        },
        {
          path: 'tables.appropriation.expenditure.total.governmentFund', range: '124:79-124:85',
          message: {
            zh: '表四（财政拨款收支总表）支出合计行政府性基金预算支出 345.60 元 与表八（政府性基金预算支出表）（空表） 0 元不符',
            en: 'Table 4 (appropriation), the expenditure total\'s government fund budget expenditure 345.60 元 does not match Table 8 (government fund) (empty) 0 元',
          },
          expected: '0.00', found: '345.60',
          related: [{ path: 'tables.governmentFund.empty', range: '170:12-170:46', message: { zh: '表八（政府性基金预算支出表）（空表） 0 元', en: 'Table 8 (government fund) (empty) 0 元' } }],
        },
      ],
    },
    {
      name: 'flags 表四\'s general budget income against 表五\'s total',
      text: statistics(['income: { total: 3226345.60, generalBudget: 3226345.60, governmentFund: 0', 'income: { total: 3226345.60, generalBudget: 3226000.00, governmentFund: 345.60']),
      findings: [{
        path: 'tables.appropriation.income.generalBudget', range: '122:49-122:59',
        message: {
          zh: '表四（财政拨款收支总表）一般公共预算拨款收入 3226000.00 元 与表五（一般公共预算支出表）合计 3226345.60 元不符',
          en: 'Table 4 (appropriation), general public budget income 3226000.00 元 does not match Table 5 (general budget), the total 3226345.60 元',
        },
        expected: '3226345.60', found: '3226000.00',
      }],
    },
    {
      name: 'flags the text\'s basic and project expenditure against 表三 in 万元, each fixed to the table\'s figure',
      text: statistics(['basic: { amount: 258.63, share: 80.16%', 'basic: { amount: 258.73, share: 80.16%'], ['project: { amount: 64.00, share', 'project: { amount: 63.00, share']),
      findings: [
        {
          path: 'overview.expenditure.basic.amount', range: '24:22-24:28',
          message: { zh: '正文基本支出 258.73 万元 与表三（部门支出总表）合计行基本支出 2586345.60 元（折合 258.63 万元）不符', en: 'The text\'s basic expenditure 258.73 万元 does not match Table 3 (expenditure), the total\'s basic expenditure 2586345.60 元 (258.63 万元)' },
          expected: '258.63', found: '258.73',
        },
        {
          path: 'overview.expenditure.project.amount', range: '25:24-25:29',
          message: { zh: '正文项目支出 63.00 万元 与表三（部门支出总表）合计行项目支出 640000.00 元（折合 64.00 万元）不符', en: 'The text\'s project expenditure 63.00 万元 does not match Table 3 (expenditure), the total\'s project expenditure 640000.00 元 (64.00 万元)' },
          expected: '64.00', found: '63.00',
        },
      ],
      output: statistics(),
    },
    {
      name: 'flags the text\'s income total against 表一\'s, fixed to the table\'s figure',
      text: statistics(['  income:\n    total: 322.63', '  income:\n    total: 322.53']),
      findings: [{
        path: 'overview.income.total', range: '19:12-19:18',
        message: { zh: '正文收入总计 322.53 万元 与表一（部门收支总表）收入总计 3226345.60 元（折合 322.63 万元）不符', en: 'The text\'s income total 322.53 万元 does not match Table 1 (summary), the income total 3226345.60 元 (322.63 万元)' },
        expected: '322.63', found: '322.53',
      }],
      output: statistics(),
    },
  ],
});
