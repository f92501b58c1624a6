import { add, certainlyBelow, coarserUnit, formatFigure, inUnit, subtract, type Figure } from '../format/decimal';
import { tablesUnit } from '../format/model';
import { L, type Localized } from '../locale';
import { defineRule, type RuleContext } from '../check/rule';
import type { YamlPath } from '../syntax/source';

/** A part of a whole is larger than the whole, across sections. */
export const exceedsTotal = defineRule({
  meta: {
    id: 'exceeds-total',
    severity: 'error',
    scope: 'across-activities',
    fixable: false,
    title: L('分项超过总额', 'A part exceeds the whole'),
    description: L('分项大于其所属的总额（跨部分）', 'a part of a whole is larger than the whole, across sections'),
  },
  check(ctx) {
    const total: YamlPath = ['overview', 'expenditure', 'total'];
    const totalName = L('支出总计', 'total expenditure');
    const { model } = ctx;
    if (model.activitiesComplete && model.activities.length > 0) {
      const budgets = model.activities.map((a) => ctx.figure([...a.path, 'budget'])).filter((f): f is Figure => !!f);
      if (budgets.length === model.activities.length) {
        exceeds(ctx, ['performance', 'activities'], add(budgets), L('职责活动预算合计', 'The activities\' budgets add up to'), total, totalName);
      }
    }
    part(ctx, ['threePublicExpenses', 'total', 'amount'], L('三公经费合计', 'The three public expenses total'), total, totalName);
    part(ctx, ['procurement', 'total'], L('政府采购预算', 'The procurement total'), total, totalName);
    part(ctx, ['operatingExpenses', 'amount'], L('机关运行经费', 'Operating expenses'), ['overview', 'expenditure', 'basic'], L('基本支出', 'basic expenditure'));
    acrossUnits(ctx);
  },
});

function part(ctx: RuleContext, path: YamlPath, name: Localized, wholePath: YamlPath, wholeName: Localized): void {
  const figure = ctx.figure(path);
  if (figure) exceeds(ctx, path, figure, name, wholePath, wholeName);
}

function exceeds(ctx: RuleContext, path: YamlPath, amount: Figure, name: Localized, wholePath: YamlPath, wholeName: Localized): void {
  const whole = ctx.figure(wholePath);
  if (!whole || !certainlyBelow(whole, [amount])) return;
  const a = formatFigure(amount);
  const w = formatFigure(whole);
  const over = formatFigure(subtract(amount, whole));
  ctx.report({
    path,
    message: L(`${name.zh} ${a}，超过${wholeName.zh} ${w}（超出 ${over}）`, `${name.en} ${a}, more than ${wholeName.en} ${w} (over by ${over})`),
    expected: `≤ ${w}`,
    found: a,
    related: [{ path: wholePath, message: L(`${wholeName.zh} ${w}`, `${wholeName.en} ${w}`) }],
  });
}

/** The 三公 total, in the text's unit, above 表四's appropriation expenditure, in the tables' unit: compared exactly in the coarser. */
function acrossUnits(ctx: RuleContext): void {
  const path: YamlPath = ['threePublicExpenses', 'total', 'amount'];
  const wholePath: YamlPath = ['tables', 'appropriation', 'expenditure', 'total', 'amount'];
  const amount = ctx.figure(path);
  const whole = ctx.figure(wholePath);
  const textUnit = ctx.model.budget.unit;
  const unit = tablesUnit(ctx.model);
  if (!amount || !whole || !textUnit || !unit) return;
  const common = coarserUnit(textUnit, unit);
  const [a, w] = [inUnit(amount, textUnit, common), inUnit(whole, unit, common)];
  if (!certainlyBelow(w, [a])) return;
  const shownA = `${formatFigure(amount)} ${textUnit}`;
  const shownW = `${formatFigure(whole)} ${unit}`;
  const over = `${formatFigure(subtract(a, w))} ${common}`;
  const name = L('表四（财政拨款收支总表）支出合计', 'the appropriation expenditure of Table 4');
  ctx.report({
    path,
    message: L(`三公经费合计 ${shownA}，超过${name.zh} ${shownW}（超出 ${over}）`, `The three public expenses total ${shownA}, more than ${name.en} ${shownW} (over by ${over})`),
    expected: `≤ ${shownW}`,
    found: shownA,
    related: [{ path: wholePath, message: L(`${name.zh} ${shownW}`, `${name.en.charAt(0).toUpperCase()}${name.en.slice(1)} ${shownW}`) }],
  });
}
