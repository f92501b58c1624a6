import { GRADE_KEYS, L, SECTION_KEYS, THREE_PUBLIC_ROWS, UNITS, type GradeKey, type Localized, type SectionKey } from '../core';
import { T } from '../render/strings';
import { Mapping, Num, type Node } from './emit';
import type { FigureRead, ImportReport } from './report';
import type { Piece, SourceCell, TablePiece, TableRow, TextPiece, Where } from './source';
import { readCodedTable, readIncomeTable, readTwoSidedTable, standardKeyOf, type StandardKey, type TableContext } from './standard-tables';

type Unit = (typeof UNITS)[number];
type ThreeKey = (typeof THREE_PUBLIC_ROWS)[number] | 'vehicle' | 'total';

const N = String.raw`(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)`;
const U = '(亿元|千元|万元|元)';
const RATE = String.raw`(\d+(?:\.\d+)?)\s*[%％]`;

/** A number as written, without its thousands separators. */
const num = (s: string) => new Num(s.replace(/,/g, ''));
const rate = (digits: string, negative: boolean) => `${negative && !/^0+(?:\.0+)?$/.test(digits) ? '-' : ''}${digits}%`;

/** Quotes of any kind and blanks out, for comparing headings and labels. */
const norm = (s: string) => s.replace(/[“”"'‘’「」『』\s\u3000：:。]/g, '');

const HEADINGS: Record<SectionKey, readonly string[]> = {
  organization: [T.sectionHeadings.organization.zh, '部门职责及机构设置', '部门主要职责及机构设置情况', '主要职责及机构设置'],
  overview: [T.sectionHeadings.overview.zh, '部门预算总体情况', '部门收支预算总体情况', '收支预算总体情况'],
  operatingExpenses: [T.sectionHeadings.operatingExpenses.zh, '机关运行经费', '机关运行经费情况'],
  threePublicExpenses: [T.sectionHeadings.threePublicExpenses.zh, '三公经费预算情况及增减变化原因', '财政拨款三公经费预算情况', '三公经费预算情况'],
  performance: [T.sectionHeadings.performance.zh, '预算绩效信息', '绩效预算情况'],
  procurement: [T.sectionHeadings.procurement.zh, '政府采购情况', '政府采购预算情况'],
  assets: [T.sectionHeadings.assets.zh, '国有资产占用情况', '国有资产情况'],
  glossary: [T.sectionHeadings.glossary.zh, '专业名词解释'],
  notes: [T.sectionHeadings.notes.zh, '其他需要说明的情况'],
};

/** Headings inside a section: structure, each read as where the pieces after it go. */
const SUBHEADINGS: Partial<Record<SectionKey, Record<string, string>>> = {
  organization: { [norm(T.orgTableLead.zh)]: 'units', 机构设置: 'units' },
  overview: { [norm(T.incomeHeading.zh)]: 'income', [norm(T.expenditureHeading.zh)]: 'expenditure', [norm(T.changeHeading.zh)]: 'change', 比上年增减: 'change' },
  performance: { [norm(T.overallGoal.zh)]: 'overallGoal', [norm(T.dutyGoals.zh)]: 'dutyGoals', [norm(T.performanceTable.zh)]: 'activities' },
  assets: { [norm(T.assetsOverall.zh)]: 'total', [norm(T.assetsDetail.zh)]: 'items' },
};

/** The numbering of a heading: 一、 1、 1. （一） (一) 第一部分 …, for headings only (names keep theirs: the check flags them). */
const HEADING_NUMBER = /^\s*(?:第[一二三四五六七八九十]+部分[、，\s]*|[（(][一二三四五六七八九十\d]+[)）]\s*|[一二三四五六七八九十]+\s*[、.．]\s*|\d+\s*[、.．]\s*)/;

function sectionOf(text: string): SectionKey | undefined {
  if (text.length > 40) return undefined;
  const bare = norm(text.replace(HEADING_NUMBER, ''));
  return SECTION_KEYS.find((k) => HEADINGS[k].some((h) => norm(h) === bare));
}

const THREE_LABELS: readonly { key: ThreeKey; test: RegExp }[] = [
  { key: 'total', test: /^(合计|总计|小计合计)$/ },
  { key: 'vehicle', test: /购置及运行|购置和运行|车辆费用?$|^公务用车费?$/ },
  { key: 'overseas', test: /出国|出境/ },
  { key: 'vehiclePurchase', test: /购置/ },
  { key: 'vehicleOperation', test: /运行|维护/ },
  { key: 'reception', test: /接待/ },
];
const threeKey = (label: string): ThreeKey | undefined => THREE_LABELS.find((l) => l.test.test(norm(label)))?.key;
const STANDARD_LABEL: Record<ThreeKey, string> = { ...Object.fromEntries(Object.entries(T.threePublicRows).map(([k, v]) => [k, v.zh])), vehicle: '公务用车购置及运行费' } as Record<ThreeKey, string>;

const AMBIGUOUS = L('有歧义，未读取', 'ambiguous, not read');

/** Columns of a table, each by its header text (the header rows' texts of that column joined by `/`). */
type Header = readonly string[];

/** Reads a source's pieces into the document and the report. */
export class DocumentMapper {
  readonly root = new Mapping();
  private unit: Unit | undefined;
  /** Where the pieces go: a section, the front matter before the first one, or the annex of standard tables. */
  private section: SectionKey | 'front' | 'annex' = 'front';
  /** Rows that name a class without its code, with the name to look the code up by. */
  private readonly uncoded: { row: Mapping; name: SourceCell }[] = [];
  private sub = '';
  private readonly pending: TextPiece[] = [];
  private lastTitle: TextPiece | undefined;
  private tableUnit: { unit: Unit; where: Where } | undefined;
  private region: string | undefined;
  private year: string | undefined;
  private department: string | undefined;

  constructor(private readonly report: ImportReport) {}

  map(pieces: readonly Piece[]): Mapping {
    for (const p of pieces) {
      if (p.kind === 'table') this.table(p);
      else this.text(p);
    }
    return this.finish();
  }

  // ---- bookkeeping -------------------------------------------------------

  private section$(key: SectionKey): Mapping {
    return this.root.child(key);
  }

  private read(path: string, p: { text: string; where: Where }): void {
    this.report.read.push({ path, text: p.text, where: p.where });
  }

  /** Where a comment goes: the current section's mapping; the document's head for the front matter and the list sections. */
  private host(): Mapping {
    if (this.section === 'annex') return this.root.child('tables');
    return this.section === 'front' || this.section === 'glossary' || this.section === 'notes' ? this.root : this.section$(this.section);
  }

  private keep(p: { text: string; where: Where }, into?: { mapping: Mapping; key: string; path: string }): void {
    if (into && into.mapping.get(into.key) === undefined) {
      into.mapping.set(into.key, p.text);
      this.report.kept.push({ path: into.path, text: p.text, where: p.where });
      return;
    }
    this.host().comments.push(p.text);
    this.report.kept.push({ path: '#', text: p.text, where: p.where });
  }

  private ambiguous(p: { text: string; where: Where }, message: Localized): void {
    this.report.ambiguous.push({ text: p.text, where: p.where, message });
    this.host().comments.push(`${AMBIGUOUS.zh}：${p.text}`);
  }

  /** Sets a figure read from a sentence; one already read (from a table) that differs is reported, not replaced. */
  private setFigure(m: Mapping, key: string, value: Node, path: string, p: { text: string; where: Where }, reads: FigureRead[]): void {
    const had = m.get(key);
    const shown = (v: Node | undefined) => (v instanceof Num ? v.text : typeof v === 'string' ? v : '');
    if (had !== undefined && shown(had) !== shown(value)) {
      const a = shown(had);
      const b = shown(value);
      if (Number(a.replace('%', '')) !== Number(b.replace('%', ''))) {
        this.report.ambiguous.push({ text: p.text, where: p.where, message: { zh: `${path} 在表中为 ${a}，句中为 ${b}：保留表中的数`, en: `${path} is ${a} in the table and ${b} in the sentence: the table's is kept` } });
      }
      return;
    }
    m.set(key, value);
    if (!reads.some((r) => r.path === path)) reads.push({ path, value: shown(value) });
  }

  /** The unit of a figure in a sentence: the document's when it is the first; another one is not converted. */
  private sameUnit(u: string, p: { text: string; where: Where }): boolean {
    if (this.unit === undefined) this.unit = u as Unit;
    if (u === this.unit) return true;
    this.ambiguous(p, { zh: `金额单位为${u}，与文件的${this.unit}不同：未换算`, en: `amount in ${u}, not the document's ${this.unit}: not converted` });
    return false;
  }

  private figures(p: TextPiece, reads: FigureRead[]): void {
    if (reads.length > 0) this.report.figures.push({ text: p.text, where: p.where, figures: reads });
  }

  // ---- text --------------------------------------------------------------

  private text(p: TextPiece): void {
    const key = sectionOf(p.text);
    if (key) {
      this.section = key;
      this.sub = '';
      if (key !== 'glossary' && key !== 'notes') this.section$(key);
      this.report.sections.push({ path: key, text: p.text, where: p.where });
      return;
    }
    // `附件：某局2024年部门预算公开表`: the standard tables follow.
    if (/^附件[：:].*(?:部门预算公开表|预算表)$/.test(p.text) || (p.text.length <= 40 && /^(?:部门预算公开表|部门预算表)$/.test(norm(p.text)))) {
      this.section = 'annex';
      this.sub = '';
      this.report.sections.push({ path: 'tables', text: p.text, where: p.where });
      return;
    }
    const unit = /^(?:金额)?单位[：:]\s*(亿元|千元|万元|元)$/.exec(p.text);
    if (unit) {
      this.tableUnit = { unit: unit[1] as Unit, where: p.where };
      if (this.unit === undefined) this.unit = unit[1] as Unit;
      this.read('unit', p);
      return;
    }
    const sub = SUBHEADINGS[this.section as SectionKey]?.[norm(p.text.replace(HEADING_NUMBER, ''))];
    if (sub !== undefined && p.text.length <= 30) {
      this.sub = sub;
      this.read(`${this.section}.${sub}`, p);
      return;
    }
    // A table's title: a short line ending in 表 (or 情况表), said over the table that follows.
    if (p.text.length <= 60 && /表$/.test(p.text) && !/。/.test(p.text)) {
      this.lastTitle = p;
      return;
    }
    switch (this.section) {
      case 'front': return this.front(p);
      case 'annex': return this.keep(p);
      case 'organization': return this.organization(p);
      case 'overview': return this.overview(p);
      case 'operatingExpenses': return this.operating(p);
      case 'threePublicExpenses': return this.threePublicText(p);
      case 'performance': return this.performanceText(p);
      case 'procurement': return this.procurementText(p);
      case 'assets': return this.assetsText(p);
      case 'glossary': return this.glossary(p);
      case 'notes':
        this.root.list('notes').push(p.text);
        return;
    }
  }

  private front(p: TextPiece): void {
    const title = /^(.*?)(\d{4})\s*年(?:度)?(.*?)部门预算(?:信息)?(?:公开)?(?:说明|情况说明)?$/.exec(p.text.replace(/\n/g, ''));
    if (title && this.year === undefined) {
      this.year = title[2]!;
      const before = title[1]!.trim() || (this.pending.length === 1 ? this.pending[0]!.text : '');
      if (before) {
        this.region = before;
        if (!title[1]!.trim()) this.read('region', this.pending.shift()!);
      }
      this.read('year', p);
      const standard = `${this.region ?? ''}${this.year}年部门预算信息公开说明`;
      if (p.text.replace(/\n/g, '') !== standard && `${this.region ?? ''}${p.text}` !== standard) this.root.set('title', `${title[1]!.trim() ? '' : this.region ?? ''}${p.text}`);
      return;
    }
    if (this.year === undefined && p.text.length <= 30 && !/[。，]/.test(p.text)) {
      this.pending.push(p);
      return;
    }
    if (this.root.get('preface') === undefined) {
      this.root.set('preface', p.text);
      return;
    }
    this.keep(p);
  }

  private organization(p: TextPiece): void {
    const org = this.section$('organization');
    const duties = /^(?:其|本部门|部门)?主要职责(?:是|为|包括|如下)?[：:](.+)$/.exec(p.text);
    if (duties) {
      const list = org.list('duties');
      for (const d of duties[1]!.split(/[；;]/)) if (d.trim()) list.push(d.trim());
      this.read('organization.duties', p);
      return;
    }
    if (org.get('composition') === undefined && /构成|组成/.test(p.text)) {
      org.set('composition', p.text);
      const by = /由(.+?)(?:一个|\d+个)?(?:部门|单位)(?:本级)?(?:构成|组成)/.exec(p.text);
      if (by && this.department === undefined && /部门/.test(p.text.slice(by.index))) this.department = by[1]!;
      return;
    }
    this.keep(p, { mapping: org, key: 'composition', path: 'organization.composition' });
  }

  private overview(p: TextPiece): void {
    const ov = this.section$('overview');
    const sentences = p.text.match(/[^。]+。?/g) ?? [p.text];
    const rest: string[] = [];
    const reads: FigureRead[] = [];
    for (const s of sentences) {
      if (!this.overviewSentence(s, ov, p, reads)) rest.push(s);
    }
    this.figures(p, reads);
    if (rest.length === 0) return;
    const text = rest.join('');
    if (this.sub === '' && ov.get('preface') === undefined && reads.length === 0) {
      ov.set('preface', text);
      return;
    }
    if (this.sub === 'change' || ov.get('change') instanceof Mapping) {
      const change = ov.child('change');
      if (change.get('reasons') === undefined) {
        change.set('reasons', text);
        if (reads.length > 0) this.report.kept.push({ path: 'overview.change.reasons', text, where: p.where });
        return;
      }
    }
    this.keep({ text, where: p.where });
  }

  /** Whether a sentence of the overview is one of its standard sentences, its figures read. */
  private overviewSentence(s: string, ov: Mapping, p: TextPiece, reads: FigureRead[]): boolean {
    const clauses = s.replace(/。$/, '').split(/[，,；;]|其中[：:]/).map((c) => c.trim()).filter(Boolean);
    const head = clauses[0] ?? '';
    const incomeHead = new RegExp(`收入(?:总计|合计|预算)?(?:为|共计?)?${N}\\s*${U}$`).exec(head);
    if (incomeHead && !/支出|收支/.test(head)) {
      if (!this.sameUnit(incomeHead[2]!, p)) return true;
      const income = ov.child('income');
      this.setFigure(income, 'total', num(incomeHead[1]!), 'overview.income.total', p, reads);
      const items = income.list('items');
      clauses.slice(1).forEach((c) => {
        const m = new RegExp(`^(.+?)${N}\\s*${U}$`).exec(c);
        if (!m || !this.sameUnit(m[3]!, p)) return;
        const item = new Mapping(true);
        item.set('name', m[1]!);
        item.set('amount', num(m[2]!));
        items.push(item);
        reads.push({ path: `overview.income.items[${items.length - 1}]`, value: `${m[1]} ${m[2]}` });
      });
      return true;
    }
    const spendHead = new RegExp(`^(?:\\d{4}年)?(?:部门)?支出(?:总计|合计|预算)?(?:为|共计?)?${N}\\s*${U}$`).exec(head);
    if (spendHead) {
      if (!this.sameUnit(spendHead[2]!, p)) return true;
      const exp = ov.child('expenditure');
      this.setFigure(exp, 'total', num(spendHead[1]!), 'overview.expenditure.total', p, reads);
      let part: 'basic' | 'project' | undefined;
      for (const c of clauses.slice(1)) {
        const m = new RegExp(`^(基本支出|项目支出)(?:为)?${N}\\s*${U}$`).exec(c);
        if (m) {
          part = m[1] === '基本支出' ? 'basic' : 'project';
          if (this.sameUnit(m[3]!, p)) this.setFigure(exp, part, num(m[2]!), `overview.expenditure.${part}`, p, reads);
          continue;
        }
        const share = new RegExp(`^占.*?${RATE}$`).exec(c);
        if (share && part) {
          ov.child('share', true);
          this.setFigure(ov.child('share', true), part, `${share[1]}%`, `overview.share.${part}`, p, reads);
          continue;
        }
        this.ambiguous({ text: c, where: p.where }, { zh: '支出句中无法读取的部分', en: 'a part of the expenditure sentence not read' });
      }
      return true;
    }
    const changeAt = clauses.findIndex((c) => new RegExp(`^(?:较|比)(?:\\d{4}年|上年)(?:预算)?(?:增加|减少)${N}\\s*${U}$|^与(?:\\d{4}年|上年)(?:预算)?持平$`).test(c));
    if (changeAt >= 0 && changeAt <= 1) {
      const change = ov.child('change');
      if (changeAt === 1) {
        const total = new RegExp(`${N}\\s*${U}$`).exec(clauses[0]!);
        const stated = ov.child('expenditure').get('total');
        if (total && stated instanceof Num && Number(stated.text) !== Number(total[1]!.replace(/,/g, ''))) {
          this.report.ambiguous.push({ text: s, where: p.where, message: { zh: `收支安排 ${total[1]} 与支出总计 ${stated.text} 不同`, en: `the budget arranged, ${total[1]}, differs from total expenditure ${stated.text}` } });
        }
      }
      const signed = (c: string, key: string, path: string) => {
        const m = new RegExp(`(增加|减少)${N}\\s*${U}$`).exec(c);
        if (m) {
          if (this.sameUnit(m[3]!, p)) this.setFigure(change, key, num(`${m[1] === '减少' ? '-' : ''}${m[2]}`), path, p, reads);
          return true;
        }
        if (/持平$/.test(c)) {
          this.setFigure(change, key, new Num('0'), path, p, reads);
          return true;
        }
        const r = new RegExp(`(增长|下降)${RATE}$`).exec(c);
        if (r) {
          this.setFigure(ov.child('changeRate', true), key, rate(r[2]!, r[1] === '下降'), `overview.changeRate.${key}`, p, reads);
          return true;
        }
        return false;
      };
      signed(clauses[changeAt]!, 'total', 'overview.change.total');
      for (const c of clauses.slice(changeAt + 1)) {
        const part = /^基本支出/.test(c) ? 'basic' : /^项目支出/.test(c) ? 'project' : /^(?:同比)?(?:增长|下降)/.test(c) ? 'total' : undefined;
        if (!part || !signed(c.replace(/^(基本支出|项目支出)/, ''), part, `overview.change.${part}`)) {
          this.ambiguous({ text: c, where: p.where }, { zh: '增减句中无法读取的部分', en: 'a part of the change sentence not read' });
        }
      }
      return true;
    }
    return false;
  }

  private operating(p: TextPiece): void {
    const op = this.section$('operatingExpenses');
    const reads: FigureRead[] = [];
    const rest: string[] = [];
    for (const s of p.text.match(/[^。]+。?/g) ?? [p.text]) {
      const amount = new RegExp(`(?:机关运行经费|公用经费)(?:支出|安排|预算)*(?:为|共计?)?${N}\\s*${U}`).exec(s);
      if (amount && op.get('amount') === undefined) {
        if (this.department === undefined) {
          const dept = /^\d{4}年[，,]?(.+?)机关运行经费/.exec(s);
          if (dept) this.department = dept[1]!;
        }
        if (this.sameUnit(amount[2]!, p)) this.setFigure(op, 'amount', num(amount[1]!), 'operatingExpenses.amount', p, reads);
        const tail = s.slice(amount.index + amount[0].length).replace(/^[，,]/, '');
        for (const c of tail.replace(/。$/, '').split(/[，,]/).filter(Boolean)) this.lineChange(op, 'operatingExpenses', c, { text: s, where: p.where }, reads);
        continue;
      }
      const covers = /^主要(?:包括|用于)[：:]?(.+?)等?。?$/.exec(s);
      if (covers) {
        op.set('covers', covers[1]!.split(/、|以及|和|及/).map((c) => c.trim()).filter(Boolean));
        this.read('operatingExpenses.covers', { text: s, where: p.where });
        continue;
      }
      rest.push(s);
    }
    this.figures(p, reads);
    if (rest.length) this.keep({ text: rest.join(''), where: p.where });
  }

  /** `较上年增加5万元`, `同比下降4%`, `与上年持平`: a line's change and rate; anything else is ambiguous. */
  private lineChange(m: Mapping, path: string, clause: string, p: { text: string; where: Where }, reads: FigureRead[]): void {
    const c = clause.trim();
    const change = new RegExp(`^(?:较|比)(?:\\d{4}年|上年)(?:预算)?(增加|减少)${N}\\s*${U}$`).exec(c);
    if (change) {
      if (this.sameUnit(change[3]!, p)) this.setFigure(m, 'change', num(`${change[1] === '减少' ? '-' : ''}${change[2]}`), `${path}.change`, p, reads);
      return;
    }
    const r = new RegExp(`^(?:同比|比上年)?(增长|下降)${RATE}$`).exec(c);
    if (r) {
      this.setFigure(m, 'changeRate', rate(r[2]!, r[1] === '下降'), `${path}.changeRate`, p, reads);
      return;
    }
    if (/^(?:与|和)(?:\d{4}年|上年)(?:预算)?持平$|^无增减变化$/.test(c)) {
      this.setFigure(m, 'change', new Num('0'), `${path}.change`, p, reads);
      return;
    }
    const share = new RegExp(`^占.*?${RATE}$`).exec(c);
    if (share) {
      this.setFigure(m, 'share', `${share[1]}%`, `${path}.share`, p, reads);
      return;
    }
    this.ambiguous({ text: c, where: p.where }, { zh: '无法读取的分句', en: 'a clause not read' });
  }

  private threePublicText(p: TextPiece): void {
    const tp = this.section$('threePublicExpenses');
    const reads: FigureRead[] = [];
    const total = new RegExp(`^(?:(\\d{4})年[，,]?)?(.*?)安排[“"]?三公[”"]?经费[”"]?(?:预算)?(?:为|共计?)?${N}\\s*${U}(.*)$`).exec(p.text);
    if (total) {
      if (this.department === undefined && total[2]) this.department = total[2];
      const t = tp.child('total');
      if (this.sameUnit(total[4]!, p)) this.setFigure(t, 'amount', num(total[3]!), 'threePublicExpenses.total.amount', p, reads);
      let rest = total[5]!.replace(/。$/, '');
      const prev = new RegExp(`^[，,]?(?:较|比)(?:\\d{4}年)?[“"]?三公[”"]?经费[”"]?(?:预算)?${N}\\s*${U}`).exec(rest);
      if (prev) {
        if (this.sameUnit(prev[2]!, p)) this.setFigure(t, 'previous', num(prev[1]!), 'threePublicExpenses.total.previous', p, reads);
        rest = rest.slice(prev[0].length);
        // `…240万元下降4%`: the rate straight after last year's figure.
        const r = new RegExp(`^(增加|减少)${N}\\s*${U}`).exec(rest);
        if (r) {
          if (this.sameUnit(r[3]!, p)) this.setFigure(t, 'change', num(`${r[1] === '减少' ? '-' : ''}${r[2]}`), 'threePublicExpenses.total.change', p, reads);
          rest = rest.slice(r[0].length);
        }
        const rr = new RegExp(`^[，,]?(增长|下降)${RATE}`).exec(rest);
        if (rr) {
          this.setFigure(t, 'changeRate', rate(rr[2]!, rr[1] === '下降'), 'threePublicExpenses.total.changeRate', p, reads);
          rest = rest.slice(rr[0].length);
        }
      }
      for (const c of rest.split(/[，,]/).filter((x) => x.trim())) this.lineChange(t, 'threePublicExpenses.total', c, p, reads);
      this.figures(p, reads);
      return;
    }
    const clauses = p.text.replace(/。$/, '').split(/[；;]/);
    const rows = clauses.map((c) => new RegExp(`^(.+?)(?:\\d{4}年)?(?:预算)?(?:安排|为)${N}\\s*${U}(.*)$`).exec(c.trim()) ?? /^(.+?)(?:\d{4}年)?未安排(?:预算)?$/.exec(c.trim()));
    if (rows.length > 0 && rows.every((m) => m && threeKey(m[1]!.replace(/\d{4}年$/, '')))) {
      rows.forEach((m, i) => {
        const label = m![1]!.replace(/\d{4}年$/, '');
        const key = threeKey(label)!;
        const row = tp.child(key);
        const path = `threePublicExpenses.${key}`;
        if (m![2] === undefined) {
          this.setFigure(row, 'amount', new Num('0'), `${path}.amount`, { text: clauses[i]!, where: p.where }, reads);
          return;
        }
        if (this.sameUnit(m![3]!, p)) this.setFigure(row, 'amount', num(m![2]!), `${path}.amount`, p, reads);
        for (const c of m![4]!.split(/[，,]/).filter((x) => x.trim())) this.lineChange(row, path, c, p, reads);
      });
      this.figures(p, reads);
      return;
    }
    this.keep(p, { mapping: tp, key: 'explanation', path: 'threePublicExpenses.explanation' });
  }

  private performanceText(p: TextPiece): void {
    const perf = this.section$('performance');
    if (this.sub === 'overallGoal' && perf.get('overallGoal') === undefined) {
      perf.set('overallGoal', p.text);
      return;
    }
    if (this.sub === 'dutyGoals') {
      const m = /^([^。，,；;]{1,30})[。.]\s*(.+)$/.exec(p.text);
      if (m) {
        const g = new Mapping();
        g.set('duty', m[1]!);
        g.set('goal', m[2]!);
        perf.list('dutyGoals').push(g);
        this.read('performance.dutyGoals', p);
        return;
      }
    }
    this.keep(p, this.sub === '' ? { mapping: perf, key: 'overallGoal', path: 'performance.overallGoal' } : undefined);
  }

  private procurementText(p: TextPiece): void {
    const pr = this.section$('procurement');
    const reads: FigureRead[] = [];
    const m = new RegExp(`政府采购(?:预算)?(?:安排|总额|合计)*(?:为|共计?)?${N}\\s*${U}`).exec(p.text);
    if (m) {
      if (this.sameUnit(m[2]!, p)) this.setFigure(pr, 'total', num(m[1]!), 'procurement.total', p, reads);
      this.figures(p, reads);
      return;
    }
    this.keep(p);
  }

  private assetsText(p: TextPiece): void {
    const as = this.section$('assets');
    const reads: FigureRead[] = [];
    const total = new RegExp(`^截[止至](\\d{4})年(\\d{1,2})月(\\d{1,2})日.*?(?:资产)?(?:合计|总计|总额)(?:为)?${N}\\s*${U}。?$`).exec(p.text);
    if (total) {
      as.set('asOf', `${total[1]}-${total[2]!.padStart(2, '0')}-${total[3]!.padStart(2, '0')}`);
      reads.push({ path: 'assets.asOf', value: as.get('asOf') as string });
      if (this.sameUnit(total[5]!, p)) this.setFigure(as, 'total', num(total[4]!), 'assets.total', p, reads);
      this.figures(p, reads);
      return;
    }
    const clauses = p.text.replace(/。$/, '').split(/[，,；;、]/);
    const items = clauses.map((c) => new RegExp(`^(.+?)${N}\\s*${U}$`).exec(c.trim()));
    if (items.length > 0 && items.every(Boolean)) {
      const list = as.list('items');
      for (const m of items) {
        if (!this.sameUnit(m![3]!, p)) continue;
        const item = new Mapping(true);
        item.set('name', m![1]!);
        item.set('amount', num(m![2]!));
        list.push(item);
        reads.push({ path: `assets.items[${list.length - 1}]`, value: `${m![1]} ${m![2]}` });
      }
      this.figures(p, reads);
      return;
    }
    this.keep(p);
  }

  private glossary(p: TextPiece): void {
    const m = /^(\d+\s*[、.．]\s*|[（(]\d+[)）]\s*)?([^：:]{1,40})[：:]\s*(.+)$/.exec(p.text);
    if (!m) return this.keep(p);
    const entry = new Mapping();
    entry.set('term', m[2]!.trim());
    entry.set('definition', m[3]!.trim());
    this.root.list('glossary').push(entry);
    this.read(`glossary[${this.root.list('glossary').length - 1}]`, p);
  }

  // ---- tables ------------------------------------------------------------

  /** Each column's header: the texts of the header rows in that column, a merged or missing cell taking its left neighbour's. */
  private header(rows: readonly TableRow[], count: number, width: number): Header {
    const cols: string[][] = Array.from({ length: width }, () => []);
    for (const row of rows.slice(0, count)) {
      let last = '';
      for (let c = 0; c < width; c++) {
        const cell = row.cells[c];
        // A header row shorter than the table (text saved without its merges): its last cell spans the rest.
        const text = cell ? cell.text : last;
        if (cell && cell.text) last = cell.text;
        if (text && cols[c]![cols[c]!.length - 1] !== text) cols[c]!.push(text);
      }
    }
    return cols.map((c) => c.join('/'));
  }

  private table(p: TablePiece): void {
    const title = this.lastTitle;
    this.lastTitle = undefined;
    const width = Math.max(...p.rows.map((r) => r.cells.length));
    const first = p.rows[0]!.cells.map((c) => norm(c.text));
    const has = (re: RegExp) => first.some((t) => re.test(t));
    const standard = standardKeyOf(title?.text);
    if (standard) return this.standardTable(standard, p, title!);
    if (has(/^单位名称$/) && has(/单位性质|经费保障/)) return this.orgTable(p, title);
    if (has(/^职责活动$|^项目名称$/) && has(/预算/) && has(/绩效/)) return this.activityTable(p, title, width);
    if (has(/采购项目|采购品目/) && has(/金额/)) return this.procurementTable(p, title);
    if (has(/^资产类别$|^资产$/) && has(/金额/)) return this.assetsTable(p, title);
    if (p.rows.some((r) => r.cells[0] && threeKey(r.cells[0].text) && threeKey(r.cells[0].text) !== 'total') && has(/^项目$|^合计$/)) return this.threePublicTable(p, title, width);
    for (const row of p.rows) this.keep({ text: row.cells.map((c) => c.text).join(' | '), where: row.where });
  }

  private tableRead(path: string, p: TablePiece, headerRows: number, title: TextPiece | undefined): void {
    const header = p.rows.slice(0, headerRows).map((r) => r.cells.filter((c) => !c.covered).map((c) => c.text).join(' | ')).join(' / ');
    this.report.tables.push({ path, ...(title ? { title: title.text } : {}), header, rows: p.rows.length - headerRows, where: p.where });
  }

  /** How many leading rows are header rows: those before the first row whose first cell is data (`isData`). */
  private headerCount(p: TablePiece, isData: (row: TableRow) => boolean): number {
    const n = p.rows.findIndex(isData);
    return n < 0 ? p.rows.length : Math.max(1, n);
  }

  private orgTable(p: TablePiece, title: TextPiece | undefined): void {
    const org = this.section$('organization');
    const header = this.header(p.rows, 1, p.rows[0]!.cells.length);
    const keys = header.map((h) => (/单位名称/.test(h) ? 'name' : /性质/.test(h) ? 'nature' : /规格|级别/.test(h) ? 'level' : /经费|保障/.test(h) ? 'funding' : undefined));
    const units = org.list('units');
    for (const row of p.rows.slice(1)) {
      const u = new Mapping();
      row.cells.forEach((c, i) => {
        const k = keys[i];
        if (c.text && k) u.set(k, c.text);
        else if (c.text) this.keep(c);
      });
      units.push(u);
    }
    this.tableRead('organization.units', p, 1, title);
  }

  private activityTable(p: TablePiece, title: TextPiece | undefined, width: number): void {
    const perf = this.section$('performance');
    const count = this.headerCount(p, (r) => {
      const budget = r.cells[1];
      return !!budget && !budget.covered && new RegExp(`^${N}$`).test(budget.text);
    });
    const header = this.header(p.rows, count, width);
    type Col = 'name' | 'budget' | 'content' | 'goal' | 'indicator' | GradeKey;
    const grade: Record<string, GradeKey> = { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor' };
    const cols: (Col | undefined)[] = header.map((h) => {
      const last = h.split('/').pop()!;
      if (grade[last]) return grade[last];
      if (/职责活动|项目名称/.test(h)) return 'name';
      if (/预算/.test(h)) return 'budget';
      if (/内容/.test(h)) return 'content';
      if (/指标/.test(h)) return 'indicator';
      if (/目标/.test(h)) return 'goal';
      return undefined;
    });
    const activities = perf.list('activities');
    const tops: Mapping[] = [];
    let current: Mapping | undefined;
    let depth1: Mapping | undefined;
    let path = '';
    let depth1Path = '';
    for (const row of p.rows.slice(count)) {
      const cell = (k: Col): SourceCell | undefined => {
        const i = cols.indexOf(k);
        const c = i < 0 ? undefined : row.cells[i];
        return c && !c.covered && c.text ? c : undefined;
      };
      const name = cell('name');
      const own = [cell('budget'), cell('content'), cell('goal')];
      if (name) {
        const a = new Mapping();
        let text = name.text;
        const child = /^\d+\s*[、.．]\s*(?=\S)/.exec(text);
        const grand = /^[（(]\d+[)）]\s*(?=\S)/.exec(text);
        const numbered = (child && tops.length > 0) || (grand && depth1);
        if (numbered) text = text.slice((child ?? grand)![0].length);
        a.set('name', text);
        if (grand && depth1) {
          depth1.list('children').push(a);
          path = `${depth1Path}.children[${depth1.list('children').length - 1}]`;
        } else if (child && tops.length > 0) {
          const top = tops[tops.length - 1]!;
          top.list('children').push(a);
          depth1 = a;
          path = `performance.activities[${tops.length - 1}].children[${top.list('children').length - 1}]`;
          depth1Path = path;
        } else {
          activities.push(a);
          tops.push(a);
          depth1 = undefined;
          path = `performance.activities[${tops.length - 1}]`;
        }
        if (numbered) this.report.numbering.push({ path: `${path}.name`, text: name.text, where: name.where });
        current = a;
        const budget = own[0];
        if (budget) {
          if (new RegExp(`^${N}$`).test(budget.text)) a.set('budget', num(budget.text));
          else this.ambiguous(budget, { zh: `${path}.budget 不是数字`, en: `${path}.budget is not a number` });
        }
        if (own[1]) a.set('content', own[1].text);
        if (own[2]) a.set('goal', own[2].text);
      } else if (own.some(Boolean)) {
        for (const c of own) if (c) this.ambiguous(c, { zh: '表中一行没有职责活动名称', en: 'a row of the table without an activity name' });
      }
      const indicator = new Mapping();
      const ind = cell('indicator');
      if (ind) indicator.set('name', ind.text);
      const grades = new Mapping(true);
      for (const g of GRADE_KEYS) {
        const c = cell(g);
        if (c) grades.set(g, c.text);
      }
      if (grades.entries.size > 0) indicator.set('grades', grades);
      if (indicator.entries.size > 0) {
        if (current) current.list('indicators').push(indicator);
        else for (const c of [ind, ...GRADE_KEYS.map(cell)]) if (c) this.ambiguous(c, { zh: '指标之前没有职责活动', en: 'an indicator before any activity' });
      }
      row.cells.forEach((c, i) => {
        if (c.text && !c.covered && cols[i] === undefined) this.keep(c);
      });
      if (row.cells.length > width) for (const c of row.cells.slice(width)) if (c.text) this.keep(c);
    }
    this.tableRead('performance.activities', p, count, title);
  }

  private threePublicTable(p: TablePiece, title: TextPiece | undefined, width: number): void {
    const tp = this.section$('threePublicExpenses');
    this.unitOfTable();
    const count = this.headerCount(p, (r) => !!r.cells[0] && !r.cells[0].covered && threeKey(r.cells[0].text) !== undefined);
    const header = this.header(p.rows, count, width);
    type Col = { key: 'label' | 'amount' | 'previous' | 'change' | 'changeRate' | 'share'; negate?: boolean } | { key: 'sources'; source: 'general' | 'fund' | 'specialAccount' };
    const cols: (Col | undefined)[] = header.map((h, i): Col | undefined => {
      const last = h.split('/').pop()!;
      if (i === 0) return { key: 'label' };
      if (/一般/.test(last)) return { key: 'sources', source: 'general' };
      if (/基金/.test(last)) return { key: 'sources', source: 'fund' };
      if (/专户/.test(last)) return { key: 'sources', source: 'specialAccount' };
      if (/占比|比重/.test(h)) return { key: 'share' };
      if (/率|同比|幅/.test(h) || /下降|增长/.test(h)) return { key: 'changeRate', negate: /下降|减少/.test(h) };
      if (/增减|增加|减少/.test(h)) return { key: 'change', negate: /减少/.test(h) };
      if (/上年/.test(h)) return { key: 'previous' };
      if (/合计|本年|预算/.test(h)) return { key: 'amount' };
      return undefined;
    });
    for (const row of p.rows.slice(count)) {
      const label = row.cells[0];
      const key = label ? threeKey(label.text) : undefined;
      if (!label || !key) {
        for (const c of row.cells) if (c.text && !c.covered) this.keep(c);
        continue;
      }
      const r = tp.child(key);
      if (key !== 'total' && label.text !== STANDARD_LABEL[key]) r.set('label', label.text);
      else this.read(`threePublicExpenses.${key}`, label);
      row.cells.forEach((c, i) => {
        const col = cols[i];
        if (i === 0 || !c.text || c.covered) return;
        if (!col) return this.keep(c);
        if (col.key === 'sources') {
          if (new RegExp(`^${N}$`).test(c.text)) r.child('sources', true).set(col.source, num(c.text));
          else this.ambiguous(c, { zh: '资金来源不是数字', en: 'a source of funds that is not a number' });
          return;
        }
        if (col.key === 'share') {
          if (new RegExp(`^${RATE}$`).test(c.text)) r.set('share', c.text.replace('％', '%'));
          else this.ambiguous(c, { zh: '占比不是百分数', en: 'a share that is not a percentage' });
          return;
        }
        if (col.key === 'changeRate') {
          const m = new RegExp(`^([+-]?)${RATE}$`).exec(c.text);
          if (m) r.set('changeRate', rate(m[2]!, col.negate ? m[1] !== '-' : m[1] === '-'));
          else this.ambiguous(c, { zh: '增减率不是百分数', en: 'a change rate that is not a percentage' });
          return;
        }
        if (new RegExp(`^${N}$`).test(c.text)) r.set(col.key, num(col.negate && col.key === 'change' ? `-${c.text}` : c.text));
        else this.ambiguous(c, { zh: '不是数字', en: 'not a number' });
      });
    }
    this.tableRead('threePublicExpenses', p, count, title);
  }

  /** The context the readers of the standard tables work in. */
  private context(key: StandardKey): TableContext {
    return {
      header: (p, count) => this.header(p.rows, count, Math.max(...p.rows.map((r) => r.cells.length))),
      keep: (c) => this.keep(c),
      read: (path, c) => this.read(`tables.${key}.${path}`, c),
      ambiguous: (c, message) => this.ambiguous(c, message),
      codeByName: (row, name) => this.uncoded.push({ row, name }),
    };
  }

  /** 表一 … 表九 by their titles, under `tables`, in the unit of the 单位 line over them. */
  private standardTable(key: StandardKey, p: TablePiece, title: TextPiece): void {
    const tables = this.root.child('tables');
    const u = this.tableUnit;
    this.tableUnit = undefined;
    // 表七 is in the document's unit, as section 四 is.
    if (u && key !== 'threePublic') {
      const had = tables.get('unit');
      if (had === undefined) tables.set('unit', u.unit);
      else if (had !== u.unit) this.report.ambiguous.push({ text: `单位：${u.unit}`, where: u.where, message: { zh: `表格单位${u.unit}与前面表格的${String(had)}不同：未换算`, en: `the table is in ${u.unit}, the tables before it in ${String(had)}: not converted` } });
    }
    if (key === 'threePublic') {
      // 表七 restates section 四's figures: read as structure, its cells in the report.
      for (const row of p.rows) this.read('threePublicExpenses', { text: row.cells.filter((c) => c.text && !c.covered).map((c) => c.text).join(' | '), where: row.where });
      this.report.tables.push({ path: 'threePublicExpenses', title: title.text, header: '', rows: p.rows.length, where: p.where });
      return;
    }
    const ctx = this.context(key);
    const { table, headerRows } = key === 'summary' || key === 'appropriation' ? readTwoSidedTable(key, p, ctx) : key === 'income' ? readIncomeTable(p, ctx) : readCodedTable(p, ctx);
    if (tables.get(key) !== undefined) {
      for (const row of p.rows) this.keep({ text: row.cells.map((c) => c.text).join(' | '), where: row.where });
      this.report.ambiguous.push({ text: title.text, where: title.where, message: { zh: `第二张${title.text}：未读取，保留为注释`, en: `a second ${title.text}: not read, kept as comments` } });
      return;
    }
    tables.set(key, table);
    this.tableRead(`tables.${key}`, p, headerRows, title);
  }

  /** A class named without its code (表一, 表四): the code of the 类 row of that name in the document's other tables, when they agree on one. */
  private resolveCodes(): void {
    const tables = this.root.get('tables');
    const known = new Map<string, Set<string>>();
    if (tables instanceof Mapping) {
      for (const [, t] of tables.entries) {
        const rows = t instanceof Mapping ? t.get('rows') : undefined;
        if (!Array.isArray(rows)) continue;
        for (const r of rows) {
          const code = r instanceof Mapping ? r.get('code') : undefined;
          const name = r instanceof Mapping ? r.get('name') : undefined;
          if (code instanceof Num && typeof name === 'string' && code.text.length === 3) known.set(name, new Set([...(known.get(name) ?? []), code.text]));
        }
      }
    }
    for (const { row, name } of this.uncoded) {
      const codes = known.get(name.text);
      if (codes?.size === 1) {
        const entries = [...row.entries];
        row.entries.clear();
        row.set('code', new Num([...codes][0]!));
        for (const [k, v] of entries) row.set(k, v);
        this.read('tables', { text: name.text, where: name.where });
      } else {
        this.report.ambiguous.push({ text: name.text, where: name.where, message: codes ? { zh: `“${name.text}”在其他表中的编码不一：未写编码`, en: `“${name.text}” has different codes in the other tables: no code written` } : { zh: `“${name.text}”的科目编码在其他表中找不到：未写编码`, en: `no other table gives the code of “${name.text}”: no code written` } });
      }
    }
  }

  /** The 单位 line over a table: a table in another unit than the document's text is reported (it is not converted). */
  private unitOfTable(): void {
    const u = this.tableUnit;
    this.tableUnit = undefined;
    if (u && this.unit !== undefined && u.unit !== this.unit) {
      this.report.ambiguous.push({ text: `单位：${u.unit}`, where: u.where, message: { zh: `表格单位${u.unit}与文件的${this.unit}不同：表中数字按原样写入，未换算`, en: `the table is in ${u.unit}, the document in ${this.unit}: its figures are written as they are, not converted` } });
    }
  }

  private procurementTable(p: TablePiece, title: TextPiece | undefined): void {
    const pr = this.section$('procurement');
    this.unitOfTable();
    const header = this.header(p.rows, 1, p.rows[0]!.cells.length);
    const keys = header.map((h) => (/序号/.test(h) ? 'index' : /部门|单位/.test(h) ? 'department' : /类别/.test(h) ? 'category' : /代码/.test(h) ? 'code' : /数量/.test(h) ? 'quantity' : /金额/.test(h) ? 'amount' : /项目|品目|名称/.test(h) ? 'name' : undefined));
    const unit = /[（(](亿元|千元|万元|元)[)）]/.exec(header.join());
    if (unit && this.unit !== undefined && unit[1] !== this.unit) this.report.ambiguous.push({ text: header.join(' | '), where: p.where, message: { zh: `表格单位${unit[1]}与文件的${this.unit}不同：未换算`, en: `the table is in ${unit[1]}, the document in ${this.unit}: not converted` } });
    const items = pr.list('items');
    for (const row of p.rows.slice(1)) {
      const texts = row.cells.filter((c) => c.text && !c.covered);
      if (texts.length > 0 && /^(合计|总计)$/.test(norm(texts[0]!.text))) {
        const amount = row.cells[keys.indexOf('amount')] ?? texts[texts.length - 1];
        if (amount && new RegExp(`^${N}$`).test(amount.text)) this.setFigure(pr, 'total', num(amount.text), 'procurement.total', amount, []);
        continue;
      }
      const item = new Mapping();
      row.cells.forEach((c, i) => {
        const k = keys[i];
        if (!c.text || c.covered || k === 'index') return;
        if (!k) return this.keep(c);
        if (k === 'quantity' || k === 'amount') {
          if (new RegExp(`^${N}$`).test(c.text)) item.set(k, num(c.text));
          else this.ambiguous(c, { zh: '不是数字', en: 'not a number' });
        } else item.set(k, c.text);
      });
      const ordered = new Mapping();
      for (const k of ['department', 'name', 'category', 'code', 'quantity', 'amount']) {
        const v = item.get(k);
        if (v !== undefined) ordered.set(k, v);
      }
      if (ordered.entries.size) items.push(ordered);
    }
    this.tableRead('procurement.items', p, 1, title);
  }

  private assetsTable(p: TablePiece, title: TextPiece | undefined): void {
    const as = this.section$('assets');
    const list = as.list('items');
    for (const row of p.rows.slice(1)) {
      const [name, amount] = row.cells.filter((c) => !c.covered);
      if (!name || !amount || !new RegExp(`^${N}$`).test(amount.text)) {
        for (const c of row.cells) if (c.text) this.keep(c);
        continue;
      }
      if (/^(合计|总计)$/.test(norm(name.text))) {
        this.setFigure(as, 'total', num(amount.text), 'assets.total', amount, []);
        continue;
      }
      const item = new Mapping(true);
      item.set('name', name.text);
      item.set('amount', num(amount.text));
      list.push(item);
    }
    this.tableRead('assets.items', p, 1, title);
  }

  // ---- the document's head -----------------------------------------------

  private finish(): Mapping {
    for (const p of this.pending) this.keep(p);
    this.resolveCodes();
    const tablesUnit = this.root.get('tables') instanceof Mapping ? (this.root.get('tables') as Mapping).get('unit') : undefined;
    // Tables alone (a workbook): the document's unit is theirs.
    if (this.unit === undefined && typeof tablesUnit === 'string') this.unit = tablesUnit as Unit;
    const out = new Mapping();
    out.set('budget', new Num('1'));
    const head: [string, Node | undefined][] = [
      ['region', this.region],
      ['department', this.department],
      ['year', this.year === undefined ? undefined : new Num(this.year)],
      ['unit', this.unit],
    ];
    for (const [k, v] of head) {
      if (v === undefined) this.report.missing.push(k);
      else out.set(k, v);
    }
    for (const c of this.root.comments) out.comments.push(c);
    for (const k of ['title', 'preface']) {
      const v = this.root.get(k);
      if (v !== undefined) out.set(k, v);
    }
    for (const k of [...SECTION_KEYS, 'tables']) {
      const v = this.root.get(k);
      if (v !== undefined) out.set(k, v);
    }
    for (const k of ['organization', 'overview', 'threePublicExpenses', 'performance']) if (out.get(k) === undefined) this.report.missing.push(k);
    return out;
  }
}
