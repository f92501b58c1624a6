import { z } from 'zod';

/**
 * The budget document format (docs/format.md) as one zod schema: the TypeScript
 * types, `schemas/budget.schema.json`, completion and key hovers all come
 * from here. Every key carries its Chinese term, English name and meaning.
 *
 * Custom error texts are message ids, which the `schema` rule
 * (core/rules/schema.ts) tells in Chinese and English alike.
 */

export interface KeyDoc {
  readonly term: { readonly zh: string; readonly en: string };
  readonly about: { readonly zh: string; readonly en: string };
}

function doc<T extends z.ZodType>(schema: T, zh: string, en: string, aboutZh: string, aboutEn: string): T {
  const meta: KeyDoc & { title: string; description: string; [key: string]: unknown } = {
    title: `${zh} (${en})`,
    description: `${aboutZh}\n${aboutEn}`,
    term: { zh, en },
    about: { zh: aboutZh, en: aboutEn },
  };
  return schema.meta(meta);
}

export const UNITS = ['元', '千元', '万元', '亿元'] as const;
export const PROCUREMENT_CATEGORIES = ['货物', '工程', '服务'] as const;
export const RATE_PATTERN = /^[+-]?\d+(?:\.\d+)?%$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` names a day of the calendar (not `2018-02-30`); other shapes are the pattern's to refuse. */
function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return true;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const text = () => z.string({ error: 'expected-text' });
const amount = () => z.number({ error: 'expected-amount' }).min(0, { error: 'negative-amount' });
const signedAmount = () => z.number({ error: 'expected-amount' });
const rate = () => z.string({ error: 'expected-rate' }).regex(RATE_PATTERN, { error: 'expected-rate' });
const strict = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape, { error: 'unknown-key' });

const name = (zh: string, en: string) => doc(text(), '名称', 'name', zh, en);

/** The whole a line's `share` is of, as its hover names it. */
interface Whole { readonly zh: string; readonly en: string }

/**
 * What a line (a mapping with `amount`) may say beside its amount: last year's figure, the change, the rate and
 * its share of `whole` (docs/format.md, "Figures with last year's figure and a share").
 */
const lineKeys = (whole: Whole) => ({
  previous: doc(amount().optional(), '上年预算数', 'previous', '上年预算数，用于核对增减额和增减率。', 'Last year\'s budget, used to check the change and the rate.'),
  change: doc(signedAmount().optional(), '比上年增减', 'change', '增减额：本年减上年，负数为减少。', 'This year minus last year, negative for a decrease.'),
  changeRate: doc(rate().optional(), '增减率', 'change rate', '增减额 ÷ 上年，带符号的百分数，如 -0.2%、1.18%。', 'The change ÷ last year, a signed percentage such as -0.2% or 1.18%.'),
  share: doc(rate().optional(), '占比', 'share', `本行金额占${whole.zh}的比重，如 83.81%。`, `This amount as a share of ${whole.en}, such as 83.81%.`),
});

/** A bare figure, or its long form `{ amount, share, change, changeRate, previous }` that says the same of it. */
const figure = (whole: Whole) => z.union([amount(), strict({
  amount: doc(amount(), '金额', 'amount', '本年金额。', 'This year\'s amount.'),
  ...lineKeys(whole),
})], { error: 'expected-amount' });

export const Unit = doc(z.enum(UNITS, { error: 'expected-unit' }), '金额单位', 'unit',
  '本文件所有金额所用的单位。', 'The unit every amount in this file is written in.');

export const OrgUnit = strict({
  name: name('单位名称。', 'Name of the unit.'),
  nature: doc(text(), '单位性质', 'nature', '行政、参公、事业等。', 'Administrative, civil-service managed, public institution, etc.'),
  level: doc(text().optional(), '单位规格', 'level', '机构的行政级别，如副厅级。', 'Administrative rank of the unit, e.g. deputy department level.'),
  funding: doc(text().optional(), '经费保障形式', 'funding', '财政对该单位经费的保障方式。', 'How the budget funds the unit.'),
});

export const Organization = doc(strict({
  composition: doc(text(), '部门预算构成', 'composition', '部门预算由哪些单位构成。', 'Which units the department budget is made of.'),
  units: doc(z.array(OrgUnit).optional(), '机构设置', 'units', '机构设置情况表，每行一个单位。', 'The table of units, one row per unit.'),
  duties: doc(z.array(text()), '主要职责', 'duties', '部门的主要职责，每项一条。', 'The department\'s main duties, one item each.'),
}), '部门主要职责及机构设置', 'duties and organisation', '第一部分：部门职责与机构设置。', 'Section 1: duties and organisation.');

const INCOME_TOTAL: Whole = { zh: '收入总计', en: 'the income total' };
const EXPENDITURE_TOTAL: Whole = { zh: '支出总计', en: 'the expenditure total' };

export const IncomeItem = strict({
  name: name('收入项目名称，如财政拨款收入。', 'Income line, e.g. fiscal appropriation income.'),
  amount: doc(amount(), '金额', 'amount', '该项收入金额。', 'Amount of this income line.'),
  ...lineKeys(INCOME_TOTAL),
});

const BASIC = { zh: '保障机构正常运转、完成日常工作任务的人员支出和公用支出', en: 'staff and running costs that keep the department operating' };
const PROJECT = { zh: '在基本支出之外为完成特定任务和事业发展目标安排的支出', en: 'spending beyond basic expenditure for specific tasks and development goals' };

/**
 * Total, basic and project expenditure: this year's (`expenditure`), the change against last year (`change`), or
 * last year's (`previous`), each part named and explained as what it is.
 */
export const Split = (kind: 'expenditure' | 'change' | 'previous', make: () => z.ZodNumber) => {
  const part = (zh: string, en: string, about: { zh: string; en: string }) => {
    switch (kind) {
      case 'expenditure': return doc(make(), zh, en, `${zh}：${about.zh}。`, `${en[0]!.toUpperCase()}${en.slice(1)}: ${about.en}.`);
      case 'change': return doc(make(), `${zh}增减`, `${en} change`, `${zh}比上年的增减：本年减上年，负数为减少。`, `Change of ${en} against last year: this year minus last year, negative for a decrease.`);
      case 'previous': return doc(make(), `上年${zh}`, `previous-year ${en}`, `上年的${zh}，用于核对增减。`, `Last year's ${en}, used to check the change.`);
    }
  };
  return strict({
    total: part('支出总计', 'total expenditure', { zh: '基本支出与项目支出之和', en: 'basic plus project expenditure' }),
    basic: part('基本支出', 'basic expenditure', BASIC),
    project: part('项目支出', 'project expenditure', PROJECT),
  });
};

