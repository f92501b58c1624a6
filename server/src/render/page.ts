import { type CheckResult, type Finding, figureAt, formatFigure, toNumber, type Figure, type ActivityNode, type Model, GRADE_KEYS, SECTION_KEYS, THREE_PUBLIC_ROWS, type Budget, type SectionKey, type ThreePublicRow, localize, type Locale, type Localized, numberingPrefix, yearOnYearFigures, formatPath, type YamlPath } from '../core';
import type { Datum, Pair } from './charts';
import {
  assetsSentence, changeSentence, expenditureSentence, incomeSentence, joinClauses, operatingSentence,
  procurementSentence, threePublicRowClause, threePublicTotalSentence, yearOnYear, type YearOnYear,
} from './sentences';
import { standardTables, type PageKit } from './standard-tables';
import { T } from './strings';

/**
 * The disclosure as data: what the page says and in what order, with the
 * numbering the renderer gives, the generated sentences, tables with their
 * header rows and merged cells, and charts as the figures they draw. Every
 * output is written from it (the HTML page in document.ts, the Word file in
 * docx.ts), so a part of the page, such as a new table, is made in one place.
 */
export interface Page {
  /** The document's title, for the page's `<title>` and the file's properties. */
  readonly title: string;
  readonly locale: Locale;
  readonly blocks: readonly Block[];
}

/** Where a part of the page comes from (for click-to-source and scroll sync), and the findings about it when they are shown. */
export interface Source {
  readonly line: number;
  readonly path: string;
  readonly findings: readonly Finding[];
}

export type Block = Section | Heading | Paragraph | Table | Chart;

export interface Section {
  readonly kind: 'section';
  /** A section of the 说明, or `tables`: the standard tables, after them. */
  readonly key: SectionKey | 'tables';
  readonly source: Source;
  readonly heading: Heading;
  readonly blocks: readonly Block[];
}

export interface Heading {
  readonly kind: 'heading';
  /** 1 the title, 2 a section, 3 a part of one. */
  readonly level: 1 | 2 | 3;
  /** The numbering the renderer gives (`一、`, `（一）`, `1、`), apart from the text; empty for none. */
  readonly number: string;
  readonly text: string;
  /** A title printed on lines of its own: the region, then the rest. */
  readonly lines?: readonly string[];
  readonly source?: Source;
}

/** A stretch of a paragraph; with a source of its own (one duty of a list in a sentence), it is a part of the page apart. */
export interface Run {
  readonly text: string;
  readonly source?: Source;
}

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly source?: Source;
  /** `lead`: a bold line before what it introduces; `unavailable`: in place of a section that cannot be shown. */
  readonly role?: 'lead' | 'unavailable';
}

/** How a cell's text sits: figures to the right, short values centred; `token`: one word never broken (`≥90%`, `B021502`). */
export type Align = 'left' | 'center' | 'number';

export interface HeadCell {
  readonly text: string;
  readonly rowspan?: number;
  readonly colspan?: number;
}

export interface Cell {
  readonly text: string;
  readonly source?: Source;
  readonly align?: Align;
  readonly token?: boolean;
  readonly rowspan?: number;
  readonly colspan?: number;
  /** An activity's name: how deep it sits in the tree (0 at the top). */
  readonly depth?: number;
}

export interface Row {
  readonly source: Source;
  /** `total`: a table's total row; `top`: a top-level activity's rows. */
  readonly role?: 'total' | 'top';
  readonly cells: readonly Cell[];
}

/** A group of rows: one for most tables; one per top-level activity for the performance table, which a preview patches by `id`. */
export interface Body {
  readonly id?: string;
  readonly rows: readonly Row[];
  /** How many rows: `rows.length`, known without making them. */
  readonly size?: number;
  /**
   * A body kept in a `RenderCache`: what its writer wrote of it goes in `written`. A body from the cache that was
   * written before comes without its rows (`rows` is empty, `size` says how many): they are not made again.
   */
  readonly cached?: CachedBody;
}

/** A top-level activity's rows as a cache keeps them: what decides whether they are still right, and their text once written. */
export interface CachedBody {
  readonly index: number;
  readonly line: number;
  readonly findings: string;
  readonly size: number;
  written?: string;
  /** Writes the rows, when a preview's parts left them to be written as they are read (document.ts `LaterBlocks`). */
  later?: (() => string) | undefined;
}

