import { formatFigure, isZero, negate, percentChange, subtract, type Figure, type YearOnYearFigures, localize, type Locale } from '../core';

/**
 * The standard sentences of a disclosure, made from its figures so that the
 * prose can never disagree with the tables. Each returns plain text; the
 * caller escapes it.
 */
const show = (a: Figure, unit: string, locale: Locale) => (locale === 'zh-CN' ? `${formatFigure(a)}${unit}` : `${formatFigure(a)} ${unit}`);
const magnitude = (f: Figure): Figure => ({ digits: f.digits < 0n ? -f.digits : f.digits, decimals: f.decimals });
type Direction = 'up' | 'down' | 'flat';
const direction = (change: Figure): Direction => (isZero(change) ? 'flat' : change.digits > 0n ? 'up' : 'down');

export function incomeSentence(year: number, total: Figure, items: readonly { name: string; figure: Figure }[], unit: string, locale: Locale): string {
  const zhItems = items.map((i) => `${i.name}${show(i.figure, unit, locale)}`).join('，');
  const enItems = items.map((i) => `${i.name} ${show(i.figure, unit, locale)}`).join(', ');
  return localize({
    zh: `${year}年全年预计收入${show(total, unit, locale)}${items.length ? `，其中：${zhItems}` : ''}。`,
    en: `Expected income for ${year}: ${show(total, unit, locale)}${items.length ? `, of which ${enItems}` : ''}.`,
  }, locale);
}

export function expenditureSentence(total: Figure, basic: Figure, project: Figure, unit: string, locale: Locale): string {
  return localize({
    zh: `支出总计${show(total, unit, locale)}，其中：基本支出${show(basic, unit, locale)}，项目支出${show(project, unit, locale)}。`,
    en: `Total expenditure ${show(total, unit, locale)}, of which basic expenditure ${show(basic, unit, locale)} and project expenditure ${show(project, unit, locale)}.`,
  }, locale);
}

/** `较2017年预算增加5088万元` / `减少…` / `与2017年预算持平`, and its English. */
function changeClause(change: Figure, against: { zh: string; en: string }, unit: string, locale: Locale): string {
  const by = show(magnitude(change), unit, locale);
  switch (direction(change)) {
    case 'up': return localize({ zh: `较${against.zh}增加${by}`, en: `up ${by} on ${against.en}` }, locale);
    case 'down': return localize({ zh: `较${against.zh}减少${by}`, en: `down ${by} on ${against.en}` }, locale);
    case 'flat': return localize({ zh: `与${against.zh}持平`, en: `unchanged from ${against.en}` }, locale);
  }
}

function partClause(label: { zh: string; en: string }, change: Figure, unit: string, locale: Locale): string {
  const by = show(magnitude(change), unit, locale);
  switch (direction(change)) {
    case 'up': return localize({ zh: `${label.zh}增加${by}`, en: `${label.en} up ${by}` }, locale);
    case 'down': return localize({ zh: `${label.zh}减少${by}`, en: `${label.en} down ${by}` }, locale);
    case 'flat': return localize({ zh: `${label.zh}与上年持平`, en: `${label.en} unchanged` }, locale);
  }
}

/** `2018年部门预算收支安排49951万元，较2017年预算增加5088万元，其中：基本支出增加2861万元，项目支出增加2227万元。` */
export function changeSentence(year: number, total: Figure, change: { total: Figure; basic: Figure; project: Figure }, unit: string, locale: Locale): string {
  const against = { zh: `${year - 1}年预算`, en: `the ${year - 1} budget` };
  const head = localize({ zh: `${year}年部门预算收支安排${show(total, unit, locale)}，`, en: `The ${year} department budget arranges ${show(total, unit, locale)}, ` }, locale);
  const parts = [partClause({ zh: '基本支出', en: 'basic expenditure' }, change.basic, unit, locale), partClause({ zh: '项目支出', en: 'project expenditure' }, change.project, unit, locale)];
  return head + changeClause(change.total, against, unit, locale) + localize({ zh: `，其中：${parts.join('，')}。`, en: `; ${parts.join(', ')}.` }, locale);
}

/** What the figures say about a row against last year: the change and the rate, computed. */
export interface YearOnYear {
  readonly change: Figure;
  /** Percent, rounded to the decimals the document wrote its rate with; absent when last year was 0. */
  readonly rate?: string;
}

