import { fixture, yaml } from '../helpers';
import { withIndicators } from './support';
import { ruleTester } from './tester';

const PERCENT = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

/** One indicator with this name and these grades; its name starts at line 54, column 17, its grades on line 55. */
const indicator = (name: string, grades = PERCENT) => withIndicators(yaml`
  - name: ${name}
    ${grades}
`);

const excellent = (range: string, grade: string) => ({
  path: 'performance.activities[0].indicators[0].grades.excellent', range, message: { zh: `“优”：${grade}`, en: `excellent: ${grade}` },
});

const floor = (name: string, target: number, grade: string, earns?: { zh: string; en: string }) => ({
  path: 'performance.activities[0].indicators[0].name',
  range: `54:17-54:${17 + name.length}`,
  message: {
    zh: `绩效指标“${name}”在名称中定下目标 ${target}%，评价标准却要 ${grade} 才为“优”：达到目标${earns ? `只评为“${earns.zh}”` : '也评不上“优”'}；请统一目标与评价标准，并把目标从名称中移到评价标准`,
    en: `Indicator “${name}” sets a target of ${target}% in its name, but its grades ask ${grade} for “excellent”: meeting the target ${earns ? `earns only “${earns.en}”` : 'is not “excellent”'}; make the target and the grades agree, and move the target from the name into the grades`,
  },
  related: [excellent(`55:32-55:${32 + grade.length}`, grade)],
});

const ceiling = (name: string, target: number, grade: string) => ({
  path: 'performance.activities[0].indicators[0].name',
  range: `54:17-54:${17 + name.length}`,
  message: {
    zh: `绩效指标“${name}”在名称中定下上限 ${target}%（越低越好），评价标准却以 ${grade} 为“优”（越高越好）；请统一目标与评价标准`,
    en: `Indicator “${name}” sets a ceiling of ${target}% in its name (lower is better), but its grades give “excellent” to ${grade} (higher is better); make the target and the grades agree`,
  },
  related: [excellent(`55:32-55:${32 + grade.length}`, grade)],
});

/** Indicators with these names, all on the template's ≥90% … grades; the n-th name starts at line 54 + 2n, column 17. */
const onScale = (...names: string[]) => withIndicators(names.map((name) => `- name: ${name}\n  ${PERCENT}\n`).join(''));

/** A finding of `floor` or `ceiling` moved to the n-th indicator of `onScale(…)`. */
const at = <F extends ReturnType<typeof floor>>(n: number, f: F): F => ({
  ...f,
  path: `performance.activities[0].indicators[${n}].name`,
  range: f.range.replace(/^54:17-54:/, `${54 + 2 * n}:17-${54 + 2 * n}:`),
  related: f.related.map((r) => ({ ...r, path: `performance.activities[0].indicators[${n}].grades.excellent`, range: r.range.replace(/55:/g, `${55 + 2 * n}:`) })),
});

const FAIR = { zh: '中', en: 'fair' };
const GOOD = { zh: '良', en: 'good' };

ruleTester('indicator-target', {
  severity: 'warning',
  valid: [
    { name: 'accepts names without a target', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the close-looking text of plain-text.budget.yaml', text: fixture('plain-text.budget.yaml') },
    { name: 'accepts a target the excellent grade asks for: 普及率达到95% at ≥95%', text: indicator('农村自来水普及率达到95%', 'grades: { excellent: ≥95%, good: ≥85%, fair: ≥75%, poor: <75% }') },
    { name: 'accepts a target above the excellent grade: 完成率达到100% at ≥90%', text: indicator('审计计划完成率达到100%') },
    { name: 'accepts a ceiling graded as one: 失业率控制在4.5%以内 at ≤4.5%', text: indicator('城镇登记失业率控制在4.5%以内', 'grades: { excellent: ≤4.5%, good: ≤5%, fair: ≤5.5%, poor: "＞5.5%" }') },
    { name: 'accepts a figure that is no target: 达标率', text: indicator('空气质量达标率') },
    { name: 'accepts a target graded in counts', text: indicator('培训覆盖率达到70%', 'grades: { excellent: ≥100人, good: ≥80人, fair: ≥60人, poor: <60人 }') },
    // The template grades every indicator alike: how fully its target is met. Meeting 达到70% meets it in full.
    { name: 'accepts 玉米机收率达到70% on the document\'s common scale of three or more indicators', text: onScale('大型会议控制率', '玉米机收率达到70%', '审计计划完成率') },
  ],
  invalid: [
    { name: 'flags 玉米机收率达到70% graded ≥90% for excellent: meeting it is only fair', text: indicator('玉米机收率达到70%'), findings: [floor('玉米机收率达到70%', 70, '≥90%', FAIR)] },
    { name: 'flags 不低于85%: only good', text: indicator('群众满意度不低于85%'), findings: [floor('群众满意度不低于85%', 85, '≥90%', GOOD)] },
    { name: 'flags 60%以上: only poor', text: indicator('参保率60%以上'), findings: [floor('参保率60%以上', 60, '≥90%', { zh: '差', en: 'poor' })] },
    {
      name: 'says only that meeting the target is not excellent when no other grade is written',
      text: indicator('参保率达到60%', 'grades: { excellent: ≥90% }'),
      findings: [floor('参保率达到60%', 60, '≥90%')],
    },
    { name: 'flags a ceiling graded higher-is-better: 控制在5%以内', text: indicator('安全事故发生率控制在5%以内'), findings: [ceiling('安全事故发生率控制在5%以内', 5, '≥90%')] },
    { name: 'flags 不超过3%', text: indicator('项目超概算比例不超过3%'), findings: [ceiling('项目超概算比例不超过3%', 3, '≥90%')] },
    {
      name: 'flags a ceiling on the common scale: less is better where the scale asks for more',
      text: onScale('大型会议控制率', '审计计划完成率', '安全事故发生率控制在5%以内'),
      findings: [at(2, ceiling('安全事故发生率控制在5%以内', 5, '≥90%'))],
    },
    {
      name: 'flags 玉米机收率达到70% when two indicators alone share the grades: no common scale yet',
      text: onScale('大型会议控制率', '玉米机收率达到70%'),
      findings: [at(1, floor('玉米机收率达到70%', 70, '≥90%', FAIR))],
    },
  ],
});