export interface Table {
  readonly kind: 'table';
  /** What kind of table, for its column widths: `perf` is the performance table. */
  readonly type: 'default' | 'perf';
  readonly source: Source;
  /** A heading that belongs with the table, kept on its page. */
  readonly heading?: Heading;
  readonly title?: string;
  /** `单位：万元`, over the table. */
  readonly unit?: string;
  /** Long enough to start on a new printed page. */
  readonly large: boolean;
  readonly head: readonly (readonly HeadCell[])[];
  readonly bodies: readonly Body[];
}

export type Chart = { readonly kind: 'chart'; readonly id: string; readonly title: string } & (
  | { readonly type: 'donut'; readonly parts: readonly Datum[] }
  | { readonly type: 'grouped'; readonly series: readonly [string, string]; readonly pairs: readonly Pair[] }
  | { readonly type: 'bars'; readonly items: readonly Datum[] }
);

/** How many rows make a table large enough to start on a new printed page. */
const LARGE_TABLE_ROWS = 12;
const TOP_ACTIVITIES = 10;
const NONE: readonly never[] = [];

export function titleOf(budget: Partial<Budget>): string {
  if (budget.title) return budget.title;
  return `${budget.region ?? ''}${budget.year ?? ''}年部门预算信息公开说明`;
}

/** The id of top-level activity `i`'s rows (its `<tbody>` in the page). */
export function blockId(i: number): string {
  return `bd-a-${i}`;
}

/** A top-level activity's budget as the chart of the largest sorts it. */
export interface ActivityBudget {
  readonly figure: Figure;
  readonly value: number;
}

/**
 * Top-level activities' rows, kept from one page to the next as their writer
 * wrote them: an activity whose model object, place, first line and findings
 * are the same (an incremental check keeps the objects of activities an edit
 * did not touch) is neither made nor written again. The rows themselves are
 * not kept, only their text: a preview of thousands of activities holds no
 * more than its page.
 */
export class RenderCache {
  private entries = new WeakMap<ActivityNode, CachedBody>();
  private readonly budgets = new WeakMap<ActivityNode, ActivityBudget | null>();
  private key = '';

  /** The cache for these options (anything that changes what a body says or how it is written): emptied when they change. */
  forOptions(key: string): this {
    if (key !== this.key) {
      this.key = key;
      this.entries = new WeakMap();
    }
    return this;
  }

  get(node: ActivityNode): CachedBody | undefined {
    return this.entries.get(node);
  }

  /**
   * A top-level activity's budget, read once for its model object: the object is kept only while the activity's
   * text is the same, and the figure is read from that text whatever the options.
   */
  budget(node: ActivityNode, read: () => ActivityBudget | undefined): ActivityBudget | undefined {
    let budget = this.budgets.get(node);
    if (budget === undefined) this.budgets.set(node, (budget = read() ?? null));
    return budget ?? undefined;
  }

  set(node: ActivityNode, body: CachedBody): void {
    this.entries.set(node, body);
  }
}

export interface PageOptions {
  readonly locale: Locale;
  /** Give each part of the page the findings about it. */
  readonly showFindings: boolean;
}

export function buildPage(result: CheckResult, options: PageOptions, cache?: RenderCache): Page {
  return new PageBuilder(result, options, cache).build();
}

/** The rows of an activity and those under it: one per indicator, at least one each (as `activityRows` makes them). */
function rowCount(node: ActivityNode): number {
  return node.children.reduce((n, c) => n + rowCount(c), Math.max(1, node.activity.indicators?.length ?? 0));
}

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function sectionNumber(n: number, locale: Locale): string {
  return locale === 'zh-CN' ? `${ZH_NUMERALS[n - 1] ?? n}、` : `${n}. `;
}

function partNumber(n: number, locale: Locale): string {
  return locale === 'zh-CN' ? `（${ZH_NUMERALS[n - 1] ?? n}）` : `(${String.fromCharCode(96 + n)}) `;
}

