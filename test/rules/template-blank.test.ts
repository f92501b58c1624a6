import { consistentWith, fixture } from '../helpers';
import { ruleTester } from './tester';

/** The fixture with the reasons of the change (line 28, value from column 14) written as given. */
const reasons = (text: string) => consistentWith('reasons: 基本支出增加主要是人员调资。', `reasons: ${text}`);

const blank = (path: string, range: string, shown: string, what: 'percent' | 'amount' | 'text') => ({
  path,
  range,
  message: {
    zh: `“${shown}”是未填写的模板空白：请填入${{ percent: '百分比', amount: '金额', text: '内容' }[what]}`,
    en: `“${shown}” is a template blank left unfilled: write in the ${{ percent: 'percentage', amount: 'amount', text: 'text' }[what]}`,
  },
});
const REASONS = 'overview.change.reasons';

ruleTester('template-blank', {
  severity: 'warning',
  valid: [
    { name: 'accepts a document with every figure written', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the close-looking text of plain-text.budget.yaml', text: fixture('plain-text.budget.yaml') },
    ...['比上年增加 50.00 万元，占支出总计的 25%', '单位： 万元', '增长率（%）按上年计算', '不带 % 的数字', '购置X光安检设备', '增长九十%', 'XL号服装']
      .map((text) => ({ name: `accepts ${text}`, text: reasons(text) })),
  ],
  invalid: [
    {
      name: 'flags 比上年减少 万元: the amount left out',
      text: reasons('基本支出比上年减少 万元，主要是人员调资。'),
      findings: [blank(REASONS, '28:23-28:26', '基本支出比上年减少 万元', 'amount')],
    },
    {
      name: 'flags 占 % and 增长%: the percentages left out',
      text: reasons('基本支出占 %，增长%。'),
      findings: [blank(REASONS, '28:19-28:21', '基本支出占 %', 'percent'), blank(REASONS, '28:24-28:25', '增长%', 'percent')],
    },
    {
      name: 'flags XX and ×× and a line to write on',
      text: consistentWith('  - 本部门无国有资本经营收入。', '  - XX局2019年无国有资本经营收入，××单位无政府性基金收入，联系人：____。'),
      findings: [
        blank('notes[0]', '90:5-90:7', 'XX', 'text'),
        blank('notes[0]', '90:23-90:25', '××', 'text'),
        blank('notes[0]', '90:40-90:44', '联系人：____', 'text'),
      ],
    },
    {
      name: 'flags a grade left without its figure',
      text: consistentWith('excellent: ≥95%,', 'excellent: ≥%,'),
      findings: [blank('performance.activities[1].indicators[0].grades.excellent', '75:33-75:34', '≥%', 'percent')],
    },
  ],
});
