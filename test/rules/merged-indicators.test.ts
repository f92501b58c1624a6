import { strict as assert } from 'assert';
import { fixture } from '../helpers';
import { unreadable, withIndicators } from './support';
import { ruleTester } from './tester';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

/** Indicators with these names, each with the same grades; the first name starts at line 54, column 17. */
const indicators = (...names: string[]) => withIndicators(names.map((n) => `- name: ${n}\n  ${GRADES}\n`).join(''));

const merged = (name: string, first: string, second: string, line = 54) => ({
  path: `performance.activities[0].indicators[${(line - 54) / 2}].name`,
  range: `${line}:17-${line}:${17 + name.length}`,
  message: {
    zh: `绩效指标“${name}”是两项指标连在一起：“${first}”和“${second}”；请分成两项，各有评价标准`,
    en: `Indicator “${name}” is two indicators run together, “${first}” and “${second}”; make them two, each with its grades`,
  },
  fixTitle: { zh: `分成“${first}”和“${second}”两项`, en: `Split into “${first}” and “${second}”` },
});

const readable = (text: string) => () => assert.deepEqual(unreadable(text), []);

ruleTester('merged-indicators', {
  severity: 'warning',
  valid: [
    { name: 'accepts one measure per indicator', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the close-looking text of plain-text.budget.yaml', text: fixture('plain-text.budget.yaml') },
    ...['养老金扩面征缴任务完成率和发放率', '政务公开及时率与准确率', '案件查处率、结案率', '劳动生产率增长率', '城镇登记失业率控制率', '率先完成改革任务完成率',
      '效率', '综合率', '利率变动率', '审计计划完成率']
      .map((name) => ({ name: `accepts ${name}: one indicator`, text: indicators(name) })),
  ],
  invalid: [
    {
      name: 'flags 社会保险到位率公益性岗位到位率 and splits it into two indicators with the same grades',
      text: indicators('社会保险到位率公益性岗位到位率'),
      findings: [merged('社会保险到位率公益性岗位到位率', '社会保险到位率', '公益性岗位到位率')],
      output: indicators('社会保险到位率', '公益性岗位到位率'),
      also: readable(indicators('社会保险到位率', '公益性岗位到位率')),
    },
    {
      name: 'flags 军转干部解困到位率军转干部安置计划落实率 among other indicators, and keeps their order',
      text: indicators('资金使用规范率', '军转干部解困到位率军转干部安置计划落实率', '教育活动落实率'),
      findings: [merged('军转干部解困到位率军转干部安置计划落实率', '军转干部解困到位率', '军转干部安置计划落实率', 56)],
      output: indicators('资金使用规范率', '军转干部解困到位率', '军转干部安置计划落实率', '教育活动落实率'),
    },
    {
      name: 'flags a rate run into a satisfaction measure: 办件按时办结率群众满意度',
      text: indicators('办件按时办结率群众满意度'),
      findings: [merged('办件按时办结率群众满意度', '办件按时办结率', '群众满意度')],
      output: indicators('办件按时办结率', '群众满意度'),
    },
    {
      name: 'splits an indicator written as a flow mapping, and keeps a quoted name quoted',
      text: withIndicators(`- { name: "社会保险到位率公益性岗位到位率", ${GRADES} }\n`),
      findings: [{ ...merged('社会保险到位率公益性岗位到位率', '社会保险到位率', '公益性岗位到位率'), range: '54:19-54:36' }],
      output: withIndicators(`- { name: "社会保险到位率", ${GRADES} }\n- { name: "公益性岗位到位率", ${GRADES} }\n`),
      also: readable(withIndicators(`- { name: "社会保险到位率", ${GRADES} }\n- { name: "公益性岗位到位率", ${GRADES} }\n`)),
    },
    {
      name: 'offers no split for an indicator holding a comment, which would be said twice',
      text: withIndicators(`- name: 社会保险到位率公益性岗位到位率\n  # 口径：人社局年报\n  ${GRADES}\n`),
      findings: [{ ...merged('社会保险到位率公益性岗位到位率', '社会保险到位率', '公益性岗位到位率'), fixTitle: undefined }],
    },
    {
      name: 'keeps CRLF line endings when it adds the second indicator',
      text: indicators('社会保险到位率公益性岗位到位率').replace(/\n/g, '\r\n'),
      findings: [merged('社会保险到位率公益性岗位到位率', '社会保险到位率', '公益性岗位到位率')],
      output: indicators('社会保险到位率', '公益性岗位到位率').replace(/\n/g, '\r\n'),
    },
  ],
});

