import { strict as assert } from 'assert';
import mammoth from 'mammoth';
import { check } from '../../server/src/core/check/check';
import type { Locale } from '../../server/src/core/locale';
import { buildPage, renderDocument } from '../../server/src/render';
import { renderDocx } from '../../server/src/render/docx';
import type { Block, Paragraph, Section, Table } from '../../server/src/render/page';
import { example } from '../helpers';

const STATISTICS = example('statistics-2024.budget.yaml');

function annex(text: string, locale: Locale = 'zh-CN'): Section | undefined {
  return buildPage(check(text), { locale, showFindings: false }).blocks.find((b): b is Section => b.kind === 'section' && b.key === 'tables');
}

const tablesOf = (s: Section) => s.blocks.filter((b): b is Table => b.kind === 'table');
const textOf = (p: Paragraph) => p.runs.map((r) => r.text).join('');
/** The 说明 after a table: the paragraph that follows it. */
function explanation(s: Section, title: string): string | undefined {
  const i = s.blocks.findIndex((b) => b.kind === 'table' && b.title === title);
  const next: Block | undefined = s.blocks[i + 1];
  return next?.kind === 'paragraph' ? textOf(next) : undefined;
}
const cells = (t: Table) => t.bodies.flatMap((b) => b.rows).map((r) => r.cells.map((c) => c.text));

