import { fixture, yaml } from '../helpers';
import { withActivities, withIndicators } from './support';
import { ruleTester } from './tester';

const PERCENT = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';
const LIST = '≥90% / ≥80% / ≥70% / <70%';

/** One indicator with this name and these grades; its name starts at line 54, column 17. */
const indicator = (name: string, grades = PERCENT) => withIndicators(yaml`
  - name: ${name}
    ${grades}
`);

/** How the message names what the indicator states, and what it asks for, by the kind of figure. */
const SAYS = {
  count: { unit: (u: string) => `is counted in ${u}`, word: 'counts', zh: '数目没有百分比等级，请写明目标数量', en: 'a count has no percentage grade; grade the target count' },
  amount: { unit: (u: string) => `is measured in ${u}`, word: 'is an amount', zh: '数值没有百分比等级，请写明目标数值', en: 'an amount has no percentage grade; grade the target amount' },
  multiple: { unit: (u: string) => `is a multiple (${u})`, word: 'is a multiple', zh: '倍数没有百分比等级，请写明目标倍数', en: 'a multiple has no percentage grade; grade the target multiple' },
};

/** The finding on the indicator named `name`, counted in `unit` (a bracketed unit) or by `word`, a figure of `kind`. */
const counted = (name: string, how: { unit: string } | { word: string }, harmful = false, list = LIST, kind: keyof typeof SAYS = 'count') => ({
  path: 'performance.activities[0].indicators[0].name',
  range: `54:17-54:${17 + name.length}`,
  message: {
    zh: `绩效指标“${name}”${'unit' in how ? `以“${how.unit}”计` : `计的是“${how.word}”`}，评价标准却是百分比（${list}）：${SAYS[kind].zh}，或改为按完成率评价${harmful ? '；且此类数目越少越好，“优”却要求更高的值' : ''}`,
    en: `Indicator “${name}” ${'unit' in how ? SAYS[kind].unit(how.unit) : `${SAYS[kind].word} (${how.word})`}, but its grades are percentages (${list}): ${SAYS[kind].en}, or measure a rate instead${harmful ? '; and here fewer is better, while “excellent” asks for more' : ''}`,
  },
});

/**
 * Indicators with these names, each graded as given (the template's ≥90% … when a name alone is given); the n-th
 * name starts at line 54 + 2n, column 17.
 */
const indicators = (...rows: (string | [string, string])[]) => withIndicators(rows.map((r) => {
  const [name, grades] = typeof r === 'string' ? [r, PERCENT] : r;
  return `- name: ${name}\n  ${grades}\n`;
}).join(''));

/** The finding on the n-th indicator of `indicators(…)`, a count of harm graded on the document's common scale. */
const harmOnScale = (n: number, name: string, how: { unit: string } | { word: string }) => ({
  path: `performance.activities[0].indicators[${n}].name`,
  range: `${54 + 2 * n}:17-${54 + 2 * n}:${17 + name.length}`,
  message: {
    zh: `绩效指标“${name}”${'unit' in how ? `以“${how.unit}”计` : `计的是“${how.word}”`}，此类数目越少越好，却按全文统一的评价标准（${LIST}）评价，“优”要求更高的值：请为它写明上限（如 ≤0），或改为按比率评价`,
    en: `Indicator “${name}” ${'unit' in how ? SAYS.count.unit(how.unit) : `${SAYS.count.word} (${how.word})`}, where fewer is better, but it is graded on the document's common scale (${LIST}), where “excellent” asks for more: grade it by a ceiling (such as ≤0), or measure a rate instead`,
  },
});

/** `counted(…)` on the n-th indicator of `indicators(…)`. */
const countedAt = (n: number, ...args: Parameters<typeof counted>) => {
  const f = counted(...args);
  return { ...f, path: `performance.activities[0].indicators[${n}].name`, range: `${54 + 2 * n}:17-${54 + 2 * n}:${17 + args[0].length}` };
};

