import type { z } from 'zod';
import { Activity, Budget, CODED_TABLES, Tables, type CodedTableKey, type CodeKind, type ColumnKey, type UNITS } from './schema';
import type { YamlPath } from '../syntax/source';
import { compileSchema } from './fast-schema';

export interface ActivityNode {
  readonly activity: Activity;
  readonly path: YamlPath;
  readonly children: readonly ActivityNode[];
}

/**
 * The typed document. Sections that fail the schema are left out, and so are
 * top-level activities that do, so that one typo does not silence every
 * other check while the user types.
 */
export interface Model {
  readonly budget: Partial<Budget>;
  readonly activities: readonly ActivityNode[];
  /** False when some activity failed the schema: totals over all are unknown. */
  readonly activitiesComplete: boolean;
  readonly issues: readonly z.core.$ZodIssue[];
  /**
   * Every activity of the document, when `activities` holds only some (the incremental check's run over the one
   * edited): what rules read of the whole document, such as its common scale of grades (scale.ts).
   */
  readonly everyActivity?: readonly ActivityNode[];
}

/** The schema compiled to a yes/no check that copies as zod does (fast-schema.ts); zod itself when it says no. */
const validBudget = compileSchema(Budget);
/** The same, for one activity (the incremental check's). */
export const validActivity = compileSchema(Activity);

export function buildModel(data: unknown): Model {
  const valid = validBudget?.(data);
  if (valid !== undefined) return wholeModel(valid);
  const whole = Budget.safeParse(data);
  if (whole.success) return wholeModel(whole.data);
  const budget: Record<string, unknown> = {};
  const record = isRecord(data) ? data : {};
  for (const [key, schema] of Object.entries(Budget.shape)) {
    if (!(key in record)) continue;
    const section = (schema as z.ZodType).safeParse(record[key]);
    if (section.success) budget[key] = section.data;
    // The tables are many sections in one: a table that fails leaves the others to be checked.
    else if (key === 'tables' && isRecord(record.tables)) budget.tables = tablesApart(record.tables);
  }
  const performance = isRecord(record.performance) ? record.performance : {};
  const raw = Array.isArray(performance.activities) ? performance.activities : [];
  const activities: ActivityNode[] = [];
  raw.forEach((item, i) => {
    const parsed = Activity.safeParse(item);
    if (parsed.success) activities.push(activityNode(parsed.data, ['performance', 'activities', i]));
  });
  return {
    budget: budget as Partial<Budget>,
    activities,
    activitiesComplete: Array.isArray(performance.activities) && activities.length === raw.length,
    issues: whole.error.issues,
  };
}

function wholeModel(budget: Budget): Model {
  const activities = budget.performance.activities.map((a, i) => activityNode(a, ['performance', 'activities', i]));
  return { budget, activities, activitiesComplete: true, issues: [] };
}

function tablesApart(raw: Record<string, unknown>): Partial<Tables> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(Tables.shape)) {
    if (!(key in raw)) continue;
    const table = (schema as z.ZodType).safeParse(raw[key]);
    if (table.success) out[key] = table.data;
  }
  return out as Partial<Tables>;
}

/** One row of a coded table, with its parent: the row of the longest prefix of its code that the table has. */
export interface TableRow {
  readonly index: number;
  /** `['tables', 'expenditure', 'rows', 3]` */
  readonly path: YamlPath;
  readonly code: number;
  readonly name: string;
  readonly cells: Readonly<Record<string, unknown>>;
  readonly parent: TableRow | undefined;
  readonly children: readonly TableRow[];
  /**
   * What is read from this row alone (its relations, shares, rates), each under its own key: kept with the row's
   * model object while the row stands at the same place in the same table, under the same parent and over the same
   * children. The incremental check shares the objects of the rows an edit did not touch, so an edit in one row reads
   * few rows again.
   */
  readonly kept: RowKept;
}

export type RowKept = { [key: symbol]: unknown };

/** The kept values of the rows, by the model object of each. */
const rowKept = new WeakMap<object, { readonly table: CodedTableKey; readonly index: number; readonly parent: object | undefined; readonly children: readonly object[]; readonly kept: RowKept }>();

function keptOf(table: CodedTableKey, row: TableRow): RowKept {
  const parent = row.parent?.cells;
  const found = rowKept.get(row.cells);
  if (found && found.table === table && found.index === row.index && found.parent === parent && found.children.length === row.children.length && found.children.every((c, i) => c === row.children[i]!.cells)) return found.kept;
  const kept: RowKept = {};
  rowKept.set(row.cells, { table, index: row.index, parent, children: row.children.map((c) => c.cells), kept });
  return kept;
}

