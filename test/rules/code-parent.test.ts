import { statistics } from './support';
import { ruleTester } from './tester';

const SECTION = '      - { code: 20105, name: 统计信息事务, amount: 2560345.60, basic: 1920345.60, project: 640000.00 }\n      - { code: 2010501,';

ruleTester('code-parent', {
  severity: 'error',
  valid: [{ name: 'finds nothing when every 款 and 项 has its parent row in the table', text: statistics() }],
  invalid: [{
    name: 'flags each 项 of 表三 whose 款 20105 row is missing, at its code',
    text: statistics([SECTION, '      - { code: 2010501,']),
    findings: [2010501, 2010505, 2010507].map((code, i) => {
      const name = ['行政运行', '专项统计业务', '专项普查活动'][i];
      return {
        path: `tables.expenditure.rows[${i + 1}].code`, range: `${107 + i}:17-${107 + i}:24`,
        message: {
          zh: `表三（部门支出总表）的项级科目 ${code} ${name} 没有上级款级科目 20105：请在它之前补上该行`,
          en: `In Table 3 (expenditure), the item (项) ${code} ${name} has no parent section (款) 20105 in the table: add that row before it`,
        },
        expected: '20105', found: String(code),
      };
    }),
  }],
});