ruleTester('indicator-unit', {
  severity: 'warning',
  valid: [
    { name: 'accepts rates graded in percentages', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the close-looking text of plain-text.budget.yaml', text: fixture('plain-text.budget.yaml') },
    ...['社会组织年检率', '群众满意度', '资金支出占比', '农村“两委”中女性成员比例', '空气质量指数', '服务质量', '工作任务完成情况']
      .map((name) => ({ name: `accepts ${name}, which is no count, graded in percentages`, text: indicator(name) })),
    ...['实际回迁安置户数/符合回迁安置条件户数', '每千人口床位数', '人均培训次数', '接受培训人数占比', '培训人数完成率']
      .map((name) => ({ name: `accepts ${name}, a ratio of counts, graded in percentages`, text: indicator(name) })),
    { name: 'accepts a count graded in counts: 培训人数 ≥200人', text: indicator('培训人数', 'grades: { excellent: ≥200人, good: ≥150人, fair: ≥100人, poor: <100人 }') },
    { name: 'accepts a count graded partly in counts', text: indicator('组织培训（次）', 'grades: { excellent: ≥10次, good: ≥80%, fair: ≥70%, poor: <70% }') },
    { name: 'leaves an indicator without grades to incomplete-grades', text: withIndicators('- name: 培训人数\n') },
    // The template grades every indicator alike, ≥90% / ≥80% / ≥70% / <70%: how fully its target is met, which
    // fits a count as well as a rate (沧州经济开发区2018, 培训基层妇联干部人数 beside 大型会议控制率).
    {
      name: 'accepts counts, amounts and multiples on the document\'s common scale of three or more indicators',
      text: indicators('大型会议控制率', '培训基层妇联干部人数', '组织新闻发言人培训（次）', '二氧化硫减排量', '科技基金直接杠杆放大倍数'),
    },
    {
      name: 'reads the common scale through an unnamed indicator, one without grades and a slipped column',
      text: indicators('审计计划完成率', ['', PERCENT], '培训人数', ['≥90%', 'grades: { excellent: ≥80%, good: ≥70%, fair: <70%, poor: <70% }'], ['年度土地变更调查工作完成', 'grades: {}']),
    },
    {
      name: 'reads the common scale across activities, in their subtrees',
      text: withActivities(yaml`
        - name: 妇联
          budget: 213.00
          children:
            - name: 综合业务管理
              budget: 213.00
              indicators:
                - name: 培训基层妇联干部人数
                  ${PERCENT}
        - name: 审计
          budget: 0
          indicators:
            - name: 审计计划完成率
              ${PERCENT}
            - name: 大型会议控制率
              ${PERCENT}
      `),
    },
  ],
  invalid: [
    { name: 'flags 重大食品事故案件（个）, where fewer is better', text: indicator('重大食品事故案件（个）'), findings: [counted('重大食品事故案件（个）', { unit: '个' }, true)] },
    { name: 'flags 组织新闻发言人培训（次）', text: indicator('组织新闻发言人培训（次）'), findings: [counted('组织新闻发言人培训（次）', { unit: '次' })] },
    { name: 'flags 与京津合作建设的科技成果转化基地数量（家）', text: indicator('与京津合作建设的科技成果转化基地数量（家）'), findings: [counted('与京津合作建设的科技成果转化基地数量（家）', { unit: '家' })] },
    { name: 'flags a unit in half-width brackets: 新增就业(万元)', text: indicator('扶持创业资金(万元)'), findings: [counted('扶持创业资金(万元)', { unit: '万元' }, false, LIST, 'amount')] },
    { name: 'flags an amount in tons: 削减散煤（吨）', text: indicator('削减散煤（吨）'), findings: [counted('削减散煤（吨）', { unit: '吨' }, false, LIST, 'amount')] },
    { name: 'flags a multiple in brackets: 资金放大（倍）', text: indicator('资金放大（倍）'), findings: [counted('资金放大（倍）', { unit: '倍' }, false, LIST, 'multiple')] },
    ...([['培训基层妇联干部人数', '人数'], ['安装设备套数', '套数'], ['爱国主义教育基地参观学习人次', '人次'], ['组织召开系列主题新闻发布会场次', '场次'],
      ['列入国家级规划项目数量', '数量']] as const)
      .map(([name, word]) => ({ name: `flags ${name}`, text: indicator(name), findings: [counted(name, { word })] })),
    { name: 'flags 科技基金直接杠杆放大倍数, a multiple', text: indicator('科技基金直接杠杆放大倍数'), findings: [counted('科技基金直接杠杆放大倍数', { word: '倍数' }, false, LIST, 'multiple')] },
    ...(['二氧化硫减排量', '粮食产量'] as const).map((name) => ({
      name: `flags ${name}, an amount`, text: indicator(name), findings: [counted(name, { word: name.endsWith('产量') ? '产量' : '减排量' }, false, LIST, 'amount')],
    })),
    {
      name: 'flags a count of harm graded from ≥90%: 安全生产事故次数',
      text: indicator('安全生产事故次数'),
      findings: [counted('安全生产事故次数', { word: '次数' }, true)],
    },
    {
      name: 'flags a count of harm on the common scale, where fewer is better, and leaves the other counts be',
      text: indicators('重大食品事故案件（个）', '培训基层妇联干部人数', '审计计划完成率'),
      findings: [harmOnScale(0, '重大食品事故案件（个）', { unit: '个' })],
    },
    {
      name: 'flags counts in percentages when two indicators alone share the grades: no common scale yet',
      text: indicators('培训基层妇联干部人数', '大型会议控制率'),
      findings: [countedAt(0, '培训基层妇联干部人数', { word: '人数' })],
    },
    {
      name: 'flags a count in percentages where the indicators are graded one by one',
      text: indicators('大型会议控制率', '培训基层妇联干部人数', '审计计划完成率', ['群众满意度', 'grades: { excellent: ≥95%, good: ≥85%, fair: ≥75%, poor: <75% }']),
      findings: [countedAt(1, '培训基层妇联干部人数', { word: '人数' })],
    },
    {
      name: 'flags a count in percentages beside counts graded in counts: the scale is not common',
      text: indicators('培训基层妇联干部人数', '大型会议控制率', '审计计划完成率', ['组织培训（次）', 'grades: { excellent: ≥10次, good: ≥8次, fair: ≥6次, poor: <6次 }']),
      findings: [countedAt(0, '培训基层妇联干部人数', { word: '人数' })],
    },
    {
      name: 'lists the grades as written, when some are left out',
      text: indicator('培训人数', 'grades: { excellent: ≥95%, good: ≥85% }'),
      findings: [counted('培训人数', { word: '人数' }, false, '≥95% / ≥85%')],
    },
  ],
});
