import { strict as assert } from 'assert';
import { applyFix, consistentWith, findings, fixture } from '../helpers';
import { ruleTester } from './tester';
import { statistics } from './support';

const INCOME = `    total: 3200.00
    items:
      - { name: 财政拨款收入, amount: 3000.00 }
      - { name: 其他收入, amount: 200.00 }`;

/** The consistent fixture with its income block rewritten. */
function income(total: string, ...amounts: string[]): string {
  return consistentWith(INCOME, [`    total: ${total}`, '    items:', ...amounts.map((a, i) => `      - { name: 收入${i + 1}, amount: ${a} }`)].join('\n'));
}

/** 综合协调 (performance.activities[0].children[0]) given two children of its own: a tree three levels deep. */
function grandchildren(a: string, b: string): string {
  return consistentWith(`              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }
        - name: 会议管理`, `              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }
          children:
            - { name: 文件运转, budget: ${a} }
            - { name: 督察督办, budget: ${b} }
        - name: 会议管理`);
}

/** The fixture's 三公 rows with 因公出国（境）费 stating its sources too: then the source columns are summed. */
const rowsWithSources = consistentWith('overseas: { amount: 10, previous: 10, change: 0, changeRate: 0% }', 'overseas: { amount: 10, previous: 10, change: 0, changeRate: 0%, sources: { general: 10 } }');
const CONSISTENT = fixture('consistent.budget.yaml');

/** A text with the figure at a 1-based `line:col-line:col` range (of one line) written as `value`: what a suggestion leaves. */
function setAt(text: string, range: string, value: string): string {
  const [line, from, , to] = range.split(/[:-]/).map(Number) as [number, number, number, number];
  const lines = text.split('\n');
  lines[line - 1] = lines[line - 1]!.slice(0, from - 1) + value + lines[line - 1]!.slice(to - 1);
  return lines.join('\n');
}

/** The suggestion of a sum whose parts nothing bears out: the total set to their sum, never taken by Fix all. */
const totalSuggested = (text: string, range: string, value: string) => [{ title: { zh: `改为 ${value}（若各分项无误）`, en: `Change to ${value} (if the parts are right)` }, output: setAt(text, range, value) }];
const parentOff = consistentWith('budget: 587.00', 'budget: 1518.81').replace('budget: 50.00', 'budget: 502.81');

