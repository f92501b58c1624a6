import { compare, formatFigure, subtract, type Figure } from './decimal';
import { L, type Localized } from '../locale';
import { amountPath } from './figures';
import { codedTables, keptByRow, type CodedTable, type Model } from './model';
import { INCOME_SOURCE_KEYS, INCOME_SOURCES, type ColumnKey } from './schema';
import { formatPath, type YamlPath } from '../syntax/source';
import type { Relation, Term } from './relations';

/** How messages name each table: `表三` / `Table 3`. */
export const TABLE_NAMES: Readonly<Record<string, Localized>> = {
  summary: L('表一（部门收支总表）', 'Table 1 (summary)'),
  income: L('表二（部门收入总表）', 'Table 2 (income)'),
  expenditure: L('表三（部门支出总表）', 'Table 3 (expenditure)'),
  appropriation: L('表四（财政拨款收支总表）', 'Table 4 (appropriation)'),
  generalBudget: L('表五（一般公共预算支出表）', 'Table 5 (general budget)'),
  basic: L('表六（一般公共预算基本支出表）', 'Table 6 (basic expenditure)'),
  threePublicExpenses: L('表七（“三公”经费支出表）', 'Table 7 (three public expenses)'),
  governmentFund: L('表八（政府性基金预算支出表）', 'Table 8 (government fund)'),
  stateCapital: L('表九（国有资本经营预算支出表）', 'Table 9 (state capital)'),
  project: L('项目支出表', 'the project table'),
};

export const FIELD_NAMES: Readonly<Record<string, Localized>> = {
  amount: L('金额', 'amount'),
  previous: L('上年数', 'previous-year figure'),
  change: L('增减额', 'change'),
  basic: L('基本支出', 'basic expenditure'),
  project: L('项目支出', 'project expenditure'),
  personnel: L('人员经费', 'personnel expenses'),
  public: L('公用经费', 'public expenses'),
  ...Object.fromEntries(INCOME_SOURCE_KEYS.map((k) => [k, L(INCOME_SOURCES[k].zh, INCOME_SOURCES[k].en)])),
};

/** 表四's expenditure columns are spending by budget, not income. */
const SPENDING_NAMES: Readonly<Record<string, Localized>> = {
  generalBudget: L('一般公共预算支出', 'general public budget expenditure'),
  governmentFund: L('政府性基金预算支出', 'government fund budget expenditure'),
  stateCapital: L('国有资本经营预算支出', 'state capital operation budget expenditure'),
};

/** How a message names a column of a coded table: 表四's expenditure columns as spending, the others as `FIELD_NAMES`. */
export function columnName(table: string, field: string): Localized {
  return (table === 'appropriation' && SPENDING_NAMES[field]) || FIELD_NAMES[field]!;
}

type Cells = Readonly<Record<string, unknown>>;

/**
 * A cell of a table row as a figure: written, or 0 when the row writes other column figures (an empty cell of the
 * template), or undefined when the row says nothing of its columns.
 */
function cellKnown(cells: Cells, field: string, columns: readonly ColumnKey[]): 'written' | 'empty' | 'unknown' {
  if (cells[field] !== undefined) return 'written';
  if (field === 'amount' || field === 'previous' || field === 'change') return 'unknown';
  return columns.some((c) => cells[c] !== undefined) ? 'empty' : 'unknown';
}

export interface TableRelationsInput {
  readonly model: Model;
  readonly figure: (path: YamlPath) => Figure | undefined;
}

/** A name made only when a message or a hover asks for it. */
type Label = () => Localized;

/**
 * A term of a table relation, named only when asked: a table document holds thousands of relations, nearly all of
 * which hold, and the names (a row's code and name, in two languages) were most of the cost of reading them.
 */
class TableTerm implements Term {
  constructor(readonly path: YamlPath, readonly figure: Figure, private readonly name: Label, readonly negative = false) {}
  get label(): Localized {
    return this.name();
  }
}

/**
 * A table relation, its target and parts named only when it is reported (or shown in a hover). Whether another table
 * bears its parts out is asked of the document it is read in (`corroborated`): the relation itself is kept from one
 * result to the next while its table is unchanged, and the other tables may have changed.
 */
