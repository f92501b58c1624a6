import { add, agreement, certainlyBelow, formatFigure, isExactSum, negate, subtract, withDecimals, type Agreement, type Figure } from './decimal';
import { L, type Localized } from '../locale';
import { allActivities, type Model } from './model';
import type { YamlPath } from '../syntax/source';
import { THREE_PUBLIC_ROWS, type ThreePublicRowKey } from './schema';
import { amountPath } from './figures';
import { tableRelationParts } from './table-relations';

/** What the relations read: the model, and each figure with its decimals as written. */
export interface FigureSource {
  readonly model: Model;
  figure(path: YamlPath): Figure | undefined;
}

/** A figure of the document at its path. */
export interface Term {
  readonly path: YamlPath;
  readonly figure: Figure;
  /** Subtracted rather than added (`amount = previous + change` read as `change = amount − previous`). */
  readonly negative?: boolean;
  readonly label: Localized;
}

/**
 * One arithmetic fact the document states: `target` should equal the
 * signed sum of `terms`. When some parts are unknown (`complete` false),
 * only known non-negative parts already above the target can be told.
 */
export interface Relation {
  /** The rule that reports it when it does not hold. */
  readonly rule: 'sum-mismatch' | 'change-mismatch' | 'balance-mismatch';
  readonly target: Term;
  readonly terms: readonly Term[];
  readonly complete: boolean;
  /** How the target and the terms are named in messages: `预算数` … `下级合计`. */
  readonly what: Localized;
  readonly against: Localized;
}

export interface Evaluation {
  readonly agreement: Agreement;
  /** The figure the target should have: the signed sum of the terms. */
  readonly expected: Figure;
  /** target − expected, at the finest precision involved. */
  readonly difference: Figure;
}

/**
 * Each relation's evaluation, worked out once (the rules of the relations and `rounding` each ask for it) and kept on
 * the relation itself: a weak map of a table document's thousands of relations cost more in collections than the
 * arithmetic it saved.
 */
const EVALUATION = Symbol('evaluation');

export function evaluate(r: Relation): Evaluation {
  const kept = r as Relation & { [EVALUATION]?: Evaluation };
  return (kept[EVALUATION] ??= evaluateNow(r));
}

/**
 * For a total whose parts are only partly known (`complete` false): the sum of the known parts and what the total
 * falls short of it by, when it certainly does (amounts are never negative); undefined when the total may hold.
 */
export function shortfall(r: Relation): { readonly known: Figure; readonly short: Figure } | undefined {
  const parts = r.terms.map((t) => t.figure);
  if (!certainlyBelow(r.target.figure, parts)) return undefined;
  const known = add(parts);
  return { known, short: subtract(known, r.target.figure) };
}

/**
 * A 三公 row written without `previous` but with `change`: its last year is this year less the change (as the rate
 * rule and the rendered sentence read it), placed at the change. Not when that comes out negative: amounts never are.
 */
function lastYearFromChange(ctx: Pick<FigureSource, 'figure'>, k: ThreePublicRowKey, name: Localized): { path: YamlPath; label: Localized; figure: Figure } | undefined {
  const row: YamlPath = ['threePublicExpenses', k];
  if (ctx.figure([...row, 'previous'])) return undefined;
  const amount = ctx.figure([...row, 'amount']);
  const change = ctx.figure([...row, 'change']);
  if (!amount || !change) return undefined;
  const figure = subtract(amount, change);
  if (figure.digits < 0n) return undefined;
  const [a, c] = [formatFigure(amount), formatFigure(change)];
  return { path: [...row, 'change'], figure, label: L(`${name.zh}（本年 ${a} 减增减 ${c}）`, `${name.en} (${a} this year less the change ${c})`) };
}

