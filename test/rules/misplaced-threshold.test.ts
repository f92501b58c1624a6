import { strict as assert } from 'assert';
import { findings, fixture, yaml } from '../helpers';
import { pinFully, withActivities, withIndicators } from './support';

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

/** One indicator with this name, written as given (quotes included). */
const named = (name: string) => withIndicators(yaml`
  - name: ${name}
    ${GRADES}
`);

const slipped = (name: string, range: string) => ({
  rule: 'misplaced-threshold',
  severity: 'error',
  path: 'performance.activities[0].indicators[0].name',
  range,
  zh: `绩效指标名称“${name}”是一个评价标准，疑为表格错列；请填写指标名称，并把各级标准移回对应列`,
  en: `Indicator name “${name}” is a threshold: a column seems to have slipped; write the indicator's name and move the grades back to their columns`,
  found: name,
});

describe('misplaced-threshold', () => {
  describe('valid', () => {
    it('accepts indicator names that are names', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'misplaced-threshold'), []);
    });

    it('accepts a name that contains a figure: 玉米机收率达到70%', () => {
      assert.deepEqual(findings(named('玉米机收率达到70%'), 'misplaced-threshold'), []);
    });

    it('accepts a name that starts with a threshold and goes on: ≥90%的群众满意', () => {
      assert.deepEqual(findings(named('≥90%的群众满意'), 'misplaced-threshold'), []);
    });

    it('accepts a bare figure with no comparison: 100%', () => {
      assert.deepEqual(findings(named('100%'), 'misplaced-threshold'), []);
    });
  });

  describe('invalid', () => {
    it('flags the name ≥90%, at the name, with the name as found', () => {
      assert.deepEqual(findings(named('≥90%'), 'misplaced-threshold').map(pinFully), [slipped('≥90%', '54:17-54:21')]);
    });

    it('flags ASCII operators with spaces and no percent sign: ">= 80"', () => {
      assert.deepEqual(findings(named('">= 80"'), 'misplaced-threshold').map(pinFully), [slipped('>= 80', '54:17-54:24')]);
    });

    it('flags full-width operators and percent signs: ＜5％', () => {
      assert.deepEqual(findings(named('＜5％'), 'misplaced-threshold').map(pinFully), [slipped('＜5％', '54:17-54:20')]);
    });

    it('flags the slipped row of the seed document once, and grade-order not at all', () => {
      const text = withIndicators(yaml`
        - name: ≥90%
          grades: { excellent: ≥80%, good: ≥70%, fair: <70%, poor: <70% }
        - name: 突发事件新闻处置完成率
          ${GRADES}
      `);
      const found = findings(text).filter((f) => f.rule === 'misplaced-threshold' || f.rule === 'grade-order');
      assert.deepEqual(found.map(pinFully), [slipped('≥90%', '54:17-54:21')]);
    });

    it('checks the indicators of a child activity', () => {
      const text = withActivities(yaml`
        - name: 宣传管理
          budget: 3.00
          goal: 提供有力的舆论支持。
          children:
            - name: 舆论舆情引导管理
              budget: 3.00
              goal: 提高舆情研判能力。
              indicators:
                - name: <70%
                  ${GRADES}
      `);
      assert.deepEqual(findings(text, 'misplaced-threshold').map(pinFully), [{
        ...slipped('<70%', '58:21-58:25'),
        path: 'performance.activities[0].children[0].indicators[0].name',
      }]);
    });
  });

  describe('settings', () => {
    it('is turned off by the budget.rules setting', () => {
      assert.deepEqual(findings(named('≥90%'), 'misplaced-threshold', { rules: { 'misplaced-threshold': 'off' } }), []);
    });

    it('is silenced by `# budget-disable-next-line misplaced-threshold` above the name', () => {
      const text = named('≥90%').replace('        - name: ≥90%', '        # budget-disable-next-line misplaced-threshold\n        - name: ≥90%');
      assert.deepEqual(findings(text, 'misplaced-threshold'), []);
    });
  });
});
