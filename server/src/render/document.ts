import type { CheckResult } from '../core/check/check';
import { formatFigure, toNumber, type Figure } from '../core/format/decimal';
import type { Finding } from '../core/check/finding';
import { localize, type Locale, type Localized } from '../core/locale';
import type { ActivityNode } from '../core/format/model';
import { figureAt } from '../core/check/rule';
import { GRADE_KEYS, SECTION_KEYS, THREE_PUBLIC_ROWS, type Budget, type SectionKey, type ThreePublicRow } from '../core/format/schema';
import { numberingPrefix } from '../core/rules/numbering-prefix';
import { yearOnYearFigures } from '../core/rules/rate-mismatch';
import { toldProblems } from '../core/rules/yaml-syntax';
import { formatPath, type YamlPath } from '../core/syntax/source';
import { donutChart, groupedBarChart, horizontalBarChart, type Datum } from './charts';
import { escape } from './escape';
import { exportPolicy, previewPolicy } from './security';
import {
  assetsSentence, changeSentence, expenditureSentence, incomeSentence, joinClauses, operatingSentence,
  procurementSentence, threePublicRowClause, threePublicTotalSentence, yearOnYear, type YearOnYear,
} from './sentences';
import { DOCUMENT_CSS } from './styles';
import { T } from './strings';

export interface RenderOptions {
  readonly locale: Locale;
  /** `export`: one self-contained page; `preview`: a page for the VS Code webview. */
  readonly mode: 'export' | 'preview';
  /** Outline the nodes findings are about, with their messages on hover. */
  readonly showFindings: boolean;
  /** The language of the findings' messages shown in the page (the user's); the page's own text is in `locale`. */
  readonly messageLocale?: Locale;
  /** Preview: the nonce of this page's inline style and script. */
  readonly nonce?: string;
  /** Preview: the webview's `cspSource`. */
  readonly cspSource?: string;
  /** Preview: stylesheet and script URIs served from the extension's media. */
  readonly stylesheets?: readonly string[];
  readonly scripts?: readonly string[];
  /** Preview: the document's URI, kept in the page's state so that VS Code can restore the preview after a reload. */
  readonly resource?: string;
  /** Preview: a line over the page, when it shows an earlier version of the document than the editor's. */
  readonly notice?: string;
}

/** How many rows make a table large enough to start on a new printed page. */
const LARGE_TABLE_ROWS = 12;
const TOP_ACTIVITIES = 10;

/** The whole page: preview and export differ only in their head. `body`, when the caller has rendered it already. */
/**
 * Why a document cannot be exported as a page at all, if it cannot: it is not readable as YAML, or its YAML is not
 * a mapping (empty, a list). Such a page would show nothing but a title without region or year,
 * and writing it would replace a good export with it. Other mistakes are exported as written.
 */
export function cannotExport(result: CheckResult): Localized | undefined {
  // Over a limit: its own message, which says the file was not checked and why.
  if (result.parsed.limit) return result.parsed.limit.message;
  // From the parse, not the findings (a suppression comment or a rule setting may hide them), counted as told.
  const syntax = toldProblems(result.parsed.syntax).length;
  if (syntax > 0) {
    const n = syntax;
    return { zh: `有 ${n} 个 YAML 语法错误，修正后才能导出`, en: `${n} YAML syntax error${n === 1 ? '' : 's'}; fix ${n === 1 ? 'it' : 'them'} to export` };
  }
  const data = result.parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { zh: '文件内容不是映射（键: 值），没有可导出的内容', en: 'the YAML is not a mapping (key: value); there is nothing to export' };
  }
  return undefined;
}

export function renderDocument(result: CheckResult, options: RenderOptions, body = renderBody(result, options)): string {
  const budget = result.model.budget;
  const title = titleOf(budget);
  const lang = options.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const head = options.mode === 'preview' ? previewHead(options) : exportHead();
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`
    + `${head}\n<title>${escape(title)}</title>\n</head>\n<body>\n${options.mode === 'preview' && options.notice ? `<div class="bd-notice" role="status">${escape(options.notice)}</div>\n` : ''}<main class="bd-doc" id="bd-root"${options.mode === 'preview' && options.resource ? ` data-resource="${escape(options.resource)}"` : ''}>\n${body}\n</main>\n`
    + (options.mode === 'preview' ? (options.scripts ?? []).map((src) => `<script nonce="${escape(options.nonce ?? '')}" src="${escape(src)}"></script>`).join('\n') + '\n' : '')
    + '</body>\n</html>\n';
}

function exportHead(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escape(exportPolicy(DOCUMENT_CSS))}">\n<style>${DOCUMENT_CSS}</style>`;
}

