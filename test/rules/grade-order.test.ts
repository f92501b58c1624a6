import { strict as assert } from 'assert';
import { findings, fixture, yaml } from '../helpers';
import { unreadable, withIndicators } from './support';
import { ruleTester } from './tester';

/**
 * One indicator named 审计计划完成率 with these grades, as excellent / good /
 * fair / poor. A plain YAML value cannot start with `>`, so each is quoted.
 */
function graded(excellent: string, good: string, fair: string, poor: string): string {
  const text = withIndicators(yaml`
    - name: 审计计划完成率
      grades: { excellent: '${excellent}', good: '${good}', fair: '${fair}', poor: '${poor}' }
  `);
  assert.deepEqual(unreadable(text), []);
  return text;
}

const outOfOrder = (written: string) => ({
  path: 'performance.activities[0].indicators[0].grades',
  range: '55:11-55:17',
  message: {
    zh: `绩效指标“审计计划完成率”的评价标准（${written}）不是从“优”最严到“差”为“中”的补集排列`,
    en: `The grades of indicator “审计计划完成率” (${written}) do not run from the strictest (excellent) to the complement of fair (poor)`,
  },
  found: written,
});

/** The invalid case of these grades, written excellent / good / fair / poor. */
const flags = (name: string, ...grades: [string, string, string, string]) => ({ name, text: graded(...grades), findings: [outOfOrder(grades.join(' / '))] });

ruleTester('grade-order', {
  severity: 'warning',
  valid: [
    { name: 'accepts the fixture\'s ≥90% / ≥80% / ≥70% / <70%', text: fixture('consistent.budget.yaml') },
    { name: 'accepts "higher is better" grades with strict bounds: >90% / >80% / >70% / ≤70%', text: graded('>90%', '>80%', '>70%', '≤70%') },
    { name: 'accepts "lower is better" grades: ≤5% / ≤10% / ≤15% / >15%', text: graded('≤5%', '≤10%', '≤15%', '>15%') },
    { name: 'accepts ASCII and full-width operators alike: >=95 / >=85 / ＞=75 / ＜75', text: graded('>=95', '>=85', '＞=75', '＜75') },
    { name: 'accepts counts in a unit: ≥10次 / ≥8次 / ≥6次 / <6次', text: graded('≥10次', '≥8次', '≥6次', '<6次') },
    { name: 'accepts the signs ≧ ≦: ≦3个工作日 / ≦5个工作日 / ≦7个工作日 / >7个工作日', text: graded('≦3个工作日', '≦5个工作日', '≦7个工作日', '>7个工作日') },
    { name: 'leaves grades in different units alone: ≥90% / ≥8次 / …', text: graded('≥90%', '≥8次', '≥70%', '<70%') },
    { name: 'leaves grades written as words alone: 优秀 / 良好 / 一般 / 较差', text: graded('优秀', '良好', '一般', '较差') },
    { name: 'leaves grades alone when any one of them is not a threshold', text: graded('100%', '≥90%', '≥95%', '<95%') },
    {
      name: 'leaves an indicator with a missing grade to incomplete-grades',
      text: withIndicators(yaml`
        - name: 审计计划完成率
          grades: { excellent: ≥80%, good: ≥90%, fair: ≥70% }
      `),
    },
    {
      name: 'does not also report a slipped row, whose name is a threshold (misplaced-threshold does)',
      text: withIndicators(yaml`
        - name: ≥90%
          grades: { excellent: ≥80%, good: ≥70%, fair: <70%, poor: <70% }
      `),
      also: (text) => assert.deepEqual(findings(text, 'misplaced-threshold').map((f) => f.path), ['performance.activities[0].indicators[0].name']),
    },
  ],
  invalid: [
    flags('flags ≥80% / ≥90% / ≥70% / <70%: good stricter than excellent, at the grades key', '≥80%', '≥90%', '≥70%', '<70%'),
    flags('flags counts running the wrong way: ≥6次 / ≥8次 / ≥10次 / <10次', '≥6次', '≥8次', '≥10次', '<10次'),
    flags('flags ≧ read as ≥: ≧80% / ≧90% / ≧70% / <70%', '≧80%', '≧90%', '≧70%', '<70%'),
    flags('flags two grades with the same bound: ≥90% / ≥90% / ≥70% / <70%', '≥90%', '≥90%', '≥70%', '<70%'),
    flags('flags a poor grade that is not the complement of fair: <60% against ≥70%', '≥90%', '≥80%', '≥70%', '<60%'),
    flags('flags a poor grade that overlaps fair: ≤70% against ≥70%', '≥90%', '≥80%', '≥70%', '≤70%'),
    flags('flags "lower is better" grades running the wrong way: ≤15% / ≤10% / ≤5% / >5%', '≤15%', '≤10%', '≤5%', '>5%'),
    flags('flags grades that switch direction: ≥90% / ≤80% / ≥70% / <70%', '≥90%', '≤80%', '≥70%', '<70%'),
    {
      name: 'names a nameless indicator by its position in its activity',
      text: withIndicators(yaml`
        - name: 审计计划完成率
          grades: { excellent: ≥95%, good: ≥85%, fair: ≥75%, poor: <75% }
        - grades: { excellent: ≥80%, good: ≥90%, fair: ≥70%, poor: <70% }
      `),
      findings: [{
        path: 'performance.activities[0].indicators[1].grades',
        range: '56:11-56:17',
        message: {
          zh: '职责活动“审计业务”的第 2 项绩效指标的评价标准（≥80% / ≥90% / ≥70% / <70%）不是从“优”最严到“差”为“中”的补集排列',
          en: 'The grades of indicator 2 of activity “审计业务” (≥80% / ≥90% / ≥70% / <70%) do not run from the strictest (excellent) to the complement of fair (poor)',
        },
        found: '≥80% / ≥90% / ≥70% / <70%',
      }],
    },
  ],
});
