import { strict as assert } from 'assert';
import { consistentWith, findings, fixture } from '../helpers';
import { ruleTester } from './tester';
import { statistics } from './support';

const ROW = `    amount: 24
    previous: 25
    change: -1
    changeRate: -4%
    sources: { general: 24 }`;

/** 公务用车运行维护费 with other figures. */
/* A row written with other figures than the fixture's leaves the 三公 total not adding up: this year is then in
   doubt, and a wrong rate gets a suggestion rather than a fix. */
function vehicle(amount: number, previous: number | undefined, rate: string, change = amount - (previous ?? 0)): string {
  const lines = [`    amount: ${amount}`, ...(previous === undefined ? [] : [`    previous: ${previous}`]), `    change: ${change}`, `    changeRate: ${rate}`, `    sources: { general: ${amount} }`];
  return consistentWith(ROW, lines.join('\n'));
}

const VEHICLE = 'threePublicExpenses.vehicleOperation';
const TOTAL = 'threePublicExpenses.total';

/** A related figure: `[path, range, zh, en]`. */
type Figure = readonly [string, string, string, string];
const thisYear = (path: string, range: string, figure: number): Figure => [`${path}.amount`, range, `本年 ${figure}`, `this year ${figure}`];
const lastYear = (path: string, range: string, figure: number, key = 'previous'): Figure => [`${path}.${key}`, range, `上年 ${figure}`, `last year ${figure}`];

/** A wrong rate at `path.changeRate`, with the figures it was computed from; its fix writes the rate asked for, unless `fixable` is false. */
/**
 * `fixable`: a fix (true), none (false), or, when this year or last year fails a sum of its own so that the rate may
 * be right, a suggestion whose output is given.
 */
const wrongRate = (path: string, range: string, zh: string, en: string, expected: string, found: string, related: readonly Figure[], fixable: boolean | { suggested: string } = true) => ({
  path: `${path}.changeRate`, range, message: { zh, en }, expected, found,
  related: related.map(([p, r, z, e]) => ({ path: p, range: r, message: { zh: z, en: e } })),
  ...(fixable === true ? { fixTitle: { zh: `改为 ${expected}`, en: `Change to ${expected}` } } : {}),
  ...(typeof fixable === 'object' ? { fixTitle: undefined, suggestions: [{ title: { zh: `改为 ${expected}（若金额无误）`, en: `Change to ${expected} (if the figures are right)` }, output: fixable.suggested }] } : {}),
});

const totalFigures = (previous: number): Figure[] => [thisYear(TOTAL, '43:20-43:22', 40), lastYear(TOTAL, '43:34-43:36', previous)];

