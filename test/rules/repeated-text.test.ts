import { consistentWith, fixture } from '../helpers';
import { ruleTester } from './tester';

/** The fixture with the reasons of the change (line 28, value from column 14) written as given. */
const reasons = (text: string) => consistentWith('reasons: 基本支出增加主要是人员调资。', `reasons: ${text}`);
const REASONS = 'overview.change.reasons';

const clause = (range: string, text: string) => ({
  path: REASONS,
  range,
  message: { zh: `分句“${text}”连写了两遍`, en: `The clause “${text}” is written twice in a row` },
  fixTitle: { zh: `删除重复的分句“${text}”`, en: `Remove the repeated clause “${text}”` },
});

const word = (path: string, range: string, text: string, fixable = true) => ({
  path,
  range,
  message: { zh: `“${text}${text}”：“${text}”重复`, en: `“${text}${text}”: “${text}” is written twice` },
  ...(fixable ? { fixTitle: { zh: `删除重复的“${text}”`, en: `Remove the repeated “${text}”` } } : {}),
});

ruleTester('repeated-text', {
  severity: 'warning',
  valid: [
    { name: 'accepts text written once', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the close-looking text of plain-text.budget.yaml', text: fixture('plain-text.budget.yaml') },
    ...['促进平安和和谐发展', '常常检查，天天巡查', '一步一步推进', '老有所养，老有所依，老有所乐', '应保尽保、应退尽退', '人员调资；公用经费调整', '增长6.67%，增长6.67%的原因是调资']
      .map((text) => ({ name: `accepts ${text}`, text: reasons(text) })),
  ],
  invalid: [
    {
      name: 'flags a clause written twice and drops the second, with its separator',
      text: reasons('完成民政规划和立法项目；依法按时办理行政复议案件；依法按时办理行政复议案件；为政策提供咨询服务。'),
      findings: [clause('28:38-28:51', '依法按时办理行政复议案件')],
      output: reasons('完成民政规划和立法项目；依法按时办理行政复议案件；为政策提供咨询服务。'),
    },
    {
      name: 'flags a repeated item of a list: 办公费、办公费',
      text: reasons('办公费、办公费、印刷费增加。'),
      findings: [clause('28:17-28:21', '办公费')],
      output: reasons('办公费、印刷费增加。'),
    },
    {
      name: 'flags 生活生活费 and drops one 生活',
      text: consistentWith('content: 主管全区审计工作。', 'content: 补助贫困寄宿生活生活费，为农村学生免费提供教科书。'),
      findings: [word('performance.activities[1].content', '71:24-71:26', '生活')],
      output: consistentWith('content: 主管全区审计工作。', 'content: 补助贫困寄宿生活费，为农村学生免费提供教科书。'),
    },
    {
      name: 'flags a word repeated in an indicator name, inside quotes',
      text: consistentWith('- name: 审计计划完成率', '- name: "审计计划计划完成率"'),
      findings: [word('performance.activities[1].indicators[0].name', '74:22-74:24', '计划')],
      output: consistentWith('- name: 审计计划完成率', '- name: "审计计划完成率"'),
    },
    {
      name: 'points at the whole text, with no fix, where the source does not write it as it reads (a block scalar)',
      text: reasons('|\n      人员调资调资。'),
      findings: [word(REASONS, '28:14-30:1', '调资', false)],
    },
  ],
});
