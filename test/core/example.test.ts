import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { example, findings, pin } from '../helpers';

/** Every real mistake of the published 2018 Cangzhou disclosure, and nothing else. */
const EXPECTED: [string, string, string, string, string][] = [
      ['term-spelling', 'warning', 'organization.duties[6]', '24:37-24:41', '“社会维定”应为“社会稳定”'],
      ['sum-mismatch', 'error', 'threePublicExpenses.total.previous', '73:15-73:18', '三公经费上年合计 240 小于已知各行上年数合计 260（差 20）'],
      ['rate-mismatch', 'error', 'threePublicExpenses.total.changeRate', '74:17-74:20', '增减率 -4% 与上年 240、本年 250 算出的 4.17% 不符，应为 4%（写成了下降，实为上升）；但各行已知上年数合计为 260，按此算得 -3.85%，与所写相符：请先核对上年合计'],
      ['exceeds-total', 'error', 'performance.activities', '103:3-103:13', '职责活动预算合计 69922.14，超过支出总计 49951（超出 19971.14）'],
      ['missing-goal', 'warning', 'performance.activities[4].children[0]', '166:17-166:23', '职责活动“政府采购管理”没有绩效目标'],
      ['incomplete-grades', 'error', 'performance.activities[4].children[0].indicators[0]', '170:15-170:78', '职责活动“政府采购管理”的第 1 项绩效指标没有名称'],
      ['misplaced-threshold', 'error', 'performance.activities[6].children[2].indicators[0].name', '216:21-216:25', '绩效指标名称“≥90%”是一个评价标准，疑为表格错列；请填写指标名称，并把各级标准移回对应列'],
      ['placeholder-text', 'warning', 'performance.activities[6].children[2].indicators[4].name', '224:21-224:64', '绩效指标“完善互联网管理领导体制，加强网上舆论引导，营造良好网络舆论氛围，发展健康向上网络文化。”是一句话，不是可衡量的指标；它与职责活动“互联网宣传和信息内容管理”的绩效目标相同，疑为错列：请写指标名称（如“……完成率”“……人数”）'],
      ['incomplete-grades', 'error', 'performance.activities[6].children[3].indicators[0]', '233:15-233:78', '职责活动“互联网宣传和信息内容管理”的第 1 项绩效指标没有名称'],
      ['missing-kpi', 'error', 'performance.activities[8]', '246:13-246:21', '末级职责活动“促进企业文体发展”没有绩效指标'],
      ['placeholder-text', 'warning', 'performance.activities[9]', '250:13-250:19', '职责活动“区委事务管理”的内容描述只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标'],
      ['sum-mismatch', 'error', 'performance.activities[9].budget', '251:15-251:23', '预算数 29155.00 与下级合计 9205.00 不符（差 19950.00）'],
      ['placeholder-text', 'warning', 'performance.activities[9].children[0]', '255:17-255:23', '职责活动“综合业务管理”的内容描述、绩效目标、绩效指标只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标'],
      ['merged-indicators', 'warning', 'performance.activities[10].children[0].indicators[0].name', '272:21-272:36', '绩效指标“社会保险到位率公益性岗位到位率”是两项指标连在一起：“社会保险到位率”和“公益性岗位到位率”；请分成两项，各有评价标准'],
      ['merged-indicators', 'warning', 'performance.activities[12].children[0].indicators[0].name', '303:21-303:41', '绩效指标“军转干部解困到位率军转干部安置计划落实率”是两项指标连在一起：“军转干部解困到位率”和“军转干部安置计划落实率”；请分成两项，各有评价标准'],
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
      ['term-spelling', 'warning', 'performance.activities[33].children[1].content', '550:111-550:117', '“假肢假矫形器”应为“假肢矫形器”'],
      ['term-spelling', 'warning', 'performance.activities[33].children[1].indicators[0].name', '553:21-553:27', '“假肢假矫形器”应为“假肢矫形器”'],
      ['repeated-text', 'warning', 'performance.activities[34].children[0].goal', '563:41-563:54', '分句“依法按时办理行政复议案件”连写了两遍'],
      ['incomplete-grades', 'error', 'performance.activities[39].children[0].indicators[0]', '632:15-632:78', '职责活动“扩大教育资源”的第 1 项绩效指标没有名称'],
      ['repeated-text', 'warning', 'performance.activities[40].children[0].content', '640:72-640:74', '“生活生活”：“生活”重复'],
      ['missing-kpi', 'error', 'performance.activities[41]', '645:13-645:19', '末级职责活动“教育政务管理”没有绩效指标'],
      ['numbering-prefix', 'warning', 'performance.activities[45].name', '685:13-685:23', '名称“三十八、卫计政务管理”以编号“三十八、”开头；编号由排版自动生成，应写作“卫计政务管理”'],
      ['numbering-prefix', 'warning', 'performance.activities[46].name', '704:13-704:23', '名称“三十九、食品安全管理”以编号“三十九、”开头；编号由排版自动生成，应写作“食品安全管理”'],
      ['indicator-unit', 'warning', 'performance.activities[46].children[0].indicators[0].name', '714:21-714:32', '绩效指标“重大食品事故案件（个）”以“个”计，此类数目越少越好，却按全文统一的评价标准（≥90% / ≥80% / ≥70% / <70%）评价，“优”要求更高的值：请为它写明上限（如 ≤0），或改为按比率评价'],
      ['placeholder-text', 'warning', 'performance.activities[52]', '790:13-790:21', '职责活动“综合执法事务管理”的内容描述、绩效目标只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标'],
      ['placeholder-text', 'warning', 'performance.activities[52].children[0]', '795:17-795:23', '职责活动“执法业务管理”的内容描述、绩效目标、绩效指标只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标'],
      ['placeholder-text', 'warning', 'performance.activities[52].children[1]', '802:17-802:23', '职责活动“执法事务管理”的内容描述、绩效目标、绩效指标只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标'],
      ['incomplete-grades', 'error', 'performance.activities[54].children[0].indicators[0]', '831:15-831:78', '职责活动“道路维护”的第 1 项绩效指标没有名称'],
      ['placeholder-text', 'warning', 'performance.activities[56]', '858:13-858:21', '职责活动“行政审批事务管理”的内容描述、绩效目标只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标'],
      ['placeholder-text', 'warning', 'performance.activities[56].children[0]', '863:17-863:23', '职责活动“审批事务管理”的内容描述、绩效目标、绩效指标只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标'],
      ['placeholder-text', 'warning', 'performance.activities[56].children[1]', '870:17-870:23', '职责活动“审批业务管理”的内容描述、绩效目标、绩效指标只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标'],
      ['term-spelling', 'warning', 'glossary[0].term', '936:11-936:16', '“一般共预算”应为“一般公共预算”'],
];

describe('examples/cangzhou-2018.budget.yaml (the seed, mistakes included)', () => {
  it('reports exactly the mistakes of the published document', () => {
    assert.deepEqual(findings(example()).map(pin).map((p) => [p.rule, p.severity, p.path, p.range, p.zh]), EXPECTED);
  });

  it('counts 42 problems: 19 errors and 23 warnings', () => {
    const all = findings(example());
    assert.deepEqual([all.length, all.filter((f) => f.severity === 'error').length, all.filter((f) => f.severity === 'warning').length], [42, 19, 23]);
  });

  it('is gone through in docs/example.md, finding by finding: each line and rule, and the count', () => {
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'example.md'), 'utf8');
    const rows = [...page.matchAll(/^\| (\d+) \| `([a-z-]+)`/gm)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(rows, findings(example()).map(pin).map((p) => `${p.range.split(':')[0]} ${p.rule}`));
    assert.match(page, /finds 42 problems in it \(19 errors, 23 warnings\)/);
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
