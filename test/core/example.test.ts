import { strict as assert } from 'assert';
import { example, findings, pin } from '../helpers';

/** Every real mistake of the published 2018 Cangzhou disclosure, and nothing else. */
const EXPECTED: [string, string, string, string, string][] = [
      ['sum-mismatch', 'error', 'threePublicExpenses.total.previous', '73:15-73:18', '三公经费上年合计 240 小于已知各行上年数合计 260（差 20）'],
      ['rate-mismatch', 'error', 'threePublicExpenses.total.changeRate', '74:17-74:20', '增减率 -4% 与上年 240、本年 250 算出的 4.17% 不符，应为 4%（写成了下降，实为上升）；但各行已知上年数合计为 260，按此算得 -3.85%，与所写相符：请先核对上年合计'],
      ['exceeds-total', 'error', 'performance.activities', '103:3-103:13', '职责活动预算合计 69922.14，超过支出总计 49951（超出 19971.14）'],
      ['missing-goal', 'warning', 'performance.activities[4].children[0]', '166:17-166:23', '职责活动“政府采购管理”没有绩效目标'],
      ['incomplete-grades', 'error', 'performance.activities[4].children[0].indicators[0]', '170:15-170:78', '职责活动“政府采购管理”的第 1 项绩效指标没有名称'],
      ['misplaced-threshold', 'error', 'performance.activities[6].children[2].indicators[0].name', '216:21-216:25', '绩效指标名称“≥90%”是一个评价标准，疑为表格错列；请填写指标名称，并把各级标准移回对应列'],
      ['incomplete-grades', 'error', 'performance.activities[6].children[3].indicators[0]', '233:15-233:78', '职责活动“互联网宣传和信息内容管理”的第 1 项绩效指标没有名称'],
      ['missing-kpi', 'error', 'performance.activities[8]', '246:13-246:21', '末级职责活动“促进企业文体发展”没有绩效指标'],
      ['sum-mismatch', 'error', 'performance.activities[9].budget', '251:15-251:23', '预算数 29155.00 与下级合计 9205.00 不符（差 19950.00）'],
      ['missing-kpi', 'error', 'performance.activities[15]', '329:13-329:19', '末级职责活动“人社政务管理”没有绩效指标'],
      ['missing-goal', 'warning', 'performance.activities[16].children[0]', '338:17-338:29', '职责活动“行政事业单位财务制度管理”没有绩效目标'],
      ['incomplete-grades', 'error', 'performance.activities[16].children[0].indicators[0]', '342:15-342:78', '职责活动“行政事业单位财务制度管理”的第 1 项绩效指标没有名称'],
      ['missing-kpi', 'error', 'performance.activities[17]', '343:13-343:19', '末级职责活动“财政政务管理”没有绩效指标'],
      ['missing-kpi', 'error', 'performance.activities[20]', '371:13-371:19', '末级职责活动“纪检事务管理”没有绩效指标'],
      ['incomplete-grades', 'error', 'performance.activities[21].children[0].indicators[2].name', '389:21-389:33', '绩效指标“年度土地变更调查工作完成”缺少评价标准：优、良、中、差'],
      ['missing-kpi', 'error', 'performance.activities[28]', '478:13-478:19', '末级职责活动“统计政务管理”没有绩效指标'],
      ['missing-kpi', 'error', 'performance.activities[29]', '482:13-482:18', '末级职责活动“建筑业管理”没有绩效指标'],
      ['sum-mismatch', 'error', 'performance.activities[31].budget', '506:15-506:22', '预算数 1518.81 与下级合计 1039.81 不符（差 479.00）'],
      ['numbering-prefix', 'warning', 'performance.activities[32].name', '524:13-524:26', '名称“三、双拥优抚安置政策及管理”以编号“三、”开头；编号由排版自动生成，应写作“双拥优抚安置政策及管理”'],
      ['incomplete-grades', 'error', 'performance.activities[39].children[0].indicators[0]', '632:15-632:78', '职责活动“扩大教育资源”的第 1 项绩效指标没有名称'],
      ['missing-kpi', 'error', 'performance.activities[41]', '645:13-645:19', '末级职责活动“教育政务管理”没有绩效指标'],
      ['numbering-prefix', 'warning', 'performance.activities[45].name', '685:13-685:23', '名称“三十八、卫计政务管理”以编号“三十八、”开头；编号由排版自动生成，应写作“卫计政务管理”'],
      ['numbering-prefix', 'warning', 'performance.activities[46].name', '704:13-704:23', '名称“三十九、食品安全管理”以编号“三十九、”开头；编号由排版自动生成，应写作“食品安全管理”'],
      ['incomplete-grades', 'error', 'performance.activities[54].children[0].indicators[0]', '831:15-831:78', '职责活动“道路维护”的第 1 项绩效指标没有名称'],
];

describe('examples/cangzhou-2018.budget.yaml (the seed, mistakes included)', () => {
  it('reports exactly the mistakes of the published document', () => {
    assert.deepEqual(findings(example()).map(pin).map((p) => [p.rule, p.severity, p.path, p.range, p.zh]), EXPECTED);
  });

  it('passes the schema: its only findings are the document\'s mistakes', () => {
    assert.deepEqual(findings(example()).filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax'), []);
  });
});

describe('examples/statistics-2024.budget.yaml (an invented department with the nine standard tables)', () => {
  it('checks clean: every table, share, change and rate agrees, across 元 and 万元', () => {
    assert.deepEqual(findings(example('statistics-2024.budget.yaml')).map(pin), []);
  });

  it('holds all nine tables (表七 is threePublicExpenses), with 表八 and 表九 empty and saying why', () => {
    const text = example('statistics-2024.budget.yaml');
    for (const key of ['summary', 'income', 'expenditure', 'appropriation', 'generalBudget', 'basic', 'governmentFund', 'stateCapital']) {
      assert.match(text, new RegExp(`^  ${key}:`, 'm'), key);
    }
    assert.match(text, /^threePublicExpenses:/m);
    assert.equal(text.match(/^    empty: /gm)?.length, 2);
  });
});
