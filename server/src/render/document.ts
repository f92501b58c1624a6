import { type CheckResult, type Finding, localize, type Locale, type Localized, toldProblems } from '../core';
import { donutChart, groupedBarChart, horizontalBarChart } from './charts';
import { escape } from './escape';
import { buildPage, RenderCache, titleOf, type Block, type Body, type CachedBody, type Cell, type Chart, type Heading, type Paragraph, type Source, type Table } from './page';
import { exportPolicy, previewPolicy } from './security';
import { DOCUMENT_CSS } from './styles';
import { T } from './strings';

export { blockId, RenderCache } from './page';

export interface RenderOptions {
  readonly locale: Locale;
  /** `export`: one self-contained page; `preview`: a page for the VS Code webview. */
  readonly mode: 'export' | 'preview';
  /** Outline the nodes findings are about, with their messages on hover. */
  readonly showFindings: boolean;
  /** The language of the findings' messages shown in the page (the user's); the page's own text is in `locale`. */
  readonly messageLocale?: Locale;
  /** Preview: the nonce of this page's inline styles and script. */
  readonly nonce?: string;
  /**
   * Preview: the page's own stylesheet and script (media/preview.css and media/preview.js), written into the page
   * under its nonce: a page that loads nothing is shown without a request to the webview's resource loader, which
   * on a first preview of a session took 0.4–0.9 s for 9 KB.
   */
  readonly media?: PageMedia;
  /** Preview: the document's URI, kept in the page's state so that VS Code can restore the preview after a reload. */
  readonly resource?: string;
  /** Preview: a line over the page, when it shows an earlier version of the document than the editor's. */
  readonly notice?: string;
}

export interface PageMedia {
  readonly style: string;
  readonly script: string;
}

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

/** The whole page: preview and export differ only in their head. `body`, when the caller has rendered it already. */
export function renderDocument(result: CheckResult, options: RenderOptions, body = renderBody(result, options)): string {
  const budget = result.model.budget;
  const title = titleOf(budget);
  const lang = options.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const head = options.mode === 'preview' ? previewHead(options) : exportHead();
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`
    + `${head}\n<title>${escape(title)}</title>\n</head>\n<body>\n${options.mode === 'preview' && options.notice ? `<div class="bd-notice" role="status">${escape(options.notice)}</div>\n` : ''}<main class="bd-doc" id="bd-root"${options.mode === 'preview' && options.resource ? ` data-resource="${escape(options.resource)}"` : ''}>\n${body}\n</main>\n`
    + (options.mode === 'preview' && options.media ? `<script nonce="${escape(options.nonce ?? '')}">${inline(options.media.script, 'script')}</script>\n` : '')
    + '</body>\n</html>\n';
}

function exportHead(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escape(exportPolicy(DOCUMENT_CSS))}">\n<style>${DOCUMENT_CSS}</style>`;
}

function previewHead(options: RenderOptions): string {
  const nonce = escape(options.nonce ?? '');
  return `<meta http-equiv="Content-Security-Policy" content="${escape(previewPolicy(options.nonce ?? ''))}">\n`
    + `<style nonce="${nonce}">${DOCUMENT_CSS}</style>`
    + (options.media ? `\n<style nonce="${nonce}">${inline(options.media.style, 'style')}</style>` : '');
}

/**
 * Our own stylesheet or script as the content of its element: HTML ends such an element at the first `</style` or
 * `</script` in it, and a script's `<!--` changes how the rest is read, so neither may be there
 * (`test/render/render.test.ts` holds media/ to it).
 */
export function inline(text: string, element: 'style' | 'script'): string {
  if (new RegExp(`</${element}|<!--`, 'i').test(text)) throw new Error(`media/preview.${element === 'style' ? 'css' : 'js'} holds what would end its <${element}> element`);
  return text;
}

/** The content of `<main>`: what the preview swaps in on every edit. */
export function renderBody(result: CheckResult, options: RenderOptions): string {
  return new HtmlWriter(result, options).body();
}

/**
 * The body in parts, for a preview that patches its page: each top-level
 * activity's table rows apart (`blocks`, by the id of their `<tbody>`), and
 * the rest (`frame`, those `<tbody>` elements left empty). Filling each
 * block into its `<tbody>` gives `renderBody` exactly. With a `cache`, the
 * rows of an activity that did not change are neither made nor written again.
 */
export interface BodyParts {
  readonly frame: string;
  readonly blocks: ReadonlyMap<string, string>;
}

/**
 * With a `cache` and `asRead`, the blocks are `LaterBlocks`: each is written when first read, so that a preview
 * opening a page of thousands of activities writes only the blocks it sends first, and the others as it sends them.
 */