describe('the standard tables on the page', () => {
  it('prints 表一 … 表九 in the template\'s order with their titles and 单位 lines, after the numbered sections', () => {
    const page = buildPage(check(STATISTICS), { locale: 'zh-CN', showFindings: false });
    const last = page.blocks.at(-1)!;
    assert.ok(last.kind === 'section' && last.key === 'tables');
    assert.deepEqual([last.heading.number, last.heading.text], ['', '附件：示例市统计局2024年部门预算公开表']);
    assert.deepEqual(tablesOf(last).map((t) => [t.title, t.unit]), [
      ['表一　部门收支总表', '单位：元'], ['表二　部门收入总表', '单位：元'], ['表三　部门支出总表', '单位：元'], ['表四　财政拨款收支总表', '单位：元'],
      ['表五　一般公共预算支出表', '单位：元'], ['表六　一般公共预算基本支出表', '单位：元'], ['表七　一般公共预算“三公”经费支出表', '单位：万元'],
      ['表八　政府性基金预算支出表', '单位：元'], ['表九　国有资本经营预算支出表', '单位：元'],
    ]);
  });

  it('gives a coded table its code and name columns, the 合计 row first, and last year, change and rate when it states last year', () => {
    const t5 = tablesOf(annex(STATISTICS)!)[4]!;
    assert.deepEqual(t5.head.map((r) => r.map((c) => c.text)), [['科目编码', '科目名称', '合计', '基本支出', '项目支出', '上年预算数', '增减额', '增减率']]);
    assert.deepEqual(cells(t5).slice(0, 3), [
      ['合计', '3226345.60', '2586345.60', '640000.00', '3105000.00', '121345.60', '3.91%'],
      ['201', '一般公共服务支出', '2560345.60', '1920345.60', '640000.00', '2452000.00', '108345.60', '4.42%'],
      ['20105', '统计信息事务', '2560345.60', '1920345.60', '640000.00', '', '', ''],
    ]);
    const names = t5.bodies[0]!.rows.slice(1, 4).map((r) => r.cells[1]!.depth);
    assert.deepEqual(names, [1, 2, 3], '类, 款 and 项 indented by level');
    assert.equal(t5.bodies[0]!.rows[0]!.role, 'total');
  });

  it('prints an empty table with its reason across its columns', () => {
    const t8 = tablesOf(annex(STATISTICS)!)[7]!;
    const row = t8.bodies[0]!.rows[0]!;
    assert.deepEqual(row.cells.map((c) => [c.text, c.colspan, c.source?.path]), [['本部门2024年没有使用政府性基金预算拨款安排的支出，故本表无数据。', 5, 'tables.governmentFund.empty']]);
  });

  it('sets 表一 and 表四 as the template does: income on the left, expenditure on the right, totals on the last row', () => {
    const [t1, , , t4] = tablesOf(annex(STATISTICS)!);
    assert.deepEqual(cells(t1!), [
      ['一般公共预算拨款收入', '3226345.60', '一般公共服务支出', '2560345.60'],
      ['上年结转（结余）', '0', '社会保障和就业支出', '355200.00'],
      ['', '', '卫生健康支出', '133200.00'],
      ['', '', '住房保障支出', '177600.00'],
      ['', '', '结转下年', '0'],
      ['收入总计', '3226345.60', '支出总计', '3226345.60'],
    ]);
    assert.deepEqual(cells(t4!).at(-1), ['收入总计', '3226345.60', '支出总计', '3226345.60', '3226345.60', '0', '0']);
  });

  it('prints 表七 from the 三公 section: this year and last year, the vehicles\' subtotal beside its two rows', () => {
    const t7 = tablesOf(annex(STATISTICS)!)[6]!;
    assert.deepEqual(cells(t7), [['本年预算数', '7.20', '0', '6.00', '0', '6.00', '1.20'], ['上年预算数', '8.00', '0', '6.50', '0', '6.50', '1.50']]);
  });

  it('says each table\'s 说明 with shares, changes and rates from the figures, in Chinese and in English', () => {
    const zh = annex(STATISTICS)!;
    assert.equal(explanation(zh, '表五　一般公共预算支出表'),
      '2024年一般公共预算支出3226345.60元，比上年增加121345.60元，增长3.91%，其中：基本支出2586345.60元，占80.16%；项目支出640000.00元，占19.84%。'
      + '按支出功能分类科目：一般公共服务支出（类）2560345.60元，占79.36%，比上年增加108345.60元，增长4.42%；社会保障和就业支出（类）355200.00元，占11.01%，比上年增加16600.00元，增长4.90%；'
      + '卫生健康支出（类）133200.00元，占4.13%，比上年增加3400.00元，增长2.62%；住房保障支出（类）177600.00元，占5.50%，比上年减少7000.00元，下降3.79%。');
    assert.equal(explanation(zh, '表一　部门收支总表'),
      '2024年部门收入总计3226345.60元，其中：一般公共预算拨款收入3226345.60元，占100.00%。支出总计3226345.60元，其中：一般公共服务支出2560345.60元，占79.36%；社会保障和就业支出355200.00元，占11.01%；卫生健康支出133200.00元，占4.13%；住房保障支出177600.00元，占5.50%。');
    assert.equal(explanation(zh, '表六　一般公共预算基本支出表'),
      '2024年一般公共预算基本支出2586345.60元，其中：人员经费2104000.00元，占81.35%，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金以及生活补助；'
      + '公用经费482345.60元，占18.65%，主要包括办公费、邮电费、差旅费、公务接待费、工会经费、公务用车运行维护费以及其他商品和服务支出。');
    const en = annex(STATISTICS, 'en')!;
    assert.equal(explanation(en, 'Table 3. Expenditure'), 'The 2024 expenditure budget: 3226345.60 元; of which basic expenditure 2586345.60 元 (80.16%); project expenditure 640000.00 元 (19.84%).');
    assert.match(explanation(en, 'Table 5. General public budget expenditure')!, /^General public budget expenditure for 2024: 3226345\.60 元, up 121345\.60 元 on last year \(\+3\.91%\); .* 住房保障支出 177600\.00 元 \(5\.50%\), down 7000\.00 元 on last year \(−3\.79%\)\.$/);
  });

  it('never copies a written share or rate: a wrong one in the table, the right one in the 说明 and the rate column', () => {
    const wrong = STATISTICS.replace('changeRate: 4.42%, share: 79.36%', 'changeRate: 4.20%, share: 70.00%');
    const section = annex(wrong)!;
    assert.match(explanation(section, '表五　一般公共预算支出表')!, /一般公共服务支出（类）2560345\.60元，占79\.36%，比上年增加108345\.60元，增长4\.42%；/);
    assert.deepEqual(cells(tablesOf(section)[4]!)[1]!.slice(-1), ['4.42%']);
    // Last year from the change when last year is not written: 2560345.60 − 108345.60.
    const fromChange = STATISTICS.replace('previous: 2452000.00, change: 108345.60', 'change: 108345.60');
    assert.deepEqual(cells(tablesOf(annex(fromChange)!)[4]!)[1]!.slice(-3), ['2452000.00', '108345.60', '4.42%']);
  });

  it('rounds a computed share to the decimals of the share written beside it, else to hundredths', () => {
    const tenths = STATISTICS.replace('{ name: 财政拨款收入, amount: 322.63, share: 100% }', '{ name: 财政拨款收入, amount: 322.63 }')
      .replace('- { source: generalBudget, amount: 3226345.60 }', '- { source: generalBudget, amount: 3226345.60, share: 100.0% }');
    assert.match(explanation(annex(tenths)!, '表一　部门收支总表')!, /一般公共预算拨款收入3226345\.60元，占100\.0%。/);
  });

  it('leaves a document without tables as it was: no annex', () => {
    const html = renderDocument(check(example()), { locale: 'zh-CN', mode: 'export', showFindings: false });
    assert.equal(annex(example()), undefined);
    assert.doesNotMatch(html, /section-tables|附件：/);
  });

  it('writes the tables in the Word file too, on landscape pages, each with its title and 单位 line', async function () {
    this.timeout(20000);
    const bytes = await renderDocx(check(STATISTICS), { locale: 'zh-CN' });
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    assert.match(value, /<p>表九　国有资本经营预算支出表<\/p><p>单位：元<\/p><table>.*?<td colspan="5"><p>本部门2024年无国有资本经营预算拨款，故本表无数据。<\/p><\/td>/);
    const { unzipSync, strFromU8 } = await import('fflate');
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
    // The annex is a landscape section of its own: the section properties after 表九 turn the page.
    const annexStart = document.indexOf('附件：');
    assert.match(document.slice(annexStart), /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });
});
