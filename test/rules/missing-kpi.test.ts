import { strict as assert } from 'assert';
import { consistentWith, findings, fixture, pin, yaml } from '../helpers';
import { unreadable, withActivities } from './support';
import { ruleTester } from './tester';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';
const MEETING_INDICATORS = `          indicators:\n            - name: 大型会议控制率\n              ${GRADES}\n`;
const SKELETON = `          indicators:\n            - name:\n              ${GRADES}\n`;
const INSERT = { zh: '插入绩效指标', en: 'Insert an indicator' };

const noKpi = (path: string, range: string, name: string, fixable = true) => ({
  path, range,
  message: { zh: `末级职责活动“${name}”没有绩效指标`, en: `Leaf activity “${name}” has no performance indicator` },
  ...(fixable ? { fixTitle: INSERT } : {}),
});

const meetingWithoutKpi = noKpi('performance.activities[0].children[1]', '62:17-62:21', '会议管理');

/** What any fix must keep: the result still parses and fits the schema. */
const readableFixed = (output: string) => () => assert.deepEqual(unreadable(output), []);

/** The meeting activity without indicators, and with the skeleton its fix appends. */
const withoutKpi = consistentWith(MEETING_INDICATORS, '');
const skeletonAdded = consistentWith(MEETING_INDICATORS, SKELETON);

const AUDIT = `        - name: 审计计划完成率\n          grades: { excellent: ≥95%, good: ≥85%, fair: ≥75%, poor: <75% }\n`;
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

/** An activity with `children: []`, and what follows its last line. */
const noChildren = (after: string) => withActivities(yaml`
  - name: 政务服务
    budget: 10.00
    goal: 保障机关正常运转。
    children: []${after}
`);

/** A leaf three levels deep, and what follows its last line. */
const threeDeep = (after: string) => withActivities(yaml`
  - name: 政务服务
    budget: 10.00
    goal: 保障机关正常运转。
    children:
      - name: 综合协调
        budget: 10.00
        goal: 确保政令统一。
        children:
          - name: 文件运转
            budget: 10.00
            goal: 文件按时办结。${after}
`);

ruleTester('missing-kpi', {
  severity: 'error',
  valid: [
    { name: 'accepts leaves that each have an indicator', text: fixture('consistent.budget.yaml') },
    {
      name: 'accepts a parent activity without indicators: its children carry them',
      text: withActivities(yaml`
        - name: 政务服务
          budget: 10.00
          goal: 保障机关正常运转。
          children:
            - name: 综合协调
              budget: 10.00
              goal: 确保政令统一。
              indicators:
                - name: 综合协调处理
                  ${GRADES}
      `),
    },
  ],
  invalid: [
    {
      name: 'flags a leaf activity without an indicators key, at its name; the fix appends an indicators block with one nameless indicator and four grades, at the activity\'s indentation',
      text: withoutKpi,
      findings: [meetingWithoutKpi],
      output: skeletonAdded,
      also: () => {
        readableFixed(skeletonAdded)();
        // The inserted indicator is left for the user to name (incomplete-grades says so).
        assert.deepEqual(findings(skeletonAdded, 'incomplete-grades').map(pin), [{
          rule: 'incomplete-grades',
          severity: 'error',
          path: 'performance.activities[0].children[1].indicators[0]',
          range: '67:15-67:20',
          zh: '职责活动“会议管理”的第 1 项绩效指标没有名称',
          en: 'Indicator 1 of activity “会议管理” has no name',
        }]);
      },
    },
    {
      name: 'flags `indicators: []`, and the fix fills it in place instead of repeating the key',
      text: consistentWith(MEETING_INDICATORS, '          indicators: []\n'),
      findings: [meetingWithoutKpi],
      output: skeletonAdded,
    },
    {
      name: 'fills `indicators: []` in place, keeping its comment',
      text: consistentWith(MEETING_INDICATORS, '          indicators: []  # 待补\n'),
      findings: [meetingWithoutKpi],
      output: consistentWith(MEETING_INDICATORS, SKELETON.replace('indicators:\n', 'indicators:  # 待补\n')),
      also: readableFixed(consistentWith(MEETING_INDICATORS, SKELETON.replace('indicators:\n', 'indicators:  # 待补\n'))),
    },
    {
      name: 'flags `indicators:` with no value, and the fix fills it instead of repeating the key',
      text: consistentWith(MEETING_INDICATORS, '          indicators:\n'),
      findings: [meetingWithoutKpi],
      output: skeletonAdded,
    },
    {
      name: 'inserts after a comment that ends the activity, keeping the comment',
      text: withoutKpi.replace('goal: 控制会议费开支。\n', 'goal: 控制会议费开支。  # 指标待定\n'),
      findings: [meetingWithoutKpi],
      output: skeletonAdded.replace('goal: 控制会议费开支。\n', 'goal: 控制会议费开支。  # 指标待定\n'),
    },
    {
      name: 'inserts at the end of the last top-level activity, before the next section',
      text: consistentWith(`      indicators:\n${AUDIT}`, ''),
      findings: [noKpi('performance.activities[1]', '69:13-69:17', '审计业务')],
      output: consistentWith(AUDIT, `        - name:\n          ${GRADES}\n`),
      also: readableFixed(consistentWith(AUDIT, `        - name:\n          ${GRADES}\n`)),
    },
    {
      name: 'writes CRLF line endings into a CRLF document',
      text: crlf(withoutKpi),
      findings: [meetingWithoutKpi],
      output: crlf(skeletonAdded),
    },
    {
      name: 'treats an activity with `children: []` as a leaf',
      text: noChildren(''),
      findings: [noKpi('performance.activities[0]', '50:13-50:17', '政务服务')],
      output: noChildren(`\n    indicators:\n      - name:\n        ${GRADES}`),
    },
    {
      name: 'flags a leaf three levels deep, not its parents',
      text: threeDeep(''),
      findings: [noKpi('performance.activities[0].children[0].children[0]', '58:21-58:25', '文件运转')],
      output: threeDeep(`\n            indicators:\n              - name:\n                ${GRADES}`),
    },
    {
      name: 'offers no fix for an activity written as a flow map',
      text: withActivities(yaml`
        - { name: 审计业务, budget: 213.00, goal: 维护财政经济秩序。 }
      `),
      findings: [noKpi('performance.activities[0]', '50:15-50:19', '审计业务', false)],
    },
  ],
});