export function renderBodyParts(result: CheckResult, options: RenderOptions, cache?: RenderCache, asRead = false): BodyParts {
  const blocks = cache && asRead ? new LaterBlocks() : new Map<string, string>();
  const frame = new HtmlWriter(result, options, { blocks, cache: cache?.forOptions(`${options.locale}|${options.messageLocale ?? options.locale}|${options.showFindings}`) }).body();
  return { frame, blocks };
}

/**
 * A body's blocks, each written when it is first read (`get`, or anything that goes through them all) and kept in
 * its cache entry from then on: what is read is what writing them at once would have given.
 */
export class LaterBlocks implements ReadonlyMap<string, string> {
  private readonly items = new Map<string, string | CachedBody>();

  /** A block already written, or one to write from its cache entry when read (`write` unless the entry has its writer already). */
  add(id: string, entry: CachedBody | undefined, write: () => string): void {
    if (entry?.written !== undefined) this.items.set(id, entry.written);
    else if (entry) {
      entry.later ??= write;
      this.items.set(id, entry);
    } else this.items.set(id, write());
  }

  get(id: string): string | undefined {
    const item = this.items.get(id);
    if (item === undefined || typeof item === 'string') return item;
    return item.written ?? item.later!();
  }

  /** The source line of a block (its activity's first line), without writing it. */
  lineOf(id: string): number | undefined {
    const item = this.items.get(id);
    if (item === undefined) return undefined;
    return typeof item === 'string' ? firstLine(item) : item.line;
  }

  /**
   * Whether a block reads the same here and in `other`: without writing either when both come from one cache entry
   * (the cache gives an entry again only for rows that would be written the same).
   */
  same(id: string, other: ReadonlyMap<string, string>): boolean {
    const item = this.items.get(id);
    if (other instanceof LaterBlocks && item !== undefined && typeof item !== 'string' && other.items.get(id) === item) return true;
    return this.get(id) === other.get(id);
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  get size(): number {
    return this.items.size;
  }

  keys(): MapIterator<string> {
    return this.items.keys();
  }

  /** Every block, all written. */
  private all(): Map<string, string> {
    return new Map([...this.items.keys()].map((id) => [id, this.get(id)!]));
  }

  values(): MapIterator<string> {
    return this.all().values();
  }

  entries(): MapIterator<[string, string]> {
    return this.all().entries();
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    for (const [id, html] of this.all()) callback.call(thisArg, html, id, this);
  }
}

/** The first source line an HTML block names: its first element's. */
export function firstLine(html: string): number {
  return Number(/data-line="(\d+)"/.exec(html)?.[1] ?? 0);
}

/** The body the parts make: each block put into its `<tbody>` (`renderBody`, exactly). */
export function fillBody(parts: BodyParts): string {
  // Document text in the frame is escaped: a `<tbody` there is the renderer's own.
  return parts.frame.replace(/<tbody id="([^"]+)" data-block><\/tbody>/g, (_, id: string) => `<tbody id="${id}" data-block>${parts.blocks.get(id) ?? ''}</tbody>`);
}

const ALIGN_CLASS = { left: [], center: ['bd-center'], number: ['bd-num'] } as const;

/** The page (page.ts) as HTML: every element carries its source line and path, for scroll sync and click-to-source. */
class HtmlWriter {
  /** `parts`: the performance table's bodies go there and their `<tbody>` elements stay empty; `cache`: bodies already made and written. */
  constructor(private readonly result: CheckResult, private readonly options: RenderOptions, private readonly parts?: { readonly blocks: Map<string, string> | LaterBlocks; readonly cache?: RenderCache | undefined }) {}

  body(): string {
    const page = buildPage(this.result, this.options, this.parts?.cache);
    const out: string[] = [];
    if (this.options.showFindings && this.result.findings.length > 0) out.push(this.findingsSummary());
    out.push(...page.blocks.map((b) => this.block(b)));
    return out.join('\n');
  }

  /** What is said to the user about the document (its findings), in the user's language. */
  private said(text: Localized): string {
    return localize(text, this.options.messageLocale ?? this.options.locale);
  }

  /** The source attributes of an element, with the outline and messages of the findings about it. */
  private attrs(source: Source, classes: readonly string[] = []): string {
    const own = source.findings;
    const cls = [...classes];
    let title = '';
    if (own.length > 0) {
      const worst = own.some((f) => f.severity === 'error') ? 'error' : own.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      cls.push('bd-finding', `bd-finding-${worst}`);
      title = ` title="${escape(own.map((f: Finding) => this.said(f.message)).join('\n'))}"`;
    }
    const classAttr = cls.length ? ` class="${cls.join(' ')}"` : '';
    return `${classAttr} data-line="${source.line}" data-path="${escape(source.path)}"${title}`;
  }

  private findingsSummary(): string {
    const items = this.result.findings.map((f) => `<li data-line="${f.range.start.line}" data-path="${escape(f.path)}"><span class="bd-sev-${f.severity}">●</span> ${escape(this.said(f.message))} <code>${escape(f.rule)}</code></li>`);
    return `<aside class="bd-findings"><details open><summary>${escape(this.said(T.findingsSummary(this.result.findings.length)))}</summary><ul>${items.join('')}</ul></details></aside>`;
  }