/** 1、 for children, （1） below them, ① deeper: as Chinese documents number their levels. */
function childNumber(depth: number, n: number, locale: Locale): string {
  if (depth <= 1) return locale === 'zh-CN' ? `${n}、` : `${n}. `;
  if (depth === 2) return locale === 'zh-CN' ? `（${n}）` : `(${n}) `;
  return `${n}) `;
}

class PageBuilder implements PageKit {
  readonly budget: Partial<Budget>;
  readonly model: Model;
  readonly locale: Locale;
  private readonly unit: string;
  private readonly findings = new Map<string, Finding[]>();
  /** The paths of the names `numbering-prefix` found numbered. */
  private readonly numbered = new Set<string>();

  constructor(private readonly result: CheckResult, private readonly options: PageOptions, private readonly cache?: RenderCache) {
    this.budget = result.model.budget;
    this.model = result.model;
    this.locale = options.locale;
    this.unit = this.budget.unit ?? '';
    if (options.showFindings) {
      for (const f of result.findings) this.findings.set(f.path, [...(this.findings.get(f.path) ?? []), f]);
    }
    for (const f of result.findings) if (f.rule === 'numbering-prefix') this.numbered.add(f.path);
  }

  /**
   * An activity's name without the numbering the renderer prints itself: only where `numbering-prefix` found one,
   * so a name whose finding is turned off or silenced (`# budget-disable-next-line`) is printed as written.
   */
  private unnumbered(path: YamlPath, name: string): string {
    return this.numbered.has(formatPath([...path, 'name'])) ? name.slice(numberingPrefix(name)?.length ?? 0) : name;
  }

  build(): Page {
    const blocks: Block[] = [this.title()];
    if (this.budget.preface) blocks.push(this.p(['preface'], this.budget.preface));
    let n = 0;
    for (const key of SECTION_KEYS) {
      const body = this.section(key);
      if (body === undefined) continue;
      n++;
      blocks.push({ kind: 'section', key, source: this.bare([key]), heading: this.heading(2, sectionNumber(n, this.locale), this.t(T.sectionHeadings[key])), blocks: body });
    }
    // The standard tables after the 说明, as an annex is published: a part of their own, not numbered with the sections.
    if (this.budget.tables) {
      blocks.push({ kind: 'section', key: 'tables', source: this.bare(['tables']), heading: this.heading(2, '', this.t(T.tables.annex(this.budget.department ?? '', this.budget.year))), blocks: standardTables(this) });
    }
    return { title: titleOf(this.budget), locale: this.locale, blocks };
  }

  // ---- building blocks ---------------------------------------------------

  t(text: Localized): string {
    return localize(text, this.locale);
  }

  /** 0-based line of a node: its key when it has one, else its first line. */
  private line(path: YamlPath): number {
    const span = this.result.parsed.source.keyOrAnchor(path);
    return this.result.lines.position(span.start).line;
  }

  /** The source of a part made from `path`, with the findings (when shown) about `path` or `also`. */
  private source(path: YamlPath, also: readonly YamlPath[] = NONE): Source {
    const key = formatPath(path);
    // Most parts have no finding: they share one empty list (a page of thousands of cells makes less garbage).
    let findings: readonly Finding[] = this.findings.get(key) ?? NONE;
    for (const p of also) {
      const more = this.findings.get(formatPath(p));
      if (more) findings = [...findings, ...more];
    }
    return { line: this.line(path), path: key, findings };
  }

  /** A source without findings, for containers (sections, tables, rows): outlining a whole table says less than its cell. */
  bare(path: YamlPath): Source {
    return { line: this.line(path), path: formatPath(path), findings: NONE };
  }

  figure(path: YamlPath): Figure | undefined {
    return figureAt(this.result.parsed, path);
  }

  /** An amount as written, e.g. `537.00`; empty when the document has none. */
  private amount(path: YamlPath): string {
    const f = this.figure(path);
    return f ? formatFigure(f) : '';
  }

  heading(level: 2 | 3, number: string, text: string, source?: Source): Heading {
    return { kind: 'heading', level, number, text, ...(source ? { source } : {}) };
  }

  p(path: YamlPath, text: string): Paragraph {
    return { kind: 'paragraph', runs: [{ text }], source: this.source(path) };
  }