ruleTester('sum-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds nothing in a document where every figure agrees', text: CONSISTENT },
    {
      name: 'adds 12000.60 + 700.00 + 150.00 to exactly 12850.60, with no float noise',
      text: income('12850.60', '12000.60', '700.00', '150.00'),
      also: (text) => assert.deepEqual(findings(text, 'rounding'), []),
    },
    { name: 'leaves 100.00 against 33.33 + 33.33 + 33.33 to the rounding rule', text: income('100.00', '33.33', '33.33', '33.33') },
    { name: 'accepts a 三公 previous-year total when a row has no previous figure and the known rows stay below it', text: consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 0 }') },
    { name: 'accepts a 三公 previous-year total when a row gives its last year by its change alone', text: consistentWith('    previous: 25\n', '') },
    {
      name: 'accepts a 三公 previous-year total when a row\'s change would make its last year negative: that row is unknown',
      text: consistentWith('    previous: 25\n    change: -1\n', '    change: 30\n').replace('previous: 43,', 'previous: 30,'),
    },
    { name: 'accepts a row whose sources split across general budget and fund budget', text: consistentWith('sources: { general: 24 }', 'sources: { general: 20, fund: 4 }') },
    {
      name: 'accepts 三公 source columns that add up over the rows, once every row states its sources',
      text: rowsWithSources
        .replace('changeRate: -25%, sources: { general: 6 } }', 'changeRate: -25%, sources: { fund: 6 } }')
        .replace('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 34, fund: 6 } }'),
    },
    { name: 'accepts a tree three levels deep whose budgets add up at every level', text: grandchildren('500.00', '37.00') },
    {
      name: 'sums no source column while one row\'s sources are unknown',
      text: consistentWith('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 35, fund: 5 } }'),
    },
  ],
  invalid: [
    {
      // 5 of the general budget moved into the fund column in the total row alone: both columns are wrong.
      name: 'flags a 三公 total source column that no row fills (empty cells are zero), once every row states its sources',
      text: rowsWithSources.replace('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 35, fund: 5 } }'),
      findings: [
        { path: 'threePublicExpenses.total.sources.general', range: '43:87-43:89', message: { zh: '合计行一般预算 35 与各行一般预算合计 40 不符（差 -5）', en: 'The total\'s general budget 35 does not match the rows\' general budget 40 (difference -5)' }, expected: '40', found: '35', related: [{ path: 'threePublicExpenses.overseas.sources.general', range: '34:88-34:90', message: { zh: '因公出国（境）费 10', en: 'overseas travel 10' } }, { path: 'threePublicExpenses.vehicleOperation.sources.general', range: '41:25-41:27', message: { zh: '公务用车运行维护费 24', en: 'vehicle operation 24' } }, { path: 'threePublicExpenses.reception.sources.general', range: '42:90-42:91', message: { zh: '公务接待费 6', en: 'official reception 6' } }], suggestions: [{ title: { zh: '改为 40（若各分项无误）', en: 'Change to 40 (if the parts are right)' }, output: rowsWithSources.replace('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 40, fund: 5 } }') }] },
        { path: 'threePublicExpenses.total.sources.fund', range: '43:97-43:98', message: { zh: '合计行基金预算 5 与各行基金预算合计 0 不符（差 5）', en: 'The total\'s fund budget 5 does not match the rows\' fund budget 0 (difference 5)' }, expected: '0', found: '5', related: [], suggestions: [{ title: { zh: '改为 0（若各分项无误）', en: 'Change to 0 (if the parts are right)' }, output: rowsWithSources.replace('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 35, fund: 0 } }') }] },
      ],
    },
    {
      name: 'flags 1518.81 against children summing to 1039.81',
      text: parentOff,
      findings: [
        { path: 'performance.activities[0].budget', range: '51:15-51:22', message: { zh: '预算数 1518.81 与下级合计 1039.81 不符（差 479.00）', en: 'Budget 1518.81 does not match the sum of its children 1039.81 (difference 479.00)' }, expected: '1039.81', found: '1518.81', related: [{ path: 'performance.activities[0].children[0].budget', range: '56:19-56:25', message: { zh: '综合协调 537.00', en: '综合协调 537.00' } }, { path: 'performance.activities[0].children[1].budget', range: '63:19-63:25', message: { zh: '会议管理 502.81', en: '会议管理 502.81' } }], suggestions: [{ title: { zh: '改为 1039.81（若各分项无误）', en: 'Change to 1039.81 (if the parts are right)' }, output: parentOff.replace('budget: 1518.81', 'budget: 1039.81') }], },
      ],
    },
    {
      name: 'flags a parent at depth 2 whose own children, at depth 3, sum to 530.00 against 537.00',
      text: grandchildren('500.00', '30.00'),
      findings: [
        { path: 'performance.activities[0].children[0].budget', range: '56:19-56:25', message: { zh: '预算数 537.00 与下级合计 530.00 不符（差 7.00）', en: 'Budget 537.00 does not match the sum of its children 530.00 (difference 7.00)' }, expected: '530.00', found: '537.00', related: [{ path: 'performance.activities[0].children[0].children[0].budget', range: '63:37-63:43', message: { zh: '文件运转 500.00', en: '文件运转 500.00' } }, { path: 'performance.activities[0].children[0].children[1].budget', range: '64:37-64:42', message: { zh: '督察督办 30.00', en: '督察督办 30.00' } }], suggestions: [{ title: { zh: '改为 530.00（若各分项无误）', en: 'Change to 530.00 (if the parts are right)' }, output: grandchildren('500.00', '30.00').replace('budget: 537.00', 'budget: 530.00') }], },
      ],
      // 537.00 is borne out by its parent (537.00 + 50.00 = 587.00): a child may be wrong or missing, so the total
      // is only a suggestion, never Fix all's. Taken, it moves the mismatch one level up: 530.00 + 50.00 against 587.00.
      also: (text) => {
        const found = findings(text, 'sum-mismatch')[0]!;
        const fixed = applyFix(text, { ...found, fix: found.suggestions![0]! });
        assert.deepEqual(findings(fixed, 'sum-mismatch').map((f) => f.path), ['performance.activities[0].budget']);
      },
    },
    {
      name: 'flags an income total of 12850.00 against items adding up to 12850.60',
      text: income('12850.00', '12000.60', '700.00', '150.00'),
      findings: [
        { path: 'overview.income.total', range: '16:12-16:20', message: { zh: '收入总计 12850.00 与各项收入合计 12850.60 不符（差 -0.60）', en: 'Income total 12850.00 does not match the sum of the income items 12850.60 (difference -0.60)' }, expected: '12850.60', found: '12850.00', related: [{ path: 'overview.income.items[0].amount', range: '18:30-18:38', message: { zh: '收入1 12000.60', en: '收入1 12000.60' } }, { path: 'overview.income.items[1].amount', range: '19:30-19:36', message: { zh: '收入2 700.00', en: '收入2 700.00' } }, { path: 'overview.income.items[2].amount', range: '20:30-20:36', message: { zh: '收入3 150.00', en: '收入3 150.00' } }], suggestions: [{ title: { zh: '改为 12850.60（若各分项无误）', en: 'Change to 12850.60 (if the parts are right)' }, output: income('12850.60', '12000.60', '700.00', '150.00') }], },
      ],
    },
    {
      name: 'flags 100.10 against 33.33 + 33.33 + 33.33: beyond what two decimals explain',
      text: income('100.10', '33.33', '33.33', '33.33'),
      findings: [
        { path: 'overview.income.total', range: '16:12-16:18', message: { zh: '收入总计 100.10 与各项收入合计 99.99 不符（差 0.11）', en: 'Income total 100.10 does not match the sum of the income items 99.99 (difference 0.11)' }, expected: '99.99', found: '100.10', related: [{ path: 'overview.income.items[0].amount', range: '18:30-18:35', message: { zh: '收入1 33.33', en: '收入1 33.33' } }, { path: 'overview.income.items[1].amount', range: '19:30-19:35', message: { zh: '收入2 33.33', en: '收入2 33.33' } }, { path: 'overview.income.items[2].amount', range: '20:30-20:35', message: { zh: '收入3 33.33', en: '收入3 33.33' } }], suggestions: [{ title: { zh: '改为 99.99（若各分项无误）', en: 'Change to 99.99 (if the parts are right)' }, output: income('99.99', '33.33', '33.33', '33.33') }], },
      ],
      also: (text) => assert.deepEqual(findings(text, 'rounding'), []),
    },
    {
      name: 'flags an expenditure total of 3200.00 against basic 2300.00 plus project 800.00',
      text: consistentWith('basic: 2400.00', 'basic: 2300.00'),
      findings: [
        { path: 'overview.expenditure.total', range: '21:12-21:19', message: { zh: '支出总计 3200.00 与基本支出、项目支出合计 3100.00 不符（差 100.00）', en: 'Expenditure total 3200.00 does not match basic plus project expenditure 3100.00 (difference 100.00)' }, expected: '3100.00', found: '3200.00', related: [{ path: 'overview.expenditure.basic', range: '22:12-22:19', message: { zh: '基本支出 2300.00', en: 'basic expenditure 2300.00' } }, { path: 'overview.expenditure.project', range: '23:14-23:20', message: { zh: '项目支出 800.00', en: 'project expenditure 800.00' } }], fixTitle: { zh: '将基本支出 2300.00 改为 2400.00', en: 'Change basic expenditure 2300.00 to 2400.00' }, },
      ],
      output: CONSISTENT,
    },
    {
      name: 'flags a total change of 200.00 against basic 140.00 plus project 50.00',
      text: consistentWith('basic: 150.00', 'basic: 140.00'),
      findings: [
        { path: 'overview.change.total', range: '25:12-25:18', message: { zh: '增减合计 200.00 与基本支出、项目支出增减合计 190.00 不符（差 10.00）', en: 'Total change 200.00 does not match the change of basic plus project expenditure 190.00 (difference 10.00)' }, expected: '190.00', found: '200.00', related: [{ path: 'overview.change.basic', range: '26:12-26:18', message: { zh: '基本支出 140.00', en: 'basic expenditure 140.00' } }, { path: 'overview.change.project', range: '27:14-27:19', message: { zh: '项目支出 50.00', en: 'project expenditure 50.00' } }], fixTitle: { zh: '将基本支出 140.00 改为 150.00', en: 'Change basic expenditure 140.00 to 150.00' }, },
      ],
      output: CONSISTENT,
    },
    {
      name: 'flags a previous-year total of 3000.00 against 2240.00 plus 750.00',
      text: consistentWith('previous: { total: 3000.00, basic: 2250.00', 'previous: { total: 3000.00, basic: 2240.00'),
      findings: [
        { path: 'overview.previous.total', range: '29:22-29:29', message: { zh: '上年合计 3000.00 与上年基本支出、项目支出合计 2990.00 不符（差 10.00）', en: 'Previous-year total 3000.00 does not match last year\'s basic plus project expenditure 2990.00 (difference 10.00)' }, expected: '2990.00', found: '3000.00', related: [{ path: 'overview.previous.basic', range: '29:38-29:45', message: { zh: '基本支出 2240.00', en: 'basic expenditure 2240.00' } }, { path: 'overview.previous.project', range: '29:56-29:62', message: { zh: '项目支出 750.00', en: 'project expenditure 750.00' } }], fixTitle: { zh: '将基本支出 2240.00 改为 2250.00', en: 'Change basic expenditure 2240.00 to 2250.00' }, },
      ],
      output: CONSISTENT,
    },
    {
      name: 'flags a 三公 total of 50 against its four rows summing to 40',
      text: consistentWith('total: { amount: 40,', 'total: { amount: 50,').replace('sources: { general: 40 }', 'sources: { general: 50 }'),
      findings: [
        { path: 'threePublicExpenses.total.amount', range: '43:20-43:22', message: { zh: '三公经费合计 50 与各行合计 40 不符（差 10）', en: 'The three public expenses total 50 does not match the sum of its rows 40 (difference 10)' }, expected: '40', found: '50', related: [{ path: 'threePublicExpenses.overseas.amount', range: '34:23-34:25', message: { zh: '因公出国（境）费 10', en: 'overseas travel 10' } }, { path: 'threePublicExpenses.vehiclePurchase.amount', range: '35:30-35:31', message: { zh: '公务用车购置费 0', en: 'vehicle purchase 0' } }, { path: 'threePublicExpenses.vehicleOperation.amount', range: '37:13-37:15', message: { zh: '公务用车运行维护费 24', en: 'vehicle operation 24' } }, { path: 'threePublicExpenses.reception.amount', range: '42:24-42:25', message: { zh: '公务接待费 6', en: 'official reception 6' } }], suggestions: [{ title: { zh: '改为 40（若各分项无误）', en: 'Change to 40 (if the parts are right)' }, output: consistentWith('sources: { general: 40 }', 'sources: { general: 50 }') }], },
      ],
    },
    {
      name: 'flags a 三公 previous-year total of 50 against the rows\' previous figures summing to 43',
      text: consistentWith('previous: 43,', 'previous: 50,'),
      findings: [
        { path: 'threePublicExpenses.total.previous', range: '43:34-43:36', message: { zh: '三公经费上年合计 50 与各行上年数合计 43 不符（差 7）；按 43 计，所写增减 -3 也相符', en: 'The previous-year total of the three public expenses 50 does not match the sum of the rows\' previous-year figures 43 (difference 7); at 43, the change written, -3, agrees too' }, expected: '43', found: '50', related: [{ path: 'threePublicExpenses.overseas.previous', range: '34:37-34:39', message: { zh: '因公出国（境）费 10', en: 'overseas travel 10' } }, { path: 'threePublicExpenses.vehiclePurchase.previous', range: '35:43-35:44', message: { zh: '公务用车购置费 0', en: 'vehicle purchase 0' } }, { path: 'threePublicExpenses.vehicleOperation.previous', range: '38:15-38:17', message: { zh: '公务用车运行维护费 25', en: 'vehicle operation 25' } }, { path: 'threePublicExpenses.reception.previous', range: '42:37-42:38', message: { zh: '公务接待费 8', en: 'official reception 8' } }], fixTitle: { zh: '改为 43', en: 'Change to 43' }, },
      ],
      output: CONSISTENT,
    },
    {
      // 车辆运行费 has no previous: its last year is 24 − (−1) = 25, as the rate rule and the rendered page read it.
      name: 'flags a 三公 previous-year total of 50 against 43, taking a row\'s last year as its amount less its change',
      text: consistentWith('    previous: 25\n', '').replace('previous: 43,', 'previous: 50,'),
      findings: [
        { path: 'threePublicExpenses.total.previous', range: '42:34-42:36', message: { zh: '三公经费上年合计 50 与各行上年数合计 43 不符（差 7）；按 43 计，所写增减 -3 也相符', en: 'The previous-year total of the three public expenses 50 does not match the sum of the rows\' previous-year figures 43 (difference 7); at 43, the change written, -3, agrees too' }, expected: '43', found: '50', related: [{ path: 'threePublicExpenses.overseas.previous', range: '34:37-34:39', message: { zh: '因公出国（境）费 10', en: 'overseas travel 10' } }, { path: 'threePublicExpenses.vehiclePurchase.previous', range: '35:43-35:44', message: { zh: '公务用车购置费 0', en: 'vehicle purchase 0' } }, { path: 'threePublicExpenses.vehicleOperation.change', range: '38:13-38:15', message: { zh: '公务用车运行维护费（本年 24 减增减 -1） 25', en: 'vehicle operation (24 this year less the change -1) 25' } }, { path: 'threePublicExpenses.reception.previous', range: '41:37-41:38', message: { zh: '公务接待费 8', en: 'official reception 8' } }], suggestions: [{ title: { zh: '改为 43（若各分项无误）', en: 'Change to 43 (if the parts are right)' }, output: consistentWith('    previous: 25\n', '') }], },
      ],
    },
    {
      name: 'flags known previous figures above the 三公 previous total even when a row lacks its previous figure, with no fix',
      text: consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 0 }').replace('previous: 43,', 'previous: 30,'),
      findings: [
        { path: 'threePublicExpenses.total.previous', range: '43:34-43:36', message: { zh: '三公经费上年合计 30 小于已知各行上年数合计 43（差 13）', en: 'The previous-year total of the three public expenses 30 is less than the sum of the rows\' previous-year figures known so far, 43 (short by 13)' }, expected: '≥ 43', found: '30', related: [{ path: 'threePublicExpenses.overseas.previous', range: '34:37-34:39', message: { zh: '因公出国（境）费 10', en: 'overseas travel 10' } }, { path: 'threePublicExpenses.vehicleOperation.previous', range: '38:15-38:17', message: { zh: '公务用车运行维护费 25', en: 'vehicle operation 25' } }, { path: 'threePublicExpenses.reception.previous', range: '42:37-42:38', message: { zh: '公务接待费 8', en: 'official reception 8' } }], },
      ],
    },
    {
      // 24 is borne out by the rows' total; a source may be missing as well as wrong: only a suggestion.
      name: 'flags a row amount of 24 against sources summing to 20',
      text: consistentWith('sources: { general: 24 }', 'sources: { general: 20 }'),
      findings: [
        { path: 'threePublicExpenses.vehicleOperation.amount', range: '37:13-37:15', message: { zh: '公务用车运行维护费金额 24 与资金来源合计 20 不符（差 4）', en: 'The amount of vehicle operation 24 does not match the sum of its sources 20 (difference 4)' }, expected: '20', found: '24', related: [{ path: 'threePublicExpenses.vehicleOperation.sources.general', range: '41:25-41:27', message: { zh: '一般预算 20', en: 'general budget 20' } }], suggestions: [{ title: { zh: '改为 20（若各分项无误）', en: 'Change to 20 (if the parts are right)' }, output: consistentWith('sources: { general: 24 }', 'sources: { general: 20 }').replace('    amount: 24\n', '    amount: 20\n') }], },
      ],
    },
    {
      name: 'flags the 三公 total\'s general-budget column of 40 against the rows\' general budget summing to 34',
      text: rowsWithSources.replace('changeRate: -25%, sources: { general: 6 } }', 'changeRate: -25%, sources: { fund: 6 } }'),
      findings: [
        { path: 'threePublicExpenses.total.sources.general', range: '43:87-43:89', message: { zh: '合计行一般预算 40 与各行一般预算合计 34 不符（差 6）', en: 'The total\'s general budget 40 does not match the rows\' general budget 34 (difference 6)' }, expected: '34', found: '40', related: [{ path: 'threePublicExpenses.overseas.sources.general', range: '34:88-34:90', message: { zh: '因公出国（境）费 10', en: 'overseas travel 10' } }, { path: 'threePublicExpenses.vehicleOperation.sources.general', range: '41:25-41:27', message: { zh: '公务用车运行维护费 24', en: 'vehicle operation 24' } }], suggestions: [{ title: { zh: '改为 34（若各分项无误）', en: 'Change to 34 (if the parts are right)' }, output: rowsWithSources.replace('changeRate: -25%, sources: { general: 6 } }', 'changeRate: -25%, sources: { fund: 6 } }')
        .replace('changeRate: -7%, sources: { general: 40 } }', 'changeRate: -7%, sources: { general: 34 } }') }], },
      ],
    },
    {
      name: 'flags a procurement total of 100 against items summing to 105',
      text: consistentWith('total: 105', 'total: 100'),
      findings: [
        { path: 'procurement.total', range: '77:10-77:13', message: { zh: '政府采购预算 100 与各项合计 105 不符（差 -5）', en: 'Procurement total 100 does not match the sum of the items 105 (difference -5)' }, expected: '105', found: '100', related: [{ path: 'procurement.items[0].amount', range: '79:88-79:90', message: { zh: '信息技术服务 65', en: '信息技术服务 65' } }, { path: 'procurement.items[1].amount', range: '80:86-80:88', message: { zh: '办公设备 40', en: '办公设备 40' } }], suggestions: [{ title: { zh: '改为 105（若各分项无误）', en: 'Change to 105 (if the parts are right)' }, output: CONSISTENT }], },
      ],
    },
    {
      name: 'flags total assets of 1300 against asset classes summing to 1200',
      text: consistentWith('total: 1200', 'total: 1300'),
      findings: [
        { path: 'assets.total', range: '83:10-83:14', message: { zh: '资产合计 1300 与各类资产合计 1200 不符（差 100）', en: 'Total assets 1300 does not match the sum of the asset classes 1200 (difference 100)' }, expected: '1200', found: '1300', related: [{ path: 'assets.items[0].amount', range: '85:31-85:35', message: { zh: '房屋及构筑物 1000', en: '房屋及构筑物 1000' } }, { path: 'assets.items[1].amount', range: '86:27-86:30', message: { zh: '汽车 200', en: '汽车 200' } }], suggestions: [{ title: { zh: '改为 1200（若各分项无误）', en: 'Change to 1200 (if the parts are right)' }, output: CONSISTENT }], },
      ],
    },
  ],
});