ruleTester('rate-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds nothing when every rate matches its figures', text: fixture('consistent.budget.yaml') },
    { name: 'accepts -4% for 135 → 130 (-3.70%): a whole percent states ±0.5%', text: vehicle(130, 135, '-4%') },
    { name: 'accepts -3.7% for 135 → 130', text: vehicle(130, 135, '-3.7%') },
    { name: 'accepts -4.0% for 25 → 24', text: vehicle(24, 25, '-4.0%') },
    { name: 'accepts a rate with an explicit plus sign: +4% for 24 → 25', text: vehicle(25, 24, '+4%') },
    { name: 'checks no rate against a previous year of 0', text: consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 5, previous: 0, changeRate: 0% }') },
    {
      name: 'leaves a bare number where a rate belongs to schema',
      text: consistentWith('changeRate: -4%', 'changeRate: -4'),
      also: (text) => assert.deepEqual(findings(text, 'schema').map((f) => f.path), ['threePublicExpenses.vehicleOperation.changeRate']),
    },
  ],
  invalid: [
    {
      // The written rate is likely right: no one-click change of it.
      name: 'says when the 三公 total\'s last year is the figure in doubt: the rows\' 43 bear out the written -7%, 38 does not',
      text: consistentWith('total: { amount: 40, previous: 43,', 'total: { amount: 40, previous: 38,'),
      findings: [wrongRate(TOTAL, '43:62-43:65',
        '增减率 -7% 与上年 38、本年 40 算出的 5.26% 不符，应为 5%（写成了下降，实为上升）；但各行上年数合计为 43，按此算得 -6.98%，与所写相符：请先核对上年合计',
        'Change rate -7% does not match 5.26% computed from last year 38 and this year 40; it should be 5% (written as a decrease, but it is an increase); but the rows\' previous-year figures add up to 43, which gives -6.98%, in line with the rate written: check the previous-year total first',
        '5%', '-7%', totalFigures(38), false)],
    },
    {
      name: 'says nothing of the rows when they do not bear out the written rate either',
      text: consistentWith('total: { amount: 40, previous: 43, change: -3, changeRate: -7%', 'total: { amount: 40, previous: 38, change: -3, changeRate: -10%'),
      findings: [wrongRate(TOTAL, '43:62-43:66',
        '增减率 -10% 与上年 38、本年 40 算出的 5.26% 不符，应为 5%（写成了下降，实为上升）',
        'Change rate -10% does not match 5.26% computed from last year 38 and this year 40; it should be 5% (written as a decrease, but it is an increase)',
        '5%', '-10%', totalFigures(38), { suggested: consistentWith('total: { amount: 40, previous: 43, change: -3, changeRate: -7%', 'total: { amount: 40, previous: 38, change: -3, changeRate: 5%') })],
    },
    {
      name: 'flags -4% where the figures rise 4.17%, 24 → 25: the sign is flipped',
      text: vehicle(25, 24, '-4%'),
      findings: [wrongRate(VEHICLE, '40:17-40:20',
        '增减率 -4% 与上年 24、本年 25 算出的 4.17% 不符，应为 4%（写成了下降，实为上升）',
        'Change rate -4% does not match 4.17% computed from last year 24 and this year 25; it should be 4% (written as a decrease, but it is an increase)',
        '4%', '-4%', [thisYear(VEHICLE, '37:13-37:15', 25), lastYear(VEHICLE, '38:15-38:17', 24)])],
      output: vehicle(25, 24, '4%'),
    },
    {
      name: 'flags 4% where the figures fall 3.70%, 135 → 130, as written as a rise',
      text: vehicle(130, 135, '4%'),
      findings: [wrongRate(VEHICLE, '40:17-40:19',
        '增减率 4% 与上年 135、本年 130 算出的 -3.70% 不符，应为 -4%（写成了上升，实为下降）',
        'Change rate 4% does not match -3.70% computed from last year 135 and this year 130; it should be -4% (written as an increase, but it is a decrease)',
        '-4%', '4%', [thisYear(VEHICLE, '37:13-37:16', 130), lastYear(VEHICLE, '38:15-38:18', 135)], { suggested: vehicle(130, 135, '-4%') })],
    },
    {
      name: 'judges a rate at the precision it is written to: -3.8% for 135 → 130 should be -3.7%',
      text: vehicle(130, 135, '-3.8%'),
      findings: [wrongRate(VEHICLE, '40:17-40:22',
        '增减率 -3.8% 与上年 135、本年 130 算出的 -3.704% 不符，应为 -3.7%',
        'Change rate -3.8% does not match -3.704% computed from last year 135 and this year 130; it should be -3.7%',
        '-3.7%', '-3.8%', [thisYear(VEHICLE, '37:13-37:16', 130), lastYear(VEHICLE, '38:15-38:18', 135)], { suggested: vehicle(130, 135, '-3.7%') })],
    },
    {
      name: 'takes last year as amount − change when previous is not written: -10% for 24 with a change of -1',
      text: vehicle(24, undefined, '-10%', -1),
      findings: [wrongRate(VEHICLE, '39:17-39:21',
        '增减率 -10% 与上年 25、本年 24 算出的 -4.00% 不符，应为 -4%',
        'Change rate -10% does not match -4.00% computed from last year 25 and this year 24; it should be -4%',
        '-4%', '-10%', [thisYear(VEHICLE, '37:13-37:15', 24), lastYear(VEHICLE, '38:13-38:15', 25, 'change')])],
      output: vehicle(24, undefined, '-4%', -1),
    },
    {
      name: 'rounds the rate it asks for exactly: 40 → 63 is 57.5%, so 58%, not 57%',
      text: vehicle(63, 40, '60%'),
      findings: [wrongRate(VEHICLE, '40:17-40:20',
        '增减率 60% 与上年 40、本年 63 算出的 57.50% 不符，应为 58%',
        'Change rate 60% does not match 57.50% computed from last year 40 and this year 63; it should be 58%',
        '58%', '60%', [thisYear(VEHICLE, '37:13-37:15', 63), lastYear(VEHICLE, '38:15-38:17', 40)], { suggested: vehicle(63, 40, '58%') })],
    },
    {
      name: 'flags the total row, and its fix writes -7% plainly in a flow mapping',
      text: consistentWith('changeRate: -7%', 'changeRate: -9%'),
      findings: [wrongRate(TOTAL, '43:62-43:65',
        '增减率 -9% 与上年 43、本年 40 算出的 -6.98% 不符，应为 -7%',
        'Change rate -9% does not match -6.98% computed from last year 43 and this year 40; it should be -7%',
        '-7%', '-9%', totalFigures(43))],
      output: fixture('consistent.budget.yaml'),
    },
    {
      name: 'keeps the quotes a rate was written with',
      text: consistentWith('changeRate: -4%', 'changeRate: "-9%"'),
      findings: [wrongRate(VEHICLE, '40:17-40:22',
        '增减率 -9% 与上年 25、本年 24 算出的 -4.00% 不符，应为 -4%',
        'Change rate -9% does not match -4.00% computed from last year 25 and this year 24; it should be -4%',
        '-4%', '-9%', [thisYear(VEHICLE, '37:13-37:15', 24), lastYear(VEHICLE, '38:15-38:17', 25)])],
      output: consistentWith('changeRate: -4%', 'changeRate: "-4%"'),
    },
  ],
});