export const Overview = doc(strict({
  preface: doc(text().optional(), '说明', 'preface', '本部分开头的说明文字。', 'Introductory paragraph of this section.'),
  income: doc(strict({
    total: doc(amount(), '收入总计', 'income total', '本年收入总额，应等于各项收入之和。', 'Total income; equals the sum of the income lines.'),
    items: doc(z.array(IncomeItem), '收入项目', 'income items', '收入构成：财政拨款收入、事业收入、其他收入等。', 'Income lines: fiscal appropriation, operating income, other income, …'),
  }), '收入', 'income', '部门本年预计收入。', 'The department\'s expected income for the year.'),
  expenditure: doc(Split('expenditure', amount).extend({
    basic: doc(figure(EXPENDITURE_TOTAL), '基本支出', 'basic expenditure', `基本支出：${BASIC.zh}。`, `Basic expenditure: ${BASIC.en}.`),
    project: doc(figure(EXPENDITURE_TOTAL), '项目支出', 'project expenditure', `项目支出：${PROJECT.zh}。`, `Project expenditure: ${PROJECT.en}.`),
  }), '支出', 'expenditure', '支出总计及基本支出、项目支出。', 'Total expenditure, split into basic and project expenditure.'),
  change: doc(Split('change', signedAmount).extend({
    reasons: doc(text().optional(), '增减原因', 'reasons', '比上年增减的主要原因。', 'Main reasons for the change against last year.'),
  }).optional(), '比上年增减', 'change', '本年减上年：正数为增加，负数为减少（可不写，如新设部门）。', 'This year minus last year: positive for an increase, negative for a decrease (optional, e.g. for a new department).'),
  changeRate: doc(strict({
    total: doc(rate().optional(), '支出总计增减率', 'total change rate', '支出总计比上年的增减率，如 1.18%。', 'Change rate of total expenditure against last year, such as 1.18%.'),
    basic: doc(rate().optional(), '基本支出增减率', 'basic change rate', '基本支出比上年的增减率。', 'Change rate of basic expenditure against last year.'),
    project: doc(rate().optional(), '项目支出增减率', 'project change rate', '项目支出比上年的增减率。', 'Change rate of project expenditure against last year.'),
  }).optional(), '增减率', 'change rates', '支出比上年的增减率：增减额 ÷ 上年。', 'Change rates of expenditure against last year: the change ÷ last year.'),
  share: doc(strict({
    basic: doc(rate().optional(), '基本支出占比', 'basic share', '基本支出占支出总计的比重，如 83.81%。', 'Basic expenditure as a share of total expenditure, such as 83.81%.'),
    project: doc(rate().optional(), '项目支出占比', 'project share', '项目支出占支出总计的比重。', 'Project expenditure as a share of total expenditure.'),
  }).optional(), '占比', 'shares', '基本支出、项目支出占支出总计的比重。', 'Basic and project expenditure as shares of total expenditure.'),
  previous: doc(Split('previous', amount).optional(), '上年预算', 'previous year', '上年预算数，用于核对增减。', 'Last year\'s budget, used to check the change.'),
}), '部门预算安排总体情况', 'budget overview', '第二部分：收入、支出及比上年增减。', 'Section 2: income, expenditure and change against last year.');

