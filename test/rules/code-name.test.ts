import { statistics } from './support';
import { ruleTester } from './tester';

/** The example as a 2025 budget: the bundled catalogue holds names for 2025. */
const Y2025: [string, string] = ['year: 2024', 'year: 2025'];

ruleTester('code-name', {
  severity: 'warning',
  valid: [
    { name: 'finds nothing in 2025, where each code the catalogue knows bears its name', text: statistics(Y2025) },
    { name: 'says nothing of a code the catalogue does not hold for the year (2024)', text: statistics(['{ code: 20105, name: 统计信息事务, amount: 2560345.60, basic: 1920345.60, project: 640000.00 }', '{ code: 20105, name: 统计事务, amount: 2560345.60, basic: 1920345.60, project: 640000.00 }']) },
  ],
  invalid: [{
    name: 'flags 20105 named 统计事务 in 表三 in 2025, and writes the catalogue\'s name',
    text: statistics(Y2025, ['{ code: 20105, name: 统计信息事务, amount: 2560345.60, basic: 1920345.60, project: 640000.00 }', '{ code: 20105, name: 统计事务, amount: 2560345.60, basic: 1920345.60, project: 640000.00 }']),
    findings: [{
      path: 'tables.expenditure.rows[1].name', range: '107:30-107:34',
      message: { zh: '表三（部门支出总表）编码 20105 在2025年的名称是“统计信息事务”，不是“统计事务”', en: 'In Table 3 (expenditure), code 20105 is named “统计信息事务” in 2025, not “统计事务”' },
      expected: '统计信息事务', found: '统计事务',
      fixTitle: { zh: '改为“统计信息事务”', en: 'Change to “统计信息事务”' },
    }],
    output: statistics(Y2025),
  }],
});