export function yearOnYear(amount: Figure, previous: Figure, rateDecimals: number): YearOnYear {
  const change = subtract(amount, previous);
  if (isZero(previous) || previous.digits < 0n) return { change };
  const percent = percentChange(amount, previous, rateDecimals);
  return { change, rate: `${formatFigure(percent.digits < 0n ? negate(percent) : percent)}%` };
}

function rateClause(yoy: YearOnYear, locale: Locale): string {
  if (yoy.rate === undefined) return '';
  switch (direction(yoy.change)) {
    case 'up': return localize({ zh: `，同比增长${yoy.rate}`, en: `, a rise of ${yoy.rate}` }, locale);
    case 'down': return localize({ zh: `，同比下降${yoy.rate}`, en: `, a fall of ${yoy.rate}` }, locale);
    // The Chinese says it twice, as disclosures do (与上年持平，无增减变化); the English once, in the change clause.
    case 'flat': return localize({ zh: '，无增减变化', en: '' }, locale);
  }
}

/** `2018年，某部门安排“三公”经费250万元，较2017年“三公”经费240万元增加10万元，增长4%。` */
export function threePublicTotalSentence(year: number, department: string, amount: Figure, yoy: (YearOnYear & { previous: Figure }) | undefined, unit: string, locale: Locale): string {
  const head = localize({ zh: `${year}年，${department}安排“三公”经费${show(amount, unit, locale)}`, en: `In ${year}, ${department} budgets ${show(amount, unit, locale)} for the three public expenses` }, locale);
  if (!yoy) return head + localize({ zh: '。', en: '.' }, locale);
  const against = { zh: `${year - 1}年“三公”经费${show(yoy.previous, unit, locale)}`, en: `${show(yoy.previous, unit, locale)} in ${year - 1}` };
  const rate = yoy.rate === undefined || direction(yoy.change) === 'flat' ? '' : localize({ zh: `，${direction(yoy.change) === 'up' ? '增长' : '下降'}${yoy.rate}`, en: ` (${direction(yoy.change) === 'up' ? '+' : '−'}${yoy.rate})` }, locale);
  return head + localize({ zh: '，', en: ', ' }, locale) + changeClause(yoy.change, against, unit, locale) + rate + localize({ zh: '。', en: '.' }, locale);
}

/** One row's clause: `车辆运行费2018年预算安排130万元，较上年减少5万元，同比下降4%`. */
export function threePublicRowClause(label: string, year: number, amount: Figure, yoy: YearOnYear | undefined, unit: string, locale: Locale): string {
  if (!yoy && isZero(amount)) return localize({ zh: `${label}${year}年未安排预算`, en: `${label}: nothing budgeted for ${year}` }, locale);
  const head = localize({ zh: `${label}${year}年预算安排${show(amount, unit, locale)}`, en: `${label}: ${show(amount, unit, locale)} in ${year}` }, locale);
  if (!yoy) return head;
  const against = { zh: '上年', en: 'last year' };
  return head + localize({ zh: '，', en: ', ' }, locale) + changeClause(yoy.change, against, unit, locale) + rateClause(yoy, locale);
}

export function joinClauses(clauses: readonly string[], locale: Locale): string {
  return clauses.length === 0 ? '' : clauses.join(localize({ zh: '；', en: '; ' }, locale)) + localize({ zh: '。', en: '.' }, locale);
}

/** `办公费、印刷费以及其他费用`: a Chinese list with 以及 before the last item. */
export function listOf(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const sep = localize({ zh: '、', en: ', ' }, locale);
  return items.slice(0, -1).join(sep) + localize({ zh: '以及', en: ' and ' }, locale) + items[items.length - 1]!;
}

export function operatingSentence(year: number, department: string, amount: Figure, covers: readonly string[], unit: string, locale: Locale): string {
  const head = localize({ zh: `${year}年${department}机关运行经费安排${show(amount, unit, locale)}。`, en: `In ${year}, ${department} budgets ${show(amount, unit, locale)} for operating expenses.` }, locale);
  if (covers.length === 0) return head;
  return head + localize({ zh: `主要包括${listOf(covers, locale)}。`, en: ` They mainly cover ${listOf(covers, locale)}.` }, locale);
}