/** The standard tables: rows against their columns and child rows, last year's figures, across the tables' unit. */
ruleTester('sum-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds nothing in the tables of the example, in 元 with the text in 万元', text: statistics() },
    { name: 'reads a column a row leaves out as an empty cell, 0 (表四\'s rows write only generalBudget)', text: statistics(['{ code: 201, name: 一般公共服务支出, amount: 2560345.60, generalBudget: 2560345.60 }', '{ code: 201, name: 一般公共服务支出, amount: 2560345.60, generalBudget: 2560345.60, governmentFund: 0 }']) },
  ],
  invalid: [
    {
      name: 'flags a 款 row of 表三 against its columns and its children, fixed where 表五 bears out its parts; its 类 row, whose child is now in doubt, has no fix',
      text: statistics(['name: 统计信息事务, amount: 2560345.60', 'name: 统计信息事务, amount: 2570345.60']),
      findings: [
        {
          path: 'tables.expenditure.rows[0].amount', range: '106:46-106:56',
          message: { zh: '表三（部门支出总表）201 一般公共服务支出金额 2560345.60 与下级科目金额合计 2570345.60 不符（差 -10000.00）', en: 'Table 3 (expenditure), 201 一般公共服务支出: the amount 2560345.60 does not match the amount of its child rows 2570345.60 (difference -10000.00)' },
          expected: '2570345.60', found: '2560345.60',
        },
        {
          path: 'tables.expenditure.rows[1].amount', range: '107:46-107:56',
          message: { zh: '表三（部门支出总表）20105 统计信息事务金额 2570345.60 与各栏之和 2560345.60 不符（差 10000.00）', en: 'Table 3 (expenditure), 20105 统计信息事务: the amount 2570345.60 does not match the sum of its columns 2560345.60 (difference 10000.00)' },
          expected: '2560345.60', found: '2570345.60', output: statistics(),
        },
        {
          path: 'tables.expenditure.rows[1].amount', range: '107:46-107:56',
          message: { zh: '表三（部门支出总表）20105 统计信息事务金额 2570345.60 与下级科目金额合计 2560345.60 不符（差 10000.00）', en: 'Table 3 (expenditure), 20105 统计信息事务: the amount 2570345.60 does not match the amount of its child rows 2560345.60 (difference 10000.00)' },
          expected: '2560345.60', found: '2570345.60', output: statistics(),
        },
      ],
      output: statistics(),
    },
    {
      name: 'flags 表五\'s last-year total against its 类 rows, saying the change written agrees with their sum, and fixes it',
      text: statistics(['previous: 3105000.00, change: 121345.60', 'previous: 3005000.00, change: 121345.60']),
      findings: [{
        path: 'tables.generalBudget.total.previous', range: '131:137-131:147',
        message: {
          zh: '表五（一般公共预算支出表）合计行上年数 3005000.00 与各类级科目上年数合计 3105000.00 不符（差 -100000.00）；按 3105000.00 计，所写增减 121345.60 也相符',
          en: 'Table 5 (general budget), the total row: the previous-year figure 3005000.00 does not match the previous-year figure of the class rows 3105000.00 (difference -100000.00); at 3105000.00, the change written, 121345.60, agrees too',
        },
        expected: '3105000.00', found: '3005000.00',
      }],
      output: statistics(),
    },
  ],
});