/** A value read from one row alone, kept with it (`TableRow.kept`). */
export function keptByRow<T>(row: TableRow, key: symbol, read: () => T): T {
  return (row.kept[key] ??= read()) as T;
}

export interface CodedTable {
  readonly key: CodedTableKey;
  /** Where `total` and `rows` are: `['tables', 'appropriation', 'expenditure']`. */
  readonly path: YamlPath;
  readonly kind: CodeKind;
  readonly columns: readonly ColumnKey[];
  readonly rows: readonly TableRow[];
  /** The rows without a parent in the table (the 类 rows, when the table is whole). */
  readonly tops: readonly TableRow[];
  readonly hasTotal: boolean;
}

const coded = new WeakMap<Model, readonly CodedTable[]>();

/**
 * The tables of the model that hold coded rows, each row with its parent and children (read once per model, and
 * each table once per model object of it: the incremental check shares a table's object from one result to the
 * next while no edit touches it, and what is read from the table alone is kept by its `CodedTable`).
 */
export function codedTables(model: Model): readonly CodedTable[] {
  let found = coded.get(model);
  if (!found) coded.set(model, (found = readCodedTables(model)));
  return found;
}

/** The unit the tables' amounts are in: `tables.unit`, else the document's. */
export function tablesUnit(model: Model): (typeof UNITS)[number] | undefined {
  return model.budget.tables?.unit ?? model.budget.unit;
}

const codedOf = new WeakMap<object, CodedTable>();

function readCodedTables(model: Model): CodedTable[] {
  const out: CodedTable[] = [];
  const tables = model.budget.tables;
  if (!tables) return out;
  for (const [key, where] of Object.entries(CODED_TABLES) as [CodedTableKey, (typeof CODED_TABLES)[CodedTableKey]][]) {
    const table = valueAtPath(model.budget, where.path) as { total?: unknown; rows?: { code: number; name: string }[] } | undefined;
    if (!table) continue;
    let t = codedOf.get(table);
    if (t?.key !== key) codedOf.set(table, (t = codedTable(key, where, table)));
    out.push(t);
  }
  return out;
}

function codedTable(key: CodedTableKey, where: (typeof CODED_TABLES)[CodedTableKey], table: { total?: unknown; rows?: { code: number; name: string }[] }): CodedTable {
  // Two passes: a row's parent is the row of its code's prefix wherever it stands (a table out of order still adds up).
  const list = table.rows ?? [];
  const byCode = new Map<number, number>();
  list.forEach((cells, index) => {
    if (!byCode.has(cells.code)) byCode.set(cells.code, index);
  });
  const parentOf = list.map((cells, index) => {
    for (let c = Math.floor(cells.code / 100); c >= 100; c = Math.floor(c / 100)) {
      const at = byCode.get(c);
      if (at !== undefined && at !== index) return at;
    }
    return undefined;
  });
  const children: TableRow[][] = list.map(() => []);
  const rows: TableRow[] = list.map((cells, index) => {
    let kept: RowKept | undefined;
    const row: TableRow = {
      index, path: [...where.path, 'rows', index], code: cells.code, name: cells.name, cells: cells as Record<string, unknown>,
      get parent() { const at = parentOf[index]; return at === undefined ? undefined : rows[at]; },
      children: children[index]!,
      get kept() { return (kept ??= keptOf(key, row)); },
    };
    return row;
  });
  const tops: TableRow[] = [];
  rows.forEach((row, index) => {
    const at = parentOf[index];
    if (at === undefined) tops.push(row);
    else children[at]!.push(row);
  });
  return { key, path: [...where.path], kind: where.kind, columns: where.columns, rows, tops, hasTotal: table.total !== undefined };
}

function valueAtPath(data: unknown, path: YamlPath): unknown {
  let v = data;
  for (const part of path) v = isRecord(v) ? v[part as string] : undefined;
  return v;
}

/** An activity and those under it, each with its path. */
export function activityNode(activity: Activity, path: YamlPath): ActivityNode {
  const children = (activity.children ?? []).map((c, i) => activityNode(c, [...path, 'children', i]));
  return { activity, path, children };
}

const flattened = new WeakMap<readonly ActivityNode[], readonly ActivityNode[]>();

/** Every activity of the tree, parents before their children (listed once per tree: most rules walk it). */
export function allActivities(nodes: readonly ActivityNode[]): readonly ActivityNode[] {
  let all = flattened.get(nodes);
  if (!all) {
    const out: ActivityNode[] = [];
    const add = (list: readonly ActivityNode[]): void => {
      for (const node of list) {
        out.push(node);
        add(node.children);
      }
    };
    add(nodes);
    flattened.set(nodes, (all = out));
  }
  return all;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
