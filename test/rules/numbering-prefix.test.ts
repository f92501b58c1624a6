import { strict as assert } from 'assert';
import { consistentWith, fixture, yaml } from '../helpers';
import { unreadable, withActivities } from './support';
import { ruleTester } from './tester';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

/** One top-level activity with this name, written as given. */
const activity = (name: string) => withActivities(yaml`
  - name: ${name}
    budget: 213.00
    goal: 维护财政经济秩序。
    indicators:
      - name: 审计计划完成率
        ${GRADES}
`);

/** The finding on a name that starts with `prefix`; its fix removes the prefix and nothing else. */
const prefixed = (path: string, range: string, name: string, prefix: string, rest: string) => ({
  path,
  range,
  message: {
    zh: `名称“${name}”以编号“${prefix}”开头；编号由排版自动生成，应写作“${rest}”`,
    en: `Name “${name}” starts with the numbering “${prefix}”; numbers are generated when rendering, so write “${rest}”`,
  },
  expected: rest,
  found: name,
  fixTitle: { zh: `删除编号“${prefix}”`, en: `Remove the numbering “${prefix}”` },
});

/** The top-level activity's name, written `length` characters long from line 50, column 13. */
const topName = (length: number, name: string, prefix: string, rest: string) => prefixed('performance.activities[0].name', `50:13-50:${13 + length}`, name, prefix, rest);

/** What any fix must keep: the result still parses and fits the schema. */
const readable = (text: string) => () => assert.deepEqual(unreadable(text), []);

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

/** The fixture with numbered names of units, income lines, procurement items and asset classes. */
const numberedRows = [
  ['{ name: 示范区管委会,', '{ name: 1、示范区管委会,'],
  ['{ name: 其他收入,', '{ name: 2、其他收入,'],
  ['name: 办公设备,', 'name: 2、办公设备,'],
  ['{ name: 汽车,', '{ name: （二）汽车,'],
].reduce((t, [from, to]) => t.replace(from!, to!), fixture('consistent.budget.yaml'));

const deep = (name: string) => withActivities(yaml`
  - name: 政务服务
    budget: 10.00
    goal: 保障机关正常运转。
    children:
      - name: 综合协调
        budget: 10.00
        goal: 确保政令统一。
        children:
          - name: ${name}
            budget: 10.00
            goal: 文件按时办结。
            indicators:
              - name: 文件按时办结率
                ${GRADES}
`);

/** Names flagged at the top-level activity: name, prefix, what is left, range. */
const NUMBERED: [string, string, string, string][] = [
  ['三十八、卫计政务管理', '三十八、', '卫计政务管理', '50:13-50:23'],
  ['3、会议管理', '3、', '会议管理', '50:13-50:19'],
  ['（一）综合协调', '（一）', '综合协调', '50:13-50:20'],
  ['(2)综合协调', '(2)', '综合协调', '50:13-50:20'],
  ['2. 会议管理', '2.', '会议管理', '50:13-50:20'],
  ['一．政务服务', '一．', '政务服务', '50:13-50:19'],
  // Followed by a numeral that is not the next number: numbering.
  ['一、三级医院建设', '一、', '三级医院建设', '50:13-50:21'],
  ['3、5G网络建设', '3、', '5G网络建设', '50:13-50:21'],
  // The next numeral begins a word, not a list: numbering.
  ['二、三公经费管理', '二、', '三公经费管理', '50:13-50:21'],
  ['一、二手车市场监管', '一、', '二手车市场监管', '50:13-50:22'],
  ['三、四好农村路建设', '三、', '四好农村路建设', '50:13-50:22'],
];


