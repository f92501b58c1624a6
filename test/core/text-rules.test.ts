import { strict as assert } from 'assert';
import { example, findings, fixture, pin } from '../helpers';

/**
 * The mistakes of the seed's text that a reader would trust otherwise, each at its path: a count graded in
 * percentages, two indicators in one name, a target the grades contradict, placeholder text, repeats and
 * misspelt terms. (test/core/example.test.ts pins every finding of the example with its range and message.)
 */
const CASES: [rule: string, path: string, what: string][] = [
  ['indicator-unit', 'performance.activities[46].children[0].indicators[0].name', '重大食品事故案件（个）'],
  ['indicator-unit', 'performance.activities[6].children[1].indicators[0].name', '组织新闻发言人培训（次）'],
  ['indicator-unit', 'performance.activities[3].children[0].indicators[0].name', '培训基层妇联干部人数'],
  ['indicator-unit', 'performance.activities[49].children[0].indicators[0].name', '安装设备套数'],
  ['indicator-unit', 'performance.activities[47].children[0].indicators[0].name', '与京津合作建设的科技成果转化基地数量（家）'],
  ['merged-indicators', 'performance.activities[10].children[0].indicators[0].name', '社会保险到位率公益性岗位到位率'],
  ['merged-indicators', 'performance.activities[12].children[0].indicators[0].name', '军转干部解困到位率军转干部安置计划落实率'],
  ['indicator-target', 'performance.activities[35].children[0].indicators[0].name', '玉米机收率达到70%'],
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

describe('the text rules over the seed', () => {
  const found = findings(example()).map(pin);
  for (const [rule, path, what] of CASES) {
    it(`finds ${what} (${rule}) at ${path}`, () => {
      assert.ok(found.some((f) => f.rule === rule && f.path === path && f.zh.includes(what)), JSON.stringify(found.filter((f) => f.path === path)));
    });
  }
});

describe('test/fixtures/plain-text.budget.yaml (correct Chinese that comes close to each mistake)', () => {
  it('has no findings at all', () => {
    assert.deepEqual(findings(fixture('plain-text.budget.yaml')).map(pin), []);
  });
});