  private lead(text: Localized): Paragraph {
    return { kind: 'paragraph', runs: [{ text: this.t(text) }], role: 'lead' };
  }

  td(path: YamlPath, text: string, style: Omit<Cell, 'text' | 'source'> = {}, also: readonly YamlPath[] = []): Cell {
    return { text, source: this.source(path, also), ...style };
  }

  numTd(path: YamlPath): Cell {
    return this.td(path, this.amount(path), { align: 'number' });
  }

  /** A table; `unit`: its 单位 line, in the document's unit (`true`) or the one named. */
  table(path: YamlPath, opts: { heading?: Heading; title?: string; unit?: boolean | string; type?: Table['type']; head: readonly (readonly HeadCell[])[]; bodies: readonly Body[] }): Table {
    const rows = opts.bodies.reduce((n, b) => n + (b.size ?? b.rows.length), 0);
    return {
      kind: 'table', type: opts.type ?? 'default', source: this.bare(path), large: rows > LARGE_TABLE_ROWS, head: opts.head, bodies: opts.bodies,
      ...(opts.heading ? { heading: opts.heading } : {}), ...(opts.title ? { title: opts.title } : {}), ...(opts.unit ? { unit: this.t(T.unitCaption(opts.unit === true ? this.unit : opts.unit)) } : {}),
    };
  }

  th(text: Localized, span: { rowspan?: number; colspan?: number } = {}): HeadCell {
    return { text: this.t(text), ...span };
  }

  /** A chart's title with the document's unit: `支出构成（万元）`. */
  private chartTitle(text: Localized): string {
    return this.t(text) + this.t({ zh: `（${this.unit}）`, en: ` (${this.unit})` });
  }

  private datum(path: YamlPath, label: string, f = this.figure(path)): Datum | undefined {
    if (!f) return undefined;
    return { label, value: toNumber(f), display: formatFigure(f), origin: { line: this.line(path), path: formatPath(path) } };
  }

  // ---- the page ------------------------------------------------------------

  private title(): Heading {
    const b = this.budget;
    const lines = b.title || !b.region || b.year === undefined ? undefined : [b.region, `${b.year}年部门预算信息公开说明`];
    return { kind: 'heading', level: 1, number: '', text: titleOf(b), ...(lines ? { lines } : {}), source: this.source(b.title ? ['title'] : ['region']) };
  }

  /** A section's blocks; undefined when the section is absent or empty, so numbering closes up. */
  private section(key: SectionKey): Block[] | undefined {
    const raw = (this.result.parsed.data ?? {}) as Record<string, unknown>;
    const present = key in raw && !(Array.isArray(raw[key]) && (raw[key] as unknown[]).length === 0);
    if (!present) return undefined;
    if (this.budget[key] === undefined) return [{ kind: 'paragraph', runs: [{ text: this.t(T.unavailable) }], role: 'unavailable' }];
    switch (key) {
      case 'organization': return this.organization();
      case 'overview': return this.overview();
      case 'operatingExpenses': return this.operatingExpenses();
      case 'threePublicExpenses': return this.threePublicExpenses();
      case 'performance': return this.performance();
      case 'procurement': return this.procurement();
      case 'assets': return this.assets();
      case 'glossary': return this.glossary();
      case 'notes': return this.notes();
    }
  }

  private organization(): Block[] {
    const org = this.budget.organization!;
    const out: Block[] = [this.p(['organization', 'composition'], org.composition)];
    if (org.units?.length) {
      const head = [T.orgHead.map((h) => this.th(h))];
      const rows = org.units.map((u, i): Row => {
        const at = (k: string): YamlPath => ['organization', 'units', i, k];
        const center = { align: 'center' } as const;
        return { source: this.bare(['organization', 'units', i]), cells: [this.td(at('name'), u.name, {}, [['organization', 'units', i]]), this.td(at('nature'), u.nature, center), this.td(at('level'), u.level ?? '', center), this.td(at('funding'), u.funding ?? '', center)] };
      });
      out.push(this.lead(T.orgTableLead), this.table(['organization', 'units'], { head, bodies: [{ rows }] }));
    }
    if (org.duties.length) {
      const sep = this.t({ zh: '；', en: '; ' });
      const duties = org.duties.flatMap((d, i): Run[] => [...(i > 0 ? [{ text: sep }] : []), { text: d.replace(/[。；;.，,\s]+$/, ''), source: this.source(['organization', 'duties', i]) }]);
      out.push({ kind: 'paragraph', runs: [{ text: this.t(T.dutiesLead) }, ...duties, { text: this.t({ zh: '。', en: '.' }) }], source: this.source(['organization', 'duties']) });
    }
    return out;
  }

