import { strict as assert } from 'assert';
import { runRules } from '../../server/src/core/check/runner';
import type { Finding } from '../../server/src/core/check/finding';
import { Catalogue } from '../../server/src/core/format/classification';
import { buildModel } from '../../server/src/core/format/model';
import { unknownCodeIn } from '../../server/src/core/rules/unknown-code';
import { parseText } from '../../server/src/core/syntax/parse';
import { LineIndex } from '../../server/src/core/syntax/text';
import { findings, pin } from '../helpers';
import { statistics } from './support';

/** A catalogue whose 2024 function list is whole at every level and holds only 201 and its rows: every other function code is unknown. */
const WHOLE_2024 = new Catalogue({
  function: {
    kind: 'function', years: { 2024: { 类: 'complete', 款: 'complete', 项: 'complete' } }, sources: {},
    codes: { 201: [[2024, 2024, '一般公共服务支出', []]], 20105: [[2024, 2024, '统计信息事务', []]], 2010501: [[2024, 2024, '行政运行', []]], 2010505: [[2024, 2024, '专项统计业务', []]], 2010507: [[2024, 2024, '专项普查活动', []]] },
  },
  economic: { kind: 'economic', years: {}, sources: {}, codes: {} },
});

function withCatalogue(text: string, catalogue: Catalogue): Finding[] {
  const parsed = parseText(text);
  return runRules([unknownCodeIn(catalogue)], { parsed, model: buildModel(parsed.data), lines: new LineIndex(text) }, {});
}

describe('unknown-code', () => {
  it('is a warning by default', () => {
    assert.equal(unknownCodeIn(WHOLE_2024).meta.severity, 'warning');
  });

  it('finds nothing in the example with the bundled catalogue, whose 2024 lists are partial', () => {
    assert.deepEqual(findings(statistics(), 'unknown-code'), []);
  });

  it('warns of a code a whole year\'s list does not have, at the code, naming the table and the row', () => {
    const found = withCatalogue(statistics(), WHOLE_2024).map(pin);
    // 208, 210, 221 and their rows in 表三, 表四 and 表五, which the whole list lacks; the economic year is not bundled.
    assert.deepEqual(found[0], {
      rule: 'unknown-code', severity: 'warning', path: 'tables.expenditure.rows[5].code', range: '111:17-111:20',
      zh: '2024年支出功能分类科目中没有编码 208（表三（部门支出总表）“社会保障和就业支出”）',
      en: 'The 2024 function classification has no code 208 (Table 3 (expenditure), “社会保障和就业支出”)',
    });
    assert.equal(found.filter((f) => f.severity === 'warning').length, 23);
    assert.deepEqual(found.filter((f) => f.severity === 'info').map((f) => [f.path, f.en]), [['tables.basic.rows[0].code', 'The 2024 classification is not bundled: 18 codes of this file could not be checked']]);
  });

  it('notes once, as information, that a year not bundled cannot be checked', () => {
    assert.deepEqual(findings(statistics(['year: 2024', 'year: 2019']), 'unknown-code').map(pin), [{
      rule: 'unknown-code', severity: 'info', path: 'tables.expenditure.rows[0].code', range: '106:17-106:20',
      zh: '未收录2019年的分类科目：本文件的 52 个编码未能核对', en: 'The 2019 classification is not bundled: 52 codes of this file could not be checked',
    }]);
  });

  it('stays silent when turned off, and keeps the note an information when raised to an error', () => {
    const text = statistics(['year: 2024', 'year: 2019']);
    assert.deepEqual(findings(text, 'unknown-code', { rules: { 'unknown-code': 'off' } }), []);
    assert.deepEqual(findings(text, 'unknown-code', { rules: { 'unknown-code': 'error' } }).map((f) => f.severity), ['info']);
  });
});