/** A 三公 row's change as its figures give it: written, or else this year less last year (undefined when neither is known). */
function rowChange(ctx: Pick<FigureSource, 'figure'>, k: ThreePublicRowKey | 'vehicle', name: Localized): { path: YamlPath; label: Localized; figure: Figure } | undefined {
  const row: YamlPath = ['threePublicExpenses', k];
  const written = ctx.figure([...row, 'change']);
  const amount = ctx.figure([...row, 'amount']);
  // A change that would make last year negative says nothing of the row: it is unknown, as its last year is.
  if (written) return amount && subtract(amount, written).digits < 0n ? undefined : { path: [...row, 'change'], figure: written, label: name };
  const previous = ctx.figure([...row, 'previous']);
  if (!amount || !previous) return undefined;
  const [a, p] = [formatFigure(amount), formatFigure(previous)];
  return { path: [...row, 'previous'], figure: subtract(amount, previous), label: L(`${name.zh}（本年 ${a} 减上年 ${p}）`, `${name.en} (${a} this year less last year ${p})`) };
}

function evaluateNow(r: Relation): Evaluation {
  const signed = r.terms.map((t) => (t.negative ? negate(t.figure) : t.figure));
  const decimals = Math.max(r.target.figure.decimals, ...r.terms.map((t) => t.figure.decimals));
  const expected = withDecimals(add(signed), decimals);
  return { agreement: agreement(r.target.figure, signed), expected, difference: withDecimals(subtract(r.target.figure, expected), decimals) };
}

/**
 * The relations of each model, read once: four rules and the hovers ask for them. A model is made for one text
 * and its figures are always read from that text, so the model alone is the key.
 */
const known = new WeakMap<object, readonly Relation[]>();
const knownParts = new WeakMap<object, readonly (readonly Relation[])[]>();

/** Every arithmetic relation of the document, in document order. */
export function relations(ctx: FigureSource): readonly Relation[] {
  let found = known.get(ctx.model);
  if (!found) known.set(ctx.model, (found = relationParts(ctx).flat()));
  return found;
}

/**
 * The relations in parts, whose concatenation is `relations`: those of the sections and the activities, read for
 * each model, then each part of the tables (`tableRelationParts`), the same array from model to model while its
 * table is. What is worked out from a part alone is kept by its array.
 */
export function relationParts(ctx: FigureSource): readonly (readonly Relation[])[] {
  let found = knownParts.get(ctx.model);
  if (!found) knownParts.set(ctx.model, (found = [readRelations(ctx), ...tableRelationParts(ctx)]));
  return found;
}

const unsettledOf = new WeakMap<readonly Relation[], readonly Relation[]>();
const knownUnsettled = new WeakMap<object, readonly Relation[]>();

/**
 * The relations that do not hold exactly, in document order: a complete one whose sides differ (beyond the
 * precision or within it), a partial one whose known parts already exceed its target. The others are reported by
 * no rule; most of a document's relations hold, and each part's are sorted out once.
 */
export function unsettled(ctx: FigureSource): readonly Relation[] {
  let found = knownUnsettled.get(ctx.model);
  if (!found) {
    found = relationParts(ctx).flatMap((part) => {
      let open = unsettledOf.get(part);
      if (!open) unsettledOf.set(part, (open = part.filter((r) => (r.complete ? !isExactSum(r.target.figure, r.terms) : shortfall(r) !== undefined))));
      return open;
    });
    knownUnsettled.set(ctx.model, found);
  }
  return found;
}

