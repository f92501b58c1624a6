import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../server/src/core/check/check';
import { importText } from '../../server/src/import';
import { readTextDocument } from '../../server/src/import/text';
import { example } from '../helpers';
import { inked, lostPieces, pieceTexts } from './support';

/** The published disclosure the example transcribes, as Word saves it as text. */
const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'import', 'cangzhou-2018.txt'), 'utf8');

/** The seed's mistakes in its figures and its tree, as the hand-made example has them: rule and YAML path. */
const MISTAKES = [
  'sum-mismatch threePublicExpenses.total.previous',
  'rate-mismatch threePublicExpenses.total.changeRate',
  'exceeds-total performance.activities',
  'missing-goal performance.activities[4].children[0]',
  'incomplete-grades performance.activities[4].children[0].indicators[0]',
  'misplaced-threshold performance.activities[6].children[2].indicators[0].name',
  'incomplete-grades performance.activities[6].children[3].indicators[0]',
  'missing-kpi performance.activities[8]',
  'sum-mismatch performance.activities[9].budget',
  'missing-kpi performance.activities[15]',
  'missing-goal performance.activities[16].children[0]',
  'incomplete-grades performance.activities[16].children[0].indicators[0]',
  'missing-kpi performance.activities[17]',
  'missing-kpi performance.activities[20]',
  'incomplete-grades performance.activities[21].children[0].indicators[2].name',
  'missing-kpi performance.activities[28]',
  'missing-kpi performance.activities[29]',
  'sum-mismatch performance.activities[31].budget',
  'numbering-prefix performance.activities[32].name',
  'incomplete-grades performance.activities[39].children[0].indicators[0]',
  'missing-kpi performance.activities[41]',
  'numbering-prefix performance.activities[45].name',
  'numbering-prefix performance.activities[46].name',
  'incomplete-grades performance.activities[54].children[0].indicators[0]',
].sort();

const pinned = (text: string) => check(text).findings.map((f) => `${f.rule} ${f.path}`).sort();

describe('import: the seed saved as text', () => {
  const result = importText(SEED, 'seed.txt');

  it('gives the same findings, on the same activities and rows, as the hand-made example: its 24 mistakes of figures and tree among them', () => {
    assert.deepEqual(pinned(result.yaml), pinned(example()));
    const found = pinned(result.yaml);
    assert.deepEqual(MISTAKES.filter((m) => !found.includes(m)), []);
  });

  it('gives the same messages as the example, so each mistake is told the same way', () => {
    const told = (text: string) => check(text).findings.map((f) => `${f.path} ${f.message.en}`).sort();
    assert.deepEqual(told(result.yaml), told(example()));
  });

  it('reads the standard sentences into signed figures, and no figure the text does not state', () => {
    const doc = result.yaml;
    assert.match(doc, /^ {2}income:\n {4}total: 49951\n {4}items:\n {6}- \{ name: 财政拨款收入, amount: 49951 \}$/m);
    assert.match(doc, /^ {2}expenditure:\n {4}total: 49951\n {4}basic: 17989\n {4}project: 31962$/m);
    assert.match(doc, /^ {2}change:\n {4}total: 5088\n {4}basic: 2861\n {4}project: 2227\n {4}reasons: 基本支出的增加主要是2018年/m);
    // 同比下降 4% is -4%; 较上年减少5万元 is -5; last year (135) is not written: the text does not state it.
    assert.match(doc, /^ {2}vehicleOperation:\n {4}label: 车辆运行费\n {4}amount: 130\n {4}changeRate: -4%\n {4}sources: \{ general: 130 \}\n {4}change: -5$/m);
    assert.match(doc, /^ {2}total:\n {4}amount: 250\n {4}changeRate: -4%\n {4}sources: \{ general: 250 \}\n {4}previous: 240$/m);
    assert.doesNotMatch(doc, /previous: (135|75|50)\b/);
    // The table's precision is kept: 587.00 states cents of 万元.
    assert.match(doc, /^ {4}- name: 政务服务\n {6}budget: 587\.00\n/m);
  });

  it('removes the numbering of child activities and of headings, and keeps 三、 on a top-level name for the check to flag', () => {
    assert.match(result.yaml, /^ {8}- name: 综合协调\n {10}budget: 537\.00$/m);
    assert.match(result.yaml, /^ {4}- name: 三、双拥优抚安置政策及管理$/m);
    assert.equal(result.report.numbering.length, 69);
    assert.deepEqual(result.report.numbering[0], { path: 'performance.activities[0].children[0].name', text: '1、综合协调', where: { line: 159 } });
    assert.deepEqual(result.report.sections.map((s) => `${s.path} ${s.where.line} ${s.text}`), [
      'organization 7 一、部门主要职责及机构设置',
      'overview 26 部门预算安排总体情况',
      'operatingExpenses 41 三、机关运行经费安排情况',
      'threePublicExpenses 45 财政拨款“三公”经费预算情况及增减变化原因',
      'performance 109 绩效预算信息',
      'procurement 1510 政府采购信息',
      'assets 1581 国有资产信息',
      'glossary 1591 八、名词解释',
      'notes 1606 九、其他需要说明的事项',
    ]);
  });

  it('finds the tables by their header rows', () => {
    assert.deepEqual(result.report.tables.map((t) => `${t.path} ${t.where.line} ${t.rows}`), [
      'organization.units 12 1',
      'threePublicExpenses 55 5',
      'performance.activities 132 136',
      'procurement.items 1516 7',
    ]);
  });

  it('keeps the explanation of the 三公 changes as text and reports it, with its line', () => {
    assert.deepEqual(result.report.kept.map((k) => `${k.path} ${k.where.line}`), ['overview.change.reasons 39', 'threePublicExpenses.explanation 107']);
    assert.deepEqual(result.report.ambiguous, []);
    assert.deepEqual(result.report.missing, []);
  });

  it('loses no character of the source: every paragraph and cell is in the output or the report', () => {
    const pieces = readTextDocument(SEED);
    // The reader drops only blanks: its pieces hold every other character of the file.
    assert.equal(pieceTexts(pieces).reduce((n, t) => n + inked(t), 0), inked(SEED));
    assert.deepEqual(lostPieces(pieces, result.yaml, result.report), []);
  });
});