  private block(b: Block): string {
    switch (b.kind) {
      case 'section': return `<section id="section-${b.key}"${this.attrs(b.source)}>\n${this.heading(b.heading)}\n${b.blocks.map((x) => this.block(x)).join('\n')}\n</section>`;
      case 'heading': return this.heading(b);
      case 'paragraph': return this.paragraph(b);
      case 'table': return this.table(b);
      case 'chart': return `<figure class="bd-figure">${this.chart(b)}</figure>`;
    }
  }

  private heading(h: Heading): string {
    const inner = h.lines ? h.lines.map((l) => `<span>${escape(l)}</span>`).join('') : escape(h.number + h.text);
    return `<h${h.level}${h.source ? this.attrs(h.source) : ''}>${inner}</h${h.level}>`;
  }

  private paragraph(p: Paragraph): string {
    const classes = p.role ? [`bd-${p.role}`] : [];
    const attrs = p.source ? this.attrs(p.source, classes) : classes.length ? ` class="${classes.join(' ')}"` : '';
    return `<p${attrs}>${p.runs.map((r) => (r.source ? `<span${this.attrs(r.source)}>${escape(r.text)}</span>` : escape(r.text))).join('')}</p>`;
  }

  private table(t: Table): string {
    // The heading goes inside the block, so a page break before a large table takes its heading along.
    const cols = t.type === 'perf' ? `<colgroup><col class="bd-col-name"><col class="bd-col-budget"><col class="bd-col-content"><col class="bd-col-goal"><col class="bd-col-indicator">${'<col class="bd-col-grade">'.repeat(4)}</colgroup>` : '';
    const head = t.head.map((row) => `<tr>${row.map((c) => `<th${span(c)}>${escape(c.text)}</th>`).join('')}</tr>`).join('');
    const bodies = t.bodies.map((b) => {
      if (b.id === undefined) return `<tbody>${this.rows(b)}</tbody>`;
      if (!this.parts) return `<tbody id="${b.id}" data-block>${this.rows(b)}</tbody>`;
      const blocks = this.parts.blocks;
      if (blocks instanceof LaterBlocks) blocks.add(b.id, b.cached, () => this.write(b));
      else blocks.set(b.id, this.rows(b));
      return `<tbody id="${b.id}" data-block></tbody>`;
    }).join('');
    return `<div class="bd-table-block${t.large ? ' bd-large' : ''}">${t.heading ? this.heading(t.heading) : ''}`
      + (t.title ? `<div class="bd-table-title">${escape(t.title)}</div>` : '')
      + (t.unit ? `<div class="bd-unit">${escape(t.unit)}</div>` : '')
      + `<div class="bd-table-scroll"><table${this.attrs(t.source, ['bd-table', ...(t.type === 'perf' ? ['bd-perf'] : [])])}>${cols}<thead>${head}</thead>${bodies}</table></div></div>`;
  }

  /** A body's rows, as written before (or by the writer that left them for later) when the body comes from the cache. */
  private rows(b: Body): string {
    if (b.cached?.written !== undefined) return b.cached.written;
    if (b.cached?.later) return b.cached.later();
    return this.write(b);
  }

  private write(b: Body): string {
    const html = b.rows.map((r) => `<tr${this.attrs(r.source, r.role ? [`bd-${r.role}`] : [])}>${r.cells.map((c) => this.cell(c)).join('')}</tr>`).join('');
    if (b.cached) {
      b.cached.written = html;
      b.cached.later = undefined;
    }
    return html;
  }

  private cell(c: Cell): string {
    const classes = [...(c.depth !== undefined ? ['bd-name', `bd-depth-${Math.min(c.depth, 3)}`] : []), ...ALIGN_CLASS[c.align ?? 'left'], ...(c.token ? ['bd-token'] : [])];
    // A cell of the renderer's own (a row number, 合计) has no source: its spans first.
    const attrs = c.source ? this.attrs(c.source, classes) + span(c) : span(c) + (classes.length ? ` class="${classes.join(' ')}"` : '');
    return `<td${attrs}>${escape(c.text)}</td>`;
  }

  private chart(c: Chart): string {
    switch (c.type) {
      case 'donut': return donutChart(c.id, c.title, c.parts, this.options.locale);
      case 'grouped': return groupedBarChart(c.id, c.title, c.series, c.pairs);
      case 'bars': return horizontalBarChart(c.id, c.title, c.items);
    }
  }
}

function span(c: { readonly rowspan?: number; readonly colspan?: number }): string {
  return (c.rowspan ? ` rowspan="${c.rowspan}"` : '') + (c.colspan ? ` colspan="${c.colspan}"` : '');
}