/** The 三公 vehicle subtotal: the sum of purchase and operation, or, written alone, a row of the total. */
const VEHICLE_ROWS = '  vehiclePurchase: { amount: 0, previous: 0 }\n  vehicleOperation: { amount: 6.00, previous: 6.50, change: -0.50, changeRate: -7.69%, share: 83.33% }\n  vehicle: { amount: 6.00, previous: 6.50, change: -0.50 }';
const SUBTOTAL_ONLY = '  vehicle: { amount: 6.00, previous: 6.50, change: -0.50 }';
/** The subtotal alone written, at 7.00 with its change to 6.50 agreeing: the 三公 total no longer adds up. */
const SUBTOTAL_7 = statistics([VEHICLE_ROWS, '  vehicle: { amount: 7.00, previous: 6.50, change: 0.50 }']);

ruleTester('sum-mismatch', {
  severity: 'error',
  valid: [
    {
      name: 'finds a row\'s parent by its code wherever it stands: a 款 written after its 项 still adds up',
      text: statistics(['      - { code: 20105, name: 统计信息事务, amount: 2560345.60, basic: 1920345.60, project: 640000.00 }\n      - { code: 2010501, name: 行政运行, amount: 1920345.60, basic: 1920345.60, project: 0 }',
        '      - { code: 2010501, name: 行政运行, amount: 1920345.60, basic: 1920345.60, project: 0 }\n      - { code: 20105, name: 统计信息事务, amount: 2560345.60, basic: 1920345.60, project: 640000.00 }']),
    },
    {
      name: 'takes a row\'s last year as its amount less its change when it writes no previous: 表五 still adds up',
      text: statistics(['previous: 2452000.00, change: 108345.60, changeRate: 4.42%,', 'change: 108345.60, changeRate: 4.42%,']),
    },
    { name: 'accepts a vehicle subtotal written alone, the total being overseas travel, the vehicles and receptions', text: statistics([VEHICLE_ROWS, SUBTOTAL_ONLY]) },
  ],
  invalid: [
    {
      // The row's rate, 4.42%, and the total's change both bear out a change of 108345.60 (last year 2452000.00): that
      // change is the one figure to fix; the total's last year, borne out by its change, only a suggestion.
      name: 'flags 表五\'s last-year total and change against a 类 row that states only a change, and fixes the change the row\'s rate bears out',
      text: statistics(['previous: 2452000.00, change: 108345.60, changeRate: 4.42%,', 'change: 118345.60, changeRate: 4.42%,']),
      findings: [
        {
          path: 'tables.generalBudget.total.previous', range: '131:137-131:147',
          message: { zh: '表五（一般公共预算支出表）合计行上年数 3105000.00 与各类级科目上年数合计 3095000.00 不符（差 10000.00）', en: 'Table 5 (general budget), the total row: the previous-year figure 3105000.00 does not match the previous-year figure of the class rows 3095000.00 (difference 10000.00)' },
          expected: '3095000.00', found: '3105000.00',
          suggestions: [{ title: { zh: '改为 3095000.00（若各分项无误）', en: 'Change to 3095000.00 (if the parts are right)' }, output: statistics(['previous: 2452000.00, change: 108345.60, changeRate: 4.42%,', 'change: 118345.60, changeRate: 4.42%,'], ['previous: 3105000.00,', 'previous: 3095000.00,']) }],
        },
        {
          path: 'tables.generalBudget.total.change', range: '131:157-131:166',
          message: { zh: '表五（一般公共预算支出表）合计行增减额 121345.60 与各类级科目增减额合计 131345.60 不符（差 -10000.00）', en: 'Table 5 (general budget), the total row: the change 121345.60 does not match the change of the class rows 131345.60 (difference -10000.00)' },
          expected: '131345.60', found: '121345.60',
          fixTitle: { zh: '将201 一般公共服务支出 118345.60 改为 108345.60', en: 'Change 201 一般公共服务支出 118345.60 to 108345.60' },
        },
      ],
      output: statistics(['previous: 2452000.00, change: 108345.60, changeRate: 4.42%,', 'change: 108345.60, changeRate: 4.42%,']),
    },
    {
      name: 'flags a vehicle subtotal of 7.20 against purchase 0 plus operation 6.00',
      text: statistics(['  vehicle: { amount: 6.00, previous: 6.50, change: -0.50 }', '  vehicle: { amount: 7.20, previous: 6.50, change: -0.50 }']),
      findings: [{
        path: 'threePublicExpenses.vehicle.amount', range: '43:22-43:26',
        message: { zh: '公务用车购置及运行费 7.20 与购置费与运行维护费合计 6.00 不符（差 1.20）', en: 'The official vehicles subtotal 7.20 does not match vehicle purchase plus operation 6.00 (difference 1.20)' },
        expected: '6.00', found: '7.20',
      }],
      output: statistics(),
    },
    {
      name: 'flags a total of 7.20 against overseas 0, the vehicle subtotal 7.00 and receptions 1.20 when only the subtotal is written',
      text: SUBTOTAL_7,
      findings: [{
        path: 'threePublicExpenses.total.amount', range: '43:20-43:24',
        message: { zh: '三公经费合计 7.20 与各行合计 8.20 不符（差 -1.00）', en: 'The three public expenses total 7.20 does not match the sum of its rows 8.20 (difference -1.00)' },
        expected: '8.20', found: '7.20',
        suggestions: totalSuggested(SUBTOTAL_7, '43:20-43:24', '8.20'),
      }, {
        // The rows' changes, 0 + 0.50 − 0.30, disagree with the total's too; but the total's own change and rate
        // agree with its figures, as the subtotal's change does with its: no figure is sure, Fix all leaves both.
        path: 'threePublicExpenses.total.change', range: '43:50-43:55',
        message: { zh: '三公经费合计增减 -0.80 与各行增减合计 0.20 不符（差 -1.00）', en: 'The change of the three public expenses total -0.80 does not match the sum of the rows\' changes 0.20 (difference -1.00)' },
        expected: '0.20', found: '-0.80',
        suggestions: totalSuggested(SUBTOTAL_7, '43:50-43:55', '0.20'),
      }],
    },
  ],
});