function previewHead(options: RenderOptions): string {
  const nonce = escape(options.nonce ?? '');
  return `<meta http-equiv="Content-Security-Policy" content="${escape(previewPolicy(options.nonce ?? '', options.cspSource ?? ''))}">\n`
    + `<style nonce="${nonce}">${DOCUMENT_CSS}</style>\n`
    + (options.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${escape(href)}">`).join('\n');
}

function titleOf(budget: Partial<Budget>): string {
  if (budget.title) return budget.title;
  return `${budget.region ?? ''}${budget.year ?? ''}年部门预算信息公开说明`;
}

/** The content of `<main>`: what the preview swaps in on every edit. */
export function renderBody(result: CheckResult, options: RenderOptions): string {
  return new BodyRenderer(result, options).render();
}

/**
 * The body in parts, for a preview that patches its page: each top-level
 * activity's table rows apart (`blocks`, by the id of their `<tbody>`), and
 * the rest (`frame`, those `<tbody>` elements left empty). Filling each
 * block into its `<tbody>` gives `renderBody` exactly.
 */
export interface BodyParts {
  readonly frame: string;
  readonly blocks: ReadonlyMap<string, string>;
}

/**
 * Rendered top-level activities, kept from one render to the next: an
 * activity whose model object, place, first line and findings are the same
 * (an incremental check keeps the objects of activities an edit did not
 * touch) is not rendered again.
 */
export class RenderCache {
  private entries = new WeakMap<ActivityNode, CachedBlock>();
  private options = '';

  /** The cache for these options: emptied when they change. */
  forOptions(options: RenderOptions): this {
    const key = `${options.locale}|${options.messageLocale ?? options.locale}|${options.showFindings}`;
    if (key !== this.options) {
      this.options = key;
      this.entries = new WeakMap();
    }
    return this;
  }

  get(node: ActivityNode): CachedBlock | undefined {
    return this.entries.get(node);
  }

  set(node: ActivityNode, block: CachedBlock): void {
    this.entries.set(node, block);
  }
}

interface CachedBlock {
  readonly index: number;
  readonly line: number;
  readonly findings: string;
  readonly rows: number;
  readonly html: string;
}

export function renderBodyParts(result: CheckResult, options: RenderOptions, cache?: RenderCache): BodyParts {
  const blocks = new Map<string, string>();
  const frame = new BodyRenderer(result, options, { blocks, cache: cache?.forOptions(options) }).render();
  return { frame, blocks };
}

/** The body the parts make: each block put into its `<tbody>` (`renderBody`, exactly). */
export function fillBody(parts: BodyParts): string {
  // Document text in the frame is escaped: a `<tbody` there is the renderer's own.
  return parts.frame.replace(/<tbody id="([^"]+)" data-block><\/tbody>/g, (_, id: string) => `<tbody id="${id}" data-block>${parts.blocks.get(id) ?? ''}</tbody>`);
}

