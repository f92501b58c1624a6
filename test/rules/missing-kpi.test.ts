import { strict as assert } from 'assert';
import { consistentWith, findings, fixture, pin, yaml } from '../helpers';
import { unreadable, withActivities } from './support';
import { ruleTester } from './tester';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';
const MEETING_INDICATORS = `          indicators:\n            - name: 大型会议控制率\n              ${GRADES}\n`;
/** One indicator's keys, every value left empty, at a list item's indentation `pad`: no name or threshold made up. */
const items = (pad: string) => `${pad}- name:\n${pad}  grades:\n${['excellent', 'good', 'fair', 'poor'].map((k) => `${pad}    ${k}:\n`).join('')}`;
const SKELETON = `          indicators:\n${items('            ')}`;
const INSERT = { zh: '插入绩效指标框架（待填写）', en: 'Insert an indicator skeleton to fill in' };

/** A leaf without indicators; `output`: the text after its skeleton is inserted (a suggestion, never Fix all's). */
const noKpi = (path: string, range: string, name: string, output?: string) => ({
  path, range,
  message: { zh: `末级职责活动“${name}”没有绩效指标`, en: `Leaf activity “${name}” has no performance indicator` },
  fixTitle: undefined,
  ...(output !== undefined ? { suggestions: [{ title: INSERT, output }] } : {}),
});

/** What any fix must keep: the result still parses and fits the schema. */
const readableFixed = (output: string) => () => assert.deepEqual(unreadable(output), []);

/** The meeting activity without indicators, and with the skeleton its suggestion appends. */
const withoutKpi = consistentWith(MEETING_INDICATORS, '');
const skeletonAdded = consistentWith(MEETING_INDICATORS, SKELETON);
const meetingWithoutKpi = (output = skeletonAdded) => noKpi('performance.activities[0].children[1]', '62:17-62:21', '会议管理', output);

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
      name: 'flags a leaf activity without an indicators key, at its name; Fix all leaves it, and the suggestion appends an indicators block with one indicator whose name and four grades are left empty, at the activity\'s indentation',
      text: withoutKpi,
      findings: [meetingWithoutKpi()],
      also: (text) => {
        readableFixed(skeletonAdded)();
        // The inserted indicator is left for the user to name and grade (incomplete-grades says so): no threshold is made up.
        assert.doesNotMatch(SKELETON, /[≥≤<>%]|\d/);
        assert.deepEqual(findings(skeletonAdded, 'incomplete-grades').map(pin), [{
          rule: 'incomplete-grades',
          severity: 'error',
          path: 'performance.activities[0].children[1].indicators[0]',
          range: '67:15-67:20',
          zh: '职责活动“会议管理”的第 1 项绩效指标没有名称，也缺少评价标准：优、良、中、差',
          en: 'Indicator 1 of activity “会议管理” has no name and lacks the grades excellent, good, fair, poor',
        }]);
        // For a client that takes snippet edits: the same text with a tab stop at the name and at each grade.
        const [edit] = findings(text, 'missing-kpi')[0]!.suggestions![0]!.edits;
        assert.equal(edit!.snippet, '\n          indicators:\n            - name: $1\n              grades:\n                excellent: $2\n                good: $3\n                fair: $4\n                poor: $5$0');
      },
    },
    {
      name: 'flags `indicators: []`, and the suggestion fills it in place instead of repeating the key',
      text: consistentWith(MEETING_INDICATORS, '          indicators: []\n'),
      findings: [meetingWithoutKpi()],
    },
    {
      name: 'fills `indicators: []` in place, keeping its comment',
      text: consistentWith(MEETING_INDICATORS, '          indicators: []  # 待补\n'),
      findings: [meetingWithoutKpi(consistentWith(MEETING_INDICATORS, SKELETON.replace('indicators:\n', 'indicators:  # 待补\n')))],
      also: readableFixed(consistentWith(MEETING_INDICATORS, SKELETON.replace('indicators:\n', 'indicators:  # 待补\n'))),
    },
    {
      name: 'flags `indicators:` with no value, and the suggestion fills it instead of repeating the key',
      text: consistentWith(MEETING_INDICATORS, '          indicators:\n'),
      findings: [meetingWithoutKpi()],
    },
    {
      name: 'inserts after a comment that ends the activity, keeping the comment',
      text: withoutKpi.replace('goal: 控制会议费开支。\n', 'goal: 控制会议费开支。  # 指标待定\n'),
      findings: [meetingWithoutKpi(skeletonAdded.replace('goal: 控制会议费开支。\n', 'goal: 控制会议费开支。  # 指标待定\n'))],
    },
    {
      name: 'inserts at the end of the last top-level activity, before the next section',
      text: consistentWith(`      indicators:\n${AUDIT}`, ''),
      findings: [noKpi('performance.activities[1]', '69:13-69:17', '审计业务', consistentWith(AUDIT, items('        ')))],
      also: readableFixed(consistentWith(AUDIT, items('        '))),
    },
    {
      name: 'writes CRLF line endings into a CRLF document',
      text: crlf(withoutKpi),
      findings: [meetingWithoutKpi(crlf(skeletonAdded))],
    },
    {
      name: 'treats an activity with `children: []` as a leaf',
      text: noChildren(''),
      findings: [noKpi('performance.activities[0]', '50:13-50:17', '政务服务', noChildren(`\n    indicators:\n${items('      ').slice(0, -1)}`))],
    },
    {
      name: 'flags a leaf three levels deep, not its parents',
      text: threeDeep(''),
      findings: [noKpi('performance.activities[0].children[0].children[0]', '58:21-58:25', '文件运转', threeDeep(`\n            indicators:\n${items('              ').slice(0, -1)}`))],
    },
    {
      name: 'offers no skeleton for an activity written as a flow map',
      text: withActivities(yaml`
        - { name: 审计业务, budget: 213.00, goal: 维护财政经济秩序。 }
      `),
      findings: [noKpi('performance.activities[0]', '50:15-50:19', '审计业务')],
    },
  ],
});
