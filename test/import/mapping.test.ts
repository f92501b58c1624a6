import { strict as assert } from 'assert';
import { importText } from '../../server/src/import';

/** A document saved as text: paragraphs a line each, a table's cells a tab-indented line each. */
const text = (...lines: string[]) => lines.join('\n') + '\n';
const table = (...rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');

describe('import: mapping the pieces of a document', () => {
  it('reads headings in any numbering, and removes it', () => {
    const { report } = importText(text('某区', '2024年部门预算信息公开说明', '第一部分 部门主要职责及机构设置', '（二）部门预算安排总体情况', '3. 机关运行经费安排情况', '名词解释'));
    assert.deepEqual(report.sections.map((s) => `${s.path} ${s.where.line}`), ['organization 3', 'overview 4', 'operatingExpenses 5', 'glossary 6']);
  });

  it('keeps a paragraph it cannot map as a comment in its section, and reports it with its line', () => {
    const { yaml, report } = importText(text('某区', '2024年部门预算信息公开说明', '一、部门预算安排总体情况', '按照预算管理有关规定编制。', '2、支出说明', '支出总计100万元，其中：基本支出60万元，项目支出40万元。', '本部门无政府性基金收支。'));
    assert.match(yaml, /^overview:\n {2}# 本部门无政府性基金收支。\n {2}preface: 按照预算管理有关规定编制。\n {2}expenditure:\n {4}total: 100\n {4}basic: 60\n {4}project: 40$/m);
    assert.deepEqual(report.kept, [{ path: '#', text: '本部门无政府性基金收支。', where: { line: 7 } }]);
  });

  it('reports a figure the table and the sentence state differently, keeping the table’s, and computes nothing', () => {
    const { yaml, report } = importText(text(
      '某区', '2024年部门预算信息公开说明', '财政拨款“三公”经费预算情况及增减变化原因', '单位：万元',
      table(['项目', '合计', '上年'], ['公务接待费', '70', '75'], ['合计', '70', '75']),
      '',
      '公务接待费2024年预算安排80万元，较上年减少5万元，同比下降7%。',
    ));
    assert.match(yaml, /^ {2}reception:\n {4}amount: 70\n {4}previous: 75\n {4}change: -5\n {4}changeRate: -7%$/m);
    assert.deepEqual(report.ambiguous.map((a) => [a.where.line, a.message.en]), [[17, 'threePublicExpenses.reception.amount is 70 in the table and 80 in the sentence: the table\'s is kept']]);
  });

  it('does not convert a figure in another unit than the document’s: it reports it and keeps the sentence', () => {
    const { yaml, report } = importText(text('某区', '2024年部门预算信息公开说明', '部门预算安排总体情况', '2024年全年预计收入100万元，其中：财政拨款收入100万元。', '机关运行经费安排情况', '2024年某局机关运行经费安排50000元。'));
    assert.match(yaml, /^unit: 万元$/m);
    assert.doesNotMatch(yaml, /amount: 50000/);
    assert.deepEqual(report.ambiguous.map((a) => [a.where.line, a.message.en]), [[6, 'amount in 元, not the document\'s 万元: not converted']]);
    assert.match(yaml, /^ {2}# 有歧义，未读取：2024年某局机关运行经费安排50000元。$/m);
  });

  it('reads a rate under a 同比下降 header as negative, and one under 同比 as written', () => {
    const rows = (head: string) => importText(text('某区', '2024年部门预算信息公开说明', '三公经费预算情况', table(['项目', '合计', head], ['公务接待费', '70', '7%'], ['合计', '70', '-2%']))).yaml;
    assert.match(rows('同比下降'), /reception:\n {4}amount: 70\n {4}changeRate: -7%\n {2}total:\n {4}amount: 70\n {4}changeRate: 2%/);
    assert.match(rows('同比'), /reception:\n {4}amount: 70\n {4}changeRate: 7%\n {2}total:\n {4}amount: 70\n {4}changeRate: -2%/);
  });

  it('leaves out what the document does not state, and says which required keys are missing', () => {
    const { yaml, report } = importText(text('2024年部门预算信息公开说明'));
    assert.deepEqual(report.missing, ['region', 'department', 'unit', 'organization', 'overview', 'threePublicExpenses', 'performance']);
    assert.match(yaml, /^budget: 1\nyear: 2024\n/m);
  });
});
