import { strict as assert } from 'assert';
import { consistentWith, findings, fixture } from '../helpers';
import { ruleTester } from './tester';

const ASOF = "asOf: '2018-12-31'";

/** The finding on `assets.asOf` (line 82, from column 9) for a date written `length` characters long. */
const wrongDate = (written: string, length: number, right = '2018-12-31') => ({
  path: 'assets.asOf', range: `82:9-82:${9 + length}`,
  message: {
    zh: `资产截止日期 ${written} 应为预算年度的上年末 ${right}`,
    en: `The assets date ${written} should be the last day of the year before the budget year, ${right}`,
  },
  expected: right, found: written,
  fixTitle: { zh: `改为 ${right}`, en: `Change to ${right}` },
});

ruleTester('asof-date', {
  severity: 'warning',
  valid: [
    { name: 'accepts 2018-12-31 for the 2019 budget', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the date unquoted', text: consistentWith(ASOF, 'asOf: 2018-12-31') },
    { name: 'says nothing without an assets section', text: consistentWith(`assets:\n  ${ASOF}\n  total: 1200\n  items:\n    - { name: 房屋及构筑物, amount: 1000 }\n    - { name: 汽车, amount: 200 }\n`, '') },
    {
      name: 'leaves a date not written YYYY-MM-DD to schema',
      text: consistentWith(ASOF, 'asOf: 2018/12/31'),
      also: (text) => assert.deepEqual(findings(text, 'schema').map((f) => f.path), ['assets.asOf']),
    },
  ],
  invalid: [
    {
      name: 'flags 2019-12-31 for the 2019 budget: the end of the budget year itself',
      text: consistentWith(ASOF, "asOf: '2019-12-31'"),
      findings: [wrongDate('2019-12-31', 12)],
      output: fixture('consistent.budget.yaml'),
    },
    {
      name: 'flags a mid-year date, and its fix keeps the double quotes',
      text: consistentWith(ASOF, 'asOf: "2018-06-30"'),
      findings: [wrongDate('2018-06-30', 12)],
      output: consistentWith(ASOF, 'asOf: "2018-12-31"'),
    },
    {
      name: 'flags an unquoted 2017-12-31, and its fix writes 2018-12-31 unquoted',
      text: consistentWith(ASOF, 'asOf: 2017-12-31'),
      findings: [wrongDate('2017-12-31', 10)],
      output: consistentWith(ASOF, 'asOf: 2018-12-31'),
    },
    {
      name: 'follows the budget year: 2018-12-31 is wrong for 2020',
      text: consistentWith('year: 2019', 'year: 2020'),
      findings: [wrongDate('2018-12-31', 12, '2019-12-31')],
      output: consistentWith('year: 2019', 'year: 2020').replace(ASOF, "asOf: '2019-12-31'"),
    },
  ],
});
