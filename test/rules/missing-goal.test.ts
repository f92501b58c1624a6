import { consistentWith, fixture, yaml } from '../helpers';
import { withActivities } from './support';
import { ruleTester } from './tester';

const AUDIT_GOAL = '      goal: 维护财政经济秩序。\n';

/** The finding at an activity's `name` key, `line:col-line:col`. */
const noGoal = (path: string, range: string, name: string) => ({
  path, range, message: { zh: `职责活动“${name}”没有绩效目标`, en: `Activity “${name}” has no performance goal` },
});

const auditWithoutGoal = noGoal('performance.activities[1]', '69:13-69:17', '审计业务');

ruleTester('missing-goal', {
  severity: 'warning',
  valid: [
    { name: 'accepts a document where every activity, parent and leaf, has a goal', text: fixture('consistent.budget.yaml') },
    { name: 'accepts a goal written as a block scalar', text: consistentWith(AUDIT_GOAL, '      goal: |\n        维护财政经济秩序。\n') },
  ],
  invalid: [
    { name: 'flags an activity without a goal key, at its name', text: consistentWith(AUDIT_GOAL, ''), findings: [auditWithoutGoal] },
    { name: 'counts `goal:` with no value as missing', text: consistentWith(AUDIT_GOAL, '      goal:\n'), findings: [auditWithoutGoal] },
    { name: 'counts a goal of only spaces as missing', text: consistentWith(AUDIT_GOAL, '      goal: "   "\n'), findings: [auditWithoutGoal] },
    {
      name: 'flags a parent activity without a goal, not only leaves',
      text: consistentWith('      goal: 保障机关正常运转。\n', ''),
      findings: [noGoal('performance.activities[0]', '50:13-50:17', '政务服务')],
    },
    {
      name: 'flags an activity three levels deep, and only it',
      text: withActivities(yaml`
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
                  indicators:
                    - name: 文件按时办结率
                      grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }
      `),
      findings: [noGoal('performance.activities[0].children[0].children[0]', '58:21-58:25', '文件运转')],
    },
    {
      name: 'reports every activity without a goal, parents before their children',
      text: withActivities(yaml`
        - name: 政务服务
          budget: 10.00
          children:
            - name: 综合协调
              budget: 10.00
              indicators:
                - name: 综合协调处理
                  grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }
      `),
      findings: [
        noGoal('performance.activities[0]', '50:13-50:17', '政务服务'),
        noGoal('performance.activities[0].children[0]', '53:17-53:21', '综合协调'),
      ],
    },
  ],
});