/** 表一, 表二 and 表四's own sums: totals against their items and columns. */
const SUMMARY_GENERAL = '- { source: generalBudget, amount: 3226345.60 }';
const INCOME_ROW = '- { unit: 示例市统计局（本级）, amount: 3226345.60, generalBudget: 3226345.60 }';
const INCOME_TOTAL = 'total: { amount: 3226345.60, generalBudget: 3226345.60 }\n    rows:';

ruleTester('sum-mismatch', {
  severity: 'error',
  valid: [{ name: 'finds nothing in 表一, 表二 and 表四 of the example', text: statistics() }],
  invalid: [
    {
      name: 'flags 表一\'s income total against its items, with no fix: 表二 says which item is wrong, not which figure to change here',
      text: statistics([SUMMARY_GENERAL, '- { source: generalBudget, amount: 3226445.60 }']),
      findings: [{
        path: 'tables.summary.income.total', range: '87:14-87:24',
        message: { zh: '表一（部门收支总表）收入总计 3226345.60 与各项收入合计 3226445.60 不符（差 -100.00）', en: 'Table 1 (summary): the income total 3226345.60 does not match the sum of its income items 3226445.60 (difference -100.00)' },
        expected: '3226445.60', found: '3226345.60',
        suggestions: totalSuggested(statistics([SUMMARY_GENERAL, '- { source: generalBudget, amount: 3226445.60 }']), '87:14-87:24', '3226445.60'),
      }],
    },
    {
      name: 'flags 表一\'s expenditure total against its items plus what is carried forward',
      text: statistics(['      carryForward: 0', '      carryForward: 100.00']),
      findings: [{
        path: 'tables.summary.expenditure.total', range: '92:14-92:24',
        message: { zh: '表一（部门收支总表）支出总计 3226345.60 与各类支出与结转下年合计 3226445.60 不符（差 -100.00）', en: 'Table 1 (summary): the expenditure total 3226345.60 does not match the sum of its items and the amount carried forward 3226445.60 (difference -100.00)' },
        expected: '3226445.60', found: '3226345.60',
        suggestions: totalSuggested(statistics(['      carryForward: 0', '      carryForward: 100.00']), '92:14-92:24', '3226445.60'),
        related: [
          { path: 'tables.summary.expenditure.items[0].amount', range: '95:48-95:58', message: { zh: '201 一般公共服务支出 2560345.60', en: '201 一般公共服务支出 2560345.60' } },
          { path: 'tables.summary.expenditure.items[1].amount', range: '96:49-96:58', message: { zh: '208 社会保障和就业支出 355200.00', en: '208 社会保障和就业支出 355200.00' } },
          { path: 'tables.summary.expenditure.items[2].amount', range: '97:46-97:55', message: { zh: '210 卫生健康支出 133200.00', en: '210 卫生健康支出 133200.00' } },
          { path: 'tables.summary.expenditure.items[3].amount', range: '98:46-98:55', message: { zh: '221 住房保障支出 177600.00', en: '221 住房保障支出 177600.00' } },
          { path: 'tables.summary.expenditure.carryForward', range: '93:21-93:27', message: { zh: '结转下年 100.00', en: 'carried forward 100.00' } },
        ],
      }],
    },
    {
      // The unit's general budget alone fails both its row and its column, by the same 45.60: it is the one to change.
      name: 'flags a 表二 unit row against its source columns, and the total\'s column against the units, and fixes the unit\'s general budget both find wrong',
      text: statistics([INCOME_ROW, '- { unit: 示例市统计局（本级）, amount: 3226345.60, generalBudget: 3226300.00 }']),
      findings: [
        {
          path: 'tables.income.total.generalBudget', range: '100:49-100:59',
          message: { zh: '表二（部门收入总表）合计行一般公共预算拨款收入 3226345.60 与各单位一般公共预算拨款收入合计 3226300.00 不符（差 45.60）', en: 'Table 2 (income), the total row: the general public budget appropriation 3226345.60 does not match the general public budget appropriation of the units 3226300.00 (difference 45.60)' },
          expected: '3226300.00', found: '3226345.60',
          fixTitle: { zh: '将示例市统计局（本级） 3226300.00 改为 3226345.60', en: 'Change 示例市统计局（本级） 3226300.00 to 3226345.60' },
        },
        {
          path: 'tables.income.rows[0].amount', range: '102:37-102:47',
          message: { zh: '表二（部门收入总表）示例市统计局（本级）金额 3226345.60 与各栏之和 3226300.00 不符（差 45.60）', en: 'Table 2 (income), 示例市统计局（本级）: the amount 3226345.60 does not match the sum of its columns 3226300.00 (difference 45.60)' },
          expected: '3226300.00', found: '3226345.60',
          fixTitle: { zh: '将一般公共预算拨款收入 3226300.00 改为 3226345.60', en: 'Change general public budget appropriation 3226300.00 to 3226345.60' },
        },
      ],
      output: statistics(),
    },
    {
      name: 'flags a source in 表二\'s total that no unit has: the total against its columns, and the column against the units\' empty cells, fixed to 0',
      text: statistics([INCOME_TOTAL, 'total: { amount: 3226345.60, generalBudget: 3226345.60, operations: 1000 }\n    rows:']),
      findings: [
        {
          path: 'tables.income.total.amount', range: '100:22-100:32',
          message: { zh: '表二（部门收入总表）合计行金额 3226345.60 与各栏之和 3227345.60 不符（差 -1000.00）', en: 'Table 2 (income), the total row: the amount 3226345.60 does not match the sum of its columns 3227345.60 (difference -1000.00)' },
          expected: '3227345.60', found: '3226345.60',
        },
        {
          path: 'tables.income.total.operations', range: '100:73-100:77',
          message: { zh: '表二（部门收入总表）合计行事业收入 1000 与各单位事业收入合计 0 不符（差 1000）', en: 'Table 2 (income), the total row: the operating income of public institutions 1000 does not match the operating income of public institutions of the units 0 (difference 1000)' },
          expected: '0', found: '1000',
        },
      ],
      output: statistics([INCOME_TOTAL, 'total: { amount: 3226345.60, generalBudget: 3226345.60, operations: 0 }\n    rows:']),
    },
    {
      name: 'flags 表四\'s income total against its four columns, 上年结转 included',
      text: statistics(['stateCapital: 0, carriedOver: 0 }', 'stateCapital: 0, carriedOver: 500 }']),
      findings: [{
        path: 'tables.appropriation.income.total', range: '122:22-122:32',
        message: { zh: '表四（财政拨款收支总表）收入总计 3226345.60 与各项收入合计 3226845.60 不符（差 -500.00）', en: 'Table 4 (appropriation): the income total 3226345.60 does not match the sum of its income columns 3226845.60 (difference -500.00)' },
        expected: '3226845.60', found: '3226345.60',
        suggestions: totalSuggested(statistics(['stateCapital: 0, carriedOver: 0 }', 'stateCapital: 0, carriedOver: 500 }']), '122:22-122:32', '3226845.60'),
      }],
    },
    {
      name: 'names 表四\'s expenditure columns as spending: the total\'s 一般公共预算支出 against its class rows',
      text: statistics(['total: { amount: 3226345.60, generalBudget: 3226345.60, governmentFund: 0, stateCapital: 0 }', 'total: { amount: 3226345.60, generalBudget: 3226000.00, governmentFund: 345.60, stateCapital: 0 }']),
      findings: [
        {
          path: 'tables.appropriation.expenditure.total.generalBudget', range: '124:51-124:61',
          message: { zh: '表四（财政拨款收支总表）合计行一般公共预算支出 3226000.00 与各类级科目一般公共预算支出合计 3226345.60 不符（差 -345.60）', en: 'Table 4 (appropriation), the total row: the general public budget expenditure 3226000.00 does not match the general public budget expenditure of the class rows 3226345.60 (difference -345.60)' },
          expected: '3226345.60', found: '3226000.00',
          suggestions: totalSuggested(statistics(['total: { amount: 3226345.60, generalBudget: 3226345.60, governmentFund: 0, stateCapital: 0 }', 'total: { amount: 3226345.60, generalBudget: 3226000.00, governmentFund: 345.60, stateCapital: 0 }']), '124:51-124:61', '3226345.60'),
        },
        {
          path: 'tables.appropriation.expenditure.total.governmentFund', range: '124:79-124:85',
          message: { zh: '表四（财政拨款收支总表）合计行政府性基金预算支出 345.60 与各类级科目政府性基金预算支出合计 0.00 不符（差 345.60）', en: 'Table 4 (appropriation), the total row: the government fund budget expenditure 345.60 does not match the government fund budget expenditure of the class rows 0.00 (difference 345.60)' },
          expected: '0.00', found: '345.60',
        },
      ],
      // No class row has a government fund figure, and 表八 is empty: the total's column is the one to change.
      output: statistics(['total: { amount: 3226345.60, generalBudget: 3226345.60, governmentFund: 0, stateCapital: 0 }', 'total: { amount: 3226345.60, generalBudget: 3226000.00, governmentFund: 0.00, stateCapital: 0 }']),
    },
  ],
});

