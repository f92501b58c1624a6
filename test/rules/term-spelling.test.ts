import { strict as assert } from 'assert';
import { consistentWith, fixture } from '../helpers';
import { BUILTIN_GLOSSARY } from '../../server/src/core/format/builtin-glossary';
import { MISSPELLINGS } from '../../server/src/core/rules/term-spelling';
import { ruleTester } from './tester';

const misspelt = (path: string, range: string, wrong: string, right: string) => ({
  path,
  range,
  message: { zh: `“${wrong}”应为“${right}”`, en: `“${wrong}” is a misspelling of “${right}”` },
  expected: right,
  found: wrong,
  fixTitle: { zh: `改为“${right}”`, en: `Change to “${right}”` },
});

const ENTRY = '{ term: 基本支出, definition: 指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。 }';

ruleTester('term-spelling', {
  severity: 'warning',
  valid: [
    { name: 'accepts terms spelt as the glossary spells them', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the close-looking text of plain-text.budget.yaml: 一般公共预算拨款收入, 维护社会稳定, 假肢矫形器', text: fixture('plain-text.budget.yaml') },
  ],
  invalid: [
    {
      name: 'flags the seed\'s glossary term 一般共预算拨款收入 and writes 一般公共预算',
      text: consistentWith(ENTRY, '{ term: 一般共预算拨款收入, definition: 指区级财政当年拨付的资金。 }'),
      findings: [misspelt('glossary[0].term', '88:13-88:18', '一般共预算', '一般公共预算')],
      output: consistentWith(ENTRY, '{ term: 一般公共预算拨款收入, definition: 指区级财政当年拨付的资金。 }'),
    },
    {
      name: 'flags 社会维定 in a duty and writes 社会稳定',
      text: consistentWith('- 编制辖区总体规划', '- 编制辖区总体规划，维护社会维定'),
      findings: [misspelt('organization.duties[0]', '12:18-12:22', '社会维定', '社会稳定')],
      output: consistentWith('- 编制辖区总体规划', '- 编制辖区总体规划，维护社会稳定'),
    },
    {
      name: 'flags 假肢假矫形器 twice in one content, each on its own',
      text: consistentWith('content: 主管全区审计工作。', 'content: 负责假肢假矫形器生产企业认定；假肢假矫形器证书印制。'),
      findings: [
        misspelt('performance.activities[1].content', '71:18-71:24', '假肢假矫形器', '假肢矫形器'),
        misspelt('performance.activities[1].content', '71:31-71:37', '假肢假矫形器', '假肢矫形器'),
      ],
      output: consistentWith('content: 主管全区审计工作。', 'content: 负责假肢矫形器生产企业认定；假肢矫形器证书印制。'),
    },
  ],
});

describe('term-spelling: the list of misspellings', () => {
  it('replaces each with a term of the built-in glossary, or a word outside it', () => {
    assert.deepEqual(MISSPELLINGS.map((m) => [m.wrong, m.right]), [['假肢假矫形器', '假肢矫形器'], ['一般共预算', '一般公共预算'], ['社会维定', '社会稳定']]);
    assert.ok(BUILTIN_GLOSSARY.some((t) => t.term === '一般公共预算' && t.misspellings?.includes('一般共预算')));
  });

  it('holds no misspelling that is a spelling of a glossary term', () => {
    const spellings = BUILTIN_GLOSSARY.flatMap((t) => [t.term, ...(t.aliases ?? [])]);
    assert.deepEqual(MISSPELLINGS.filter((m) => spellings.some((s) => s.includes(m.wrong))).map((m) => m.wrong), []);
  });
});