  private overview(): Block[] {
    const o = this.budget.overview!;
    const year = this.budget.year;
    const out: Block[] = [];
    if (o.preface) out.push(this.p(['overview', 'preface'], o.preface));
    const f = (path: YamlPath) => this.figure(['overview', ...path]);
    // 1、收入预算 under 二、; in English (a), so as not to read as the sections' 1. 2. 3.
    const sub = (n: number, text: Localized) => this.heading(3, this.locale === 'zh-CN' ? childNumber(1, n, this.locale) : partNumber(n, this.locale), this.t(text));

    const incomeTotal = f(['income', 'total']);
    if (year !== undefined && incomeTotal) {
      const items = o.income.items.flatMap((item, i) => { const fig = f(['income', 'items', i, 'amount']); return fig ? [{ name: item.name, figure: fig }] : []; });
      out.push(sub(1, T.incomeHeading), this.p(['overview', 'income'], incomeSentence(year, incomeTotal, items, this.unit, this.locale)));
    }
    const [total, basic, project] = [f(['expenditure', 'total']), f(['expenditure', 'basic']), f(['expenditure', 'project'])];
    if (total && basic && project) {
      out.push(sub(2, T.expenditureHeading), this.p(['overview', 'expenditure'], expenditureSentence(total, basic, project, this.unit, this.locale)));
      const parts = [this.datum(['overview', 'expenditure', 'basic'], this.t(T.basic)), this.datum(['overview', 'expenditure', 'project'], this.t(T.project))].filter((d): d is Datum => !!d);
      out.push({ kind: 'chart', type: 'donut', id: 'bd-chart-composition', title: this.chartTitle(T.charts.composition), parts });
    }
    const change = { total: f(['change', 'total']), basic: f(['change', 'basic']), project: f(['change', 'project']) };
    if (year !== undefined && total && change.total && change.basic && change.project) {
      out.push(sub(3, T.changeHeading), this.p(['overview', 'change'], changeSentence(year, total, { total: change.total, basic: change.basic, project: change.project }, this.unit, this.locale)));
      if (o.change?.reasons) out.push(this.p(['overview', 'change', 'reasons'], o.change.reasons));
    }
    return out;
  }

  private operatingExpenses(): Block[] {
    const op = this.budget.operatingExpenses!;
    const amount = this.figure(['operatingExpenses', 'amount']);
    if (!amount || this.budget.year === undefined) return [];
    return [this.p(['operatingExpenses'], operatingSentence(this.budget.year, this.budget.department ?? '', amount, op.covers ?? [], this.unit, this.locale))];
  }

  private threePublicLabel(key: (typeof THREE_PUBLIC_ROWS)[number] | 'total', row: ThreePublicRow): string {
    return row.label ?? this.t(T.threePublicRows[key]);
  }

  /**
   * A row's year-on-year change from its figures (last year written, or this year less the change written, as
   * rate-mismatch reads it); the rate rounded as the document wrote its own.
   */
  private yoy(key: string, row: ThreePublicRow): (YearOnYear & { previous: Figure }) | undefined {
    const { amount, previous } = yearOnYearFigures((path) => this.figure(path), ['threePublicExpenses', key]);
    if (!amount || !previous) return undefined;
    const written = row.changeRate ? /\.(\d+)%$/.exec(row.changeRate)?.[1]?.length ?? 0 : 0;
    return { ...yearOnYear(amount, previous, written), previous };
  }

