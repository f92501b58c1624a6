import { percentDecimals, shareOf, yearOnYearOf, type YearOnYearFigures, add, formatFigure, isZero, type Figure, codedTables, tablesUnit, type CodedTable, type Model, type TableRow, INCOME_SOURCE_KEYS, INCOME_SOURCES, type Budget, type ColumnKey, type IncomeSource, type Locale, type Localized, valueAt, type YamlPath } from '../core';
import type { Block, Cell, HeadCell, Heading, Paragraph, Row, Source, Table } from './page';
import { tablePartClause, tableSentence, type Part } from './sentences';
import { T } from './strings';

/** What the standard tables need of the page builder: its cells, tables and paragraphs, each with its source. */
export interface PageKit {
  readonly budget: Partial<Budget>;
  readonly model: Model;
  readonly locale: Locale;
  t(text: Localized): string;
  figure(path: YamlPath): Figure | undefined;
  td(path: YamlPath, text: string, style?: Omit<Cell, 'text' | 'source'>, also?: readonly YamlPath[]): Cell;
  numTd(path: YamlPath): Cell;
  th(text: Localized, span?: { rowspan?: number; colspan?: number }): HeadCell;
  bare(path: YamlPath): Source;
  p(path: YamlPath, text: string): Paragraph;
  heading(level: 2 | 3, number: string, text: string, source?: Source): Heading;
  table(path: YamlPath, opts: { title?: string; unit?: string; head: readonly (readonly HeadCell[])[]; bodies: readonly { rows: readonly Row[] }[] }): Table;
}

const X = T.tables;
/** A name as a column heading: the English capitalised. */
const capitalized = (l: Localized): Localized => ({ zh: l.zh, en: l.en.charAt(0).toUpperCase() + l.en.slice(1) });
const EMPTY: Cell = { text: '' };
const NUMBER = { align: 'number' } as const;
const CENTER = { align: 'center' } as const;

/**
 * The nine standard tables (财预〔2016〕143号) as the template publishes them: 表一 … 表九 with their titles, the
 * 单位 line, code and name columns, the 合计 row, an empty table with its reason; after each, its 说明, every
 * share, change and rate computed from the figures. 表七 is `threePublicExpenses`.
 */
export function standardTables(kit: PageKit): Block[] {
  return new StandardTables(kit).blocks();
}

class StandardTables {
  private readonly unit: string;
  private readonly year: number | undefined;
  private readonly coded: ReadonlyMap<string, CodedTable>;

  constructor(private readonly kit: PageKit) {
    this.unit = tablesUnit(kit.model) ?? '';
    this.year = kit.budget.year;
    this.coded = new Map(codedTables(kit.model).map((t) => [t.key, t]));
  }

  blocks(): Block[] {
    const tables = this.kit.budget.tables;
    if (!tables) return [];
    const out: Block[] = [];
    if (tables.summary) out.push(...this.summary());
    if (tables.income) out.push(...this.income());
    if (tables.expenditure) out.push(...this.codedBlock('expenditure'));
    if (tables.appropriation) out.push(...this.appropriation());
    if (tables.generalBudget) out.push(...this.codedBlock('generalBudget'));
    if (tables.basic) out.push(...this.codedBlock('basic'));
    if (this.kit.budget.threePublicExpenses) out.push(this.threePublic());
    if (tables.governmentFund) out.push(...this.codedBlock('governmentFund'));
    if (tables.stateCapital) out.push(...this.codedBlock('stateCapital'));
    if (tables.project) out.push(...this.codedBlock('project'));
    return out;
  }

  // ---- pieces ---------------------------------------------------------------

  private t(text: Localized): string {
    return this.kit.t(text);
  }

  private table(path: YamlPath, title: Localized, head: readonly (readonly HeadCell[])[], rows: readonly Row[]): Table {
    return this.kit.table(path, { title: this.t(title), unit: this.unit, head, bodies: [{ rows }] });
  }

  /** The row that says why a table has no rows, across all its columns. */
  private emptyRow(path: YamlPath, reason: string, columns: number): Row {
    return { source: this.kit.bare(path), cells: [this.kit.td(path, reason, { colspan: columns })] };
  }

  /** A part of a whole for a 说明: its figure and its share of the whole, computed at the decimals of a share written beside it. */
  private part(label: string, path: YamlPath, whole: Figure | undefined, extra: { yoy?: boolean; covers?: readonly string[] } = {}): Part | undefined {
    const figure = this.kit.figure(path);
    if (!figure) return undefined;
    const share = whole && shareOf(figure, whole, percentDecimals(valueAt(this.kit.budget, [...path, 'share'])));
    const yoy = extra.yoy ? this.yoy(path) : undefined;
    return { label, figure, ...(share ? { share } : {}), ...(yoy ? { yoy } : {}), ...(extra.covers ? { covers: extra.covers } : {}) };
  }

