import { L, type Localized } from '../locale';
import { amountPath, amountPathOf } from './figures';
import { codedTables, keptByRow, type CodedTable, type Model, type TableRow } from './model';
import { THREE_PUBLIC_ROWS } from './schema';
import { THREE_PUBLIC_LABELS } from './relations';
import { columnName, FIELD_NAMES, TABLE_NAMES } from './table-relations';
import { valueAt, type YamlPath } from '../syntax/source';

/** A written share and the figures it is of: `share` should be `part ÷ whole`. */
export interface Share {
  readonly share: YamlPath;
  readonly part: YamlPath;
  readonly whole: YamlPath;
  readonly name: Localized;
  readonly wholeName: Localized;
}

/** A written change rate and the figures it is of: `(amount − previous) ÷ previous`, last year being `amount − change` when not written. */
export interface Rate {
  readonly rate: YamlPath;
  readonly amount: YamlPath;
  readonly previous: YamlPath;
  readonly change: YamlPath;
}

/** Every line that may carry a `changeRate`, the 三公 rows first (as the rule has always read them). */
export function rates(model: Model): readonly Rate[] {
  return flat(allRates, model, rateParts);
}

/** The lines whose `changeRate` is written, part by part as `rateParts` reads them (each part's list kept by it). */
export function writtenRateParts(model: Model): readonly (readonly Rate[])[] {
  return written(writtenRateLists, model, rateParts(model), (r) => r.rate);
}

/** The lines whose `changeRate` is written (the rate rule's to check). */
export function writtenRates(model: Model): readonly Rate[] {
  return flat(allWrittenRates, model, writtenRateParts);
}

/**
 * The rates part by part: the sections and the activities (read for each model), then 表一, 表二 and each coded
 * table, kept by the model object of that table: a table's lines and what they are of lie inside it.
 */
function rateParts(model: Model): readonly (readonly Rate[])[] {
  let found = knownRateParts.get(model);
  if (found) return found;
  const data = model.budget;
  const out: Rate[] = [];
  const { line, longForm } = rateWriter(data, out);
  if (data.threePublicExpenses) for (const k of [...THREE_PUBLIC_ROWS, 'vehicle', 'total'] as const) line(['threePublicExpenses', k]);
  const o = data.overview;
  if (o) {
    o.income.items.forEach((_, i) => line(['overview', 'income', 'items', i]));
    for (const part of ['total', 'basic', 'project'] as const) {
      if (part !== 'total') longForm(['overview', 'expenditure', part]);
      out.push({ rate: ['overview', 'changeRate', part], amount: amountPath(data, ['overview', 'expenditure', part]), previous: ['overview', 'previous', part], change: ['overview', 'change', part] });
    }
  }
  if (data.operatingExpenses) line(['operatingExpenses']);
  const parts: (readonly Rate[])[] = [out];
  const tables = data.tables;
  if (tables?.summary) {
    parts.push(keptPart(tableRates, tables.summary, () => {
      const own: Rate[] = [];
      const { line } = rateWriter(data, own);
      (tables.summary?.income?.items ?? []).forEach((_, i) => line(['tables', 'summary', 'income', 'items', i]));
      (tables.summary?.expenditure?.items ?? []).forEach((_, i) => line(['tables', 'summary', 'expenditure', 'items', i]));
      return own;
    }));
  }
  if (tables?.income) {
    parts.push(keptPart(tableRates, tables.income, () => {
      const own: Rate[] = [];
      const { line } = rateWriter(data, own);
      if (tables.income?.total) line(['tables', 'income', 'total']);
      (tables.income?.rows ?? []).forEach((_, i) => line(['tables', 'income', 'rows', i]));
      return own;
    }));
  }
  for (const t of codedTables(model)) {
    parts.push(keptPart(tableRates, t, () => {
      const own: Rate[] = [];
      const { line, longForm } = rateWriter(data, own);
      if (t.hasTotal) {
        line([...t.path, 'total']);
        for (const c of t.columns) longForm([...t.path, 'total', c]);
      }
      for (const row of t.rows) {
        for (const r of keptByRow(row, ROW_RATES, () => rowRates(t, row))) own.push(r);
      }
      return own;
    }));
  }
  knownRateParts.set(model, parts);
  return parts;
}

function rateWriter(data: Model['budget'], out: Rate[]) {
  const line = (path: YamlPath) => out.push({ rate: [...path, 'changeRate'], amount: amountPath(data, path), previous: [...path, 'previous'], change: [...path, 'change'] });
  const longForm = (path: YamlPath) => {
    if (amountPath(data, path).length > path.length) line(path);
  };
  return { line, longForm };
}