class TableRelation implements Relation {
  constructor(
    readonly rule: Relation['rule'],
    readonly target: Term,
    readonly terms: readonly Term[],
    readonly complete: boolean,
    private readonly whatOf: Label,
    private readonly againstOf: Label,
  ) {}
  get what(): Localized {
    return this.whatOf();
  }
  get against(): Localized {
    return this.againstOf();
  }
}

interface Line {
  readonly path: YamlPath;
  readonly cells: Cells;
  readonly name: Label;
}

const named = (label: Localized): Label => () => label;
const AMOUNT = named(FIELD_NAMES.amount!);
const TOTAL_ROW = named(L('合计行', 'the total row'));

/**
 * The relations of each part of the tables, by the model object the part is read from (a coded table, 表一, 表二,
 * 表四): a part's relations read nothing outside it, so they hold for as long as that object is the model's. The
 * incremental check shares the objects of the tables an edit did not touch from one result to the next (and their
 * text is the same), so an edit in one table's row reads that table's relations alone.
 */
const partRelations = { coded: new WeakMap<CodedTable, Relation[]>(), summary: new WeakMap<object, Relation[]>(), income: new WeakMap<object, Relation[]>(), appropriation: new WeakMap<object, Relation[]>() };

function kept<K extends object>(cache: WeakMap<K, Relation[]>, key: K, read: () => Relation[]): Relation[] {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = read()));
  return found;
}

/**
 * The identities inside and between the standard tables' own figures (docs/format.md, "What must agree"), part by
 * part (each coded table, 表一, 表二, 表四's income against its expenditure), in that order; each part's list is
 * the same array from model to model while its table is.
 */
export function tableRelationParts(ctx: TableRelationsInput): readonly (readonly Relation[])[] {
  const tables = ctx.model.budget.tables;
  if (!tables) return [];
  const out: Relation[][] = codedTables(ctx.model).map((t) => kept(partRelations.coded, t, () => codedTableRelations(ctx, t)));
  const { summary, income, appropriation } = tables;
  if (summary) out.push(kept(partRelations.summary, summary, () => summaryRelations(ctx)));
  if (income) out.push(kept(partRelations.income, income, () => incomeRelations(ctx)));
  if (appropriation?.income) out.push(kept(partRelations.appropriation, appropriation, () => appropriationRelations(ctx)));
  return out;
}