/** Rates beyond the 三公 rows: the text's, the tables' rows, and a rate against the sign of its change. */
ruleTester('rate-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds nothing in the example, where every rate is the change over last year', text: statistics() },
    { name: 'accepts a rate whose last year is unknown when it has the sign of its change', text: statistics(['  previous: 46.80\n  change: 1.43\n  changeRate: 3.06%', '  change: 50\n  changeRate: 3.06%']) },
  ],
  invalid: [
    {
      name: 'flags a 类 row\'s rate in 表五 and fixes it',
      text: statistics(['changeRate: 4.42%, share: 79.36%', 'changeRate: 4.62%, share: 79.36%']),
      findings: [{
        path: 'tables.generalBudget.rows[0].changeRate', range: '133:150-133:155',
        message: { zh: '增减率 4.62% 与上年 2452000.00、本年 2560345.60 算出的 4.4187% 不符，应为 4.42%', en: 'Change rate 4.62% does not match 4.4187% computed from last year 2452000.00 and this year 2560345.60; it should be 4.42%' },
        expected: '4.42%', found: '4.62%',
      }],
      output: statistics(),
    },
    {
      name: 'flags the text\'s total rate written as a decrease, against overview.previous',
      text: statistics(['changeRate: { total: 3.91% }', 'changeRate: { total: -3.91% }']),
      findings: [{
        path: 'overview.changeRate.total', range: '31:24-31:30',
        message: { zh: '增减率 -3.91% 与上年 310.50、本年 322.63 算出的 3.9066% 不符，应为 3.91%（写成了下降，实为上升）', en: 'Change rate -3.91% does not match 3.9066% computed from last year 310.50 and this year 322.63; it should be 3.91% (written as a decrease, but it is an increase)' },
        expected: '3.91%', found: '-3.91%',
      }],
      output: statistics(),
    },
    {
      name: 'flags a rate of the other sign than its change when last year cannot be known (amount less change is below zero)',
      text: statistics(['  previous: 46.80\n  change: 1.43\n  changeRate: 3.06%', '  change: 50\n  changeRate: -3.06%']),
      findings: [{
        path: 'operatingExpenses.changeRate', range: '36:15-36:21',
        message: { zh: '增减率 -3.06% 与增减额 50 方向相反：增加时增减率应为正数', en: 'Change rate -3.06% and the change 50 point opposite ways: an increase has a positive rate' },
        found: '-3.06%',
      }],
    },
    {
      name: 'says the rows bear out the rate when 表五\'s last-year total is the wrong figure, with no fix',
      text: statistics(['previous: 3105000.00, change: 121345.60', 'previous: 3005000.00, change: 121345.60']),
      findings: [{
        path: 'tables.generalBudget.total.changeRate', range: '131:180-131:185',
        message: {
          zh: '增减率 3.91% 与上年 3005000.00、本年 3226345.60 算出的 7.3659% 不符，应为 7.37%；但各行上年数合计为 3105000.00，按此算得 3.9081%，与所写相符：请先核对上年合计',
          en: 'Change rate 3.91% does not match 7.3659% computed from last year 3005000.00 and this year 3226345.60; it should be 7.37%; but the rows\' previous-year figures add up to 3105000.00, which gives 3.9081%, in line with the rate written: check the previous-year total first',
        },
      }],
    },
  ],
});

