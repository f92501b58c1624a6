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
