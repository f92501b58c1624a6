import { fixture, yaml } from '../helpers';
import { withActivities, withIndicators } from './support';
import { ruleTester } from './tester';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

const finding = (path: string, range: string, zh: string, en: string) => ({ path: `performance.activities[0].indicators[${path}`, range, message: { zh, en } });

ruleTester('incomplete-grades', {
  severity: 'error',
  valid: [
    { name: 'accepts indicators with a name and all four grades', text: fixture('consistent.budget.yaml') },
    {
      name: 'accepts grades written as words rather than thresholds',
      text: withIndicators(yaml`
        - name: 群众满意度
          grades: { excellent: 优秀, good: 良好, fair: 一般, poor: 较差 }
      `),
    },
  ],
  invalid: [
    {
      name: 'flags an indicator without a name, at the indicator\'s first line',
      text: withIndicators(yaml`
        - ${GRADES}
      `),
      findings: [finding('0]', '54:11-54:74', '职责活动“审计业务”的第 1 项绩效指标没有名称', 'Indicator 1 of activity “审计业务” has no name')],
    },
    {
      name: 'counts `name:` with no value, and a blank name, as no name',
      text: withIndicators(yaml`
        - name:
          ${GRADES}
        - name: "  "
          ${GRADES}
      `),
      findings: [
        finding('0]', '54:11-54:16', '职责活动“审计业务”的第 1 项绩效指标没有名称', 'Indicator 1 of activity “审计业务” has no name'),
        finding('1]', '56:11-56:21', '职责活动“审计业务”的第 2 项绩效指标没有名称', 'Indicator 2 of activity “审计业务” has no name'),
      ],
    },
    {
      name: 'flags an indicator with three of the four grades, naming the missing one, at the indicator\'s name',
      text: withIndicators(yaml`
        - name: 审计计划完成率
          grades: { excellent: ≥95%, good: ≥85%, fair: ≥75% }
      `),
      findings: [finding('0].name', '54:17-54:24', '绩效指标“审计计划完成率”缺少评价标准：差', 'Indicator “审计计划完成率” lacks the grade poor')],
    },
    {
      name: 'counts empty grade strings, and grades with no value, as missing',
      text: withIndicators(yaml`
        - name: 审计计划完成率
          grades:
            excellent: ≥95%
            good: ''
            fair:
            poor: <75%
      `),
      findings: [finding('0].name', '54:17-54:24', '绩效指标“审计计划完成率”缺少评价标准：良、中', 'Indicator “审计计划完成率” lacks the grades good, fair')],
    },
    {
      name: 'flags an indicator with no grades at all',
      text: withIndicators(yaml`
        - name: 审计计划完成率
      `),
      findings: [finding('0].name', '54:17-54:24', '绩效指标“审计计划完成率”缺少评价标准：优、良、中、差', 'Indicator “审计计划完成率” lacks the grades excellent, good, fair, poor')],
    },
    {
      name: 'says both when an indicator has neither a name nor all grades',
      text: withIndicators(yaml`
        - name: 审计计划完成率
          ${GRADES}
        - grades: { excellent: ≥95% }
      `),
      findings: [finding('1]', '56:11-56:38', '职责活动“审计业务”的第 2 项绩效指标没有名称，也缺少评价标准：良、中、差', 'Indicator 2 of activity “审计业务” has no name and lacks the grades good, fair, poor')],
    },
    {
      name: 'checks the indicators of a child activity',
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
                  grades: { excellent: ≥90%, good: ≥80%, poor: <70% }
      `),
      findings: [{
        path: 'performance.activities[0].children[0].indicators[0].name',
        range: '58:21-58:27',
        message: { zh: '绩效指标“综合协调处理”缺少评价标准：中', en: 'Indicator “综合协调处理” lacks the grade fair' },
      }],
    },
  ],
});