/** How the relations of a part are written down: its terms read through long forms, each relation pushed to `out` (or to the list `into` names next). */
function relationWriter(ctx: TableRelationsInput, out: Relation[]) {
  const into = (list: Relation[]) => {
    out = list;
  };
  const data = ctx.model.budget;
  const term = (path: YamlPath, label: Label, negative = false): Term | undefined => {
    const at = amountPath(data, path);
    const figure = ctx.figure(at);
    return figure && new TableTerm(at, figure, label, negative);
  };
  const push = (rule: Relation['rule'], target: Term | undefined, parts: readonly (Term | undefined)[], complete: boolean, what: Label, against: Label) => {
    if (!target) return;
    const terms = parts.filter((t): t is Term => !!t);
    if (terms.length === 0 && !complete) return;
    out.push(new TableRelation(rule, target, terms, complete && terms.length === parts.length, what, against));
  };

  /** A line's field against the same field of its parts (rows), empty cells zero, unknown ones leaving it partial. */
  const byField = (table: Localized, line: Line, parts: readonly Line[], columns: readonly ColumnKey[], partsName: Localized, names = (f: string) => FIELD_NAMES[f]!) => {
    for (const field of ['amount', ...columns, 'previous', 'change'] as const) {
      if (line.cells[field] === undefined) continue;
      // A part's last year, written or else this year less its change; its change, written or else this year less last year.
      const derived = (p: Line): Term | undefined => {
        const other = field === 'previous' ? 'change' : field === 'change' ? 'previous' : undefined;
        if (!other || p.cells[other] === undefined) return undefined;
        const amount = term([...p.path, 'amount'], p.name);
        const given = term([...p.path, other], p.name);
        if (!amount || !given) return undefined;
        const figure = subtract(amount.figure, given.figure);
        if (field === 'previous' && figure.digits < 0n) return undefined;
        const label = () => {
          const [a, g] = [formatFigure(amount.figure), formatFigure(given.figure)];
          const name = p.name();
          return field === 'previous'
            ? L(`${name.zh}（本年 ${a} 减增减 ${g}）`, `${name.en} (${a} this year less the change ${g})`)
            : L(`${name.zh}（本年 ${a} 减上年 ${g}）`, `${name.en} (${a} this year less last year ${g})`);
        };
        return new TableTerm(given.path, figure, label, undefined);
      };
      const known = parts.map((p) => cellKnown(p.cells, field, columns));
      const stand = parts.map((p, i) => (known[i] === 'unknown' ? derived(p) : undefined));
      // Last year's figures and the changes are compared only when every part states or implies them.
      if ((field === 'previous' || field === 'change') && known.some((k, i) => k === 'unknown' && !stand[i])) continue;
      const f = () => names(field);
      push('sum-mismatch', term([...line.path, field], f), parts.flatMap((p, i) => (known[i] === 'written' ? [term([...p.path, field], p.name)] : stand[i] ? [stand[i]] : [])), known.every((k, i) => k !== 'unknown' || !!stand[i]),
        () => L(`${table.zh}${line.name().zh}${f().zh}`, `${table.en}, ${line.name().en}: the ${f().en}`), () => L(`${partsName.zh}${f().zh}合计`, `the ${f().en} of ${partsName.en}`));
    }
  };
  /** A line's amount against its column figures (`basic + project`, the sources, …), and its change against this year less last year. */
  const line = (table: Localized, { path, cells, name }: Line, columns: readonly ColumnKey[], names = (f: string) => FIELD_NAMES[f]!) => {
    const written = columns.filter((c) => cells[c] !== undefined);
    if (written.length > 0) {
      push('sum-mismatch', term([...path, 'amount'], AMOUNT), written.map((c) => term([...path, c], () => names(c))), true,
        () => L(`${table.zh}${name().zh}金额`, `${table.en}, ${name().en}: the amount`), () => L('各栏之和', 'the sum of its columns'));
    }
    if (cells.previous !== undefined && cells.change !== undefined) {
      push('change-mismatch', term([...path, 'change'], () => L('增减', 'change')), [term([...path, 'amount'], () => L('本年', 'this year')), term([...path, 'previous'], () => L('上年', 'last year'), true)], true,
        () => L(`${table.zh}${name().zh}增减`, `${table.en}, ${name().en}: the change`), () => L('本年减上年', 'this year minus last year'));
    }
  };
  return { data, term, push, byField, line, into };
}

/** A coded row's own relations (its line, and its fields against its children's), kept with the row (`TableRow.kept`). */
const ROW_RELATIONS = Symbol('relations');

function codedTableRelations(ctx: TableRelationsInput, t: CodedTable): Relation[] {
  const out: Relation[] = [];
  const { data, line, byField, into } = relationWriter(ctx, out);
  const table = TABLE_NAMES[t.key === 'appropriation' ? 'appropriation' : t.key]!;
  const rowLine = (r: CodedTable['rows'][number]): Line => ({ path: r.path, cells: r.cells, name: () => L(`${r.code} ${r.name}`, `${r.code} ${r.name}`) });
  const totalCells = (valueAt(data, [...t.path, 'total']) ?? {}) as Cells;
  const total: Line = { path: [...t.path, 'total'], cells: totalCells, name: TOTAL_ROW };
  const names = (f: string) => columnName(t.key, f);
  if (t.hasTotal) line(table, total, t.columns, names);
  for (const row of t.rows) {
    const own = keptByRow(row, ROW_RELATIONS, () => {
      const relations: Relation[] = [];
      into(relations);
      const l = rowLine(row);
      line(table, l, t.columns, names);
      if (row.children.length > 0) byField(table, l, row.children.map(rowLine), t.columns, CHILD_ROWS, names);
      return relations;
    });
    for (const r of own) out.push(r);
  }
  into(out);
  if (t.hasTotal && t.tops.length > 0) byField(table, total, t.tops.map(rowLine), t.columns, CLASS_ROWS, names);
  return out;
}

