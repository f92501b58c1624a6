import { strict as assert } from 'assert';
import { applyFix, consistentWith, findings, fixture, yaml } from '../helpers';
import { pinFully, unreadable, withActivities } from './support';

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

const prefixed = (path: string, range: string, name: string, prefix: string, rest: string) => ({
  rule: 'numbering-prefix',
  severity: 'warning',
  path,
  range,
  zh: `名称“${name}”以编号“${prefix}”开头；编号由排版自动生成，应写作“${rest}”`,
  en: `Name “${name}” starts with the numbering “${prefix}”; numbers are generated when rendering, so write “${rest}”`,
  expected: rest,
  found: name,
});

/** Applies the one numbering-prefix fix and checks what any fix must keep. */
function fixed(text: string): string {
  const [f, ...rest] = findings(text, 'numbering-prefix');
  assert.equal(rest.length, 0);
  const out = applyFix(text, f!);
  assert.deepEqual(findings(out, 'numbering-prefix'), [], 'the finding is gone');
  assert.deepEqual(unreadable(out), [], 'the result still parses and fits the schema');
  return out;
}

describe('numbering-prefix', () => {
  describe('valid', () => {
    it('accepts names without numbering', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'numbering-prefix'), []);
    });

    for (const name of ['2018年重点项目', '1.5亿元项目', '1．5亿元项目', '三公经费', '十佳文明单位评选', '（2018）年度审计']) {
      it(`does not take the start of ${name} for numbering`, () => {
        assert.deepEqual(findings(activity(name), 'numbering-prefix'), []);
      });
    }

    for (const name of ['一、二级公路养护', '一、二类疫苗接种率', '一、二、三产业融合发展', '十九、二十届会议筹备', '1、2号楼维修', '一百零一、一百零二号楼建设',
      '一、二年级学生营养餐补助', '一、二季度经费', '1、2栋宿舍楼维修', '一、二标段道路工程', '九、十月份专项']) {
      it(`reads ${name} as a list of numerals, not numbering (the first is followed by the next)`, () => {
        assert.deepEqual(findings(activity(name), 'numbering-prefix'), []);
      });
    }

    it('leaves a name that is nothing but a number to the reader: 三、', () => {
      assert.deepEqual(findings(activity('三、'), 'numbering-prefix'), []);
    });
  });

  describe('invalid', () => {
    const cases: [string, string, string, string][] = [
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
    for (const [name, prefix, rest, range] of cases) {
      it(`flags ${name}, suggesting ${rest}`, () => {
        assert.deepEqual(findings(activity(name), 'numbering-prefix').map(pinFully), [prefixed('performance.activities[0].name', range, name, prefix, rest)]);
      });
    }

    it('flags activity names at any depth', () => {
      const text = withActivities(yaml`
        - name: 政务服务
          budget: 10.00
          goal: 保障机关正常运转。
          children:
            - name: 综合协调
              budget: 10.00
              goal: 确保政令统一。
              children:
                - name: 3、文件运转
                  budget: 10.00
                  goal: 文件按时办结。
                  indicators:
                    - name: 文件按时办结率
                      ${GRADES}
      `);
      assert.deepEqual(findings(text, 'numbering-prefix').map(pinFully), [
        prefixed('performance.activities[0].children[0].children[0].name', '58:21-58:27', '3、文件运转', '3、', '文件运转'),
      ]);
    });

    it('flags an indicator name', () => {
      const text = consistentWith('- name: 审计计划完成率', '- name: 1、审计计划完成率');
      assert.deepEqual(findings(text, 'numbering-prefix').map(pinFully), [
        prefixed('performance.activities[1].indicators[0].name', '74:17-74:26', '1、审计计划完成率', '1、', '审计计划完成率'),
      ]);
    });

    it('flags a glossary term, as the seed document numbers them', () => {
      const text = consistentWith('{ term: 基本支出,', '{ term: 4、基本支出,');
      assert.deepEqual(findings(text, 'numbering-prefix').map(pinFully), [
        prefixed('glossary[0].term', '88:13-88:19', '4、基本支出', '4、', '基本支出'),
      ]);
    });

    it('flags a duty name of the duty goals', () => {
      const text = consistentWith('{ duty: 政务服务,', '{ duty: 一、政务服务,');
      assert.deepEqual(findings(text, 'numbering-prefix').map(pinFully), [
        prefixed('performance.dutyGoals[0].duty', '48:15-48:21', '一、政务服务', '一、', '政务服务'),
      ]);
    });

    it('flags the names of units, income lines, procurement items and asset classes', () => {
      const text = [
        ['{ name: 示范区管委会,', '{ name: 1、示范区管委会,'],
        ['{ name: 其他收入,', '{ name: 2、其他收入,'],
        ['name: 办公设备,', 'name: 2、办公设备,'],
        ['{ name: 汽车,', '{ name: （二）汽车,'],
      ].reduce((t, [from, to]) => t.replace(from!, to!), fixture('consistent.budget.yaml'));
      assert.deepEqual(findings(text, 'numbering-prefix').map((f) => [f.path, f.found, f.expected]), [
        ['organization.units[0].name', '1、示范区管委会', '示范区管委会'],
        ['overview.income.items[1].name', '2、其他收入', '其他收入'],
        ['procurement.items[1].name', '2、办公设备', '办公设备'],
        ['assets.items[1].name', '（二）汽车', '汽车'],
      ]);
    });

    it('does not check duties or notes: they are sentences, not names', () => {
      const text = consistentWith('    - 编制辖区总体规划\n', '    - 1、编制辖区总体规划\n').replace('  - 本部门无', '  - 1、本部门无');
      assert.deepEqual(findings(text, 'numbering-prefix'), []);
    });
  });

  describe('fix', () => {
    it('removes the prefix and nothing else, keeping a comment on the line', () => {
      const text = activity('三十八、卫计政务管理  # 原文编号');
      const [f] = findings(text, 'numbering-prefix');
      assert.deepEqual(f!.fix!.title, { zh: '删除编号“三十八、”', en: 'Remove the numbering “三十八、”' });
      assert.equal(fixed(text), activity('卫计政务管理  # 原文编号'));
    });

    it('removes the space after the prefix too: 2. 会议管理 becomes 会议管理', () => {
      assert.equal(fixed(activity('2. 会议管理')), activity('会议管理'));
    });

    it('removes the prefix inside quotes, keeping them', () => {
      assert.equal(fixed(activity('"（一）综合协调"')), activity('"综合协调"'));
    });

    it('quotes what is left when it would otherwise read as YAML: 3、[草案]项目', () => {
      assert.equal(fixed(activity('3、[草案]项目')), activity('"[草案]项目"'));
    });

    it('quotes what is left when it would otherwise read as a number, a boolean or null: 1、2019', () => {
      for (const rest of ['2019', '12.5', 'true', 'null']) assert.equal(fixed(activity(`1、${rest}`)), activity(`"${rest}"`), rest);
    });

    it('fixes a name inside a flow mapping', () => {
      const text = consistentWith('{ term: 基本支出,', '{ term: 4、基本支出,');
      assert.equal(fixed(text), fixture('consistent.budget.yaml'));
    });

    it('keeps CRLF line endings', () => {
      const crlf = (s: string) => s.replace(/\n/g, '\r\n');
      assert.equal(fixed(crlf(activity('3、会议管理'))), crlf(activity('会议管理')));
    });
  });

  describe('settings', () => {
    it('is turned off by the budget.rules setting', () => {
      assert.deepEqual(findings(activity('3、会议管理'), 'numbering-prefix', { rules: { 'numbering-prefix': 'off' } }), []);
    });

    it('is silenced by `# budget-disable-next-line numbering-prefix` above the name', () => {
      const text = activity('3、会议管理').replace('    - name: 3、会议管理', '    # budget-disable-next-line numbering-prefix\n    - name: 3、会议管理');
      assert.deepEqual(findings(text, 'numbering-prefix'), []);
    });
  });
});