  private threePublicExpenses(): Block[] {
    const tp = this.budget.threePublicExpenses!;
    const year = this.budget.year;
    const h = T.threePublicHead;
    const keys = [...THREE_PUBLIC_ROWS.filter((k) => tp[k] !== undefined), 'total' as const];
    const two = { rowspan: 2 };
    const head = [[this.th(h.item, two), this.th(h.amount, two), this.th(h.previous, two), this.th(h.changeRate, two), this.th(h.sources, { colspan: 3 })], [this.th(h.general), this.th(h.fund), this.th(h.specialAccount)]];
    const rows = keys.map((key): Row => {
      const row = tp[key]!;
      const at = (...rest: string[]): YamlPath => ['threePublicExpenses', key, ...rest];
      const sources = (['general', 'fund', 'specialAccount'] as const).map((s) => this.numTd(at('sources', s)));
      return {
        source: this.bare(at()), ...(key === 'total' ? { role: 'total' as const } : {}),
        cells: [this.td(at('label'), this.threePublicLabel(key, row), {}, [at()]), this.numTd(at('amount')), this.numTd(at('previous')), this.td(at('changeRate'), row.changeRate ?? '', { align: 'number' }, [at('change')]), ...sources],
      };
    });
    const out: Block[] = [this.table(['threePublicExpenses'], { title: year !== undefined ? this.t(T.threePublicTableTitle(year)) : undefined, unit: true, head, bodies: [{ rows }] })];
    const amount = this.figure(['threePublicExpenses', 'total', 'amount']);
    if (year !== undefined && amount) {
      out.push(this.p(['threePublicExpenses', 'total'], threePublicTotalSentence(year, this.budget.department ?? '', amount, this.yoy('total', tp.total), this.unit, this.locale)));
      const clauses = THREE_PUBLIC_ROWS.flatMap((key) => {
        const row = tp[key];
        const rowAmount = this.figure(['threePublicExpenses', key, 'amount']);
        return row && rowAmount ? [threePublicRowClause(this.threePublicLabel(key, row), year, rowAmount, this.yoy(key, row), this.unit, this.locale)] : [];
      });
      // The rows' sentence is about the section, placed at its first row.
      if (clauses.length) out.push({ kind: 'paragraph', runs: [{ text: joinClauses(clauses, this.locale) }], source: { line: this.line(['threePublicExpenses', THREE_PUBLIC_ROWS.find((k) => tp[k]) ?? 'total']), path: 'threePublicExpenses', findings: [] } });
    }
    if (tp.explanation) out.push(this.p(['threePublicExpenses', 'explanation'], tp.explanation));
    if (year !== undefined) {
      const pairs = THREE_PUBLIC_ROWS.flatMap((key) => {
        const row = tp[key];
        const current = row && this.datum(['threePublicExpenses', key, 'amount'], this.threePublicLabel(key, row));
        if (!row || !current) return [];
        const previous = this.datum(['threePublicExpenses', key, 'previous'], current.label);
        return [{ label: current.label, current, ...(previous ? { previous } : {}) }];
      });
      if (pairs.length) out.push({ kind: 'chart', type: 'grouped', id: 'bd-chart-three-public', title: this.chartTitle(T.charts.threePublic(year)), series: [this.t(T.charts.thisYear(year)), this.t(T.charts.thisYear(year - 1))], pairs });
    }
    return out;
  }