function summaryRelations(ctx: TableRelationsInput): Relation[] {
  const out: Relation[] = [];
  const { term, push } = relationWriter(ctx, out);
  const summary = ctx.model.budget.tables!.summary!;
  if (summary.income) {
    push('sum-mismatch', term(['tables', 'summary', 'income', 'total'], AMOUNT), summary.income.items.map((item, i) => term(['tables', 'summary', 'income', 'items', i, 'amount'], named(FIELD_NAMES[item.source]!))), true,
      () => L(`${TABLE_NAMES.summary!.zh}收入总计`, `${TABLE_NAMES.summary!.en}: the income total`), () => L('各项收入合计', 'the sum of its income items'));
  }
  if (summary.expenditure) {
    const e = summary.expenditure;
    push('sum-mismatch', term(['tables', 'summary', 'expenditure', 'total'], AMOUNT), [
      ...e.items.map((item, i) => term(['tables', 'summary', 'expenditure', 'items', i, 'amount'], () => L(`${item.code} ${item.name}`, `${item.code} ${item.name}`))),
      ...(e.carryForward !== undefined ? [term(['tables', 'summary', 'expenditure', 'carryForward'], () => L('结转下年', 'carried forward'))] : []),
    ], true, () => L(`${TABLE_NAMES.summary!.zh}支出总计`, `${TABLE_NAMES.summary!.en}: the expenditure total`), () => L('各类支出与结转下年合计', 'the sum of its items and the amount carried forward'));
  }
  if (summary.income && summary.expenditure) {
    push('balance-mismatch', term(['tables', 'summary', 'income', 'total'], AMOUNT), [term(['tables', 'summary', 'expenditure', 'total'], () => L('支出总计', 'the expenditure total'))], true,
      () => L(`${TABLE_NAMES.summary!.zh}收入总计`, `${TABLE_NAMES.summary!.en}: the income total`), () => L('支出总计', 'its expenditure total'));
  }
  return out;
}

function incomeRelations(ctx: TableRelationsInput): Relation[] {
  const out: Relation[] = [];
  const { line, byField } = relationWriter(ctx, out);
  const income = ctx.model.budget.tables!.income!;
  const table = TABLE_NAMES.income!;
  const rows = (income.rows ?? []).map((r, i): Line => ({ path: ['tables', 'income', 'rows', i], cells: r as Cells, name: () => L(r.unit, r.unit) }));
  for (const r of rows) line(table, r, INCOME_SOURCE_KEYS);
  if (income.total) {
    const total: Line = { path: ['tables', 'income', 'total'], cells: income.total as Cells, name: TOTAL_ROW };
    line(table, total, INCOME_SOURCE_KEYS);
    if (rows.length > 0) byField(table, total, rows, INCOME_SOURCE_KEYS, L('各单位', 'the units'));
  }
  return out;
}

/** 表四's income: its columns against its total, and the total against the expenditure total (the part reads both sides). */
function appropriationRelations(ctx: TableRelationsInput): Relation[] {
  const out: Relation[] = [];
  const { term, push } = relationWriter(ctx, out);
  const appropriation = ctx.model.budget.tables!.appropriation!;
  const columns = ['generalBudget', 'governmentFund', 'stateCapital', 'carriedOver'] as const;
  const written = columns.filter((c) => appropriation.income?.[c] !== undefined);
  if (written.length > 0) {
    push('sum-mismatch', term(['tables', 'appropriation', 'income', 'total'], AMOUNT), written.map((c) => term(['tables', 'appropriation', 'income', c], named(FIELD_NAMES[c]!))), true,
      () => L(`${TABLE_NAMES.appropriation!.zh}收入总计`, `${TABLE_NAMES.appropriation!.en}: the income total`), () => L('各项收入合计', 'the sum of its income columns'));
  }
  push('balance-mismatch', term(['tables', 'appropriation', 'income', 'total'], AMOUNT), [term(['tables', 'appropriation', 'expenditure', 'total', 'amount'], () => L('支出合计', 'the expenditure total'))], true,
    () => L(`${TABLE_NAMES.appropriation!.zh}收入总计`, `${TABLE_NAMES.appropriation!.en}: the income total`), () => L('支出合计', 'its expenditure total'));
  return out;
}

const CHILD_ROWS = L('下级科目', 'its child rows');
const CLASS_ROWS = L('各类级科目', 'the class rows');

/**
 * Whether each part of a table relation is stated alike by another table (the same code's same field: 表三's 201
 * project against 表五's), the test that tells which figure of a sum that fails is the wrong one: a table's figure
 * is then set to what its parts give. Asked of the document at hand, as the other tables may have changed since
 * the relation was read.
 */
export function corroborated(ctx: TableRelationsInput, r: Relation): boolean {
  if (!(r instanceof TableRelation)) return false;
  let seen = corroborations.get(ctx.model);
  if (!seen) corroborations.set(ctx.model, (seen = corroboration(ctx)));
  return r.terms.every((t) => seen(t.path, t.figure));
}

