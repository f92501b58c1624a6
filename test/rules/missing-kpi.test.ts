import { strict as assert } from 'assert';
import { applyFix, consistentWith, findings, fixture, pin, yaml } from '../helpers';
import { unreadable, withActivities } from './support';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';
const MEETING_INDICATORS = `          indicators:\n            - name: 大型会议控制率\n              ${GRADES}\n`;
const SKELETON = `          indicators:\n            - name:\n              ${GRADES}\n`;

const meetingWithoutKpi = {
  rule: 'missing-kpi',
  severity: 'error',
  path: 'performance.activities[0].children[1]',
  range: '62:17-62:21',
  zh: '末级职责活动“会议管理”没有绩效指标',
  en: 'Leaf activity “会议管理” has no performance indicator',
} as const;

/** Applies the one missing-kpi fix and checks what any fix must keep. */
function fixed(text: string): string {
  const [f, ...rest] = findings(text, 'missing-kpi');
  assert.equal(rest.length, 0);
  assert.deepEqual(f!.fix!.title, { zh: '插入绩效指标', en: 'Insert an indicator' });
  const out = applyFix(text, f!);
  assert.deepEqual(findings(out, 'missing-kpi'), [], 'the finding is gone');
  assert.deepEqual(unreadable(out), [], 'the result still parses and fits the schema');
  return out;
}

describe('missing-kpi', () => {
  describe('valid', () => {
    it('accepts leaves that each have an indicator', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'missing-kpi'), []);
    });

    it('accepts a parent activity without indicators: its children carry them', () => {
      const text = withActivities(yaml`
        - name: 政务服务
          budget: 10.00
          goal: 保障机关正常运转。
          children:
            - name: 综合协调
              budget: 10.00
              goal: 确保政令统一。
              indicators:
                - name: 综合协调处理
                  ${GRADES}
      `);
      assert.deepEqual(findings(text, 'missing-kpi'), []);
    });
  });

  describe('invalid', () => {
    it('flags a leaf activity without an indicators key, at its name', () => {
      const text = consistentWith(MEETING_INDICATORS, '');
      assert.deepEqual(findings(text, 'missing-kpi').map(pin), [meetingWithoutKpi]);
    });

    it('flags `indicators: []`', () => {
      const text = consistentWith(MEETING_INDICATORS, '          indicators: []\n');
      assert.deepEqual(findings(text, 'missing-kpi').map(pin), [meetingWithoutKpi]);
    });

    it('flags `indicators:` with no value', () => {
      const text = consistentWith(MEETING_INDICATORS, '          indicators:\n');
      assert.deepEqual(findings(text, 'missing-kpi').map(pin), [meetingWithoutKpi]);
    });

    it('treats an activity with `children: []` as a leaf', () => {
      const text = withActivities(yaml`
        - name: 政务服务
          budget: 10.00
          goal: 保障机关正常运转。
          children: []
      `);
      assert.deepEqual(findings(text, 'missing-kpi').map(pin), [{
        rule: 'missing-kpi',
        severity: 'error',
        path: 'performance.activities[0]',
        range: '50:13-50:17',
        zh: '末级职责活动“政务服务”没有绩效指标',
        en: 'Leaf activity “政务服务” has no performance indicator',
      }]);
    });

    it('flags a leaf three levels deep, not its parents', () => {
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
                  goal: 文件按时办结。
      `);
      assert.deepEqual(findings(text, 'missing-kpi').map(pin), [{
        rule: 'missing-kpi',
        severity: 'error',
        path: 'performance.activities[0].children[0].children[0]',
        range: '58:21-58:25',
        zh: '末级职责活动“文件运转”没有绩效指标',
        en: 'Leaf activity “文件运转” has no performance indicator',
      }]);
    });
  });

  describe('fix', () => {
    it('appends an indicators block with one nameless indicator and four grades, at the activity\'s indentation', () => {
      const text = consistentWith(MEETING_INDICATORS, '');
      assert.equal(fixed(text), consistentWith(MEETING_INDICATORS, SKELETON));
    });

    it('leaves the inserted indicator for the user to name (incomplete-grades says so)', () => {
      const out = fixed(consistentWith(MEETING_INDICATORS, ''));
      assert.deepEqual(findings(out, 'incomplete-grades').map(pin), [{
        rule: 'incomplete-grades',
        severity: 'error',
        path: 'performance.activities[0].children[1].indicators[0]',
        range: '67:15-67:20',
        zh: '职责活动“会议管理”的第 1 项绩效指标没有名称',
        en: 'Indicator 1 of activity “会议管理” has no name',
      }]);
    });

    it('inserts after a comment that ends the activity, keeping the comment', () => {
      const text = consistentWith(MEETING_INDICATORS, '').replace('goal: 控制会议费开支。\n', 'goal: 控制会议费开支。  # 指标待定\n');
      const expected = consistentWith(MEETING_INDICATORS, SKELETON).replace('goal: 控制会议费开支。\n', 'goal: 控制会议费开支。  # 指标待定\n');
      assert.equal(fixed(text), expected);
    });

    it('inserts at the end of the last top-level activity, before the next section', () => {
      const audit = `        - name: 审计计划完成率\n          grades: { excellent: ≥95%, good: ≥85%, fair: ≥75%, poor: <75% }\n`;
      const text = consistentWith(`      indicators:\n${audit}`, '');
      assert.equal(fixed(text), consistentWith(audit, `        - name:\n          ${GRADES}\n`));
    });

    it('fills `indicators: []` in place instead of repeating the key, keeping its comment', () => {
      const text = consistentWith(MEETING_INDICATORS, '          indicators: []  # 待补\n');
      assert.equal(fixed(text), consistentWith(MEETING_INDICATORS, SKELETON.replace('indicators:\n', 'indicators:  # 待补\n')));
    });

    it('fills `indicators:` left empty instead of repeating the key', () => {
      const text = consistentWith(MEETING_INDICATORS, '          indicators:\n');
      assert.equal(fixed(text), consistentWith(MEETING_INDICATORS, SKELETON));
    });

    it('writes CRLF line endings into a CRLF document', () => {
      const crlf = (s: string) => s.replace(/\n/g, '\r\n');
      const text = crlf(consistentWith(MEETING_INDICATORS, ''));
      const out = fixed(text);
      assert.equal(out, crlf(consistentWith(MEETING_INDICATORS, SKELETON)));
      assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
    });

    it('offers no fix for an activity written as a flow map', () => {
      const text = withActivities(yaml`
        - { name: 审计业务, budget: 213.00, goal: 维护财政经济秩序。 }
      `);
      const [f] = findings(text, 'missing-kpi');
      assert.deepEqual(pin(f!), {
        rule: 'missing-kpi',
        severity: 'error',
        path: 'performance.activities[0]',
        range: '50:15-50:19',
        zh: '末级职责活动“审计业务”没有绩效指标',
        en: 'Leaf activity “审计业务” has no performance indicator',
      });
      assert.equal(f!.fix, undefined);
    });
  });

  describe('settings', () => {
    it('is turned off by the budget.rules setting', () => {
      const text = consistentWith(MEETING_INDICATORS, '');
      assert.deepEqual(findings(text, 'missing-kpi', { rules: { 'missing-kpi': 'off' } }), []);
    });

    it('is silenced by `# budget-disable-next-line missing-kpi` above the name', () => {
      const text = consistentWith(`        - name: 会议管理\n`, `        # budget-disable-next-line missing-kpi\n        - name: 会议管理\n`).replace(MEETING_INDICATORS, '');
      assert.deepEqual(findings(text, 'missing-kpi'), []);
    });
  });
});
