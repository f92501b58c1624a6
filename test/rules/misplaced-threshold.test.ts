import { strict as assert } from 'assert';
import { findings, fixture, yaml } from '../helpers';
import { withActivities, withIndicators } from './support';
import { ruleTester } from './tester';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

/** One indicator with this name, written as given (quotes included). */
const named = (name: string) => withIndicators(yaml`
  - name: ${name}
    ${GRADES}
`);

const slipped = (name: string, range: string, path = 'performance.activities[0].indicators[0].name') => ({
  path,
  range,
  message: {
    zh: `绩效指标名称“${name}”是一个评价标准，疑为表格错列；请填写指标名称，并把各级标准移回对应列`,
    en: `Indicator name “${name}” is a threshold: a column seems to have slipped; write the indicator's name and move the grades back to their columns`,
  },
  found: name,
});

ruleTester('misplaced-threshold', {
  severity: 'error',
  valid: [
    { name: 'accepts indicator names that are names', text: fixture('consistent.budget.yaml') },
    { name: 'accepts a name that contains a figure: 玉米机收率达到70%', text: named('玉米机收率达到70%') },
    { name: 'accepts a name that starts with a threshold and goes on: ≥90%的群众满意', text: named('≥90%的群众满意') },
    { name: 'accepts a bare figure with no comparison: 100%', text: named('100%') },
  ],
  invalid: [
    { name: 'flags the name ≥90%, at the name, with the name as found', text: named('≥90%'), findings: [slipped('≥90%', '54:17-54:21')] },
    { name: 'flags ASCII operators with spaces and no percent sign: ">= 80"', text: named('">= 80"'), findings: [slipped('>= 80', '54:17-54:24')] },
    { name: 'flags full-width operators and percent signs: ＜5％', text: named('＜5％'), findings: [slipped('＜5％', '54:17-54:20')] },
    {
      name: 'flags the slipped row of the seed document once, and grade-order not at all',
      text: withIndicators(yaml`
        - name: ≥90%
          grades: { excellent: ≥80%, good: ≥70%, fair: <70%, poor: <70% }
        - name: 突发事件新闻处置完成率
          ${GRADES}
      `),
      findings: [slipped('≥90%', '54:17-54:21')],
      also: (text) => assert.deepEqual(findings(text, 'grade-order'), []),
    },
    {
      name: 'checks the indicators of a child activity',
      text: withActivities(yaml`
        - name: 宣传管理
          budget: 3.00
          goal: 提供有力的舆论支持。
          children:
            - name: 舆论舆情引导管理
              budget: 3.00
              goal: 提高舆情研判能力。
              indicators:
                - name: <70%
                  ${GRADES}
      `),
      findings: [slipped('<70%', '58:21-58:25', 'performance.activities[0].children[0].indicators[0].name')],
    },
  ],
});