/** Every place a share may be written, with its whole (docs/format.md, "The whole that a share is of"), in document order of sections. */
export function shares(model: Model): readonly Share[] {
  return flat(allShares, model, shareParts);
}

/** The places a share is written at (the share rule's to check). */
export function writtenShares(model: Model): readonly Share[] {
  return flat(allWrittenShares, model, (m) => written(writtenShareLists, m, shareParts(m), (s) => s.share));
}

/** The shares part by part, as the rates (`rateParts`): a share and its whole lie in one table. */
function shareParts(model: Model): readonly (readonly Share[])[] {
  let found = knownShareParts.get(model);
  if (found) return found;
  const data = model.budget;
  const out: Share[] = [];
  const { line, longForm } = shareWriter(data, out);
  const o = data.overview;
  if (o) {
    o.income.items.forEach((item, i) => line(['overview', 'income', 'items', i], ['overview', 'income', 'total'], L(item.name, item.name), L('收入总计', 'the income total')));
    for (const part of ['basic', 'project'] as const) {
      const name = FIELD_NAMES[part]!;
      longForm(['overview', 'expenditure', part], ['overview', 'expenditure', 'total'], name, L('支出总计', 'total expenditure'));
      out.push({ share: ['overview', 'share', part], part: amountPath(data, ['overview', 'expenditure', part]), whole: ['overview', 'expenditure', 'total'], name, wholeName: L('支出总计', 'total expenditure') });
    }
  }
  if (data.operatingExpenses) line(['operatingExpenses'], ['overview', 'expenditure', 'basic'], L('机关运行经费', 'operating expenses'), L('基本支出', 'basic expenditure'));
  if (data.threePublicExpenses) {
    for (const k of [...THREE_PUBLIC_ROWS, 'vehicle'] as const) {
      const label = k === 'vehicle' ? L('公务用车购置及运行费', 'official vehicles') : THREE_PUBLIC_LABELS[k];
      line(['threePublicExpenses', k], ['threePublicExpenses', 'total'], label, L('三公经费合计', 'the three public expenses total'));
    }
  }
  const parts: (readonly Share[])[] = [out];
  const tables = data.tables;
  const summary = tables?.summary;
  if (summary) {
    parts.push(keptPart(tableShares, summary, () => {
      const own: Share[] = [];
      const { line } = shareWriter(data, own);
      (summary.income?.items ?? []).forEach((item, i) => line(['tables', 'summary', 'income', 'items', i], ['tables', 'summary', 'income', 'total'], FIELD_NAMES[item.source]!, L(`${TABLE_NAMES.summary!.zh}收入总计`, `the income total of ${TABLE_NAMES.summary!.en}`)));
      (summary.expenditure?.items ?? []).forEach((item, i) => line(['tables', 'summary', 'expenditure', 'items', i], ['tables', 'summary', 'expenditure', 'total'], L(`${item.code} ${item.name}`, `${item.code} ${item.name}`), L(`${TABLE_NAMES.summary!.zh}支出总计`, `the expenditure total of ${TABLE_NAMES.summary!.en}`)));
      return own;
    }));
  }
  const income = tables?.income;
  if (income) {
    parts.push(keptPart(tableShares, income, () => {
      const own: Share[] = [];
      const { line } = shareWriter(data, own);
      (income.rows ?? []).forEach((row, i) => line(['tables', 'income', 'rows', i], ['tables', 'income', 'total'], L(row.unit, row.unit), L(`${TABLE_NAMES.income!.zh}合计`, `the total of ${TABLE_NAMES.income!.en}`)));
      return own;
    }));
  }
  for (const t of codedTables(model)) {
    parts.push(keptPart(tableShares, t, () => {
      const own: Share[] = [];
      const { longForm } = shareWriter(data, own);
      const table = TABLE_NAMES[t.key]!;
      const total: YamlPath = [...t.path, 'total'];
      const totalName = L(`${table.zh}合计`, `the total of ${table.en}`);
      for (const c of t.columns) longForm([...total, c], total, L(`${table.zh}合计行${columnName(t.key, c).zh}`, `the total's ${columnName(t.key, c).en}`), totalName);
      const wholeTotal = amountPath(data, total);
      for (const row of t.rows) {
        for (const x of keptByRow(row, ROW_SHARES, () => rowShares(t, row, wholeTotal, totalName))) own.push(x);
      }
      return own;
    }));
  }
  knownShareParts.set(model, parts);
  return parts;
}