  private performance(): Block[] {
    const perf = this.budget.performance!;
    const out: Block[] = [this.lead(T.overallGoal), this.p(['performance', 'overallGoal'], perf.overallGoal)];
    if (perf.dutyGoals?.length) {
      out.push(this.lead(T.dutyGoals));
      perf.dutyGoals.forEach((g, i) => out.push(this.p(['performance', 'dutyGoals', i], `${g.duty}${/[。.！!]$/.test(g.duty) ? '' : this.t({ zh: '。', en: '. ' })}${g.goal}`)));
    }
    // The largest budgets, each activity's read once while its model object lasts (`RenderCache`), then the chart's
    // items made for those alone: at 2,000 activities, making all of them was most of an edit's render.
    const top = this.result.model.activities
      .map((node) => ({ node, budget: this.budgetOf(node) }))
      .filter((a): a is { node: ActivityNode; budget: ActivityBudget } => !!a.budget)
      .sort((a, b) => b.budget.value - a.budget.value)
      .slice(0, TOP_ACTIVITIES)
      .map(({ node, budget }) => this.datum([...node.path, 'budget'], this.unnumbered(node.path, node.activity.name), budget.figure)!);
    if (top.length > 1) out.push({ kind: 'chart', type: 'bars', id: 'bd-chart-activities', title: this.chartTitle(T.charts.activities(top.length)), items: top });

    const h = T.performanceHead;
    const two = { rowspan: 2 };
    const head = [[this.th(h.activity, two), this.th(h.budget, two), this.th(h.content, two), this.th(h.goal, two), this.th(h.indicator, two), this.th(h.grades, { colspan: 4 })], [this.th(h.excellent), this.th(h.good), this.th(h.fair), this.th(h.poor)]];
    // One body per top-level activity: the unit a preview re-renders and patches.
    const findings = this.findingsByActivity();
    const bodies = this.result.model.activities.map((node, i) => this.activityBody(node, i, findings.get(i) ?? ''));
    const heading = this.heading(3, '', this.t(T.performanceTable), this.source(['performance', 'activities']));
    out.push(this.table(['performance', 'activities'], { heading, unit: true, type: 'perf', head, bodies }));
    return out;
  }

  /** A top-level activity's budget and its value, if it has one. */
  private budgetOf(node: ActivityNode): ActivityBudget | undefined {
    const read = () => {
      const figure = this.figure([...node.path, 'budget']);
      return figure ? { figure, value: toNumber(figure) } : undefined;
    };
    return this.cache ? this.cache.budget(node, read) : read();
  }

  /** A top-level activity's rows and those of the activities under it, from the cache when nothing they show has changed. */
  private activityBody(node: ActivityNode, index: number, findings: string): Body {
    const id = blockId(index);
    const line = this.line(node.path);
    const cached = this.cache?.get(node);
    if (cached && cached.index === index && cached.line === line && cached.findings === findings && (cached.written !== undefined || cached.later !== undefined)) return { id, rows: NONE, size: cached.size, cached };
    // The rows are made when a writer reads them, and are its garbage once written: a page of thousands of
    // activities is never all in memory at once (the garbage collector would spend more than the writing).
    const make = (): Row[] => {
      const rows: Row[] = [];
      const walk = (n: ActivityNode, depth: number, k: number) => {
        rows.push(...this.activityRows(n, depth, k));
        n.children.forEach((c, j) => walk(c, depth + 1, j + 1));
      };
      walk(node, 0, index + 1);
      return rows;
    };
    const size = rowCount(node);
    const entry: CachedBody | undefined = this.cache ? { index, line, findings, size } : undefined;
    if (entry) this.cache!.set(node, entry);
    return { id, get rows() { return make(); }, size, ...(entry ? { cached: entry } : {}) };
  }

