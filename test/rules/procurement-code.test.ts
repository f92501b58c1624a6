import { strict as assert } from 'assert';
import { consistentWith, fixture } from '../helpers';
import { unreadable } from './support';
import { ruleTester } from './tester';

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

const mismatch = (code: string, expected: string, found: string, english: string, foundEnglish: string, codeRange = '79:62-79:65', range = '79:52-79:54') => ({
  path: 'procurement.items[0].category',
  range,
  message: { zh: `品目代码 ${code} 属于${expected}类，与采购类别“${found}”不符`, en: `Code ${code} is a ${english} code, but the category is “${found}” (${foundEnglish})` },
  expected,
  found,
  related: [{ path: 'procurement.items[0].code', range: codeRange, message: { zh: `品目代码 ${code}`, en: `code ${code}` } }],
  // Sets the category the code says, touching nothing else.
  fixTitle: { zh: `改为“${expected}”`, en: `Change to “${expected}”` },
});

/** A fix leaves a text that still parses and fits the schema. */
const stillReadable = (text: string) => assert.deepEqual(unreadable(text), []);

ruleTester('procurement-code', {
  severity: 'warning',
  valid: [
    { name: 'accepts C02 as 服务 and A02 as 货物', text: fixture('consistent.budget.yaml') },
    { name: 'accepts a B code as 工程', text: itServices('工程', 'B01') },
    { name: 'reads a lowercase code by its letter: c02 is 服务', text: itServices('服务', 'c02') },
    { name: 'ignores a code whose letter is not A, B or C', text: itServices('货物', 'D01') },
    { name: 'ignores a row without a code', text: consistentWith(IT_SERVICES, IT_SERVICES.replace(' code: C02,', '')) },
  ],
  invalid: [
    {
      name: 'flags C02 filed as 货物, at the category, with the code as related; the fix sets 服务',
      text: itServices('货物', 'C02'),
      findings: [mismatch('C02', '服务', '货物', 'services', 'goods')],
      output: fixture('consistent.budget.yaml'),
      also: () => stillReadable(fixture('consistent.budget.yaml')),
    },
    {
      name: 'flags A02 filed as 服务: an A code is 货物',
      text: itServices('服务', 'A02'),
      findings: [mismatch('A02', '货物', '服务', 'goods', 'services')],
      output: itServices('货物', 'A02'),
      also: () => stillReadable(itServices('货物', 'A02')),
    },
    {
      name: 'flags B01 filed as 服务: a B code is 工程',
      text: itServices('服务', 'B01'),
      findings: [mismatch('B01', '工程', '服务', 'works', 'services')],
      output: itServices('工程', 'B01'),
      also: () => stillReadable(itServices('工程', 'B01')),
    },
    {
      name: 'flags a lowercase code, quoting it as written',
      text: itServices('货物', 'c0806'),
      findings: [mismatch('c0806', '服务', '货物', 'services', 'goods', '79:62-79:67')],
      output: itServices('服务', 'c0806'),
      also: () => stillReadable(itServices('服务', 'c0806')),
    },
    {
      name: 'keeps the quotes the category was written with, and the comment after it',
      text: consistentWith(IT_SERVICES, IT_SERVICES_BLOCK("'货物'")),
      findings: [mismatch('C02', '服务', '货物', 'services', 'goods', '82:13-82:16', '81:17-81:21')],
      output: consistentWith(IT_SERVICES, IT_SERVICES_BLOCK("'服务'")),
      also: () => stillReadable(consistentWith(IT_SERVICES, IT_SERVICES_BLOCK("'服务'"))),
    },
  ],
});