/** The 三公 rows' changes add up to the total's change (docs/format.md), each row's change written or this year less last year. */
const TOTAL_3P = 'total: { amount: 7.20, previous: 8.00, change: -0.80, changeRate: -10.00%';

ruleTester('sum-mismatch', {
  severity: 'error',
  valid: [
    { name: 'finds the example\'s 三公 changes adding up: 0 + 0 − 0.50 − 0.30 = −0.80', text: statistics() },
    { name: 'checks no change sum when a row states neither its last year nor its change', text: statistics(['  overseas: { amount: 0, previous: 0 }', '  overseas: { amount: 0 }'], [TOTAL_3P, 'total: { amount: 7.20, change: -2.80']) },
  ],
  invalid: [
    {
      name: 'flags the 三公 total\'s change against the rows\' changes when the total states no last year, and fixes it to their sum',
      text: statistics([TOTAL_3P, 'total: { amount: 7.20, change: -2.80']),
      findings: [{
        path: 'threePublicExpenses.total.change', range: '45:34-45:39',
        message: { zh: '三公经费合计增减 -2.80 与各行增减合计 -0.80 不符（差 -2.00）', en: 'The change of the three public expenses total -2.80 does not match the sum of the rows\' changes -0.80 (difference -2.00)' },
        expected: '-0.80', found: '-2.80',
        related: [
          { path: 'threePublicExpenses.overseas.previous', range: '40:36-40:37', message: { zh: '因公出国（境）费（本年 0 减上年 0） 0', en: 'overseas travel (0 this year less last year 0) 0' } },
          { path: 'threePublicExpenses.vehiclePurchase.previous', range: '41:43-41:44', message: { zh: '公务用车购置费（本年 0 减上年 0） 0', en: 'vehicle purchase (0 this year less last year 0) 0' } },
          { path: 'threePublicExpenses.vehicleOperation.change', range: '42:61-42:66', message: { zh: '公务用车运行维护费 -0.50', en: 'vehicle operation -0.50' } },
          { path: 'threePublicExpenses.reception.change', range: '44:54-44:59', message: { zh: '公务接待费 -0.30', en: 'official reception -0.30' } },
        ],
      }],
      output: statistics([TOTAL_3P, 'total: { amount: 7.20, change: -0.80']),
    },
    {
      name: 'flags the vehicle subtotal\'s change against purchase and operation',
      text: statistics(['  vehicle: { amount: 6.00, previous: 6.50, change: -0.50 }', '  vehicle: { amount: 6.00, change: -2.50 }']),
      findings: [{
        path: 'threePublicExpenses.vehicle.change', range: '43:36-43:41',
        message: { zh: '公务用车购置及运行费增减 -2.50 与购置费与运行维护费增减合计 -0.50 不符（差 -2.00）', en: 'The change of the official vehicles subtotal -2.50 does not match the change of vehicle purchase plus operation -0.50 (difference -2.00)' },
        expected: '-0.50', found: '-2.50',
      }],
      output: statistics(['  vehicle: { amount: 6.00, previous: 6.50, change: -0.50 }', '  vehicle: { amount: 6.00, change: -0.50 }']),
    },
  ],
});