/** Rates of the text's lines and of 表一's items: the change over last year. */
const INCOME_ITEM = '{ name: 财政拨款收入, amount: 322.63, share: 100% }';
const SUMMARY_201 = '- { code: 201, name: 一般公共服务支出, amount: 2560345.60 }';

ruleTester('rate-mismatch', {
  severity: 'error',
  valid: [{ name: 'finds nothing in the example\'s 三公 rows and operating expenses', text: statistics() }],
  invalid: [
    {
      name: 'flags an income item\'s rate against its last year and fixes it',
      text: statistics([INCOME_ITEM, '{ name: 财政拨款收入, amount: 322.63, share: 100%, previous: 310.50, changeRate: 3.09% }']),
      findings: [{
        path: 'overview.income.items[0].changeRate', range: '21:84-21:89',
        message: { zh: '增减率 3.09% 与上年 310.50、本年 322.63 算出的 3.9066% 不符，应为 3.91%', en: 'Change rate 3.09% does not match 3.9066% computed from last year 310.50 and this year 322.63; it should be 3.91%' },
        expected: '3.91%', found: '3.09%',
      }],
      output: statistics([INCOME_ITEM, '{ name: 财政拨款收入, amount: 322.63, share: 100%, previous: 310.50, changeRate: 3.91% }']),
    },
    {
      name: 'flags a 三公 row\'s rate of the example',
      text: statistics(['changeRate: -20.00%, share: 16.67%', 'changeRate: -25.00%, share: 16.67%']),
      findings: [{
        path: 'threePublicExpenses.reception.changeRate', range: '44:73-44:80',
        message: { zh: '增减率 -25.00% 与上年 1.50、本年 1.20 算出的 -20.0000% 不符，应为 -20.00%', en: 'Change rate -25.00% does not match -20.0000% computed from last year 1.50 and this year 1.20; it should be -20.00%' },
        expected: '-20.00%', found: '-25.00%',
      }],
      output: statistics(),
    },
    {
      name: 'flags the operating expenses\' rate',
      text: statistics(['  changeRate: 3.06%\n', '  changeRate: 3.60%\n']),
      findings: [{
        path: 'operatingExpenses.changeRate', range: '37:15-37:20',
        message: { zh: '增减率 3.60% 与上年 46.80、本年 48.23 算出的 3.0556% 不符，应为 3.06%', en: 'Change rate 3.60% does not match 3.0556% computed from last year 46.80 and this year 48.23; it should be 3.06%' },
        expected: '3.06%', found: '3.60%',
      }],
      output: statistics(),
    },
    {
      name: 'flags a 类 item\'s rate in 表一',
      text: statistics([SUMMARY_201, '- { code: 201, name: 一般公共服务支出, amount: 2560345.60, previous: 2452000.00, changeRate: 4.24% }']),
      findings: [{
        path: 'tables.summary.expenditure.items[0].changeRate', range: '95:94-95:99',
        message: { zh: '增减率 4.24% 与上年 2452000.00、本年 2560345.60 算出的 4.4187% 不符，应为 4.42%', en: 'Change rate 4.24% does not match 4.4187% computed from last year 2452000.00 and this year 2560345.60; it should be 4.42%' },
        expected: '4.42%', found: '4.24%',
      }],
      output: statistics([SUMMARY_201, '- { code: 201, name: 一般公共服务支出, amount: 2560345.60, previous: 2452000.00, changeRate: 4.42% }']),
    },
  ],
});
