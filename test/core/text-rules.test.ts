import { strict as assert } from 'assert';
import { example, findings, fixture, pin } from '../helpers';

/**
 * The mistakes of the seed's text that a reader would trust otherwise, each at its path: a count of accidents
 * graded as if more were better, two indicators in one name, placeholder text, repeats and misspelt terms. (test/core/example.test.ts pins every finding of the example with its range and message.)
 */
const CASES: [rule: string, path: string, what: string][] = [
  ['indicator-unit', 'performance.activities[46].children[0].indicators[0].name', '重大食品事故案件（个）'],
  ['merged-indicators', 'performance.activities[10].children[0].indicators[0].name', '社会保险到位率公益性岗位到位率'],
  ['merged-indicators', 'performance.activities[12].children[0].indicators[0].name', '军转干部解困到位率军转干部安置计划落实率'],
  ['placeholder-text', 'performance.activities[9].children[0]', '综合业务管理'],
  ['placeholder-text', 'performance.activities[9]', '区委事务管理'],
  ['placeholder-text', 'performance.activities[56]', '行政审批事务管理'],
  ['placeholder-text', 'performance.activities[52]', '综合执法事务管理'],
  ['placeholder-text', 'performance.activities[6].children[2].indicators[4].name', '完善互联网管理领导体制，加强网上舆论引导'],
  ['repeated-text', 'performance.activities[34].children[0].goal', '依法按时办理行政复议案件'],
  ['repeated-text', 'performance.activities[40].children[0].content', '生活生活'],
  ['term-spelling', 'performance.activities[33].children[1].content', '假肢假矫形器'],
  ['term-spelling', 'performance.activities[33].children[1].indicators[0].name', '假肢假矫形器'],
  ['term-spelling', 'glossary[0].term', '一般共预算'],
  ['term-spelling', 'organization.duties[6]', '社会维定'],
];

/**
 * What the seed writes correctly, though it looks close to a mistake: the template grades every indicator on one
 * scale (≥90% / ≥80% / ≥70% / <70%, how fully the target is met), so a count, an amount or a multiple has its
 * grade as a rate does, and 达到70% is the target those grades measure; one clause with a full stop is no sentence.
 */
const CORRECT: [rule: string, path: string, what: string][] = [
  ...([
    ['performance.activities[3].children[0]', 0, '培训基层妇联干部人数'],
    ['performance.activities[6].children[0]', 0, '爱国主义教育基地参观学习人次'],
    ['performance.activities[6].children[1]', 0, '组织新闻发言人培训（次）'],
    ['performance.activities[6].children[1]', 1, '组织召开系列主题新闻发布会场次'],
    ['performance.activities[6].children[2]', 2, '舆情信息收集、分析、上报数量'],
    ['performance.activities[6].children[2]', 5, '组织开展网络宣传活动（次）'],
    ['performance.activities[23].children[0]', 0, '列入国家级规划项目数量'],
    ['performance.activities[24].children[1]', 0, '二氧化硫减排量'],
    ['performance.activities[27].children[0]', 0, '培训人数'],
    ['performance.activities[40].children[0]', 0, '补助贫困寄宿生生活费人数'],
    ['performance.activities[45].children[1]', 0, '为农村医疗机构免费培养定向医学生人数'],
    ['performance.activities[47].children[0]', 0, '与京津合作建设的科技成果转化基地数量（家）'],
    ['performance.activities[47].children[1]', 0, '科技基金直接杠杆放大倍数'],
    ['performance.activities[49].children[0]', 0, '安装设备套数'],
  ] as const).map(([at, i, what]): [string, string, string] => ['indicator-unit', `${at}.indicators[${i}].name`, what]),
  ['indicator-target', 'performance.activities[35].children[0].indicators[0].name', '玉米机收率达到70%'],
  ['placeholder-text', 'performance.activities[37].children[0].indicators[0].name', '依法依规完成年度工作任务。'],
];

describe('the text rules over the seed', () => {
  const found = findings(example()).map(pin);
  for (const [rule, path, what] of CASES) {
    it(`finds ${what} (${rule}) at ${path}`, () => {
      assert.ok(found.some((f) => f.rule === rule && f.path === path && f.zh.includes(what)), JSON.stringify(found.filter((f) => f.path === path)));
    });
  }
  const text = example();
  for (const [rule, path, what] of CORRECT) {
    it(`leaves ${what} be (${rule}) at ${path}`, () => {
      assert.ok(text.includes(`- name: ${what}\n`), `the example has ${what}`);
      assert.deepEqual(found.filter((f) => f.path === path), []);
      assert.ok(!found.some((f) => f.rule === rule && f.zh.includes(what)), rule);
    });
  }
});

describe('test/fixtures/plain-text.budget.yaml (correct Chinese that comes close to each mistake)', () => {
  it('has no findings at all', () => {
    assert.deepEqual(findings(fixture('plain-text.budget.yaml')).map(pin), []);
  });
});