/** The relations of the sections outside the tables and of the activities. */
function readRelations(ctx: FigureSource): Relation[] {
  const out: Relation[] = [];
  const term = (path: YamlPath, label: Localized, negative = false): Term | undefined => {
    const figure = ctx.figure(path);
    return figure && { path, figure, label, negative };
  };
  /** `zeroWhenEmpty`: no part at all is a sum of zero (else there is nothing to compare). */
  /** A part may bring its own figure (a 三公 row's last year worked out from its change). */
  const sum = (rule: Relation['rule'], targetPath: YamlPath, what: Localized, against: Localized, parts: readonly { path: YamlPath; label: Localized; figure?: Figure }[], partsKnown = true, zeroWhenEmpty = false) => {
    const target = term(targetPath, what);
    if (!target) return;
    const terms = parts.map((p) => (p.figure ? { path: p.path, figure: p.figure, label: p.label } : term(p.path, p.label)));
    const known = terms.filter((t): t is Term => !!t);
    if (known.length === 0 && !(zeroWhenEmpty && partsKnown && parts.length === 0)) return;
    out.push({ rule, target, terms: known, complete: partsKnown && known.length === terms.length, what, against });
  };
  const b = ctx.model.budget;
  /** A line's change (or a long-form figure's) against this year less last year, when it writes both. */
  const changeOf = (base: YamlPath, name: Localized, lastYear: YamlPath = [...base, 'previous']) => {
    const target = term([...base, 'change'], L('增减', 'change'));
    const amount = term([...base, 'amount'], L('本年', 'this year'));
    const previous = term(lastYear, L('上年', 'last year'), true);
    if (target && amount && previous) {
      out.push({ rule: 'change-mismatch', target, terms: [amount, previous], complete: true, what: L(`${name.zh}增减`, `The change of ${name.en}`), against: L('本年减上年', 'this year minus last year') });
    }
  };

  const income = b.overview?.income;
  if (income) {
    sum('sum-mismatch', ['overview', 'income', 'total'], L('收入总计', 'Income total'), L('各项收入合计', 'the sum of the income items'),
      income.items.map((item, i) => ({ path: ['overview', 'income', 'items', i, 'amount'], label: L(item.name, item.name) })));
  }
  for (const [key, what, against] of [
    ['expenditure', L('支出总计', 'Expenditure total'), L('基本支出、项目支出合计', 'basic plus project expenditure')],
    ['change', L('增减合计', 'Total change'), L('基本支出、项目支出增减合计', 'the change of basic plus project expenditure')],
    ['previous', L('上年合计', 'Previous-year total'), L('上年基本支出、项目支出合计', 'last year\'s basic plus project expenditure')],
  ] as const) {
    if (!b.overview?.[key]) continue;
    sum('sum-mismatch', ['overview', key, 'total'], what, against, [
      { path: ['overview', key, 'basic'], label: L('基本支出', 'basic expenditure') },
      { path: ['overview', key, 'project'], label: L('项目支出', 'project expenditure') },
    ]);
  }

  const tpe = b.threePublicExpenses;
  if (tpe) {
    const rows = THREE_PUBLIC_ROWS.filter((k) => tpe[k]);
    const rowLabel = (k: ThreePublicRowKey) => L(tpe[k]?.label ?? THREE_PUBLIC_LABELS[k].zh, THREE_PUBLIC_LABELS[k].en);
    /** A row as a message names it on its own: `公务接待费`, `三公经费合计`. */
    const rowName = (k: ThreePublicRowKey | 'total') => (k === 'total' ? L('三公经费合计', 'the three public expenses total') : rowLabel(k));
    for (const field of ['amount', 'previous'] as const) {
      const what = field === 'amount' ? L('三公经费合计', 'The three public expenses total') : L('三公经费上年合计', 'The previous-year total of the three public expenses');
      const against = field === 'amount' ? L('各行合计', 'the sum of its rows') : L('各行上年数合计', 'the sum of the rows\' previous-year figures');
      sum('sum-mismatch', ['threePublicExpenses', 'total', field], what, against,
        rows.map((k) => (field === 'previous' && lastYearFromChange(ctx, k, rowLabel(k))) || { path: ['threePublicExpenses', k, field], label: rowLabel(k) }),
        rows.length === THREE_PUBLIC_ROWS.length);
    }
    // The rows' changes add up to the total's (docs/format.md): checked only when every row's change is known, as a
    // change may be negative and a part left out says nothing of the sum.
    const changes = (keys: readonly (ThreePublicRowKey | 'vehicle')[]) => keys.map((k) => rowChange(ctx, k, k === 'vehicle' ? L('公务用车购置及运行费', 'official vehicles') : rowLabel(k)));
    const changeSum = (target: YamlPath, what: Localized, against: Localized, keys: readonly (ThreePublicRowKey | 'vehicle')[], all: number) => {
      const parts = changes(keys);
      if (keys.length === all && parts.every((p) => p)) sum('sum-mismatch', target, what, against, parts as { path: YamlPath; label: Localized; figure: Figure }[]);
    };
    const alone = tpe.vehicle && !tpe.vehiclePurchase && !tpe.vehicleOperation;
    const totalRows = alone ? (['overseas', 'vehicle', 'reception'] as const).filter((k) => tpe[k]) : rows;
    changeSum(['threePublicExpenses', 'total', 'change'], L('三公经费合计增减', 'The change of the three public expenses total'), L('各行增减合计', 'the sum of the rows\' changes'), totalRows, alone ? 3 : THREE_PUBLIC_ROWS.length);
    if (tpe.vehicle && !alone) {
      changeSum(['threePublicExpenses', 'vehicle', 'change'], L('公务用车购置及运行费增减', 'The change of the official vehicles subtotal'), L('购置费与运行维护费增减合计', 'the change of vehicle purchase plus operation'), (['vehiclePurchase', 'vehicleOperation'] as const).filter((k) => tpe[k]), 2);
    }
    for (const k of [...rows, 'total'] as const) {
      const row = tpe[k];
      if (!row?.sources) continue;
      sum('sum-mismatch', ['threePublicExpenses', k, 'amount'], L(`${rowName(k).zh}金额`, `The amount of ${rowName(k).en}`), L('资金来源合计', 'the sum of its sources'),
        SOURCE_KEYS.filter((s) => row.sources?.[s] !== undefined).map((s) => ({ path: ['threePublicExpenses', k, 'sources', s], label: SOURCE_LABELS[s] })));
    }
    if (tpe.total.sources) {
      for (const s of SOURCE_KEYS) {
        if (tpe.total.sources[s] === undefined) continue;
        const known = rows.filter((k) => tpe[k]?.sources || tpe[k]?.amount === 0);
        sum('sum-mismatch', ['threePublicExpenses', 'total', 'sources', s], L(`合计行${SOURCE_LABELS[s].zh}`, `The total's ${SOURCE_LABELS[s].en}`), L(`各行${SOURCE_LABELS[s].zh}合计`, `the rows' ${SOURCE_LABELS[s].en}`),
          known.filter((k) => tpe[k]?.sources?.[s] !== undefined).map((k) => ({ path: ['threePublicExpenses', k, 'sources', s], label: rowLabel(k) })),
          // Every row's sources known and none of them in this column: the column's cells are empty, zero.
          known.length === THREE_PUBLIC_ROWS.length, true);
      }
    }
    for (const k of [...rows, 'total'] as const) changeOf(['threePublicExpenses', k], rowName(k));
    const vehicle = tpe.vehicle;
    if (vehicle) {
      const name = L('公务用车购置及运行费', 'official vehicles');
      changeOf(['threePublicExpenses', 'vehicle'], name);
      const parts = (['vehiclePurchase', 'vehicleOperation'] as const).filter((k) => tpe[k]);
      const only = parts.length === 0;
      for (const field of ['amount', 'previous'] as const) {
        const what = field === 'amount' ? L(`${name.zh}`, `The official vehicles subtotal`) : L(`${name.zh}上年数`, 'The previous-year official vehicles subtotal');
        if (!only) {
          sum('sum-mismatch', ['threePublicExpenses', 'vehicle', field], what, L('购置费与运行维护费合计', 'vehicle purchase plus operation'),
            parts.map((k) => (field === 'previous' && lastYearFromChange(ctx, k, rowLabel(k))) || { path: ['threePublicExpenses', k, field], label: rowLabel(k) }), parts.length === 2);
        } else {
          // Only the subtotal written: the total is overseas travel, the vehicles and receptions.
          const three = (['overseas', 'vehicle', 'reception'] as const).filter((k) => tpe[k]);
          sum('sum-mismatch', ['threePublicExpenses', 'total', field], field === 'amount' ? L('三公经费合计', 'The three public expenses total') : L('三公经费上年合计', 'The previous-year total of the three public expenses'),
            field === 'amount' ? L('各行合计', 'the sum of its rows') : L('各行上年数合计', 'the sum of the rows\' previous-year figures'),
            three.map((k) => ({ path: ['threePublicExpenses', k, field], label: k === 'vehicle' ? name : rowLabel(k) })), three.length === 3);
        }
      }
    }
  }
  b.overview?.income.items.forEach((item, i) => changeOf(['overview', 'income', 'items', i], L(item.name, item.name)));
  for (const part of ['basic', 'project'] as const) {
    const path: YamlPath = ['overview', 'expenditure', part];
    // Its own last year, or else the overview's.
    if (amountPath(b, path).length > path.length) changeOf(path, OVERVIEW_LABELS[part], ctx.figure([...path, 'previous']) ? [...path, 'previous'] : ['overview', 'previous', part]);
  }
  if (b.operatingExpenses) changeOf(['operatingExpenses'], L('机关运行经费', 'operating expenses'));

  const overview = b.overview;
  if (overview?.previous) {
    for (const part of ['total', 'basic', 'project'] as const) {
      const target = term(['overview', 'change', part], L('增减', 'change'));
      const amount = term(['overview', 'expenditure', part], L('本年', 'this year'));
      const previous = term(['overview', 'previous', part], L('上年', 'last year'), true);
      if (target && amount && previous) {
        out.push({ rule: 'change-mismatch', target, terms: [amount, previous], complete: true, what: L(`${OVERVIEW_LABELS[part].zh}增减`, `Change of ${OVERVIEW_LABELS[part].en}`), against: L('本年减上年', 'this year minus last year') });
      }
    }
  }
  if (overview?.income && overview.expenditure) {
    sum('balance-mismatch', ['overview', 'income', 'total'], L('收入总计', 'Income total'), L('支出总计', 'expenditure total'), [
      { path: ['overview', 'expenditure', 'total'], label: L('支出总计', 'expenditure total') },
    ]);
  }

  const procurement = b.procurement;
  if (procurement?.items) {
    sum('sum-mismatch', ['procurement', 'total'], L('政府采购预算', 'Procurement total'), L('各项合计', 'the sum of the items'),
      procurement.items.map((item, i) => ({ path: ['procurement', 'items', i, 'amount'], label: L(item.name, item.name) })));
  }
  const assets = b.assets;
  if (assets?.items) {
    sum('sum-mismatch', ['assets', 'total'], L('资产合计', 'Total assets'), L('各类资产合计', 'the sum of the asset classes'),
      assets.items.map((item, i) => ({ path: ['assets', 'items', i, 'amount'], label: L(item.name, item.name) })));
  }

  // `sum` for each activity with children, without its arrays of parts: a city's file has thousands of activities.
  for (const node of allActivities(ctx.model.activities)) {
    if (node.children.length === 0) continue;
    const target = term([...node.path, 'budget'], BUDGET);
    if (!target) continue;
    const terms: Term[] = [];
    for (const c of node.children) {
      const path: YamlPath = [...c.path, 'budget'];
      const figure = ctx.figure(path);
      if (figure) terms.push({ path, figure, label: L(c.activity.name, c.activity.name), negative: false });
    }
    if (terms.length > 0) out.push({ rule: 'sum-mismatch', target, terms, complete: terms.length === node.children.length, what: BUDGET, against: CHILDREN_SUM });
  }
  return out;
}

const BUDGET = L('预算数', 'Budget');
const CHILDREN_SUM = L('下级合计', 'the sum of its children');

export const SOURCE_KEYS = ['general', 'fund', 'specialAccount'] as const;
export const SOURCE_LABELS: Record<(typeof SOURCE_KEYS)[number], Localized> = {
  general: L('一般预算', 'general budget'),
  fund: L('基金预算', 'fund budget'),
  specialAccount: L('财政专户', 'special account'),
};
export const THREE_PUBLIC_LABELS: Record<ThreePublicRowKey | 'total', Localized> = {
  overseas: L('因公出国（境）费', 'overseas travel'),
  vehiclePurchase: L('公务用车购置费', 'vehicle purchase'),
  vehicleOperation: L('公务用车运行维护费', 'vehicle operation'),
  reception: L('公务接待费', 'official reception'),
  total: L('合计', 'total'),
};
const OVERVIEW_LABELS = {
  total: L('支出总计', 'total expenditure'),
  basic: L('基本支出', 'basic expenditure'),
  project: L('项目支出', 'project expenditure'),
};
