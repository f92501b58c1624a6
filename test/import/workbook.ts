import ExcelJS from 'exceljs';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { INCOME_SOURCES, THREE_PUBLIC_ROWS, type IncomeSource } from '../../server/src/core/format/schema';

/**
 * A workbook of a document's tables as budget systems export them, written from its figures: a title row, a 单位
 * row, one or two header rows with merged cells, 类/款/项 code columns apart, a 合计 row, an empty table's reason
 * across the table, each figure with the decimals the document wrote it with.
 */
export async function workbookOf(text: string): Promise<Uint8Array> {
  const doc = parseDocument(text);
  const wb = new ExcelJS.Workbook();
  const w = new Writer(doc, text);
  const unit = String(doc.get('unit'));
  const year = Number(doc.get('year'));
  if (doc.hasIn(['threePublicExpenses'])) w.threePublic(wb.addWorksheet('三公经费'), unit, year);
  if (doc.hasIn(['performance', 'activities'])) w.activities(wb.addWorksheet('绩效'), unit);
  if (doc.hasIn(['procurement', 'items'])) w.procurement(wb.addWorksheet('政府采购'), unit, `${String(doc.get('region'))}${year}年政府采购情况表`);
  if (doc.hasIn(['assets', 'items'])) w.assets(wb.addWorksheet('国有资产'), unit);
  if (doc.hasIn(['tables'])) w.standard(wb, String(doc.getIn(['tables', 'unit']) ?? unit));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Path = readonly (string | number)[];
type Cell = string | { n: string } | undefined;

class Writer {
  private sheet!: ExcelJS.Worksheet;
  private row = 1;

  constructor(private readonly doc: Document, private readonly source: string) {}

  /** A figure's text as the document wrote it (`587.00`), for its cell's value and number format. */
  private written(path: Path): Cell {
    const node = this.doc.getIn(path, true);
    if (!isScalar(node)) return undefined;
    if (typeof node.value === 'number') return { n: this.source.slice(node.range![0], node.range![1]) };
    return node.value === undefined || node.value === null ? undefined : String(node.value);
  }

  private line(path: Path, key: string): Cell {
    const node = this.doc.getIn([...path, key], true);
    if (isMap(node)) return this.written([...path, key, 'amount']);
    return this.written([...path, key]);
  }

  private start(sheet: ExcelJS.Worksheet): void {
    this.sheet = sheet;
    this.row = 1;
  }

  private put(cells: readonly Cell[]): number {
    const r = this.row++;
    cells.forEach((c, i) => {
      if (c === undefined) return;
      const cell = this.sheet.getCell(r, i + 1);
      if (typeof c === 'string') cell.value = c;
      else {
        cell.value = Number(c.n);
        const d = /\.(\d+)$/.exec(c.n)?.[1]?.length ?? 0;
        cell.numFmt = d ? `0.${'0'.repeat(d)}` : '0';
      }
    });
    return r;
  }

  private merge(r1: number, c1: number, r2: number, c2: number): void {
    this.sheet.mergeCells(r1, c1, r2, c2);
  }

  private head(title: string, unit: string, width: number): void {
    const t = this.put([title]);
    this.merge(t, 1, t, width);
    this.put([...Array.from({ length: width - 1 }, () => undefined), `单位：${unit}`]);
  }

  private seq(path: Path): number {
    const node = this.doc.getIn(path, true);
    return isSeq(node) ? node.items.length : 0;
  }

  threePublic(sheet: ExcelJS.Worksheet, unit: string, year: number): void {
    this.start(sheet);
    this.head(`${year}年“三公”经费预算情况表`, unit, 9);
    const h = this.put(['项目', '合计', '上年', '增减额', '增减率', '占比', '资金来源']);
    this.put([undefined, undefined, undefined, undefined, undefined, undefined, '一般预算', '基金预算', '财政专户']);
    for (let c = 1; c <= 6; c++) this.merge(h, c, h + 1, c);
    this.merge(h, 7, h, 9);
    const names: Record<string, string> = { overseas: '因公出国（境）费', vehiclePurchase: '公务用车购置费', vehicleOperation: '公务用车运行维护费', vehicle: '公务用车购置及运行费', reception: '公务接待费', total: '合计' };
    for (const key of [...THREE_PUBLIC_ROWS, 'vehicle', 'total']) {
      const at = ['threePublicExpenses', key];
      if (!this.doc.hasIn(at)) continue;
      this.put([this.written([...at, 'label']) ?? names[key], ...['amount', 'previous', 'change', 'changeRate', 'share'].map((k) => this.written([...at, k])), ...['general', 'fund', 'specialAccount'].map((k) => this.written([...at, 'sources', k]))]);
    }
  }

  activities(sheet: ExcelJS.Worksheet, unit: string): void {
    this.start(sheet);
    this.head('职责活动绩效预算表', unit, 9);
    const h = this.put(['职责活动', '年度预算数', '内容描述', '绩效目标', '绩效指标', '评价标准']);
    this.put([undefined, undefined, undefined, undefined, undefined, '优', '良', '中', '差']);
    for (let c = 1; c <= 5; c++) this.merge(h, c, h + 1, c);
    this.merge(h, 6, h, 9);
    const walk = (path: Path, depth: number, n: number) => {
      const name = String(this.doc.getIn([...path, 'name']));
      const number = depth === 0 ? '' : depth === 1 ? `${n}、` : `（${n}）`;
      const count = this.seq([...path, 'indicators']);
      const first = this.row;
      for (let i = 0; i < Math.max(1, count); i++) {
        const ind = [...path, 'indicators', i];
        const own: Cell[] = i === 0 ? [number + name, this.written([...path, 'budget']), this.written([...path, 'content']), this.written([...path, 'goal'])] : [undefined, undefined, undefined, undefined];
        this.put([...own, ...(count ? [this.written([...ind, 'name']), ...['excellent', 'good', 'fair', 'poor'].map((g) => this.written([...ind, 'grades', g]))] : [])]);
      }
      if (count > 1) for (let c = 1; c <= 4; c++) this.merge(first, c, first + count - 1, c);
      for (let j = 0; j < this.seq([...path, 'children']); j++) walk([...path, 'children', j], depth + 1, j + 1);
    };
    for (let i = 0; i < this.seq(['performance', 'activities']); i++) walk(['performance', 'activities', i], 0, 0);
  }

  procurement(sheet: ExcelJS.Worksheet, unit: string, title: string): void {
    this.start(sheet);
    this.head(title, unit, 7);
    this.put(['序号', '采购部门', '采购项目', '采购类别', '品目代码', '采购数量', `计划金额（${unit}）`]);
    for (let i = 0; i < this.seq(['procurement', 'items']); i++) {
      const at = ['procurement', 'items', i];
      this.put([{ n: String(i + 1) }, ...['department', 'name', 'category', 'code', 'quantity', 'amount'].map((k) => this.written([...at, k]))]);
    }
    const t = this.put(['合计', undefined, undefined, undefined, undefined, undefined, this.written(['procurement', 'total'])]);
    this.merge(t, 1, t, 6);
  }

  assets(sheet: ExcelJS.Worksheet, unit: string): void {
    this.start(sheet);
    this.head('国有资产情况表', unit, 2);
    this.put(['资产类别', `金额（${unit}）`]);
    for (let i = 0; i < this.seq(['assets', 'items']); i++) this.put([this.written(['assets', 'items', i, 'name']), this.written(['assets', 'items', i, 'amount'])]);
    this.put(['合计', this.written(['assets', 'total'])]);
  }

  standard(wb: ExcelJS.Workbook, unit: string): void {
    const label = (s: IncomeSource) => INCOME_SOURCES[s].zh;
    const titles: Record<string, string> = { summary: '表一 部门收支总表', income: '表二 部门收入总表', expenditure: '表三 部门支出总表', appropriation: '表四 财政拨款收支总表', generalBudget: '表五 一般公共预算支出表', basic: '表六 一般公共预算基本支出表', governmentFund: '表八 政府性基金预算支出表', stateCapital: '表九 国有资本经营预算支出表', project: '项目支出表' };
    const columns: Record<string, [string, string][]> = {
      expenditure: [['basic', '基本支出'], ['project', '项目支出']], generalBudget: [['basic', '基本支出'], ['project', '项目支出']],
      governmentFund: [['basic', '基本支出'], ['project', '项目支出']], stateCapital: [['basic', '基本支出'], ['project', '项目支出']],
      basic: [['personnel', '人员经费'], ['public', '公用经费']], project: [],
    };
    for (const key of Object.keys(titles)) {
      const at = ['tables', key];
      if (!this.doc.hasIn(at)) continue;
      this.start(wb.addWorksheet(titles[key]!));
      if (key === 'summary') {
        this.head(titles[key]!, unit, 4);
        const h = this.put(['收入', undefined, '支出']);
        this.merge(h, 1, h, 2);
        this.merge(h, 3, h, 4);
        this.put(['项目', '预算数', '项目', '预算数']);
        const left = Array.from({ length: this.seq([...at, 'income', 'items']) }, (_, i): Cell[] => [label(String(this.doc.getIn([...at, 'income', 'items', i, 'source'])) as IncomeSource), this.written([...at, 'income', 'items', i, 'amount'])]);
        const right = Array.from({ length: this.seq([...at, 'expenditure', 'items']) }, (_, i): Cell[] => [this.written([...at, 'expenditure', 'items', i, 'name']), this.written([...at, 'expenditure', 'items', i, 'amount'])]);
        if (this.doc.hasIn([...at, 'expenditure', 'carryForward'])) right.push(['结转下年', this.written([...at, 'expenditure', 'carryForward'])]);
        for (let i = 0; i < Math.max(left.length, right.length); i++) this.put([...(left[i] ?? [undefined, undefined]), ...(right[i] ?? [])]);
        this.put(['收入总计', this.written([...at, 'income', 'total']), '支出总计', this.written([...at, 'expenditure', 'total'])]);
        continue;
      }
      if (key === 'income') {
        const sources = (Object.keys(INCOME_SOURCES) as IncomeSource[]).filter((s) => this.doc.hasIn([...at, 'total', s]));
        this.head(titles[key]!, unit, 2 + sources.length);
        this.put(['单位名称', '合计', ...sources.map(label)]);
        this.put(['合计', ...['amount', ...sources].map((k) => this.written([...at, 'total', k]))]);
        for (let i = 0; i < this.seq([...at, 'rows']); i++) this.put([this.written([...at, 'rows', i, 'unit']), ...['amount', ...sources].map((k) => this.written([...at, 'rows', i, k]))]);
        continue;
      }
      if (key === 'appropriation') {
        const budgets = ['generalBudget', 'governmentFund', 'stateCapital'] as const;
        this.head(titles[key]!, unit, 7);
        const h = this.put(['收入', undefined, '支出']);
        this.merge(h, 1, h, 2);
        this.merge(h, 3, h, 7);
        this.put(['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']);
        const left = [...budgets, 'carriedOver' as const].filter((k) => this.doc.hasIn([...at, 'income', k])).map((k): Cell[] => [label(k), this.written([...at, 'income', k])]);
        const rows = [...at, 'expenditure', 'rows'];
        const right = Array.from({ length: this.seq(rows) }, (_, i): Cell[] => [this.written([...rows, i, 'name']), ...['amount', ...budgets].map((k) => this.written([...rows, i, k]))]);
        for (let i = 0; i < Math.max(left.length, right.length); i++) this.put([...(left[i] ?? [undefined, undefined]), ...(right[i] ?? [])]);
        this.put(['收入总计', this.written([...at, 'income', 'total']), '支出总计', ...['amount', ...budgets].map((k) => this.written([...at, 'expenditure', 'total', k]))]);
        continue;
      }
      const economic = key === 'basic' || key === 'project';
      const parts = economic ? ['类', '款'] : ['类', '款', '项'];
      const cols = columns[key]!;
      const lines = [[...at, 'total'], ...Array.from({ length: this.seq([...at, 'rows']) }, (_, i) => [...at, 'rows', i])];
      const yoy = (['previous', 'change', 'changeRate', 'share'] as const).filter((k) => lines.some((l) => this.doc.hasIn([...l, k])));
      const yoyNames = { previous: '上年预算数', change: '增减额', changeRate: '增减率', share: '占比' };
      const width = parts.length + 2 + cols.length + yoy.length;
      this.head(titles[key]!, unit, width);
      const h = this.put([economic ? '经济分类科目编码' : '功能分类科目编码', ...parts.slice(1).map(() => undefined), '科目名称', '合计', ...cols.map(([, n]) => n), ...yoy.map((k) => yoyNames[k])]);
      this.put(parts);
      this.merge(h, 1, h, parts.length);
      for (let c = parts.length + 1; c <= width; c++) this.merge(h, c, h + 1, c);
      if (!this.doc.hasIn([...at, 'rows'])) {
        const r = this.put([this.written([...at, 'empty'])]);
        this.merge(r, 1, r, width);
        continue;
      }
      const figures = (l: Path): Cell[] => [this.written([...l, 'amount']), ...cols.map(([k]) => this.line(l, k)), ...yoy.map((k) => this.written([...l, k]))];
      if (this.doc.hasIn([...at, 'total'])) {
        const t = this.put(['合计', ...parts.slice(1).map(() => undefined), undefined, ...figures([...at, 'total'])]);
        this.merge(t, 1, t, parts.length + 1);
      }
      for (let i = 0; i < this.seq([...at, 'rows']); i++) {
        const l = [...at, 'rows', i];
        const code = String(this.doc.getIn([...l, 'code']));
        // 类 款 项 apart, each row writing only its own part, as the budget system exports them.
        const own = code.length === 3 ? [code, undefined, undefined] : code.length === 5 ? [undefined, code.slice(3), undefined] : [undefined, undefined, code.slice(5)];
        this.put([...own.slice(0, parts.length), this.written([...l, 'name']), ...figures(l)]);
      }
    }
  }
}