  /** A line's year on year from its figures, the rate at the decimals of the rate written beside it. */
  private yoy(line: YamlPath): YearOnYearFigures | undefined {
    return yearOnYearOf((p) => this.kit.figure(p), line, percentDecimals(valueAt(this.kit.budget, [...line, 'changeRate'])));
  }

  /** The parts a 说明 names: those with a figure other than 0 (a 0 is in the table; the text says what there is). */
  private nonZero(parts: readonly (Part | undefined)[]): Part[] {
    return parts.filter((p): p is Part => !!p && !isZero(p.figure));
  }

  private sentence(path: YamlPath, head: { label: Localized; path: YamlPath; yoy?: boolean }, parts: readonly (Part | undefined)[], among?: Localized): Paragraph[] {
    const figure = this.kit.figure(head.path);
    if (!figure) return [];
    const yoy = head.yoy ? this.yoy(head.path.at(-1) === 'amount' ? head.path.slice(0, -1) : head.path) : undefined;
    return [this.kit.p(path, tableSentence({ label: this.t(head.label), figure, ...(yoy ? { yoy } : {}) }, this.nonZero(parts), this.unit, this.kit.locale, among))];
  }

  /** Sentences said together, as one paragraph at the first one's source. */
  private joined(sentences: readonly Paragraph[]): Paragraph {
    const sep = this.t({ zh: '', en: ' ' });
    return { ...sentences[0]!, runs: sentences.flatMap((p, i) => (i > 0 && sep ? [{ text: sep }, ...p.runs] : p.runs)) };
  }

  // ---- 表一 部门收支总表 ------------------------------------------------------