export const OperatingExpenses = doc(strict({
  amount: doc(amount(), '机关运行经费', 'operating expenses', '机关运行经费（公用经费）金额。', 'Amount of administrative operating expenses.'),
  ...lineKeys({ zh: '基本支出', en: 'basic expenditure' }),
  covers: doc(z.array(text()).optional(), '主要包括', 'covers', '经费涵盖的费用类别。', 'Expense categories the amount covers.'),
}), '机关运行经费安排情况', 'operating expenses', '第三部分：机关运行经费，为保障机关运行的公用经费。', 'Section 3: operating expenses, the running costs of the administration.');

export const Sources = doc(strict({
  general: doc(amount().optional(), '一般预算', 'general budget', '一般公共预算拨款。', 'General public budget appropriation.'),
  fund: doc(amount().optional(), '基金预算', 'fund budget', '政府性基金预算拨款。', 'Government fund budget appropriation.'),
  specialAccount: doc(amount().optional(), '财政专户', 'special account', '纳入财政专户管理的资金。', 'Funds managed in a special fiscal account.'),
}), '资金来源', 'sources', '按资金来源拆分的金额，之和应等于本行金额。', 'The amount split by source of funds; the parts add up to the row amount.');

const ThreePublicRow = (zh: string, en: string, aboutZh: string, aboutEn: string) => doc(strict({
  label: doc(text().optional(), '显示名称', 'label', '文件原用的行名，留空则用标准名称。', 'Row label as the document writes it; the standard name when absent.'),
  amount: doc(amount(), '本年预算', 'amount', '本年预算数。', 'This year\'s budget.'),
  previous: doc(amount().optional(), '上年预算', 'previous', '上年预算数。', 'Last year\'s budget.'),
  change: doc(signedAmount().optional(), '比上年增减', 'change', '本年减上年。', 'This year minus last year.'),
  changeRate: doc(rate().optional(), '增减率', 'change rate', '（本年 − 上年）÷ 上年，带符号的百分数，如 -4%。', '(this year − last year) ÷ last year, a signed percentage such as -4%.'),
  share: doc(rate().optional(), '占比', 'share', '本行占“三公”经费合计的比重，如 25%。', 'This row as a share of the three public expenses total, such as 25%.'),
  sources: Sources.optional(),
}), zh, en, aboutZh, aboutEn);