/** A coded row's rate lines: the row's own, and each column written in the long form. */
function rowRates(t: CodedTable, row: TableRow): Rate[] {
  const lines: Rate[] = [];
  const line = (path: YamlPath, value: unknown) => lines.push({ rate: [...path, 'changeRate'], amount: amountPathOf(value, path), previous: [...path, 'previous'], change: [...path, 'change'] });
  line(row.path, row.cells);
  for (const c of t.columns) if (isLongForm(row.cells[c])) line([...row.path, c], row.cells[c]);
  return lines;
}

/** A coded row's shares: of its parent's amount (or the table's total), and each long-form column's of the row's amount. */
function rowShares(t: CodedTable, row: TableRow, total: YamlPath, totalName: Localized): Share[] {
  const name = L(`${row.code} ${row.name}`, `${row.code} ${row.name}`);
  const parent = row.parent;
  const amount = amountPathOf(row.cells, row.path);
  const lines: Share[] = [{ share: [...row.path, 'share'], part: amount, whole: parent ? amountPathOf(parent.cells, parent.path) : total, name, wholeName: parent ? L(`上级科目 ${parent.code} ${parent.name}`, `its parent ${parent.code} ${parent.name}`) : totalName }];
  for (const c of t.columns) {
    const value = row.cells[c];
    if (!isLongForm(value)) continue;
    const path = [...row.path, c];
    lines.push({ share: [...path, 'share'], part: amountPathOf(value, path), whole: amount, name: L(`${name.zh}${columnName(t.key, c).zh}`, `${name.en}: ${columnName(t.key, c).en}`), wholeName: L(`本行金额`, 'the row\'s amount') });
  }
  return lines;
}

/** A figure written as `{ amount, … }`. */
function isLongForm(value: unknown): boolean {
  return amountPathOf(value, []).length > 0;
}

function shareWriter(data: Model['budget'], out: Share[]) {
  const at = (path: YamlPath) => amountPath(data, path);
  const line = (path: YamlPath, whole: YamlPath, name: Localized, wholeName: Localized) => {
    out.push({ share: [...path, 'share'], part: at(path), whole: at(whole), name, wholeName });
  };
  const longForm = (path: YamlPath, whole: YamlPath, name: Localized, wholeName: Localized) => {
    if (at(path).length > path.length) line(path, whole, name, wholeName);
  };
  return { line, longForm };
}

// --- The parts kept ---
// A part of the tables reads nothing outside its table: its lines are kept by the model object of that table (a
// coded table's by its `CodedTable`, itself kept by that object), which the incremental check shares from one result
// to the next while the table is not edited. The sections' part is read for each model.

const tableRates = new WeakMap<object, readonly Rate[]>();
const tableShares = new WeakMap<object, readonly Share[]>();
const knownRateParts = new WeakMap<Model, readonly (readonly Rate[])[]>();
const knownShareParts = new WeakMap<Model, readonly (readonly Share[])[]>();
const writtenRateLists = new WeakMap<readonly Rate[], readonly Rate[]>();
const writtenShareLists = new WeakMap<readonly Share[], readonly Share[]>();
const allRates = new WeakMap<Model, readonly Rate[]>();
const allWrittenRates = new WeakMap<Model, readonly Rate[]>();
const allShares = new WeakMap<Model, readonly Share[]>();
const allWrittenShares = new WeakMap<Model, readonly Share[]>();

/** A coded row's own lines, kept with the row (`TableRow.kept`). */
const ROW_RATES = Symbol('rates');
const ROW_SHARES = Symbol('shares');

function keptPart<T>(cache: WeakMap<object, readonly T[]>, key: object, read: () => T[]): readonly T[] {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = read()));
  return found;
}

/** The parts' lines in one list, once per model. */
function flat<T>(cache: WeakMap<Model, readonly T[]>, model: Model, parts: (model: Model) => readonly (readonly T[])[]): readonly T[] {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = parts(model).flat()));
  return found;
}

/** Each part's lines whose value at `at` is written (a string), each part's filter kept by its list. */
function written<T>(cache: WeakMap<readonly T[], readonly T[]>, model: Model, parts: readonly (readonly T[])[], at: (line: T) => YamlPath): readonly (readonly T[])[] {
  return parts.map((part) => {
    let found = cache.get(part);
    if (!found) cache.set(part, (found = part.filter((line) => typeof valueAt(model.budget, at(line)) === 'string')));
    return found;
  });
}