ruleTester('numbering-prefix', {
  severity: 'warning',
  valid: [
    { name: 'accepts names without numbering', text: fixture('consistent.budget.yaml') },
    ...['2018年重点项目', '1.5亿元项目', '1．5亿元项目', '三公经费', '十佳文明单位评选', '（2018）年度审计'].map((name) => ({ name: `does not take the start of ${name} for numbering`, text: activity(name) })),
    ...['一、二级公路养护', '一、二类疫苗接种率', '一、二、三产业融合发展', '十九、二十届会议筹备', '1、2号楼维修', '一百零一、一百零二号楼建设',
      '一、二年级学生营养餐补助', '一、二季度经费', '1、2栋宿舍楼维修', '一、二标段道路工程', '九、十月份专项']
      .map((name) => ({ name: `reads ${name} as a list of numerals, not numbering (the first is followed by the next)`, text: activity(name) })),
    { name: 'leaves a name that is nothing but a number to the reader: 三、', text: activity('三、') },
    {
      name: 'does not check duties or notes: they are sentences, not names',
      text: consistentWith('    - 编制辖区总体规划\n', '    - 1、编制辖区总体规划\n').replace('  - 本部门无', '  - 1、本部门无'),
    },
  ],
  invalid: [
    // The space after a prefix goes with it: 2. 会议管理 becomes 会议管理.
    ...NUMBERED.map(([name, prefix, rest, range]) => ({
      name: `flags ${name}, suggesting ${rest}`,
      text: activity(name),
      findings: [prefixed('performance.activities[0].name', range, name, prefix, rest)],
      output: activity(rest),
    })),
    {
      name: 'flags activity names at any depth',
      text: deep('3、文件运转'),
      findings: [prefixed('performance.activities[0].children[0].children[0].name', '58:21-58:27', '3、文件运转', '3、', '文件运转')],
      output: deep('文件运转'),
    },
    {
      name: 'flags an indicator name',
      text: consistentWith('- name: 审计计划完成率', '- name: 1、审计计划完成率'),
      findings: [prefixed('performance.activities[1].indicators[0].name', '74:17-74:26', '1、审计计划完成率', '1、', '审计计划完成率')],
      output: fixture('consistent.budget.yaml'),
    },
    {
      name: 'flags a glossary term, as the seed document numbers them, and fixes it inside a flow mapping',
      text: consistentWith('{ term: 基本支出,', '{ term: 4、基本支出,'),
      findings: [prefixed('glossary[0].term', '88:13-88:19', '4、基本支出', '4、', '基本支出')],
      output: fixture('consistent.budget.yaml'),
      also: readable(fixture('consistent.budget.yaml')),
    },
    {
      name: 'flags a duty name of the duty goals',
      text: consistentWith('{ duty: 政务服务,', '{ duty: 一、政务服务,'),
      findings: [prefixed('performance.dutyGoals[0].duty', '48:15-48:21', '一、政务服务', '一、', '政务服务')],
      output: fixture('consistent.budget.yaml'),
    },
    {
      name: 'flags the names of units, income lines, procurement items and asset classes',
      text: numberedRows,
      findings: [
        prefixed('organization.units[0].name', '10:15-10:23', '1、示范区管委会', '1、', '示范区管委会'),
        prefixed('overview.income.items[1].name', '19:17-19:23', '2、其他收入', '2、', '其他收入'),
        prefixed('procurement.items[1].name', '80:34-80:40', '2、办公设备', '2、', '办公设备'),
        prefixed('assets.items[1].name', '86:15-86:20', '（二）汽车', '（二）', '汽车'),
      ],
      output: fixture('consistent.budget.yaml'),
    },
    {
      name: 'removes the prefix and nothing else, keeping a comment on the line',
      text: activity('三十八、卫计政务管理  # 原文编号'),
      findings: [topName(10, '三十八、卫计政务管理', '三十八、', '卫计政务管理')],
      output: activity('卫计政务管理  # 原文编号'),
      also: readable(activity('卫计政务管理  # 原文编号')),
    },
    {
      name: 'removes the prefix inside quotes, keeping them',
      text: activity('"（一）综合协调"'),
      findings: [topName(9, '（一）综合协调', '（一）', '综合协调')],
      output: activity('"综合协调"'),
      also: readable(activity('"综合协调"')),
    },
    {
      name: 'quotes what is left when it would otherwise read as YAML: 3、[草案]项目',
      text: activity('3、[草案]项目'),
      findings: [topName(8, '3、[草案]项目', '3、', '[草案]项目')],
      output: activity('"[草案]项目"'),
      also: readable(activity('"[草案]项目"')),
    },
    ...['2019', '12.5', 'true', 'null'].map((rest) => ({
      name: `quotes what is left when it would otherwise read as a number, a boolean or null: 1、${rest}`,
      text: activity(`1、${rest}`),
      findings: [topName(2 + rest.length, `1、${rest}`, '1、', rest)],
      output: activity(`"${rest}"`),
      also: readable(activity(`"${rest}"`)),
    })),
    {
      name: 'keeps CRLF line endings',
      text: crlf(activity('3、会议管理')),
      findings: [topName(6, '3、会议管理', '3、', '会议管理')],
      output: crlf(activity('会议管理')),
    },
  ],
});