export const THREE_PUBLIC_ROWS = ['overseas', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
export type ThreePublicRowKey = (typeof THREE_PUBLIC_ROWS)[number];

export const ThreePublicExpenses = doc(strict({
  overseas: ThreePublicRow('因公出国（境）费', 'overseas travel', '单位工作人员公务出国（境）的住宿费、旅费、伙食补助费等。', 'Accommodation, travel and allowances of official trips abroad.').optional(),
  vehiclePurchase: ThreePublicRow('公务用车购置费', 'vehicle purchase', '购置公务用车的支出。', 'Spending on buying official vehicles.').optional(),
  vehicleOperation: ThreePublicRow('公务用车运行维护费', 'vehicle operation', '公务用车的燃料、维修、保险、过路过桥等费用。', 'Fuel, repair, insurance and tolls of official vehicles.').optional(),
  vehicle: ThreePublicRow('公务用车购置及运行费', 'official vehicles', '公务用车购置费与运行维护费之和；只写小计时，合计为出国（境）费、本行与接待费之和。', 'Vehicle purchase plus operation; when only this subtotal is written, the total is overseas travel, this row and receptions.').optional(),
  reception: ThreePublicRow('公务接待费', 'official reception', '按规定开支的各类公务接待支出。', 'Spending on official receptions within the rules.').optional(),
  total: ThreePublicRow('合计', 'total', '四项“三公”经费之和。', 'Sum of the four rows.'),
  explanation: doc(text().optional(), '增减变化原因', 'explanation', '三公经费增减变化的原因。', 'Reasons for the changes.'),
}), '财政拨款“三公”经费', 'three public expenses', '第四部分：因公出国（境）费、公务用车购置及运行维护费、公务接待费。', 'Section 4: overseas travel, official vehicles and receptions.');

export const GRADE_KEYS = ['excellent', 'good', 'fair', 'poor'] as const;
export type GradeKey = (typeof GRADE_KEYS)[number];

export const Grades = doc(strict({
  excellent: doc(text().optional(), '优', 'excellent', '评为“优”的标准，如 ≥90%。', 'Standard for "excellent", e.g. ≥90%.'),
  good: doc(text().optional(), '良', 'good', '评为“良”的标准，如 ≥80%。', 'Standard for "good", e.g. ≥80%.'),
  fair: doc(text().optional(), '中', 'fair', '评为“中”的标准，如 ≥70%。', 'Standard for "fair", e.g. ≥70%.'),
  poor: doc(text().optional(), '差', 'poor', '评为“差”的标准，通常是“中”的补集，如 <70%。', 'Standard for "poor", usually the complement of "fair", e.g. <70%.'),
}), '评价标准', 'grades', '绩效指标的四级评价标准：优、良、中、差。', 'The four grades of a performance indicator.');

export const Indicator = doc(strict({
  name: doc(text().optional(), '绩效指标', 'indicator', '衡量绩效目标完成程度的指标名称。', 'Name of the measure of how far the goal is met.'),
  grades: Grades.optional(),
}), '绩效指标', 'indicator', '一项绩效指标及其评价标准。', 'A performance indicator with its grades.');

export interface Activity {
  name: string;
  budget: number;
  content?: string | undefined;
  goal?: string | undefined;
  indicators?: z.infer<typeof Indicator>[] | undefined;
  children?: Activity[] | undefined;
}

let activityChildren: z.ZodType<Activity[] | undefined> | undefined;

export const Activity: z.ZodType<Activity> = doc(strict({
  name: doc(text(), '职责活动', 'activity', '职责活动名称（不写编号，编号由排版生成）。', 'Activity name (no numbering; the renderer numbers).'),
  budget: doc(amount(), '年度预算数', 'budget', '本活动的年度预算；有下级活动时应等于下级之和。', 'Annual budget of the activity; equals the sum of its children when it has any.'),
  content: doc(text().optional(), '内容描述', 'content', '活动的工作内容。', 'What the activity does.'),
  goal: doc(text().optional(), '绩效目标', 'goal', '活动预期达到的产出和效果。', 'The outputs and outcomes the activity aims for.'),
  indicators: doc(z.array(Indicator).optional(), '绩效指标', 'indicators', '衡量绩效目标的指标，末级活动至少一项。', 'Measures of the goal; a leaf activity needs at least one.'),
  get children() {
    return (activityChildren ??= doc(z.array(Activity).optional(), '下级活动', 'children', '下级职责活动。', 'Child activities.'));
  },
}), '职责活动', 'activity', '一项职责活动，可含下级活动。', 'One activity, possibly with child activities.');

export const Performance = doc(strict({
  overallGoal: doc(text(), '总体绩效目标', 'overall goal', '部门年度总体绩效目标。', 'The department\'s overall performance goal for the year.'),
  dutyGoals: doc(z.array(strict({
    duty: doc(text(), '职责', 'duty', '职责分类名称。', 'Duty category.'),
    goal: doc(text(), '绩效目标', 'goal', '该职责的绩效目标。', 'Performance goal of the duty.'),
  })).optional(), '职责分类绩效目标', 'duty goals', '按职责分类的绩效目标。', 'Performance goals by duty.'),
  activities: doc(z.array(Activity), '职责活动', 'activities', '绩效预算表：职责活动树。', 'The performance budget table: the activity tree.'),
}), '绩效预算信息', 'performance budget', '第五部分：总体目标、职责目标及职责活动的预算、目标和指标。', 'Section 5: goals, and the budget, goal and indicators of each activity.');

export const ProcurementItem = strict({
  department: doc(text(), '采购部门', 'department', '提出采购的部门。', 'The purchasing department.'),
  name: doc(text(), '采购项目', 'item', '采购项目名称。', 'What is purchased.'),
  category: doc(z.enum(PROCUREMENT_CATEGORIES, { error: 'expected-category' }), '采购类别', 'category', '货物、工程或服务。', 'Goods, works or services.'),
  code: doc(text().optional(), '品目代码', 'code', '政府采购品目分类代码：A 货物，B 工程，C 服务。', 'Procurement catalogue code: A goods, B works, C services.'),
  quantity: doc(amount().optional(), '采购数量', 'quantity', '采购数量。', 'Quantity.'),
  amount: doc(amount(), '计划金额', 'amount', '计划采购金额。', 'Planned amount.'),
});

export const Procurement = doc(strict({
  total: doc(amount(), '政府采购预算', 'procurement total', '政府采购预算总额，应等于各项之和。', 'Total procurement budget; equals the sum of the items.'),
  items: doc(z.array(ProcurementItem).optional(), '政府采购情况表', 'items', '每行一个采购项目。', 'One row per procurement item.'),
}), '政府采购信息', 'government procurement', '第六部分：政府采购预算。', 'Section 6: government procurement.');

export const Assets = doc(strict({
  asOf: doc(text().regex(DATE_PATTERN, { error: 'expected-date' }).refine(isCalendarDate, { error: 'no-such-date' }), '截止日期', 'as of', '资产统计截止日，通常为上年 12 月 31 日。', 'Date of the asset figures, normally 31 December of the previous year.'),
  total: doc(amount(), '资产合计', 'total assets', '国有资产总额，应等于各项之和。', 'Total state-owned assets; equals the sum of the items.'),
  items: doc(z.array(strict({
    name: name('资产类别，如房屋及构筑物。', 'Asset class, e.g. buildings.'),
    amount: doc(amount(), '金额', 'amount', '该类资产金额。', 'Amount of the class.'),
  })).optional(), '资产构成', 'items', '按类别列示的资产。', 'Assets by class.'),
}), '国有资产信息', 'state-owned assets', '第七部分：国有资产占用情况。', 'Section 7: state-owned assets.');

export const CODE_DIGITS = { function: [3, 5, 7], economic: [3, 5] } as const;
export type CodeKind = keyof typeof CODE_DIGITS;

/** A classification code: an integer of 3 (类), 5 (款) or 7 (项) digits; the economic classification stops at 款. */
const code = (kind: CodeKind) => {
  const digits: readonly number[] = CODE_DIGITS[kind];
  const error = kind === 'function' ? 'expected-function-code' : 'expected-economic-code';
  const schema = z.number({ error }).int({ error }).refine((n) => n > 0 && digits.includes(String(n).length), { error });
  return kind === 'function'
    ? doc(schema, '功能分类科目编码', 'function code', '支出功能分类科目编码：3 位为类，5 位为款，7 位为项，写作整数，如 2010301。', 'Function classification code: 3 digits for a class (类), 5 for a section (款), 7 for an item (项), written as an integer such as 2010301.')
    : doc(schema, '经济分类科目编码', 'economic code', '部门预算支出经济分类科目编码：3 位为类，5 位为款，写作整数，如 30101。', 'Economic classification code: 3 digits for a class (类), 5 for a section (款), written as an integer such as 30101.');
};

/** The income sources of the standard tables, with their Chinese names (docs/format.md). */
export const INCOME_SOURCES = {
  generalBudget: { zh: '一般公共预算拨款收入', en: 'general public budget appropriation' },
  governmentFund: { zh: '政府性基金预算拨款收入', en: 'government fund budget appropriation' },
  stateCapital: { zh: '国有资本经营预算拨款收入', en: 'state capital operation budget appropriation' },
  specialAccount: { zh: '财政专户管理资金收入', en: 'special fiscal account income' },
  operations: { zh: '事业收入', en: 'operating income of public institutions' },
  business: { zh: '事业单位经营收入', en: 'business income of public institutions' },
  superiorGrant: { zh: '上级补助收入', en: 'grants from the level above' },
  subordinate: { zh: '附属单位上缴收入', en: 'payments from subordinate units' },
  other: { zh: '其他收入', en: 'other income' },
  carriedOver: { zh: '上年结转（结余）', en: 'carried over from last year' },
} as const;
export type IncomeSource = keyof typeof INCOME_SOURCES;
export const INCOME_SOURCE_KEYS = Object.keys(INCOME_SOURCES) as IncomeSource[];
const APPROPRIATION_SOURCES = ['generalBudget', 'governmentFund', 'stateCapital'] as const;

/** The column figures of a table, each a bare figure or its long form (share of the row's amount). */
const COLUMNS = {
  basic: { zh: '基本支出', en: 'basic expenditure' },
  project: { zh: '项目支出', en: 'project expenditure' },
  personnel: { zh: '人员经费', en: 'personnel expenses' },
  public: { zh: '公用经费', en: 'public expenses' },
  ...INCOME_SOURCES,
} as const;
export type ColumnKey = keyof typeof COLUMNS;

const columns = <K extends ColumnKey>(keys: readonly K[], whole: Whole) => Object.fromEntries(keys.map((k) => [k,
  doc(figure(whole).optional(), COLUMNS[k].zh, COLUMNS[k].en, `${COLUMNS[k].zh}栏的金额；空栏为 0。`, `The ${COLUMNS[k].en} column; an empty cell is 0.`)])) as { [P in K]: z.ZodOptional<ReturnType<typeof figure>> };

const ROW_WHOLE: Whole = { zh: '上级科目（类级科目为本表合计）', en: 'its parent row (for a class row, the table\'s total)' };
const TOTAL_WHOLE: Whole = { zh: '本表合计', en: 'the table\'s total' };
// docs/format.md names no whole for a table's own total: its share is shown as written and not judged (docs/format.md).
const WIDER_WHOLE: Whole = { zh: '所属的更大口径', en: 'the wider whole it belongs to' };
const ROW_COLUMN_WHOLE: Whole = { zh: '本行合计', en: 'the row\'s amount' };

const rowAmount = () => doc(amount(), '合计', 'amount', '本行合计金额。', 'The row\'s amount.');
const tableUnitName = () => doc(text(), '单位名称', 'unit', '部门所属单位的名称。', 'Name of the department\'s unit.');
const empty = () => doc(text().optional(), '空表说明', 'empty', '本表没有数据时说明原因，如“本部门2024年没有使用政府性基金预算拨款安排的支出，故本表无数据。”。', 'Why the table has no rows, e.g. no government fund appropriation this year.');

/** A table by classification code: its `total`, its flat rows in the table's order, or why it is `empty`. */
const codedTable = <K extends ColumnKey>(kind: CodeKind, keys: readonly K[], zh: string, en: string, about: string, aboutEn: string) => doc(strict({
  total: doc(strict({ amount: doc(amount(), '合计', 'total', '本表合计，应等于各类级科目之和。', 'The table\'s total; equals the sum of its class (类) rows.'), ...columns(keys, TOTAL_WHOLE), ...lineKeys(WIDER_WHOLE) }).optional(), '合计', 'total', '本表合计行。', 'The table\'s total row.'),
  rows: doc(z.array(strict({
    code: code(kind),
    name: name('科目名称，应与该年度政府收支分类科目一致。', 'The code\'s name, as the year\'s classification names it.'),
    amount: rowAmount(),
    ...columns(keys, ROW_COLUMN_WHOLE),
    ...lineKeys(ROW_WHOLE),
  })).optional(), '科目', 'rows', '按表中顺序逐行列出的科目；上级科目是编码为本行编码前缀的那一行。', 'The rows in the table\'s order; a row\'s parent is the row whose code is its code\'s prefix.'),
  empty: empty(),
}), zh, en, about, aboutEn);

const SUMMARY_INCOME: Whole = { zh: '收入总计', en: 'the income total' };
const SUMMARY_EXPENDITURE: Whole = { zh: '支出总计', en: 'the expenditure total' };

export const Tables = doc(strict({
  unit: doc(z.enum(UNITS, { error: 'expected-unit' }).optional(), '表格金额单位', 'tables unit', '各表金额所用的单位（常见为元）；不写则同文件的 unit。', 'The unit of the tables\' amounts (often 元); the file\'s unit when absent.'),
  summary: doc(strict({
    income: doc(strict({
      total: doc(amount(), '收入总计', 'income total', '收入总计，应等于各项收入之和。', 'Total income; equals the sum of its items.'),
      items: doc(z.array(strict({
        source: doc(z.enum(INCOME_SOURCE_KEYS as [IncomeSource, ...IncomeSource[]], { error: 'expected-source' }), '收入来源', 'source', '收入来源：generalBudget 一般公共预算拨款收入、carriedOver 上年结转等。', 'Income source: generalBudget, governmentFund, stateCapital, carriedOver, …'),
        amount: doc(amount(), '金额', 'amount', '该项收入金额。', 'Amount of this income line.'),
        ...lineKeys(SUMMARY_INCOME),
      })), '收入项目', 'income items', '按来源列示的收入。', 'Income by source.'),
    }), '收入', 'income', '部门收支总表的收入部分。', 'The income side of the summary table.'),
    expenditure: doc(strict({
      total: doc(amount(), '支出总计', 'expenditure total', '支出总计，应等于各类支出与结转下年之和。', 'Total expenditure; equals its items plus the amount carried forward.'),
      carryForward: doc(amount().optional(), '结转下年', 'carried forward', '结转下年的资金。', 'Funds carried forward to next year.'),
      items: doc(z.array(strict({
        code: code('function'),
        name: name('类级科目名称。', 'Name of the class (类).'),
        amount: doc(amount(), '金额', 'amount', '该类支出金额。', 'Amount of this class.'),
        ...lineKeys(SUMMARY_EXPENDITURE),
      })), '支出项目', 'expenditure items', '按功能分类类级科目列示的支出。', 'Expenditure by function class (类).'),
    }), '支出', 'expenditure', '部门收支总表的支出部分。', 'The expenditure side of the summary table.'),
  }).partial().extend({ empty: empty() }).optional(), '表一 部门收支总表', 'table 1: summary', '部门收支总表：收入按来源，支出按功能分类类级科目。', 'Income by source and expenditure by function class.'),
  income: doc(strict({
    total: doc(strict({ amount: doc(amount(), '合计', 'total', '本表合计。', 'The table\'s total.'), ...columns(INCOME_SOURCE_KEYS, TOTAL_WHOLE), ...lineKeys(WIDER_WHOLE) }).optional(), '合计', 'total', '本表合计行，各来源栏之和等于合计。', 'The total row; its source columns add up to its amount.'),
    rows: doc(z.array(strict({ unit: tableUnitName(), amount: rowAmount(), ...columns(INCOME_SOURCE_KEYS, ROW_COLUMN_WHOLE), ...lineKeys(TOTAL_WHOLE) })).optional(), '单位', 'rows', '每个单位一行。', 'One row per unit.'),
    empty: empty(),
  }), '表二 部门收入总表', 'table 2: income', '部门收入总表：各单位按来源的收入。', 'Income of each unit by source.'),
  expenditure: codedTable('function', ['basic', 'project'], '表三 部门支出总表', 'table 3: expenditure', '部门支出总表：按功能分类科目的基本支出和项目支出。', 'Basic and project expenditure by function code.').optional(),
  appropriation: doc(strict({
    income: doc(strict({
      total: doc(amount(), '收入总计', 'income total', '财政拨款收入总计。', 'Total appropriation income.'),
      ...columns([...APPROPRIATION_SOURCES, 'carriedOver'], { zh: '收入总计', en: 'the income total' }),
    }).optional(), '收入', 'income', '财政拨款收入：一般公共预算、政府性基金预算、国有资本经营预算拨款及上年结转。', 'Appropriation income by budget, and what is carried over.'),
    expenditure: codedTable('function', APPROPRIATION_SOURCES, '支出', 'expenditure', '财政拨款支出：按功能分类科目，分一般公共预算、政府性基金预算、国有资本经营预算。', 'Appropriation expenditure by function code and by budget.').optional(),
    empty: empty(),
  }), '表四 财政拨款收支总表', 'table 4: appropriation', '财政拨款收支总表。', 'Appropriation income and expenditure.').optional(),
  generalBudget: codedTable('function', ['basic', 'project'], '表五 一般公共预算支出表', 'table 5: general budget', '一般公共预算支出表：按功能分类科目。', 'General public budget expenditure by function code.').optional(),
  basic: codedTable('economic', ['personnel', 'public'], '表六 一般公共预算基本支出表', 'table 6: basic expenditure', '一般公共预算基本支出表：按经济分类科目的人员经费和公用经费。', 'Basic expenditure by economic code: personnel and public expenses.').optional(),
  governmentFund: codedTable('function', ['basic', 'project'], '表八 政府性基金预算支出表', 'table 8: government fund', '政府性基金预算支出表。', 'Government fund budget expenditure.').optional(),
  stateCapital: codedTable('function', ['basic', 'project'], '表九 国有资本经营预算支出表', 'table 9: state capital', '国有资本经营预算支出表。', 'State capital operation budget expenditure.').optional(),
  project: codedTable('economic', [], '项目支出表', 'project table', '项目支出表（按经济分类，部分省份公开）。', 'Project expenditure by economic code (published in some provinces).').optional(),
}), '部门预算公开表', 'standard tables', '财预〔2016〕143号规定的部门预算公开表；表七即 threePublicExpenses。', 'The standard budget tables of 财预〔2016〕143号; table 7 is threePublicExpenses.');

/** The tables that hold coded rows, where their rows and total are (`appropriation`'s are under `expenditure`). */
export const CODED_TABLES = {
  expenditure: { path: ['tables', 'expenditure'], kind: 'function', columns: ['basic', 'project'] },
  appropriation: { path: ['tables', 'appropriation', 'expenditure'], kind: 'function', columns: APPROPRIATION_SOURCES },
  generalBudget: { path: ['tables', 'generalBudget'], kind: 'function', columns: ['basic', 'project'] },
  basic: { path: ['tables', 'basic'], kind: 'economic', columns: ['personnel', 'public'] },
  governmentFund: { path: ['tables', 'governmentFund'], kind: 'function', columns: ['basic', 'project'] },
  stateCapital: { path: ['tables', 'stateCapital'], kind: 'function', columns: ['basic', 'project'] },
  project: { path: ['tables', 'project'], kind: 'economic', columns: [] },
} as const satisfies Record<string, { path: readonly (string | number)[]; kind: CodeKind; columns: readonly ColumnKey[] }>;
export type CodedTableKey = keyof typeof CODED_TABLES;

/** The standard tables `tables` must hold when present (表七 is `threePublicExpenses`), in 表一 … 表九 order. */
export const REQUIRED_TABLES = ['summary', 'income', 'expenditure', 'appropriation', 'generalBudget', 'basic', 'governmentFund', 'stateCapital'] as const;
export type TableKey = Exclude<keyof z.infer<typeof Tables>, 'unit'>;

export const GlossaryEntry = strict({
  term: doc(text(), '名词', 'term', '被解释的名词。', 'The term explained.'),
  definition: doc(text(), '解释', 'definition', '名词的含义。', 'What the term means.'),
});

export const Budget = strict({
  budget: doc(z.literal(1, { error: 'expected-version' }), '格式版本', 'format version', '文件格式版本，目前为 1。', 'Format version, currently 1.'),
  region: doc(text(), '地区', 'region', '地区或开发区名称。', 'Region name.'),
  department: doc(text(), '部门', 'department', '编制预算的部门名称。', 'Name of the department.'),
  year: doc(z.number({ error: 'expected-year' }).int({ error: 'expected-year' }).min(1900, { error: 'expected-year' }).max(2200, { error: 'expected-year' }), '预算年度', 'year', '预算所属年度，如 2018。', 'Budget year, e.g. 2018.'),
  unit: Unit,
  title: doc(text().optional(), '标题', 'title', '公开说明的标题，默认“{地区}{年度}年部门预算信息公开说明”。', 'Title; defaults to "{region}{year}年部门预算信息公开说明".'),
  preface: doc(text().optional(), '前言', 'preface', '标题下的说明文字。', 'Paragraph under the title.'),
  organization: Organization,
  overview: Overview,
  operatingExpenses: OperatingExpenses.optional(),
  threePublicExpenses: ThreePublicExpenses,
  performance: Performance,
  procurement: Procurement.optional(),
  assets: Assets.optional(),
  glossary: doc(z.array(GlossaryEntry).optional(), '名词解释', 'glossary', '第八部分：名词解释，也用于悬停提示。', 'Section 8: glossary, also shown in hovers.'),
  notes: doc(z.array(text()).optional(), '其他需要说明的事项', 'other notes', '第九部分：其他说明，每段一条。', 'Section 9: other notes, one paragraph each.'),
  tables: Tables.optional(),
});

export type Budget = z.infer<typeof Budget>;
export type Indicator = z.infer<typeof Indicator>;
export type Grades = z.infer<typeof Grades>;
export type ThreePublicRow = NonNullable<z.infer<typeof ThreePublicExpenses>['overseas']>;
export type ProcurementItem = z.infer<typeof ProcurementItem>;
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export type Tables = z.infer<typeof Tables>;
/** A figure as the schema reads it: bare, or its long form. */
export type FigureValue = number | { amount: number; previous?: number | undefined; change?: number | undefined; changeRate?: string | undefined; share?: string | undefined };

/** The sections in the order of the published document (一 … 九). */
export const SECTION_KEYS = ['organization', 'overview', 'operatingExpenses', 'threePublicExpenses', 'performance', 'procurement', 'assets', 'glossary', 'notes'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
