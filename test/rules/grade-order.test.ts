import { strict as assert } from 'assert';
import { findings, fixture, yaml } from '../helpers';
import { pinFully, unreadable, withIndicators } from './support';

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
  rule: 'grade-order',
  severity: 'warning',
  path: 'performance.activities[0].indicators[0].grades',
  range: '55:11-55:17',
  zh: `绩效指标“审计计划完成率”的评价标准（${written}）不是从“优”最严到“差”为“中”的补集排列`,
  en: `The grades of indicator “审计计划完成率” (${written}) do not run from the strictest (excellent) to the complement of fair (poor)`,
  found: written,
});

describe('grade-order', () => {
  describe('valid', () => {
    it('accepts the fixture\'s ≥90% / ≥80% / ≥70% / <70%', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'grade-order'), []);
    });

    it('accepts "higher is better" grades with strict bounds: >90% / >80% / >70% / ≤70%', () => {
      assert.deepEqual(findings(graded('>90%', '>80%', '>70%', '≤70%'), 'grade-order'), []);
    });

    it('accepts "lower is better" grades: ≤5% / ≤10% / ≤15% / >15%', () => {
      assert.deepEqual(findings(graded('≤5%', '≤10%', '≤15%', '>15%'), 'grade-order'), []);
    });

    it('accepts ASCII and full-width operators alike: >=95 / >=85 / ＞=75 / ＜75', () => {
      assert.deepEqual(findings(graded('>=95', '>=85', '＞=75', '＜75'), 'grade-order'), []);
    });

    it('accepts counts in a unit, and the signs ≧ ≦: ≥10次 / ≥8次 / ≥6次 / <6次, ≦3个工作日 / ≦5个工作日 / ≦7个工作日 / >7个工作日', () => {
      assert.deepEqual(findings(graded('≥10次', '≥8次', '≥6次', '<6次'), 'grade-order'), []);
      assert.deepEqual(findings(graded('≦3个工作日', '≦5个工作日', '≦7个工作日', '>7个工作日'), 'grade-order'), []);
    });

    it('leaves grades in different units alone: ≥90% / ≥8次 / …', () => {
      assert.deepEqual(findings(graded('≥90%', '≥8次', '≥70%', '<70%'), 'grade-order'), []);
    });

    it('leaves grades written as words alone: 优秀 / 良好 / 一般 / 较差', () => {
      assert.deepEqual(findings(graded('优秀', '良好', '一般', '较差'), 'grade-order'), []);
    });

    it('leaves grades alone when any one of them is not a threshold', () => {
      assert.deepEqual(findings(graded('100%', '≥90%', '≥95%', '<95%'), 'grade-order'), []);
    });

    it('leaves an indicator with a missing grade to incomplete-grades', () => {
      const text = withIndicators(yaml`
        - name: 审计计划完成率
          grades: { excellent: ≥80%, good: ≥90%, fair: ≥70% }
      `);
      assert.deepEqual(findings(text, 'grade-order'), []);
    });

    it('does not also report a slipped row, whose name is a threshold (misplaced-threshold does)', () => {
      const text = withIndicators(yaml`
        - name: ≥90%
          grades: { excellent: ≥80%, good: ≥70%, fair: <70%, poor: <70% }
      `);
      assert.deepEqual(findings(text, 'grade-order'), []);
      assert.deepEqual(findings(text, 'misplaced-threshold').map((f) => f.path), ['performance.activities[0].indicators[0].name']);
    });
  });

  describe('invalid', () => {
    it('flags ≥80% / ≥90% / ≥70% / <70%: good stricter than excellent, at the grades key', () => {
      assert.deepEqual(findings(graded('≥80%', '≥90%', '≥70%', '<70%'), 'grade-order').map(pinFully), [outOfOrder('≥80% / ≥90% / ≥70% / <70%')]);
    });

    it('flags counts running the wrong way, and ≧ read as ≥: ≥6次 / ≥8次 / ≥10次 / <10次, ≧80% / ≧90% / ≧70% / <70%', () => {
      assert.deepEqual(findings(graded('≥6次', '≥8次', '≥10次', '<10次'), 'grade-order').map(pinFully), [outOfOrder('≥6次 / ≥8次 / ≥10次 / <10次')]);
      assert.deepEqual(findings(graded('≧80%', '≧90%', '≧70%', '<70%'), 'grade-order').map(pinFully), [outOfOrder('≧80% / ≧90% / ≧70% / <70%')]);
    });

    it('flags two grades with the same bound: ≥90% / ≥90% / ≥70% / <70%', () => {
      assert.deepEqual(findings(graded('≥90%', '≥90%', '≥70%', '<70%'), 'grade-order').map(pinFully), [outOfOrder('≥90% / ≥90% / ≥70% / <70%')]);
    });

    it('flags a poor grade that is not the complement of fair: <60% against ≥70%', () => {
      assert.deepEqual(findings(graded('≥90%', '≥80%', '≥70%', '<60%'), 'grade-order').map(pinFully), [outOfOrder('≥90% / ≥80% / ≥70% / <60%')]);
    });

    it('flags a poor grade that overlaps fair: ≤70% against ≥70%', () => {
      assert.deepEqual(findings(graded('≥90%', '≥80%', '≥70%', '≤70%'), 'grade-order').map(pinFully), [outOfOrder('≥90% / ≥80% / ≥70% / ≤70%')]);
    });

    it('flags "lower is better" grades running the wrong way: ≤15% / ≤10% / ≤5% / >5%', () => {
      assert.deepEqual(findings(graded('≤15%', '≤10%', '≤5%', '>5%'), 'grade-order').map(pinFully), [outOfOrder('≤15% / ≤10% / ≤5% / >5%')]);
    });

    it('flags grades that switch direction: ≥90% / ≤80% / ≥70% / <70%', () => {
      assert.deepEqual(findings(graded('≥90%', '≤80%', '≥70%', '<70%'), 'grade-order').map(pinFully), [outOfOrder('≥90% / ≤80% / ≥70% / <70%')]);
    });

    it('names a nameless indicator by its position in its activity', () => {
      const text = withIndicators(yaml`
        - name: 审计计划完成率
          grades: { excellent: ≥95%, good: ≥85%, fair: ≥75%, poor: <75% }
        - grades: { excellent: ≥80%, good: ≥90%, fair: ≥70%, poor: <70% }
      `);
      assert.deepEqual(findings(text, 'grade-order').map(pinFully), [{
        rule: 'grade-order',
        severity: 'warning',
        path: 'performance.activities[0].indicators[1].grades',
        range: '56:11-56:17',
        zh: '职责活动“审计业务”的第 2 项绩效指标的评价标准（≥80% / ≥90% / ≥70% / <70%）不是从“优”最严到“差”为“中”的补集排列',
        en: 'The grades of indicator 2 of activity “审计业务” (≥80% / ≥90% / ≥70% / <70%) do not run from the strictest (excellent) to the complement of fair (poor)',
        found: '≥80% / ≥90% / ≥70% / <70%',
      }]);
    });
  });

  describe('settings', () => {
    const text = graded('≥80%', '≥90%', '≥70%', '<70%');

    it('is turned off by the budget.rules setting', () => {
      assert.deepEqual(findings(text, 'grade-order', { rules: { 'grade-order': 'off' } }), []);
    });

    it('is silenced by `# budget-disable-next-line grade-order` above the grades', () => {
      const silenced = text.replace('          grades:', '          # budget-disable-next-line grade-order\n          grades:');
      assert.deepEqual(findings(silenced, 'grade-order'), []);
    });
  });
});