  /** Per top-level activity, what its findings show (paths, severities, messages), as one string to compare. */
  private findingsByActivity(): Map<number, string> {
    const out = new Map<number, string>();
    for (const f of this.result.findings) {
      // A name's numbering is printed or not as numbering-prefix finds it: that finding changes the rows in any case.
      if (!this.options.showFindings && f.rule !== 'numbering-prefix') continue;
      const m = /^performance\.activities\[(\d+)\](?=$|[.[])/.exec(f.path);
      if (!m) continue;
      const i = Number(m[1]);
      out.set(i, `${out.get(i) ?? ''}${f.path}\u0001${f.severity}\u0001${f.message.zh}\u0001${f.message.en}\u0002`);
    }
    return out;
  }

  /** One row per indicator (at least one), the activity's own cells spanning them. */
  private activityRows(node: ActivityNode, depth: number, n: number): Row[] {
    const a = node.activity;
    const at = (...rest: (string | number)[]): YamlPath => [...node.path, ...rest];
    const indicators = a.indicators ?? [];
    const span = Math.max(1, indicators.length);
    const rowspan = span > 1 ? { rowspan: span } : {};
    // The renderer numbers: a number written into the name (flagged by numbering-prefix) is not printed twice.
    const name = (depth === 0 ? '' : childNumber(depth, n, this.locale)) + this.unnumbered(node.path, a.name);
    const grades = (i: number) => GRADE_KEYS.map((g) => this.td(at('indicators', i, 'grades', g), indicators[i]?.grades?.[g] ?? '', { align: 'center', token: true }));
    const indicatorCells = (i: number): Cell[] => indicators[i]
      ? [this.td(at('indicators', i, 'name'), indicators[i].name ?? '', {}, [at('indicators', i)]), ...grades(i)]
      : Array.from({ length: 5 }, () => ({ text: '' }));
    const role = depth === 0 ? { role: 'top' as const } : {};
    const first: Row = {
      source: this.bare(node.path), ...role,
      cells: [
        this.td(at('name'), name, { depth, ...rowspan }, [node.path]),
        this.td(at('budget'), this.amount(at('budget')), { align: 'number', ...rowspan }),
        this.td(at('content'), a.content ?? '', rowspan),
        this.td(at('goal'), a.goal ?? '', rowspan),
        ...indicatorCells(0),
      ],
    };
    const rest = indicators.slice(1).map((_, k): Row => ({ source: this.bare(at('indicators', k + 1)), ...role, cells: indicatorCells(k + 1) }));
    return [first, ...rest];
  }

  private procurement(): Block[] {
    const pr = this.budget.procurement!;
    const out: Block[] = [];
    const total = this.figure(['procurement', 'total']);
    const items = pr.items ?? [];
    if (total && this.budget.year !== undefined) out.push(this.p(['procurement', 'total'], procurementSentence(this.budget.year, this.budget.region ?? '', total, this.unit, this.locale, items.length > 0)));
    if (items.length) {
      const head = [T.procurementHead(this.unit).map((h) => this.th(h))];
      const center = { align: 'center' } as const;
      const rows = items.map((item, i): Row => {
        const at = (k: string): YamlPath => ['procurement', 'items', i, k];
        return {
          source: this.bare(['procurement', 'items', i]),
          cells: [{ text: String(i + 1), ...center }, this.td(at('department'), item.department, {}, [['procurement', 'items', i]]), this.td(at('name'), item.name),
            this.td(at('category'), item.category, center), this.td(at('code'), item.code ?? '', { align: 'center', token: true }), this.td(at('quantity'), this.amount(at('quantity')), { align: 'number' }), this.numTd(at('amount'))],
        };
      });
      rows.push({ source: this.bare(['procurement', 'total']), role: 'total', cells: [{ text: this.t(T.total), colspan: 6, ...center }, this.numTd(['procurement', 'total'])] });
      const title = this.budget.year !== undefined ? this.t(T.procurementTableTitle(this.budget.region ?? '', this.budget.year)) : undefined;
      out.push(this.table(['procurement', 'items'], { title, head, bodies: [{ rows }] }));
    }
    return out;
  }

  private assets(): Block[] {
    const as = this.budget.assets!;
    const out: Block[] = [this.heading(3, partNumber(1, this.locale), this.t(T.assetsOverall))];
    const total = this.figure(['assets', 'total']);
    if (total) out.push(this.p(['assets', 'total'], assetsSentence(as.asOf, total, this.unit, this.locale)));
    const items = as.items ?? [];
    if (items.length) {
      out.push(this.heading(3, partNumber(2, this.locale), this.t(T.assetsDetail)));
      const head = [T.assetsHead(this.unit).map((h) => this.th(h))];
      const rows = items.map((item, i): Row => ({ source: this.bare(['assets', 'items', i]), cells: [this.td(['assets', 'items', i, 'name'], item.name, {}, [['assets', 'items', i]]), this.numTd(['assets', 'items', i, 'amount'])] }));
      rows.push({ source: this.bare(['assets', 'total']), role: 'total', cells: [{ text: this.t(T.total) }, this.numTd(['assets', 'total'])] });
      out.push(this.table(['assets', 'items'], { head, bodies: [{ rows }] }));
    }
    return out;
  }

  private glossary(): Block[] {
    const entries = this.budget.glossary ?? [];
    const sep = this.t({ zh: '：', en: ': ' });
    return entries.map((e, i) => this.p(['glossary', i], `${childNumber(1, i + 1, this.locale)}${e.term}${sep}${e.definition}`));
  }

  private notes(): Block[] {
    return (this.budget.notes ?? []).map((note, i) => this.p(['notes', i], note));
  }
}
