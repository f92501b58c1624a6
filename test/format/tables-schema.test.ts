import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check/check';
import { codedTables } from '../../server/src/core/format/model';
import { generate } from '../../bench/generate';
import { example, findings, pin } from '../helpers';

const STATISTICS = example('statistics-2024.budget.yaml');
const edited = (from: string, to: string) => {
  assert.ok(STATISTICS.includes(from), `example has no ${from}`);
  return STATISTICS.replace(from, to);
};

describe('the standard tables in the format', () => {
  it('tells a function code that is neither 3, 5 nor 7 digits', () => {
    assert.deepEqual(findings(edited('code: 2010505,', 'code: 201055,'), 'schema').map(pin), [{
      rule: 'schema', severity: 'error', path: 'tables.expenditure.rows[3].code', range: '109:17-109:23',
      zh: '功能分类科目编码应为 3 位（类）、5 位（款）或 7 位（项）的整数，如 2010301；写的是 201055',
      en: 'A function code should be an integer of 3 (class), 5 (section) or 7 (item) digits, such as 2010301; found 201055',
    }]);
  });

  it('tells an economic code of 7 digits: the economic classification stops at 款', () => {
    assert.deepEqual(findings(edited('code: 30305,', 'code: 3030501,'), 'schema').map(pin), [{
      rule: 'schema', severity: 'error', path: 'tables.basic.rows[17].code', range: '168:17-168:24',
      zh: '经济分类科目编码应为 3 位（类）或 5 位（款）的整数，如 30101；写的是 3030501',
      en: 'An economic code should be an integer of 3 (class) or 5 (section) digits, such as 30101; found 3030501',
    }]);
  });

  it('tells an income source that is not one of the ten', () => {
    const [f, ...rest] = findings(edited('source: carriedOver', 'source: carried'), 'schema');
    assert.deepEqual(rest, []);
    assert.deepEqual([f!.path, pin(f!).range, f!.message.en.slice(0, 40)], ['tables.summary.income.items[1].source', '90:21-90:28', 'The income source should be one of gener']);
  });

  it('reads a long-form figure by its keys: a typo is an unknown key, a bad amount is told at the amount', () => {
    assert.deepEqual(findings(edited('basic: { amount: 258.63, share: 80.16%,', 'basic: { amount: 258.63, shar: 80.16%,'), 'schema').map(pin), [{
      rule: 'schema', severity: 'error', path: 'overview.expenditure.basic.shar', range: '24:30-24:34',
      zh: '未知的键“shar”，是否应为“share”（占比）？', en: 'Unknown key “shar”; did you mean “share”?',
    }]);
    assert.deepEqual(findings(edited('basic: { amount: 258.63', 'basic: { amount: abc'), 'schema').map(pin), [{
      rule: 'schema', severity: 'error', path: 'overview.expenditure.basic.amount', range: '24:22-24:25',
      zh: '“amount”（金额）应为金额数字（单位：万元），如 537.00；写的是 abc', en: '“amount” should be an amount, a plain number in 万元 such as 537.00; found abc',
    }]);
  });

  it('names the tables\' unit, not the document\'s, for a bad amount in a table', () => {
    const [f] = findings(edited('{ code: 30201, name: 办公费, amount: 120000.00', '{ code: 30201, name: 办公费, amount: 12万'), 'schema');
    assert.equal(f!.message.zh, '“amount”（合计）应为金额数字（单位：元），如 537.00；写的是 12万（不要写单位，单位由 unit 统一给出）');
  });

  it('accepts an overview without change: a new department states none', () => {
    const text = edited('  change:\n    total: 12.13\n    basic: 12.23\n    project: -0.10\n    reasons: 基本支出增加主要是人员调资及社会保险缴费基数调整；项目支出略有减少。\n', '');
    assert.deepEqual(findings(text, 'schema'), []);
  });

  it('keeps checking the other tables when one fails the schema', () => {
    const model = check(edited('amount: 2076000.00, personnel: 2076000.00, public: 0 }', 'amount: 2076000.00, personnel: 2076000.00, public: 0, extra: 1 }')).model;
    assert.equal(model.budget.tables?.basic, undefined);
    assert.equal(model.budget.tables?.expenditure?.rows?.length, 15);
    assert.equal(model.budget.overview?.income.total, 322.63);
  });

  it('gives each row its parent by code prefix, and the 类 rows as the table\'s top', () => {
    const expenditure = codedTables(check(STATISTICS).model).find((t) => t.key === 'expenditure')!;
    assert.deepEqual(expenditure.tops.map((r) => r.code), [201, 208, 210, 221]);
    const row = expenditure.rows.find((r) => r.code === 2010505)!;
    assert.deepEqual([row.parent?.code, row.parent?.parent?.code, row.path], [20105, 201, ['tables', 'expenditure', 'rows', 3]]);
    assert.deepEqual(expenditure.rows[1]!.children.map((r) => r.code), [2010501, 2010505, 2010507]);
  });
});

describe('the bench\'s document with the nine tables', () => {
  it('has about 2,000 table rows, every figure agreeing: its only finding is the note that 2018 codes cannot be checked', () => {
    const text = generate(20, 1, 32);
    assert.equal(text.slice(text.indexOf('\ntables:')).split('\n').filter((l) => /^\s+- \{ code: /.test(l)).length, 2036);
    assert.deepEqual(findings(text).map((f) => [f.rule, f.severity, f.message.en]), [
      ['unknown-code', 'info', 'The 2018 classification is not bundled: 2004 codes of this file could not be checked'],
    ]);
  });
});