  private summary(): Block[] {
    const s = this.kit.budget.tables!.summary!;
    const at = (...rest: (string | number)[]): YamlPath => ['tables', 'summary', ...rest];
    const head = [[this.kit.th(X.incomeSide, { colspan: 2 }), this.kit.th(X.expenditureSide, { colspan: 2 })], [this.kit.th(X.item), this.kit.th(X.budget), this.kit.th(X.item), this.kit.th(X.budget)]];
    if (s.empty !== undefined && !s.income && !s.expenditure) return [this.table(at(), X.titles.summary, head, [this.emptyRow(at('empty'), s.empty, 4)])];
    const left = (s.income?.items ?? []).map((item, i): Cell[] => [this.kit.td(at('income', 'items', i, 'source'), this.t(capitalized(INCOME_SOURCES[item.source])), {}, [at('income', 'items', i)]), this.kit.numTd(at('income', 'items', i, 'amount'))]);
    const right = (s.expenditure?.items ?? []).map((item, i): Cell[] => [this.kit.td(at('expenditure', 'items', i, 'name'), item.name, {}, [at('expenditure', 'items', i)]), this.kit.numTd(at('expenditure', 'items', i, 'amount'))]);
    if (s.expenditure?.carryForward !== undefined) right.push([this.kit.td(at('expenditure', 'carryForward'), this.t(X.carryForward)), this.kit.numTd(at('expenditure', 'carryForward'))]);
    const rows: Row[] = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
      source: this.kit.bare(i < left.length ? at('income', 'items', i) : at('expenditure', 'items', i)),
      cells: [...(left[i] ?? [EMPTY, EMPTY]), ...(right[i] ?? [EMPTY, EMPTY])],
    }));
    rows.push({
      source: this.kit.bare(at()), role: 'total',
      cells: [{ text: this.t(X.incomeTotal), ...CENTER }, s.income ? this.kit.numTd(at('income', 'total')) : EMPTY, { text: this.t(X.expenditureTotal), ...CENTER }, s.expenditure ? this.kit.numTd(at('expenditure', 'total')) : EMPTY],
    });
    const out: Block[] = [this.table(at(), X.titles.summary, head, rows)];
    if (this.year === undefined) return out;
    const income = this.kit.figure(at('income', 'total'));
    const expenditure = this.kit.figure(at('expenditure', 'total'));
    const sentences = [
      ...(s.income ? this.sentence(at('income'), { label: X.heads.summaryIncome(this.year), path: at('income', 'total') },
        s.income.items.map((item, i) => this.part(this.t(INCOME_SOURCES[item.source]), at('income', 'items', i), income))) : []),
      ...(s.expenditure ? this.sentence(at('expenditure'), { label: X.heads.summaryExpenditure, path: at('expenditure', 'total') }, [
        ...s.expenditure.items.map((item, i) => this.part(item.name, at('expenditure', 'items', i), expenditure)),
        this.part(this.t(X.carryForward), at('expenditure', 'carryForward'), expenditure),
      ]) : []),
    ];
    // The income and the expenditure: one paragraph, as the 说明 of 表一 says both.
    if (sentences.length) out.push(this.joined(sentences));
    return out;
  }

  // ---- 表二 部门收入总表 ------------------------------------------------------

  private income(): Block[] {
    const inc = this.kit.budget.tables!.income!;
    const at = (...rest: (string | number)[]): YamlPath => ['tables', 'income', ...rest];
    const lines = [inc.total, ...(inc.rows ?? [])].filter((l) => l !== undefined) as Record<string, unknown>[];
    // The sources the table writes in any line (a column no line writes is empty throughout).
    const sources = INCOME_SOURCE_KEYS.filter((k) => lines.some((l) => l[k] !== undefined));
    const head = [[this.kit.th(X.unitName), this.kit.th(X.amount), ...sources.map((k) => this.kit.th(capitalized(INCOME_SOURCES[k])))]];
    const cells = (path: YamlPath): Cell[] => [this.kit.numTd([...path, 'amount']), ...sources.map((k) => this.kit.numTd([...path, k]))];
    const rows: Row[] = [];
    if (inc.total) rows.push({ source: this.kit.bare(at('total')), role: 'total', cells: [{ text: this.t(X.amount), ...CENTER }, ...cells(at('total'))] });
    (inc.rows ?? []).forEach((r, i) => rows.push({ source: this.kit.bare(at('rows', i)), cells: [this.kit.td(at('rows', i, 'unit'), r.unit, {}, [at('rows', i)]), ...cells(at('rows', i))] }));
    if (!inc.rows?.length && inc.empty !== undefined) rows.push(this.emptyRow(at('empty'), inc.empty, 2 + sources.length));
    const out: Block[] = [this.table(at(), X.titles.income, head, rows)];
    if (this.year !== undefined && inc.total) {
      const total = this.kit.figure(at('total', 'amount'));
      out.push(...this.sentence(at('total'), { label: X.heads.income(this.year), path: at('total', 'amount') }, sources.map((k) => this.part(this.t(INCOME_SOURCES[k]), at('total', k), total))));
    }
    return out;
  }

  // ---- 表四 财政拨款收支总表 --------------------------------------------------

  private appropriation(): Block[] {
    const ap = this.kit.budget.tables!.appropriation!;
    const at = (...rest: (string | number)[]): YamlPath => ['tables', 'appropriation', ...rest];
    const budgets = ['generalBudget', 'governmentFund', 'stateCapital'] as const;
    const head = [
      [this.kit.th(X.incomeSide, { colspan: 2 }), this.kit.th(X.expenditureSide, { colspan: 5 })],
      [this.kit.th(X.item), this.kit.th(X.budget), this.kit.th(X.item), this.kit.th(X.amount), ...budgets.map((k) => this.kit.th(X.columns[k]))],
    ];
    const table = this.coded.get('appropriation');
    if (ap.empty !== undefined && !table?.rows.length && !ap.income) return [this.table(at(), X.titles.appropriation, head, [this.emptyRow(at('empty'), ap.empty, 7)])];
    const incomeLines: IncomeSource[] = [...budgets, 'carriedOver'];
    const left = ap.income ? incomeLines.map((k): Cell[] => [this.kit.td(at('income', k), this.t(capitalized(INCOME_SOURCES[k]))), this.kit.numTd(at('income', k))]) : [];
    const right = (table?.rows ?? []).map((r): Cell[] => [this.nameCell(r, table!), this.kit.numTd([...r.path, 'amount']), ...budgets.map((k) => this.kit.numTd([...r.path, k]))]);
    const rows: Row[] = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
      source: this.kit.bare(i < right.length ? table!.rows[i]!.path : at('income')),
      cells: [...(left[i] ?? [EMPTY, EMPTY]), ...(right[i] ?? [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY])],
    }));
    const expenditureTotal = at('expenditure', 'total');
    rows.push({
      source: this.kit.bare(at()), role: 'total',
      cells: [{ text: this.t(X.incomeTotal), ...CENTER }, ap.income ? this.kit.numTd(at('income', 'total')) : EMPTY, { text: this.t(X.expenditureTotal), ...CENTER },
        ...(table?.hasTotal ? [this.kit.numTd([...expenditureTotal, 'amount']), ...budgets.map((k) => this.kit.numTd([...expenditureTotal, k]))] : [EMPTY, EMPTY, EMPTY, EMPTY])],
    });
    const out: Block[] = [this.table(at(), X.titles.appropriation, head, rows)];
    if (this.year === undefined) return out;
    const income = this.kit.figure(at('income', 'total'));
    const expenditure = this.kit.figure([...expenditureTotal, 'amount']);
    const sentences = [
      ...(ap.income ? this.sentence(at('income'), { label: X.heads.appropriationIncome(this.year), path: at('income', 'total') }, incomeLines.map((k) => this.part(this.t(INCOME_SOURCES[k]), at('income', k), income))) : []),
      ...(table?.hasTotal ? this.sentence(expenditureTotal, { label: X.heads.appropriationExpenditure, path: [...expenditureTotal, 'amount'] }, budgets.map((k) => this.part(this.t(X.appropriationParts[k]), [...expenditureTotal, k], expenditure))) : []),
    ];
    if (sentences.length) out.push(this.joined(sentences));
    return out;
  }

  // ---- 表三, 表五, 表六, 表八, 表九 and the project table: rows by code ----------------

  private nameCell(row: TableRow, table: CodedTable): Cell {
    // 类 at the left, 款 and 项 indented under it, as the template sets them.
    const depth = 1 + Math.max(0, [3, 5, 7].indexOf(String(row.code).length));
    return this.kit.td([...row.path, 'name'], row.name, { depth: table.kind === 'economic' ? Math.min(depth, 2) : depth }, [row.path]);
  }

  private codedBlock(key: 'expenditure' | 'generalBudget' | 'basic' | 'governmentFund' | 'stateCapital' | 'project'): Block[] {
    const path: YamlPath = ['tables', key];
    const raw = valueAt(this.kit.budget, path) as { total?: Record<string, unknown>; rows?: readonly Record<string, unknown>[]; empty?: string };
    const t = this.coded.get(key);
    const columns: readonly ColumnKey[] = t?.columns ?? [];
    const lines = [...(raw.total ? [raw.total] : []), ...(raw.rows ?? [])];
    // Last year's figure, the change and the rate: columns of their own when the table states last year anywhere.
    const yoyColumns = lines.some((l) => l.previous !== undefined || l.change !== undefined);
    const head = [[this.kit.th(X.code), this.kit.th(X.name), this.kit.th(X.amount), ...columns.map((c) => this.kit.th(X.columns[c as keyof typeof X.columns])),
      ...(yoyColumns ? [this.kit.th(X.previous), this.kit.th(X.change), this.kit.th(X.changeRate)] : [])]];
    const width = head[0]!.length;
    const figures = (line: YamlPath): Cell[] => [this.kit.numTd([...line, 'amount']), ...columns.map((c) => this.kit.numTd([...line, c])), ...(yoyColumns ? this.yoyCells(line) : [])];
    const rows: Row[] = [];
    if (t?.hasTotal) rows.push({ source: this.kit.bare([...path, 'total']), role: 'total', cells: [{ text: this.t(X.amount), colspan: 2, ...CENTER }, ...figures([...path, 'total'])] });
    for (const r of t?.rows ?? []) rows.push({ source: this.kit.bare(r.path), cells: [this.kit.td([...r.path, 'code'], String(r.code), { align: 'center', token: true }), this.nameCell(r, t!), ...figures(r.path)] });
    if (!t?.rows.length && raw.empty !== undefined) rows.push(this.emptyRow([...path, 'empty'], raw.empty, width));
    const out: Block[] = [this.table(path, X.titles[key], head, rows)];
    if (this.year !== undefined && t?.hasTotal && t.rows.length > 0) out.push(...this.codedSentences(t));
    return out;
  }

  /** Last year (as written, or this year less the change), the change and the rate, the last two computed. */
  private yoyCells(line: YamlPath): Cell[] {
    const yoy = this.yoy(line);
    if (!yoy) return [EMPTY, EMPTY, EMPTY];
    const previous = valueAt(this.kit.budget, [...line, 'previous']) !== undefined ? this.kit.numTd([...line, 'previous']) : this.kit.td([...line, 'change'], formatFigure(yoy.previous), NUMBER);
    return [
      previous,
      this.kit.td([...line, 'change'], formatFigure(yoy.change), NUMBER),
      this.kit.td([...line, 'changeRate'], yoy.rate ? `${formatFigure(yoy.rate)}%` : '', NUMBER),
    ];
  }

  private codedSentences(t: CodedTable): Paragraph[] {
    const year = this.year!;
    const total: YamlPath = [...t.path, 'total'];
    const whole = this.kit.figure([...total, 'amount']);
    const tops = t.tops.map((r) => this.part(t.kind === 'function' ? this.t(X.classRow(r.name)) : r.name, r.path, whole, { yoy: true }));
    switch (t.key) {
      case 'expenditure':
        return this.sentence(total, { label: X.heads.expenditure(year), path: [...total, 'amount'] }, t.columns.map((c) => this.part(this.t(X.parts[c as 'basic' | 'project']), [...total, c], whole)));
      case 'basic': {
        // What each column mainly covers: the 款 (else the 类) with a figure in that column.
        const detail = t.rows.some((r) => String(r.code).length === 5) ? t.rows.filter((r) => String(r.code).length === 5) : t.rows;
        const covers = (c: ColumnKey) => detail.filter((r) => { const f = this.kit.figure([...r.path, c]); return f && !isZero(f); }).map((r) => r.name);
        return this.sentence(total, { label: X.heads.basic(year), path: [...total, 'amount'], yoy: true }, t.columns.map((c) => this.part(this.t(X.parts[c as 'personnel' | 'public']), [...total, c], whole, { covers: covers(c) })));
      }
      case 'project':
        return this.sentence(total, { label: X.heads.project(year), path: [...total, 'amount'], yoy: true }, tops, X.byEconomicClass);
      case 'generalBudget': case 'governmentFund': case 'stateCapital': {
        const head = this.sentence(total, { label: X.heads[t.key](year), path: [...total, 'amount'], yoy: true }, t.columns.map((c) => this.part(this.t(X.parts[c as 'basic' | 'project']), [...total, c], whole)));
        const parts = this.nonZero(tops);
        if (!head.length || !parts.length) return head;
        const byClass = this.t(X.byClass) + parts.map((p) => tablePartClause(p, this.unit, this.kit.locale)).join(this.t({ zh: '；', en: '; ' })) + this.t({ zh: '。', en: '.' });
        return [this.joined([head[0]!, { kind: 'paragraph', runs: [{ text: byClass }] }])];
      }
      case 'appropriation':
        return [];
    }
  }

  // ---- 表七 一般公共预算“三公”经费支出表 ------------------------------------------

  private threePublic(): Table {
    const tp = this.kit.budget.threePublicExpenses!;
    const at = (...rest: string[]): YamlPath => ['threePublicExpenses', ...rest];
    const two = { rowspan: 2 };
    const head = [
      [this.kit.th(X.item, two), this.kit.th(X.amount, two), this.kit.th(T.threePublicRows.overseas, two), this.kit.th(X.vehicle, { colspan: 3 }), this.kit.th(T.threePublicRows.reception, two)],
      [this.kit.th(X.subtotal), this.kit.th(X.vehiclePurchase), this.kit.th(X.vehicleOperation)],
    ];
    const keys = ['total', 'overseas', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
    /** A row's figure this year or last year: as written, else what its figures give (last year from the change; the vehicles' subtotal from its two rows). */
    const cell = (key: (typeof keys)[number], field: 'amount' | 'previous'): Cell => {
      if (tp[key] === undefined) {
        if (key !== 'vehicle') return EMPTY;
        const parts = (['vehiclePurchase', 'vehicleOperation'] as const).map((k) => this.figureOf(at(k), field));
        return parts.every((f) => f) ? this.kit.td(at(), formatFigure(add(parts as Figure[])), NUMBER) : EMPTY;
      }
      if (field === 'amount' || valueAt(this.kit.budget, at(key, 'previous')) !== undefined) return this.kit.numTd(at(key, field));
      const previous = this.figureOf(at(key), 'previous');
      return previous ? this.kit.td(at(key, 'change'), formatFigure(previous), NUMBER) : EMPTY;
    };
    const rows: Row[] = [{ source: this.kit.bare(at()), cells: [{ text: this.t(X.thisYear), ...CENTER }, ...keys.map((k) => cell(k, 'amount'))] }];
    if (this.figureOf(at('total'), 'previous')) rows.push({ source: this.kit.bare(at()), cells: [{ text: this.t(X.previous), ...CENTER }, ...keys.map((k) => cell(k, 'previous'))] });
    // Its 说明 is section 四's, made from the same figures.
    return this.kit.table(at(), { title: this.t(X.titles.threePublic), unit: this.kit.budget.unit ?? '', head, bodies: [{ rows }] });
  }

  private figureOf(line: YamlPath, field: 'amount' | 'previous'): Figure | undefined {
    return field === 'amount' ? this.kit.figure([...line, 'amount']) : this.yoy(line)?.previous;
  }
}
