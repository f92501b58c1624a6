import type { IncomeSource, Localized } from '../core';
import { T } from '../render/strings';
import { Mapping, Num } from './emit';
import type { SourceCell, TablePiece } from './source';

/** The standard tables of 财预〔2016〕143号 the importer reads, by their key under `tables` (表七 is `threePublic`). */
export type StandardKey = 'summary' | 'income' | 'expenditure' | 'appropriation' | 'generalBudget' | 'basic' | 'threePublic' | 'governmentFund' | 'stateCapital' | 'project';

const bare = (s: string) => s.replace(/[“”"'‘’\s\u3000]/g, '');

/** Each table's name as titles write it (`表五 一般公共预算支出表`, `2024年某局一般公共预算支出表`), the renderer's first. */
const TITLES: readonly [StandardKey, string][] = (
  Object.entries(T.tables.titles).map(([k, v]) => [k as StandardKey, bare(v.zh).replace(/^表[一二三四五六七八九十]+/, '')] as [StandardKey, string])
).concat([['basic', '基本支出表'], ['threePublic', '三公经费支出表'], ['threePublic', '三公经费预算表']])
  .sort((a, b) => b[1].length - a[1].length);

/** The standard table a title names, if it names one. */
export function standardKeyOf(title: string | undefined): StandardKey | undefined {
  if (!title) return undefined;
  const t = bare(title);
  return TITLES.find(([, name]) => t.includes(name))?.[0];
}

/** The column keys of the tables' figures, by the header's words; `source` columns of income. */
type Column =
  | { kind: 'code'; part?: '类' | '款' | '项' }
  | { kind: 'name' }
  | { kind: 'figure'; key: string }
  | { kind: 'rate'; key: 'changeRate' | 'share' };

const SOURCE_WORDS: readonly [IncomeSource, RegExp][] = [
  ['generalBudget', /一般公共预算/], ['governmentFund', /政府性基金/], ['stateCapital', /国有资本经营/], ['specialAccount', /财政专户/],
  ['business', /事业单位经营/], ['operations', /^事业收入/], ['superiorGrant', /上级补助/], ['subordinate', /附属单位/],
  ['other', /^其他收入/], ['carriedOver', /上年结转|结余/],
];

/** An income source by its label (`一般公共预算拨款收入`, `上年结转（结余）`). */
export function incomeSourceOf(label: string): IncomeSource | undefined {
  const t = bare(label);
  return SOURCE_WORDS.find(([, re]) => re.test(t))?.[0];
}

function columnOf(header: string): Column | undefined {
  const parts = header.split('/');
  const last = parts[parts.length - 1]!;
  if (last === '类' || last === '款' || last === '项') return { kind: 'code', part: last };
  if (/编码|代码/.test(header)) return { kind: 'code' };
  if (/名称|^项目$|科目$/.test(last)) return { kind: 'name' };
  if (/增减率|增长率|幅度/.test(last)) return { kind: 'rate', key: 'changeRate' };
  if (/占比|比重/.test(last)) return { kind: 'rate', key: 'share' };
  const source = incomeSourceOf(last);
  if (source) return { kind: 'figure', key: source };
  if (/上年/.test(last)) return { kind: 'figure', key: 'previous' };
  if (/增减/.test(last)) return { kind: 'figure', key: 'change' };
  if (/基本支出/.test(last)) return { kind: 'figure', key: 'basic' };
  if (/项目支出/.test(last)) return { kind: 'figure', key: 'project' };
  if (/人员经费|人员支出/.test(last)) return { kind: 'figure', key: 'personnel' };
  if (/公用经费|公用支出/.test(last)) return { kind: 'figure', key: 'public' };
  if (/合计|总计|金额|预算数|^小计$/.test(last)) return { kind: 'figure', key: 'amount' };
  return undefined;
}

const NUMBER = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;
const RATE = /^[+-]?\d+(?:\.\d+)?%$/;
const TOTAL = /^(合计|总计|收入总计|支出总计|本表合计)$/;

/** What reading a table needs of the importer: its header, and where to keep or report a cell. */
export interface TableContext {
  header(p: TablePiece, count: number): readonly string[];
  keep(c: SourceCell): void;
  /** A label read as the key it names (`合计` as `total`, `上年结转（结余）` as `carriedOver`): in the report. */
  read(path: string, c: SourceCell): void;
  ambiguous(c: SourceCell, message: Localized): void;
  /** A row of a side that names a class (类) without its code: the code is looked up in the document's other tables. */
  codeByName(row: Mapping, name: SourceCell): void;
}

const NOT_A_FIGURE: Localized = { zh: '不是数字', en: 'not a number' };

/** A figure cell into `m[key]`; a cell that is not a figure is reported. */
function figure(m: Mapping, key: string, c: SourceCell, ctx: TableContext, rate = false): void {
  if (!c.text || c.covered) return;
  if (rate ? RATE.test(c.text) : NUMBER.test(c.text)) m.set(key, rate ? c.text : new Num(c.text.replace(/,/g, '')));
  else ctx.ambiguous(c, rate ? { zh: '不是百分数', en: 'not a percentage' } : NOT_A_FIGURE);
}

/** The header rows: those before the first row that starts with a code or 合计 (at least one). */
function headerRows(p: TablePiece, isData: (cells: readonly SourceCell[]) => boolean): number {
  const n = p.rows.findIndex((r) => isData(r.cells));
  if (n >= 0) return Math.max(1, n);
  // No data: the header ends at the row of one text that says why.
  const reason = p.rows.findIndex((r) => r.cells.filter((c) => c.text && !c.covered).length === 1);
  return reason > 0 ? reason : 1;
}

const firstText = (cells: readonly SourceCell[]) => cells.find((c) => c.text && !c.covered);

/**
 * A table by classification code (表三, 表五, 表六, 表八, 表九, 项目支出表, and 表四's expenditure side):
 * its 合计 row as `total`, its rows by code (joined from 类/款/项 columns, a blank part taken from the row
 * above), or the reason it is empty.
 */
export function readCodedTable(p: TablePiece, ctx: TableContext): { table: Mapping; headerRows: number } {
  const count = headerRows(p, (cells) => { const f = firstText(cells); return !!f && (/^\d{3,7}$/.test(f.text) || TOTAL.test(bare(f.text))); });
  const cols = ctx.header(p, count).map(columnOf);
  const table = new Mapping();
  const rows: Mapping[] = [];
  const parts: Record<'类' | '款' | '项', string> = { 类: '', 款: '', 项: '' };
  for (const row of p.rows.slice(count)) {
    const filled = row.cells.filter((c) => c.text && !c.covered);
    if (filled.length === 0) continue;
    const isTotal = filled.some((c, i) => i < 2 && TOTAL.test(bare(c.text)));
    // A row of one text across the table: why it has no data (143号: 空表并说明).
    if (filled.length === 1 && !NUMBER.test(filled[0]!.text) && !isTotal) {
      if (table.get('empty') === undefined) table.set('empty', filled[0]!.text);
      else ctx.keep(filled[0]!);
      continue;
    }
    const m = new Mapping(true);
    let code = '';
    let split = false;
    let name: SourceCell | undefined;
    row.cells.forEach((c, i) => {
      const col = cols[i];
      if (!col || c.covered) {
        if (!col && c.text && !c.covered) ctx.keep(c);
        return;
      }
      if (isTotal && (col.kind === 'code' || col.kind === 'name')) {
        if (c.text) ctx.read('total', c);
        return;
      }
      switch (col.kind) {
        case 'code':
          if (col.part) {
            split = true;
            if (c.text) {
              parts[col.part] = c.text;
              if (col.part === '类') parts.款 = parts.项 = '';
              if (col.part === '款') parts.项 = '';
            }
            return;
          }
          if (/^\d+$/.test(c.text)) code = c.text;
          else if (c.text) ctx.ambiguous(c, { zh: '科目编码不是数字', en: 'a code that is not a number' });
          return;
        case 'name':
          if (c.text) name = c;
          return;
        case 'figure': return figure(m, col.key, c, ctx);
        case 'rate': return figure(m, col.key, c, ctx, true);
      }
    });
    if (split) {
      // 类 款 项 written apart: a row's code reaches as deep as its own cells (a blank 类 is the row above's).
      const has = (part: '类' | '款' | '项') => row.cells.some((c, i) => { const col = cols[i]; return col?.kind === 'code' && col.part === part && !!c.text && !c.covered; });
      code = has('项') ? parts.类 + parts.款 + parts.项 : has('款') ? parts.类 + parts.款 : has('类') ? parts.类 : '';
    }
    if (isTotal) {
      table.set('total', m);
      continue;
    }
    const out = new Mapping(true);
    if (code) out.set('code', new Num(code));
    if (name) out.set('name', name.text);
    for (const [k, v] of m.entries) out.set(k, v);
    if (!code && name) ctx.codeByName(out, name);
    rows.push(out);
  }
  if (rows.length) table.set('rows', rows);
  return { table, headerRows: count };
}

/** 表二: a row per unit, its 合计 row as `total`. */
export function readIncomeTable(p: TablePiece, ctx: TableContext): { table: Mapping; headerRows: number } {
  const count = headerRows(p, (cells) => { const f = firstText(cells); return !!f && !!cells.slice(1).find((c) => NUMBER.test(c.text)); });
  const cols = ctx.header(p, count).map((h, i) => (i === 0 ? ({ kind: 'name' } as Column) : columnOf(h)));
  const table = new Mapping();
  const rows: Mapping[] = [];
  for (const row of p.rows.slice(count)) {
    const filled = row.cells.filter((c) => c.text && !c.covered);
    if (filled.length === 0) continue;
    if (filled.length === 1 && !NUMBER.test(filled[0]!.text)) {
      table.set('empty', filled[0]!.text);
      continue;
    }
    const m = new Mapping(true);
    const label = row.cells[0];
    const isTotal = !!label && TOTAL.test(bare(label.text));
    if (!isTotal && label?.text) m.set('unit', label.text);
    if (isTotal && label) ctx.read('total', label);
    row.cells.forEach((c, i) => {
      const col = cols[i];
      if (i === 0) return;
      if (!col || col.kind === 'code' || col.kind === 'name') {
        if (c.text && !c.covered) ctx.keep(c);
        return;
      }
      figure(m, col.key, c, ctx, col.kind === 'rate');
    });
    if (isTotal) table.set('total', m);
    else rows.push(m);
  }
  if (rows.length) table.set('rows', rows);
  return { table, headerRows: count };
}

/**
 * 表一 and 表四: an income side and an expenditure side, each a label and its figures, the last row their
 * totals. 表一's income lines are by source, its expenditure by class; 表四's income by budget, its
 * expenditure by class with the three budgets as columns.
 */
export function readTwoSidedTable(key: 'summary' | 'appropriation', p: TablePiece, ctx: TableContext): { table: Mapping; headerRows: number } {
  const count = Math.min(2, p.rows.length);
  const header = ctx.header(p, count);
  const side = header.map((h) => (/^收入/.test(h) ? 'income' : /^支出/.test(h) ? 'expenditure' : undefined));
  const cols = header.map((h) => columnOf(h.split('/').slice(1).join('/') || h));
  const table = new Mapping();
  const income = new Mapping(key === 'appropriation');
  const items: Mapping[] = [];
  const expenditure = new Mapping();
  const rows: Mapping[] = [];
  for (const row of p.rows.slice(count)) {
    for (const s of ['income', 'expenditure'] as const) {
      const cells = row.cells.map((c, i) => ({ c, col: cols[i], side: side[i] })).filter((x) => x.side === s && !x.c.covered);
      const label = cells.find((x) => x.col?.kind === 'name' || x.col === undefined)?.c;
      const values = cells.filter((x) => x.col?.kind === 'figure' || x.col?.kind === 'rate');
      if (!label?.text && values.every((x) => !x.c.text)) continue;
      const text = bare(label?.text ?? '');
      if (s === 'income') {
        const amount = values[0]?.c;
        if (/总计|合计/.test(text)) {
          if (amount) figure(income, 'total', amount, ctx);
          if (label) ctx.read('income.total', label);
          continue;
        }
        const source = label ? incomeSourceOf(label.text) : undefined;
        if (!source || !amount) {
          for (const x of cells) if (x.c.text) ctx.keep(x.c);
          continue;
        }
        ctx.read(`income.${source}`, label!);
        if (key === 'appropriation') figure(income, source, amount, ctx);
        else {
          const item = new Mapping(true);
          item.set('source', source);
          figure(item, 'amount', amount, ctx);
          items.push(item);
        }
        continue;
      }
      const m = new Mapping(true);
      for (const x of values) figure(m, (x.col as { key: string }).key, x.c, ctx, x.col!.kind === 'rate');
      if (label && (/总计|合计/.test(text) || /结转下年/.test(text))) ctx.read(/结转下年/.test(text) ? 'expenditure.carryForward' : 'expenditure.total', label);
      if (/总计|合计/.test(text)) {
        if (key === 'summary') {
          const a = m.get('amount');
          if (a) expenditure.set('total', a);
        } else expenditure.set('total', m);
        continue;
      }
      if (key === 'summary' && /结转下年/.test(text)) {
        const a = m.get('amount');
        if (a) expenditure.set('carryForward', a);
        continue;
      }
      if (!label) {
        for (const x of values) ctx.keep(x.c);
        continue;
      }
      const r = new Mapping(true);
      r.set('name', label.text);
      for (const [k, v] of m.entries) r.set(k, v);
      ctx.codeByName(r, label);
      rows.push(r);
    }
  }
  if (key === 'summary') {
    if (income.get('total') !== undefined || items.length) {
      if (items.length) income.set('items', items);
      table.set('income', income);
    }
    if (rows.length) expenditure.set('items', rows);
    if (expenditure.entries.size) table.set('expenditure', expenditure);
  } else {
    if (income.entries.size) table.set('income', income);
    if (rows.length) expenditure.set('rows', rows);
    if (expenditure.entries.size) table.set('expenditure', expenditure);
  }
  return { table, headerRows: count };
}