const corroborations = new WeakMap<Model, (path: YamlPath, figure: Figure) => boolean>();

/** One table's coded figures: each path's code and field, and the figures of each code and field. */
interface Noted {
  readonly byPath: Map<string, string>;
  readonly byKey: Map<string, Figure[]>;
}

/** Each table's coded figures, by the model object the table is read from (as its relations are). */
const noted = new WeakMap<object, Noted>();

function corroboration(ctx: TableRelationsInput): (path: YamlPath, figure: Figure) => boolean {
  const note = (into: Noted, code: number, field: string, path: YamlPath) => {
    const at = amountPath(ctx.model.budget, path);
    const figure = ctx.figure(at);
    if (!figure) return;
    const key = `${code}|${field}`;
    into.byPath.set(formatPath(at), key);
    let list = into.byKey.get(key);
    if (!list) into.byKey.set(key, (list = []));
    list.push(figure);
  };
  const of = (owner: object, read: (into: Noted) => void): Noted => {
    let found = noted.get(owner);
    if (!found) {
      found = { byPath: new Map(), byKey: new Map() };
      read(found);
      noted.set(owner, found);
    }
    return found;
  };
  const tables: Noted[] = codedTables(ctx.model).map((t) => of(t, (into) => {
    for (const r of t.rows) for (const field of ['amount', ...t.columns, 'previous', 'change']) note(into, r.code, field, [...r.path, field]);
  }));
  const summary = ctx.model.budget.tables?.summary;
  if (summary) tables.push(of(summary, (into) => (summary.expenditure?.items ?? []).forEach((item, i) => note(into, item.code, 'amount', ['tables', 'summary', 'expenditure', 'items', i, 'amount']))));
  return (path, figure) => {
    const at = formatPath(path);
    const own = tables.find((t) => t.byPath.has(at));
    if (!own) return false;
    const key = own.byPath.get(at)!;
    return tables.some((t) => t !== own && (t.byKey.get(key) ?? []).some((f) => compare(f, figure) === 0));
  };
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const part of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[part] : undefined;
  return v;
}


/** One figure stated in two places: a table and another table, or a table and the text. */
export interface Pair {
  /** Where the finding goes: the figure that repeats the other (the text, or the table that summarises). */
  readonly target: Stated;
  readonly other: Stated;
  /** The other figure is the text's source (a table): the target may be set to it, in its own unit. */
  readonly fromTable: boolean;
}

export interface Stated {
  readonly path: YamlPath;
  readonly figure: Figure;
  readonly unit: string;
  readonly label: Localized;
}

