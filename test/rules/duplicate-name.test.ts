import { strict as assert } from 'assert';
import { consistentWith, fixture, yaml } from '../helpers';
import { unreadable, withActivities, withIndicators } from './support';
import { ruleTester } from './tester';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

/** A finding on `path` repeating the name of sibling `n` (1-based) at `firstPath`. */
const repeats = (path: string, range: string, name: string, n: number, firstPath: string, firstRange: string) => ({
  path,
  range,
  message: { zh: `名称“${name}”与同级的第 ${n} 项重复`, en: `“${name}” repeats the name of sibling ${n}` },
  related: [{ path: firstPath, range: firstRange, message: { zh: `第 ${n} 项“${name}”`, en: `sibling ${n}, “${name}”` } }],
});

/** A leaf activity with a goal and one indicator, as a list item from column 0. */
const leaf = (name: string, pad = '') => [
  `- name: ${name}`,
  '  budget: 10.00',
  '  goal: 保障机关正常运转。',
  '  indicators:',
  '    - name: 任务完成率',
  `      ${GRADES}`,
].map((l) => pad + l).join('\n');

/** A parent activity with leaf children, as a list item from column 0. */
const parent = (name: string, ...children: string[]) =>
  [`- name: ${name}`, '  budget: 10.00', '  goal: 保障机关正常运转。', '  children:', ...children.map((c) => leaf(c, '    '))].join('\n');

/** The document with these activities, checked to be readable so that no case passes for a typo. */
function readable(items: string): string {
  const text = withActivities(`${items}\n`);
  assert.deepEqual(unreadable(text), []);
  return text;
}

const entry = '  - { term: 基本支出, definition: 指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。 }\n';
const duty = '    - { duty: 政务服务, goal: 提升服务水平。 }\n';

ruleTester('duplicate-name', {
  severity: 'warning',
  valid: [
    { name: 'accepts a document where siblings have different names', text: fixture('consistent.budget.yaml') },
    { name: 'accepts a child named like its parent (审计业务 under 审计业务)', text: readable(parent('审计业务', '审计业务')) },
    { name: 'accepts cousins with the same name, under different parents', text: readable(`${parent('政务服务', '综合协调')}\n${parent('审计业务', '综合协调')}`) },
    { name: 'accepts the same indicator name in two activities', text: readable(`${leaf('综合协调')}\n${leaf('会议管理')}`) },
    { name: 'accepts the same procurement item bought by two departments', text: consistentWith('department: 党政办公室, name: 办公设备', 'department: 财政局, name: 信息技术服务') },
  ],
  invalid: [
    {
      name: 'flags the second of two top-level activities with one name, pointing back at the first',
      text: readable(`${leaf('审计业务')}\n${leaf('审计业务')}`),
      findings: [repeats('performance.activities[1].name', '56:13-56:17', '审计业务', 1, 'performance.activities[0].name', '50:13-50:17')],
    },
    {
      name: 'flags every later repeat against the first, not against each other',
      text: readable(`${leaf('审计业务')}\n${leaf('审计业务')}\n${leaf('审计业务')}`),
      findings: [
        repeats('performance.activities[1].name', '56:13-56:17', '审计业务', 1, 'performance.activities[0].name', '50:13-50:17'),
        repeats('performance.activities[2].name', '62:13-62:17', '审计业务', 1, 'performance.activities[0].name', '50:13-50:17'),
      ],
    },
    {
      name: 'flags two children of one parent',
      text: readable(parent('政务服务', '综合协调', '综合协调')),
      findings: [repeats('performance.activities[0].children[1].name', '60:17-60:21', '综合协调', 1, 'performance.activities[0].children[0].name', '54:17-54:21')],
    },
    {
      name: 'flags two indicators of one activity',
      text: withIndicators(yaml`
        - name: 审计计划完成率
          ${GRADES}
        - name: 审计计划完成率
          ${GRADES}
      `),
      findings: [repeats('performance.activities[0].indicators[1].name', '56:17-56:24', '审计计划完成率', 1, 'performance.activities[0].indicators[0].name', '54:17-54:24')],
    },
    {
      name: 'numbers the first sibling by its place in the list, counting a nameless indicator before it',
      text: withIndicators(yaml`
        - ${GRADES}
        - name: 审计计划完成率
          ${GRADES}
        - name: 审计计划完成率
          ${GRADES}
      `),
      findings: [repeats('performance.activities[0].indicators[2].name', '57:17-57:24', '审计计划完成率', 2, 'performance.activities[0].indicators[1].name', '55:17-55:24')],
    },
    {
      name: 'numbers the first sibling by its place in the list, counting an activity that fails the schema',
      text: withActivities(`${leaf('政务服务').replace('budget: 10.00', 'budget: 十万')}\n${leaf('审计业务')}\n${leaf('审计业务')}\n`),
      findings: [repeats('performance.activities[2].name', '62:13-62:17', '审计业务', 2, 'performance.activities[1].name', '56:13-56:17')],
    },
    {
      name: 'ignores spaces around a name when comparing',
      text: readable(`${leaf('审计业务')}\n${leaf('"审计业务 "')}`),
      findings: [repeats('performance.activities[1].name', '56:13-56:20', '审计业务', 1, 'performance.activities[0].name', '50:13-50:17')],
    },
    {
      name: 'flags a repeated glossary term',
      text: consistentWith(entry, `${entry}  - { term: 基本支出, definition: 人员支出和公用支出。 }\n`),
      findings: [repeats('glossary[1].term', '89:13-89:17', '基本支出', 1, 'glossary[0].term', '88:13-88:17')],
    },
    {
      name: 'flags a repeated duty of the duty goals',
      text: consistentWith(duty, `${duty}    - { duty: 政务服务, goal: 提高办事效率。 }\n`),
      findings: [repeats('performance.dutyGoals[1].duty', '49:15-49:19', '政务服务', 1, 'performance.dutyGoals[0].duty', '48:15-48:19')],
    },
    {
      name: 'flags one department buying the same item in two rows',
      text: consistentWith('name: 办公设备', 'name: 信息技术服务'),
      findings: [repeats('procurement.items[1].name', '80:34-80:40', '信息技术服务', 1, 'procurement.items[0].name', '79:34-79:40')],
    },
  ],
});
