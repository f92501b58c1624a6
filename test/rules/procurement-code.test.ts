import { strict as assert } from 'assert';
import { applyFix, consistentWith, findings, fixture } from '../helpers';
import { pinFully, unreadable } from './support';

const IT_SERVICES = '    - { department: 党政办公室, name: 信息技术服务, category: 服务, code: C02, quantity: 1, amount: 65 }\n';
const itServices = (category: string, code: string) => consistentWith(IT_SERVICES, IT_SERVICES.replace('category: 服务', `category: ${category}`).replace('code: C02', `code: ${code}`));

/** The same row written as a block, with a comment after the category. */
const IT_SERVICES_BLOCK = (category: string) => [
  '    - department: 党政办公室',
  '      name: 信息技术服务',
  `      category: ${category}  # 按合同填写`,
  '      code: C02',
  '      quantity: 1',
  '      amount: 65',
  '',
].join('\n');

const mismatch = (code: string, expected: string, found: string, english: string, foundEnglish: string, codeRange = '79:62-79:65') => ({
  rule: 'procurement-code',
  severity: 'warning',
  path: 'procurement.items[0].category',
  range: '79:52-79:54',
  zh: `品目代码 ${code} 属于${expected}类，与采购类别“${found}”不符`,
  en: `Code ${code} is a ${english} code, but the category is “${found}” (${foundEnglish})`,
  expected,
  found,
  related: [{ path: 'procurement.items[0].code', range: codeRange, zh: `品目代码 ${code}`, en: `code ${code}` }],
});

/** Applies the one procurement-code fix and checks what any fix must keep. */
function fixed(text: string): string {
  const [f, ...rest] = findings(text, 'procurement-code');
  assert.equal(rest.length, 0);
  const out = applyFix(text, f!);
  assert.deepEqual(findings(out, 'procurement-code'), [], 'the finding is gone');
  assert.deepEqual(unreadable(out), [], 'the result still parses and fits the schema');
  return out;
}

describe('procurement-code', () => {
  describe('valid', () => {
    it('accepts C02 as 服务 and A02 as 货物', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'procurement-code'), []);
    });

    it('accepts a B code as 工程', () => {
      assert.deepEqual(findings(itServices('工程', 'B01'), 'procurement-code'), []);
    });

    it('reads a lowercase code by its letter: c02 is 服务', () => {
      assert.deepEqual(findings(itServices('服务', 'c02'), 'procurement-code'), []);
    });

    it('ignores a code whose letter is not A, B or C', () => {
      assert.deepEqual(findings(itServices('货物', 'D01'), 'procurement-code'), []);
    });

    it('ignores a row without a code', () => {
      const text = consistentWith(IT_SERVICES, IT_SERVICES.replace(' code: C02,', ''));
      assert.deepEqual(findings(text, 'procurement-code'), []);
    });
  });

  describe('invalid', () => {
    it('flags C02 filed as 货物, at the category, with the code as related', () => {
      assert.deepEqual(findings(itServices('货物', 'C02'), 'procurement-code').map(pinFully), [mismatch('C02', '服务', '货物', 'services', 'goods')]);
    });

    it('flags A02 filed as 服务: an A code is 货物', () => {
      assert.deepEqual(findings(itServices('服务', 'A02'), 'procurement-code').map(pinFully), [mismatch('A02', '货物', '服务', 'goods', 'services')]);
    });

    it('flags B01 filed as 服务: a B code is 工程', () => {
      assert.deepEqual(findings(itServices('服务', 'B01'), 'procurement-code').map(pinFully), [mismatch('B01', '工程', '服务', 'works', 'services')]);
    });

    it('flags a lowercase code, quoting it as written', () => {
      assert.deepEqual(findings(itServices('货物', 'c0806'), 'procurement-code').map(pinFully), [mismatch('c0806', '服务', '货物', 'services', 'goods', '79:62-79:67')]);
    });
  });

  describe('fix', () => {
    it('sets the category the code says, touching nothing else', () => {
      const [f] = findings(itServices('货物', 'C02'), 'procurement-code');
      assert.deepEqual(f!.fix!.title, { zh: '改为“服务”', en: 'Change to “服务”' });
      assert.equal(fixed(itServices('货物', 'C02')), fixture('consistent.budget.yaml'));
    });

    it('keeps the quotes the category was written with, and the comment after it', () => {
      const text = consistentWith(IT_SERVICES, IT_SERVICES_BLOCK("'货物'"));
      assert.equal(fixed(text), consistentWith(IT_SERVICES, IT_SERVICES_BLOCK("'服务'")));
    });
  });

  describe('settings', () => {
    it('is turned off by the budget.rules setting', () => {
      assert.deepEqual(findings(itServices('货物', 'C02'), 'procurement-code', { rules: { 'procurement-code': 'off' } }), []);
    });

    it('is silenced by `# budget-disable-next-line procurement-code` above the row', () => {
      const text = itServices('货物', 'C02').replace('    - { department: 党政办公室, name: 信息技术服务', '    # budget-disable-next-line procurement-code\n    - { department: 党政办公室, name: 信息技术服务');
      assert.deepEqual(findings(text, 'procurement-code'), []);
    });
  });
});