/** The id of top-level activity `i`'s `<tbody>`. */
export function blockId(i: number): string {
  return `bd-a-${i}`;
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

class BodyRenderer {
  private readonly budget: Partial<Budget>;
  private readonly locale: Locale;
  private readonly unit: string;
  private readonly findings = new Map<string, Finding[]>();
  /** The paths of the names `numbering-prefix` found numbered. */
  private readonly numbered = new Set<string>();

  /** `parts`: the blocks go there and their `<tbody>` elements stay empty; `cache`: blocks already rendered. */
  constructor(private readonly result: CheckResult, private readonly options: RenderOptions, private readonly parts?: { readonly blocks: Map<string, string>; readonly cache?: RenderCache }) {
    this.budget = result.model.budget;
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

  render(): string {
    const out: string[] = [];
    if (this.options.showFindings && this.result.findings.length > 0) out.push(this.findingsSummary());
    out.push(this.title());
    if (this.budget.preface) out.push(this.p(['preface'], this.budget.preface));
    let n = 0;
    for (const key of SECTION_KEYS) {
      const body = this.section(key);
      if (body === undefined) continue;
      n++;
      out.push(`<section id="section-${key}"${this.sourceAttrs([key])}>\n<h2>${escape(sectionNumber(n, this.locale) + this.t(T.sectionHeadings[key]))}</h2>\n${body}\n</section>`);
    }
    return out.join('\n');
  }

  // ---- building blocks ---------------------------------------------------

  private t(text: Localized): string {
    return localize(text, this.locale);
  }

  /** What is said to the user about the document (its findings), in the user's language. */
  private said(text: Localized): string {
    return localize(text, this.options.messageLocale ?? this.locale);
  }

  /** 0-based line of a node: its key when it has one, else its first line. */
  private line(path: YamlPath): number {
    const span = this.result.parsed.source.keyOrAnchor(path);
    return this.result.lines.position(span.start).line;
  }

  /**
   * The source attributes of an element made from `path`, and, when findings
   * are shown, the outline and messages of findings about `path` or `also`.
   */
  private attrs(path: YamlPath, classes: readonly string[] = [], also: readonly YamlPath[] = []): string {
    const own = [path, ...also].flatMap((p) => this.findings.get(formatPath(p)) ?? []);
    const cls = [...classes];
    let title = '';
    if (own.length > 0) {
      const worst = own.some((f) => f.severity === 'error') ? 'error' : own.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      cls.push('bd-finding', `bd-finding-${worst}`);
      title = ` title="${escape(own.map((f) => this.said(f.message)).join('\n'))}"`;
    }
    const classAttr = cls.length ? ` class="${cls.join(' ')}"` : '';
    return `${classAttr} data-line="${this.line(path)}" data-path="${escape(formatPath(path))}"${title}`;
  }

  /** Source attributes alone, for containers (sections, tables, rows): outlining a whole table says less than its cell. */
  private sourceAttrs(path: YamlPath, classes: readonly string[] = []): string {
    const classAttr = classes.length ? ` class="${classes.join(' ')}"` : '';
    return `${classAttr} data-line="${this.line(path)}" data-path="${escape(formatPath(path))}"`;
  }

  private figure(path: YamlPath): Figure | undefined {
    return figureAt(this.result.parsed, path);
  }

  /** An amount as written, e.g. `537.00`; empty when the document has none. */
  private amount(path: YamlPath): string {
    const f = this.figure(path);
    return f ? formatFigure(f) : '';
  }

  private p(path: YamlPath, text: string, classes: readonly string[] = []): string {
    return `<p${this.attrs(path, classes)}>${escape(text)}</p>`;
  }

  private lead(text: Localized): string {
    return `<p class="bd-lead">${escape(this.t(text))}</p>`;
  }

  private td(path: YamlPath, text: string, classes: readonly string[] = [], extra = '', also: readonly YamlPath[] = []): string {
    return `<td${this.attrs(path, classes, also)}${extra}>${escape(text)}</td>`;
  }

  private numTd(path: YamlPath): string {
    return this.td(path, this.amount(path), ['bd-num']);
  }

  /** `body`: the rows of its one `<tbody>`; `bodies`: `<tbody>` elements of their own. */
  private tableBlock(path: YamlPath, opts: { heading?: string; title?: string; unit?: boolean; rows: number; classes?: readonly string[]; head: string; body?: string; bodies?: string; cols?: string }): string {
    const large = opts.rows > LARGE_TABLE_ROWS ? ' bd-large' : '';
    // The heading goes inside the block, so a page break before a large table takes its heading along.
    return `<div class="bd-table-block${large}">${opts.heading ?? ''}`
      + (opts.title ? `<div class="bd-table-title">${escape(opts.title)}</div>` : '')
      + (opts.unit ? `<div class="bd-unit">${escape(this.t(T.unitCaption(this.unit)))}</div>` : '')
      + `<div class="bd-table-scroll"><table${this.sourceAttrs(path, ['bd-table', ...(opts.classes ?? [])])}>${opts.cols ?? ''}<thead>${opts.head}</thead>${opts.bodies ?? `<tbody>${opts.body ?? ''}</tbody>`}</table></div></div>`;
  }

  private th(text: Localized, extra = ''): string {
    return `<th${extra}>${escape(this.t(text))}</th>`;
  }

  /** A chart's title with the document's unit: `支出构成（万元）`. */
  private chartTitle(text: Localized): string {
    return this.t(text) + this.t({ zh: `（${this.unit}）`, en: ` (${this.unit})` });
  }

  private figureBlock(svg: string): string {
    return `<figure class="bd-figure">${svg}</figure>`;
  }

  private datum(path: YamlPath, label: string): Datum | undefined {
    const f = this.figure(path);
    if (!f) return undefined;
    return { label, value: toNumber(f), display: formatFigure(f), origin: { line: this.line(path), path: formatPath(path) } };
  }

  // ---- the page ------------------------------------------------------------

  private title(): string {
    const b = this.budget;
    const inner = b.title || !b.region || b.year === undefined
      ? escape(titleOf(b))
      : `<span>${escape(b.region)}</span><span>${escape(`${b.year}年部门预算信息公开说明`)}</span>`;
    return `<h1${this.attrs(b.title ? ['title'] : ['region'])}>${inner}</h1>`;
  }

  private findingsSummary(): string {
    const items = this.result.findings.map((f) => `<li data-line="${f.range.start.line}" data-path="${escape(f.path)}"><span class="bd-sev-${f.severity}">●</span> ${escape(this.said(f.message))} <code>${escape(f.rule)}</code></li>`);
    return `<aside class="bd-findings"><details open><summary>${escape(this.said(T.findingsSummary(this.result.findings.length)))}</summary><ul>${items.join('')}</ul></details></aside>`;
  }

  /** A section's HTML; undefined when the section is absent or empty, so numbering closes up. */
  private section(key: SectionKey): string | undefined {
    const raw = (this.result.parsed.data ?? {}) as Record<string, unknown>;
    const present = key in raw && !(Array.isArray(raw[key]) && (raw[key] as unknown[]).length === 0);
    if (!present) return undefined;
    if (this.budget[key] === undefined) return `<p class="bd-unavailable">${escape(this.t(T.unavailable))}</p>`;
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

  private organization(): string {
    const org = this.budget.organization!;
    const out = [this.p(['organization', 'composition'], org.composition)];
    if (org.units?.length) {
      const head = `<tr>${T.orgHead.map((h) => this.th(h)).join('')}</tr>`;
      const body = org.units.map((u, i) => {
        const at = (k: string): YamlPath => ['organization', 'units', i, k];
        return `<tr${this.sourceAttrs(['organization', 'units', i])}>${this.td(at('name'), u.name, [], '', [['organization', 'units', i]])}${this.td(at('nature'), u.nature, ['bd-center'])}${this.td(at('level'), u.level ?? '', ['bd-center'])}${this.td(at('funding'), u.funding ?? '', ['bd-center'])}</tr>`;
      }).join('');
      out.push(this.lead(T.orgTableLead), this.tableBlock(['organization', 'units'], { rows: org.units.length, head, body }));
    }
    if (org.duties.length) {
      const sep = this.t({ zh: '；', en: '; ' });
      const duties = org.duties.map((d, i) => `<span${this.attrs(['organization', 'duties', i])}>${escape(d.replace(/[。；;.，,\s]+$/, ''))}</span>`).join(escape(sep));
      out.push(`<p${this.attrs(['organization', 'duties'])}>${escape(this.t(T.dutiesLead))}${duties}${escape(this.t({ zh: '。', en: '.' }))}</p>`);
    }
    return out.join('\n');
  }

  private overview(): string {
    const o = this.budget.overview!;
    const year = this.budget.year;
    const out: string[] = [];
    if (o.preface) out.push(this.p(['overview', 'preface'], o.preface));
    const f = (path: YamlPath) => this.figure(['overview', ...path]);
    // 1、收入预算 under 二、; in English (a), so as not to read as the sections' 1. 2. 3.
    const sub = (n: number, text: Localized) => `<h3>${escape((this.locale === 'zh-CN' ? childNumber(1, n, this.locale) : partNumber(n, this.locale)) + this.t(text))}</h3>`;

    const incomeTotal = f(['income', 'total']);
    if (year !== undefined && incomeTotal) {
      const items = o.income.items.flatMap((item, i) => { const fig = f(['income', 'items', i, 'amount']); return fig ? [{ name: item.name, figure: fig }] : []; });
      out.push(sub(1, T.incomeHeading), this.p(['overview', 'income'], incomeSentence(year, incomeTotal, items, this.unit, this.locale)));
    }
    const [total, basic, project] = [f(['expenditure', 'total']), f(['expenditure', 'basic']), f(['expenditure', 'project'])];
    if (total && basic && project) {
      out.push(sub(2, T.expenditureHeading), this.p(['overview', 'expenditure'], expenditureSentence(total, basic, project, this.unit, this.locale)));
      const parts = [this.datum(['overview', 'expenditure', 'basic'], this.t(T.basic)), this.datum(['overview', 'expenditure', 'project'], this.t(T.project))].filter((d): d is Datum => !!d);
      out.push(this.figureBlock(donutChart('bd-chart-composition', this.chartTitle(T.charts.composition), parts, this.locale)));
    }
    const change = { total: f(['change', 'total']), basic: f(['change', 'basic']), project: f(['change', 'project']) };
    if (year !== undefined && total && change.total && change.basic && change.project) {
      out.push(sub(3, T.changeHeading), this.p(['overview', 'change'], changeSentence(year, total, { total: change.total, basic: change.basic, project: change.project }, this.unit, this.locale)));
      if (o.change.reasons) out.push(this.p(['overview', 'change', 'reasons'], o.change.reasons));
    }
    return out.join('\n');
  }

  private operatingExpenses(): string {
    const op = this.budget.operatingExpenses!;
    const amount = this.figure(['operatingExpenses', 'amount']);
    if (!amount || this.budget.year === undefined) return '';
    return this.p(['operatingExpenses'], operatingSentence(this.budget.year, this.budget.department ?? '', amount, op.covers ?? [], this.unit, this.locale));
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

  private threePublicExpenses(): string {
    const tp = this.budget.threePublicExpenses!;
    const year = this.budget.year;
    const h = T.threePublicHead;
    const keys = [...THREE_PUBLIC_ROWS.filter((k) => tp[k] !== undefined), 'total' as const];
    const head = `<tr>${this.th(h.item, ' rowspan="2"')}${this.th(h.amount, ' rowspan="2"')}${this.th(h.previous, ' rowspan="2"')}${this.th(h.changeRate, ' rowspan="2"')}${this.th(h.sources, ' colspan="3"')}</tr>`
      + `<tr>${this.th(h.general)}${this.th(h.fund)}${this.th(h.specialAccount)}</tr>`;
    const body = keys.map((key) => {
      const row = tp[key]!;
      const at = (...rest: string[]): YamlPath => ['threePublicExpenses', key, ...rest];
      const sources = (['general', 'fund', 'specialAccount'] as const).map((s) => this.numTd(at('sources', s))).join('');
      return `<tr${this.sourceAttrs(at(), key === 'total' ? ['bd-total'] : [])}>${this.td(at('label'), this.threePublicLabel(key, row), [], '', [at()])}${this.numTd(at('amount'))}${this.numTd(at('previous'))}`
        + `${this.td(at('changeRate'), row.changeRate ?? '', ['bd-num'], '', [at('change')])}${sources}</tr>`;
    }).join('');
    const out = [this.tableBlock(['threePublicExpenses'], { title: year !== undefined ? this.t(T.threePublicTableTitle(year)) : undefined, unit: true, rows: keys.length, head, body })];
    const amount = this.figure(['threePublicExpenses', 'total', 'amount']);
    if (year !== undefined && amount) {
      out.push(this.p(['threePublicExpenses', 'total'], threePublicTotalSentence(year, this.budget.department ?? '', amount, this.yoy('total', tp.total), this.unit, this.locale)));
      const clauses = THREE_PUBLIC_ROWS.flatMap((key) => {
        const row = tp[key];
        const rowAmount = this.figure(['threePublicExpenses', key, 'amount']);
        return row && rowAmount ? [threePublicRowClause(this.threePublicLabel(key, row), year, rowAmount, this.yoy(key, row), this.unit, this.locale)] : [];
      });
      if (clauses.length) out.push(`<p data-line="${this.line(['threePublicExpenses', THREE_PUBLIC_ROWS.find((k) => tp[k]) ?? 'total'])}" data-path="threePublicExpenses">${escape(joinClauses(clauses, this.locale))}</p>`);
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
      if (pairs.length) out.push(this.figureBlock(groupedBarChart('bd-chart-three-public', this.chartTitle(T.charts.threePublic(year)), [this.t(T.charts.thisYear(year)), this.t(T.charts.thisYear(year - 1))], pairs)));
    }
    return out.join('\n');
  }

  private performance(): string {
    const perf = this.budget.performance!;
    const out = [this.lead(T.overallGoal), this.p(['performance', 'overallGoal'], perf.overallGoal)];
    if (perf.dutyGoals?.length) {
      out.push(this.lead(T.dutyGoals));
      perf.dutyGoals.forEach((g, i) => out.push(this.p(['performance', 'dutyGoals', i], `${g.duty}${/[。.！!]$/.test(g.duty) ? '' : this.t({ zh: '。', en: '. ' })}${g.goal}`)));
    }
    const top = this.result.model.activities
      .map((node) => this.datum([...node.path, 'budget'], this.unnumbered(node.path, node.activity.name)))
      .filter((d): d is Datum => !!d)
      .sort((a, b) => b.value - a.value)
      .slice(0, TOP_ACTIVITIES);
    if (top.length > 1) out.push(this.figureBlock(horizontalBarChart('bd-chart-activities', this.chartTitle(T.charts.activities(top.length)), top)));

    const h = T.performanceHead;
    const cols = `<colgroup><col class="bd-col-name"><col class="bd-col-budget"><col class="bd-col-content"><col class="bd-col-goal"><col class="bd-col-indicator">${'<col class="bd-col-grade">'.repeat(4)}</colgroup>`;
    const head = `<tr>${this.th(h.activity, ' rowspan="2"')}${this.th(h.budget, ' rowspan="2"')}${this.th(h.content, ' rowspan="2"')}${this.th(h.goal, ' rowspan="2"')}${this.th(h.indicator, ' rowspan="2"')}${this.th(h.grades, ' colspan="4"')}</tr>`
      + `<tr>${this.th(h.excellent)}${this.th(h.good)}${this.th(h.fair)}${this.th(h.poor)}</tr>`;
    // One `<tbody>` per top-level activity: the unit a preview re-renders and patches.
    const bodies: string[] = [];
    let rows = 0;
    const findings = this.findingsByActivity();
    this.result.model.activities.forEach((node, i) => {
      const block = this.activityBlock(node, i, findings.get(i) ?? '');
      rows += block.rows;
      const id = blockId(i);
      if (this.parts) this.parts.blocks.set(id, block.html);
      bodies.push(`<tbody id="${id}" data-block>${this.parts ? '' : block.html}</tbody>`);
    });
    const heading = `<h3${this.attrs(['performance', 'activities'])}>${escape(this.t(T.performanceTable))}</h3>`;
    out.push(this.tableBlock(['performance', 'activities'], { heading, unit: true, rows, classes: ['bd-perf'], head, bodies: bodies.join(''), cols }));
    return out.join('\n');
  }

  /** A top-level activity's rows and those of the activities under it, from the cache when nothing they show has changed. */
  private activityBlock(node: ActivityNode, index: number, findings: string): CachedBlock {
    const cache = this.parts?.cache;
    const line = this.line(node.path);
    const cached = cache?.get(node);
    if (cached && cached.index === index && cached.line === line && cached.findings === findings) return cached;
    const rows: string[] = [];
    const walk = (n: ActivityNode, depth: number, k: number) => {
      rows.push(...this.activityRows(n, depth, k));
      n.children.forEach((c, j) => walk(c, depth + 1, j + 1));
    };
    walk(node, 0, index + 1);
    const block = { index, line, findings, rows: rows.length, html: rows.join('') };
    cache?.set(node, block);
    return block;
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
      out.set(i, `${out.get(i) ?? ''}${f.path}\u0001${f.severity}\u0001${this.said(f.message)}\u0002`);
    }
    return out;
  }

  /** One row per indicator (at least one), the activity's own cells spanning them. */
  private activityRows(node: ActivityNode, depth: number, n: number): string[] {
    const a = node.activity;
    const at = (...rest: (string | number)[]): YamlPath => [...node.path, ...rest];
    const indicators = a.indicators ?? [];
    const span = Math.max(1, indicators.length);
    const rowspan = span > 1 ? ` rowspan="${span}"` : '';
    // The renderer numbers: a number written into the name (flagged by numbering-prefix) is not printed twice.
    const name = (depth === 0 ? '' : childNumber(depth, n, this.locale)) + this.unnumbered(node.path, a.name);
    const grades = (i: number) => GRADE_KEYS.map((g) => this.td(at('indicators', i, 'grades', g), indicators[i]?.grades?.[g] ?? '', ['bd-center', 'bd-token'])).join('');
    const indicatorCells = (i: number) => indicators[i]
      ? this.td(at('indicators', i, 'name'), indicators[i].name ?? '', [], '', [at('indicators', i)]) + grades(i)
      : '<td></td>'.repeat(5);
    const rowClasses = depth === 0 ? ['bd-top'] : [];
    const first = `<tr${this.sourceAttrs(node.path, rowClasses)}>`
      + this.td(at('name'), name, ['bd-name', `bd-depth-${Math.min(depth, 3)}`], rowspan, [node.path])
      + this.td(at('budget'), this.amount(at('budget')), ['bd-num'], rowspan)
      + this.td(at('content'), a.content ?? '', [], rowspan)
      + this.td(at('goal'), a.goal ?? '', [], rowspan)
      + indicatorCells(0) + '</tr>';
    const rest = indicators.slice(1).map((_, k) => `<tr${this.sourceAttrs(at('indicators', k + 1), rowClasses)}>${indicatorCells(k + 1)}</tr>`);
    return [first, ...rest];
  }

  private procurement(): string {
    const pr = this.budget.procurement!;
    const out: string[] = [];
    const total = this.figure(['procurement', 'total']);
    const items = pr.items ?? [];
    if (total && this.budget.year !== undefined) out.push(this.p(['procurement', 'total'], procurementSentence(this.budget.year, this.budget.region ?? '', total, this.unit, this.locale, items.length > 0)));
    if (items.length) {
      const head = `<tr>${T.procurementHead(this.unit).map((h) => this.th(h)).join('')}</tr>`;
      const body = items.map((item, i) => {
        const at = (k: string): YamlPath => ['procurement', 'items', i, k];
        return `<tr${this.sourceAttrs(['procurement', 'items', i])}><td class="bd-center">${i + 1}</td>${this.td(at('department'), item.department, [], '', [['procurement', 'items', i]])}${this.td(at('name'), item.name)}`
          + `${this.td(at('category'), item.category, ['bd-center'])}${this.td(at('code'), item.code ?? '', ['bd-center', 'bd-token'])}${this.td(at('quantity'), this.amount(at('quantity')), ['bd-num'])}${this.numTd(at('amount'))}</tr>`;
      }).join('') + `<tr${this.sourceAttrs(['procurement', 'total'], ['bd-total'])}><td colspan="6" class="bd-center">${escape(this.t(T.total))}</td>${this.numTd(['procurement', 'total'])}</tr>`;
      const title = this.budget.year !== undefined ? this.t(T.procurementTableTitle(this.budget.region ?? '', this.budget.year)) : undefined;
      out.push(this.tableBlock(['procurement', 'items'], { title, rows: items.length + 1, head, body }));
    }
    return out.join('\n');
  }

  private assets(): string {
    const as = this.budget.assets!;
    const out = [`<h3>${escape(partNumber(1, this.locale) + this.t(T.assetsOverall))}</h3>`];
    const total = this.figure(['assets', 'total']);
    if (total) out.push(this.p(['assets', 'total'], assetsSentence(as.asOf, total, this.unit, this.locale)));
    const items = as.items ?? [];
    if (items.length) {
      out.push(`<h3>${escape(partNumber(2, this.locale) + this.t(T.assetsDetail))}</h3>`);
      const head = `<tr>${T.assetsHead(this.unit).map((h) => this.th(h)).join('')}</tr>`;
      const body = items.map((item, i) => `<tr${this.sourceAttrs(['assets', 'items', i])}>${this.td(['assets', 'items', i, 'name'], item.name, [], '', [['assets', 'items', i]])}${this.numTd(['assets', 'items', i, 'amount'])}</tr>`).join('')
        + `<tr${this.sourceAttrs(['assets', 'total'], ['bd-total'])}><td>${escape(this.t(T.total))}</td>${this.numTd(['assets', 'total'])}</tr>`;
      out.push(this.tableBlock(['assets', 'items'], { rows: items.length + 1, head, body }));
    }
    return out.join('\n');
  }

  private glossary(): string {
    const entries = this.budget.glossary ?? [];
    const sep = this.t({ zh: '：', en: ': ' });
    return entries.map((e, i) => this.p(['glossary', i], `${childNumber(1, i + 1, this.locale)}${e.term}${sep}${e.definition}`)).join('\n');
  }

  private notes(): string {
    return (this.budget.notes ?? []).map((note, i) => this.p(['notes', i], note)).join('\n');
  }
}