/** The procurement budget; "as follows" only when a table of items follows. */
export function procurementSentence(year: number, region: string, total: Figure, unit: string, locale: Locale, itemsFollow = true): string {
  if (!itemsFollow) return localize({ zh: `${year}年${region}政府采购预算安排${show(total, unit, locale)}。`, en: `The ${year} government procurement budget of ${region} is ${show(total, unit, locale)}.` }, locale);
  return localize({ zh: `${year}年${region}政府采购预算安排${show(total, unit, locale)}，具体内容如下：`, en: `The ${year} government procurement budget of ${region} is ${show(total, unit, locale)}, as follows:` }, locale);
}

/** `截止2017年12月31日资产合计11048万元。` */
export function assetsSentence(asOf: string, total: Figure, unit: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  const zhDate = m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : asOf;
  return localize({ zh: `截止${zhDate}资产合计${show(total, unit, locale)}。`, en: `Total assets as of ${asOf}: ${show(total, unit, locale)}.` }, locale);
}

/** A part a table's 说明 names: its figure, its share of the whole (computed) and its year on year (computed), and what it mainly covers. */
export interface Part {
  readonly label: string;
  readonly figure: Figure;
  /** In percent. */
  readonly share?: Figure;
  readonly yoy?: YearOnYearFigures;
  readonly covers?: readonly string[];
}

const percent = (f: Figure) => `${formatFigure(f)}%`;

/** `比上年增加121345.60元，增长3.91%` / `up 121345.60 元 on last year (+3.91%)`, from the figures. */
export function yearOnYearClause(yoy: YearOnYearFigures, unit: string, locale: Locale): string {
  const by = show(magnitude(yoy.change), unit, locale);
  const rate = yoy.rate && percent(magnitude(yoy.rate));
  switch (direction(yoy.change)) {
    case 'up': return localize({ zh: `比上年增加${by}${rate ? `，增长${rate}` : ''}`, en: `up ${by} on last year${rate ? ` (+${rate})` : ''}` }, locale);
    case 'down': return localize({ zh: `比上年减少${by}${rate ? `，下降${rate}` : ''}`, en: `down ${by} on last year${rate ? ` (−${rate})` : ''}` }, locale);
    case 'flat': return localize({ zh: '与上年持平', en: 'unchanged from last year' }, locale);
  }
}

/** `基本支出2586345.60元，占80.16%，比上年增加…`: a part with what its figures give. */
export function tablePartClause(p: Part, unit: string, locale: Locale): string {
  const share = p.share ? localize({ zh: `，占${percent(p.share)}`, en: ` (${percent(p.share)})` }, locale) : '';
  const yoy = p.yoy ? localize({ zh: '，', en: ', ' }, locale) + yearOnYearClause(p.yoy, unit, locale) : '';
  const covers = p.covers?.length ? localize({ zh: `，主要包括${listOf(p.covers, locale)}`, en: `, mainly ${listOf(p.covers, locale)}` }, locale) : '';
  return localize({ zh: `${p.label}${show(p.figure, unit, locale)}`, en: `${p.label} ${show(p.figure, unit, locale)}` }, locale) + share + yoy + covers;
}

/**
 * A sentence of a table's 说明: `2024年一般公共预算支出3226345.60元，比上年增加121345.60元，增长3.91%，其中：基本支出2586345.60元，占80.16%；…。`
 * Every share, change and rate comes from the figures; `head.label` says what the whole is.
 */
export function tableSentence(head: { readonly label: string; readonly figure: Figure; readonly yoy?: YearOnYearFigures }, parts: readonly Part[], unit: string, locale: Locale, among?: { readonly zh: string; readonly en: string }): string {
  const yoy = head.yoy ? localize({ zh: '，', en: ', ' }, locale) + yearOnYearClause(head.yoy, unit, locale) : '';
  const lead = localize(among ?? { zh: '其中：', en: 'of which ' }, locale);
  const rest = parts.length ? localize({ zh: `，${lead}`, en: `; ${lead}` }, locale) + parts.map((p) => tablePartClause(p, unit, locale)).join(localize({ zh: '；', en: '; ' }, locale)) : '';
  return localize({ zh: `${head.label}${show(head.figure, unit, locale)}`, en: `${head.label}: ${show(head.figure, unit, locale)}` }, locale) + yoy + rest + localize({ zh: '。', en: '.' }, locale);
}