/** Every figure docs/format.md says two places must state alike, in document order of the targets. */
export function tablePairs(ctx: TableRelationsInput): Pair[] {
  const out: Pair[] = [];
  const data = ctx.model.budget;
  const tables = data.tables;
  if (!tables) return out;
  const textUnit = data.unit ?? '万元';
  const tableUnit = tables.unit ?? textUnit;
  const stated = (path: YamlPath, unit: string, label: Localized): Stated | undefined => {
    const at = amountPath(data, path);
    const figure = ctx.figure(at);
    return figure && { path: at, figure, unit, label };
  };
  const pair = (target: Stated | undefined, other: Stated | undefined, fromTable = false) => {
    if (target && other) out.push({ target, other, fromTable });
  };
  const T = TABLE_NAMES;
  const code = codedTables(ctx.model);
  const expenditure = code.find((t) => t.key === 'expenditure');

  (tables.summary?.expenditure?.items ?? []).forEach((item, i) => {
    if (!expenditure || expenditure.rows.length === 0) return;
    const row = expenditure.tops.find((r) => r.code === item.code);
    if (!row) {
      // A class 表三 does not have is a class of no expenditure there: 0.
      pair(stated(['tables', 'summary', 'expenditure', 'items', i, 'amount'], tableUnit, L(`${T.summary!.zh}${item.code} ${item.name}`, `${T.summary!.en}, ${item.code} ${item.name}`)),
        { path: [...expenditure.path, 'rows'], figure: { digits: 0n, decimals: 0 }, unit: tableUnit, label: L(`${T.expenditure!.zh}该类（表中没有）`, `${T.expenditure!.en}, that class (not in the table)`) });
      return;
    }
    pair(stated(['tables', 'summary', 'expenditure', 'items', i, 'amount'], tableUnit, L(`${T.summary!.zh}${item.code} ${item.name}`, `${T.summary!.en}, ${item.code} ${item.name}`)),
      stated([...row.path, 'amount'], tableUnit, L(`${T.expenditure!.zh}${row.code} ${row.name}`, `${T.expenditure!.en}, ${row.code} ${row.name}`)));
  });
  const incomeTotal = tables.income?.total as Cells | undefined;
  (tables.summary?.income?.items ?? []).forEach((item, i) => {
    if (!incomeTotal || incomeTotal[item.source] === undefined) return;
    const name = FIELD_NAMES[item.source]!;
    pair(stated(['tables', 'summary', 'income', 'items', i, 'amount'], tableUnit, L(`${T.summary!.zh}${name.zh}`, `${T.summary!.en}, ${name.en}`)),
      stated(['tables', 'income', 'total', item.source], tableUnit, L(`${T.income!.zh}合计行${name.zh}`, `${T.income!.en}, the total's ${name.en}`)));
  });
  const appropriation = tables.appropriation;
  for (const key of ['generalBudget', 'governmentFund', 'stateCapital'] as const) {
    const own = tables[key];
    if (!appropriation?.expenditure?.total || !own) continue;
    const name = columnName('appropriation', key);
    const target = stated(['tables', 'appropriation', 'expenditure', 'total', key], tableUnit, L(`${T.appropriation!.zh}支出合计行${name.zh}`, `${T.appropriation!.en}, the expenditure total's ${name.en}`));
    // An empty table's total is 0.
    const other = own.total ? stated([...CODED_PATH[key], 'total', 'amount'], tableUnit, L(`${T[key]!.zh}合计`, `${T[key]!.en}, the total`))
      : own.empty !== undefined && !own.rows?.length ? { path: [...CODED_PATH[key], 'empty'], figure: { digits: 0n, decimals: 0 }, unit: tableUnit, label: L(`${T[key]!.zh}（空表）`, `${T[key]!.en} (empty)`) } : undefined;
    pair(target, other);
  }
  if (appropriation?.income && tables.generalBudget?.total) {
    pair(stated(['tables', 'appropriation', 'income', 'generalBudget'], tableUnit, L(`${T.appropriation!.zh}一般公共预算拨款收入`, `${T.appropriation!.en}, general public budget income`)),
      stated(['tables', 'generalBudget', 'total', 'amount'], tableUnit, L(`${T.generalBudget!.zh}合计`, `${T.generalBudget!.en}, the total`)));
  }
  if (tables.generalBudget?.total && tables.basic?.total) {
    pair(stated(['tables', 'basic', 'total', 'amount'], tableUnit, L(`${T.basic!.zh}合计`, `${T.basic!.en}, the total`)),
      stated(['tables', 'generalBudget', 'total', 'basic'], tableUnit, L(`${T.generalBudget!.zh}合计行基本支出`, `${T.generalBudget!.en}, the total's basic expenditure`)));
  }
  const text = (zh: string, en: string) => L(`正文${zh}`, `the text's ${en}`);
  if (tables.expenditure?.total && data.overview?.expenditure) {
    for (const [part, zh, en] of [['total', '支出总计', 'total expenditure'], ['basic', '基本支出', 'basic expenditure'], ['project', '项目支出', 'project expenditure']] as const) {
      pair(stated(['overview', 'expenditure', part], textUnit, text(zh, en)),
        stated(['tables', 'expenditure', 'total', part === 'total' ? 'amount' : part], tableUnit, L(`${T.expenditure!.zh}合计行${part === 'total' ? '金额' : zh}`, `${T.expenditure!.en}, the total's ${part === 'total' ? 'amount' : en}`)), true);
    }
  }
  if (tables.summary?.income && data.overview?.income) {
    pair(stated(['overview', 'income', 'total'], textUnit, text('收入总计', 'income total')),
      stated(['tables', 'summary', 'income', 'total'], tableUnit, L(`${T.summary!.zh}收入总计`, `${T.summary!.en}, the income total`)), true);
  }
  return out;
}

const CODED_PATH = { generalBudget: ['tables', 'generalBudget'], governmentFund: ['tables', 'governmentFund'], stateCapital: ['tables', 'stateCapital'] } as const;
