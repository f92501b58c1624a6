import { fixture, yaml } from '../helpers';
import { withActivities } from './support';
import { ruleTester } from './tester';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

/** A leaf activity from line 50: name on 50 (column 13), content 52, goal 53, its indicator's name on 55 (column 17). */
const leaf = (name: string, content: string, goal: string, indicator: string) => withActivities(yaml`
  - name: ${name}
    budget: 10.00
    content: ${content}
    goal: ${goal}
    indicators:
      - name: ${indicator}
        ${GRADES}
`);

const repeats = (path: string, range: string, name: string, zh: string, en: string, one = false) => ({
  path,
  range,
  message: {
    zh: `职责活动“${name}”的${zh}只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标`,
    en: `Activity “${name}”: its ${en} only repeat${one ? 's' : ''} its name and say${one ? 's' : ''} nothing of what is done or what it should achieve; write the work and a goal that can be measured`,
  },
});

const sentence = (path: string, range: string, name: string, goalOf?: { name: string; path: string; range: string }) => ({
  path,
  range,
  message: {
    zh: `绩效指标“${name}”是一句话，不是可衡量的指标${goalOf ? `；它与职责活动“${goalOf.name}”的绩效目标相同，疑为错列` : ''}：请写指标名称（如“……完成率”“……人数”）`,
    en: `Indicator “${name}” is a sentence, not a measure${goalOf ? `; it is the goal of activity “${goalOf.name}”, likely a slipped column` : ''}: name what is measured (a rate, a count)`,
  },
  ...(goalOf ? { related: [{ path: goalOf.path, range: goalOf.range, message: { zh: `职责活动“${goalOf.name}”的绩效目标`, en: `goal of activity “${goalOf.name}”` } }] } : {}),
});

const SLIPPED = '完善互联网管理领导体制，加强网上舆论引导，营造良好网络舆论氛围，发展健康向上网络文化。';

/** 舆论舆情引导管理 with the goal of its sibling 互联网宣传和信息内容管理 in its indicator column, as the seed has it. */
const slipped = withActivities(yaml`
  - name: 宣传思想工作
    budget: 10.00
    goal: 弘扬主旋律。
    children:
      - name: 舆论舆情引导管理
        budget: 3.00
        goal: 牢牢把握正确导向。
        indicators:
          - name: ${SLIPPED}
            ${GRADES}
      - name: 互联网宣传和信息内容管理
        budget: 7.00
        goal: ${SLIPPED}
        indicators:
          - name: 网络舆情处置率
            ${GRADES}
`);

ruleTester('placeholder-text', {
  severity: 'warning',
  valid: [
    { name: 'accepts activities that say what they do', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the close-looking text of plain-text.budget.yaml', text: fixture('plain-text.budget.yaml') },
    { name: 'accepts a content that starts with the name and goes on', text: leaf('综合业务管理', '综合业务管理工作，包括文件运转。', '文件按时办结。', '综合业务管理工作完成率') },
    { name: 'accepts an indicator that measures the name: 审计业务完成率', text: leaf('审计业务', '主管全区审计工作。', '维护财政经济秩序。', '审计业务完成率') },
    ...['审计计划完成率。', '园区道路、社区卫生保洁完成率', '舆情信息收集、分析、上报数量', '组织开展网络宣传活动（次）', '农村“两委”中女性成员比例']
      .map((name) => ({ name: `accepts an indicator with punctuation that is still a measure: ${name}`, text: leaf('审计业务', '主管全区审计工作。', '维护财政经济秩序。', name) })),
    // 沧州经济开发区2018, 林业政务管理: one clause, graded as 年度土地变更调查工作完成 is; the full stop makes no sentence of it.
    { name: 'accepts one clause ended by a full stop that is no goal: 依法依规完成年度工作任务。', text: leaf('林业政务管理', '依法依规履行机关日常管理工作。', '确保机关业务正常运行。', '依法依规完成年度工作任务。') },
  ],
  invalid: [
    {
      name: 'flags 综合业务管理, whose content, goal and indicator are its name',
      text: leaf('综合业务管理', '综合业务管理', '综合业务管理', '综合业务管理'),
      findings: [repeats('performance.activities[0]', '50:13-50:19', '综合业务管理', '内容描述、绩效目标、绩效指标', 'content, goal and indicator')],
    },
    {
      name: 'flags a content that only repeats the name with a full stop',
      text: leaf('审批事务管理', '审批事务管理。', '审批事项按时办结。', '审批事项按时办结率'),
      findings: [repeats('performance.activities[0]', '50:13-50:19', '审批事务管理', '内容描述', 'content', true)],
    },
    {
      name: 'flags a parent activity whose content and goal repeat its name, and its children apart',
      text: withActivities(yaml`
        - name: 综合执法事务管理
          budget: 10.00
          content: 综合执法事务管理
          goal: 综合执法事务管理
          children:
            - name: 执法业务管理
              budget: 10.00
              content: 执法业务管理
              goal: 执法业务管理
              indicators:
                - name: 执法业务管理
                  ${GRADES}
      `),
      findings: [
        repeats('performance.activities[0]', '50:13-50:21', '综合执法事务管理', '内容描述、绩效目标', 'content and goal'),
        repeats('performance.activities[0].children[0]', '55:17-55:23', '执法业务管理', '内容描述、绩效目标、绩效指标', 'content, goal and indicator'),
      ],
    },
    {
      name: 'flags a goal slipped into the indicator column, pointing at the activity whose goal it is',
      text: slipped,
      findings: [sentence('performance.activities[0].children[0].indicators[0].name', `58:21-58:${21 + SLIPPED.length}`, SLIPPED,
        { name: '互联网宣传和信息内容管理', path: 'performance.activities[0].children[1].goal', range: `62:17-62:${17 + SLIPPED.length}` })],
    },
    {
      name: 'flags an indicator that repeats its own goal',
      text: leaf('林业政务管理', '依法依规履行机关日常管理工作。', '依法依规完成年度工作任务。', '依法依规完成年度工作任务。'),
      findings: [sentence('performance.activities[0].indicators[0].name', '55:17-55:30', '依法依规完成年度工作任务。',
        { name: '林业政务管理', path: 'performance.activities[0].goal', range: '53:13-53:26' })],
    },
    {
      name: 'flags a sentence in the indicator column that is no one\'s goal',
      text: leaf('林业政务管理', '依法依规履行机关日常管理工作。', '确保机关业务正常运行。', '依法依规完成年度工作任务，确保机关正常运行。'),
      findings: [sentence('performance.activities[0].indicators[0].name', '55:17-55:39', '依法依规完成年度工作任务，确保机关正常运行。')],
    },
    {
      name: 'flags two sentences in the indicator column, each ended by a full stop',
      text: leaf('林业政务管理', '依法依规履行机关日常管理工作。', '确保机关业务正常运行。', '完成年度工作任务。确保机关正常运行。'),
      findings: [sentence('performance.activities[0].indicators[0].name', '55:17-55:35', '完成年度工作任务。确保机关正常运行。')],
    },
  ],
});
