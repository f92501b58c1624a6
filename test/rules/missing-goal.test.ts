import { strict as assert } from 'assert';
import { consistentWith, findings, fixture, pin, yaml } from '../helpers';
import { withActivities } from './support';

const AUDIT_GOAL = '      goal: 维护财政经济秩序。\n';

const auditWithoutGoal = {
  rule: 'missing-goal',
  severity: 'warning',
  path: 'performance.activities[1]',
  range: '69:13-69:17',
  zh: '职责活动“审计业务”没有绩效目标',
  en: 'Activity “审计业务” has no performance goal',
} as const;

describe('missing-goal', () => {
  describe('valid', () => {
    it('accepts a document where every activity, parent and leaf, has a goal', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'missing-goal'), []);
    });

    it('accepts a goal written as a block scalar', () => {
      const text = consistentWith(AUDIT_GOAL, '      goal: |\n        维护财政经济秩序。\n');
      assert.deepEqual(findings(text, 'missing-goal'), []);
    });
  });

  describe('invalid', () => {
    it('flags an activity without a goal key, at its name', () => {
      const text = consistentWith(AUDIT_GOAL, '');
      assert.deepEqual(findings(text, 'missing-goal').map(pin), [auditWithoutGoal]);
    });

    it('counts `goal:` with no value as missing', () => {
      const text = consistentWith(AUDIT_GOAL, '      goal:\n');
      assert.deepEqual(findings(text, 'missing-goal').map(pin), [auditWithoutGoal]);
    });

    it('counts a goal of only spaces as missing', () => {
      const text = consistentWith(AUDIT_GOAL, '      goal: "   "\n');
      assert.deepEqual(findings(text, 'missing-goal').map(pin), [auditWithoutGoal]);
    });

    it('flags a parent activity without a goal, not only leaves', () => {
      const text = consistentWith('      goal: 保障机关正常运转。\n', '');
      assert.deepEqual(findings(text, 'missing-goal').map(pin), [{
        rule: 'missing-goal',
        severity: 'warning',
        path: 'performance.activities[0]',
        range: '50:13-50:17',
        zh: '职责活动“政务服务”没有绩效目标',
        en: 'Activity “政务服务” has no performance goal',
      }]);
    });

    it('flags an activity three levels deep, and only it', () => {
      const text = withActivities(yaml`
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
      `);
      assert.deepEqual(findings(text, 'missing-goal').map(pin), [{
        rule: 'missing-goal',
        severity: 'warning',
        path: 'performance.activities[0].children[0].children[0]',
        range: '58:21-58:25',
        zh: '职责活动“文件运转”没有绩效目标',
        en: 'Activity “文件运转” has no performance goal',
      }]);
    });

    it('reports every activity without a goal, parents before their children', () => {
      const text = withActivities(yaml`
        - name: 政务服务
          budget: 10.00
          children:
            - name: 综合协调
              budget: 10.00
              indicators:
                - name: 综合协调处理
                  grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }
      `);
      assert.deepEqual(findings(text, 'missing-goal').map((f) => [f.path, pin(f).range]), [
        ['performance.activities[0]', '50:13-50:17'],
        ['performance.activities[0].children[0]', '53:17-53:21'],
      ]);
    });
  });

  describe('settings', () => {
    it('takes its severity from the budget.rules setting', () => {
      const text = consistentWith(AUDIT_GOAL, '');
      assert.deepEqual(findings(text, 'missing-goal', { rules: { 'missing-goal': 'error' } }).map(pin), [{ ...auditWithoutGoal, severity: 'error' }]);
    });

    it('is turned off by the budget.rules setting', () => {
      const text = consistentWith(AUDIT_GOAL, '');
      assert.deepEqual(findings(text, 'missing-goal', { rules: { 'missing-goal': 'off' } }), []);
    });

    it('is silenced by `# budget-disable-next-line missing-goal` above the name', () => {
      const text = consistentWith(`    - name: 审计业务\n      budget: 213.00\n      content: 主管全区审计工作。\n${AUDIT_GOAL}`,
        '    # budget-disable-next-line missing-goal\n    - name: 审计业务\n      budget: 213.00\n      content: 主管全区审计工作。\n');
      assert.deepEqual(findings(text, 'missing-goal'), []);
    });
  });
});
