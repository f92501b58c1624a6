import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, ShadingType,
  Table as DocxTable, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
  type IParagraphOptions, type IRunOptions,
} from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import type { CheckResult, Locale } from '../core';
import { donutLegends, PALETTE, PREVIOUS, textWidth } from './charts';
import { buildPage, type Block, type Cell, type Chart, type HeadCell, type Heading, type Paragraph as PageParagraph, type Table } from './page';

/**
 * The disclosure as a Word document, written from the same page as the HTML
 * (page.ts). Laid out as Chinese government documents are (GB/T 9704): A4,
 * the title in 方正小标宋简体, headings in 黑体, the text in 仿宋 at
 * 三号 with a fixed 28-point line, figures and Latin text in Times New Roman,
 * and page numbers `— 1 —` in the footer. Tables repeat their header rows on
 * every page and never split a row across two; charts are Word's own charts
 * (see docs/publishing.md for why not pictures).
 */
export interface DocxOptions {
  readonly locale: Locale;
}

/** The fonts of each part, East Asian first; Latin text and figures in Times New Roman, as printed documents set them. */
export const FONTS = {
  title: '方正小标宋简体',
  heading: '黑体',
  // 仿宋 rather than 仿宋_GB2312: the same face, and on every Chinese Windows, which the _GB2312 one is not.
  body: '仿宋',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt, 小五 9pt. */
const SIZE = { title: 44, body: 32, footer: 28, table: 21, small: 18 } as const;

/** A4 in twips, with the GB/T 9704 margins (37 mm top, 35 mm bottom, 28 mm left, 26 mm right). */
const MM = 1440 / 25.4;
const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM), top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** A landscape page's margins (25 mm) and text width, for the performance table. */
const LANDSCAPE_MARGIN = Math.round(25 * MM);
const LANDSCAPE_WIDTH = PAGE.height - 2 * LANDSCAPE_MARGIN;
/** What goes on landscape pages. */
const LANDSCAPE = new WeakSet<Paragraph | DocxTable>();
/** The text width in pixels at 96 dpi, for charts. */
const TEXT_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

/** Two characters of 三号 text, the first-line indent of a paragraph (in twips: Word and LibreOffice alike read it). */
const INDENT = SIZE.body * 20;
const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia, hint: 'eastAsia' });
const HEAD_FILL = 'EEF2F7';
const TOP_FILL = 'F7F7F2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
/** The performance table's columns in percent of the landscape width: the page's, with grades wide enough for `≥90%` on one line. */
const PERF_COLUMNS = [11, 7, 21, 24, 13, 6, 6, 6, 6];

export async function renderDocx(result: CheckResult, options: DocxOptions): Promise<Buffer> {
  const page = buildPage(result, { locale: options.locale, showFindings: false });
  const children = page.blocks.flatMap((b) => block(b, page.locale));
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: SIZE.footer })] })] });
  // The performance table is printed across a landscape page, as its nine columns need: a section of its own.
  const sections: { landscape: boolean; children: (Paragraph | DocxTable)[] }[] = [];
  for (const child of children) {
    const landscape = LANDSCAPE.has(child);
    const last = sections[sections.length - 1];
    if (last && last.landscape === landscape) last.children.push(child);
    else sections.push({ landscape, children: [child] });
  }
  const document = new Document({
    title: page.title,
    creator: 'budgetdoc',
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZE.body, language: { value: options.locale === 'zh-CN' ? 'en-US' : 'en-GB', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 560, lineRule: LineRuleType.EXACT } },
        },
        heading1: { run: { font: font(FONTS.title), size: SIZE.title, bold: false, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 560, line: 700, lineRule: LineRuleType.EXACT }, keepNext: true } },
        heading2: { run: { font: font(FONTS.heading), size: SIZE.body, bold: false, color: '000000' }, paragraph: { indent: { firstLine: INDENT }, spacing: { before: 0, after: 0, line: 560, lineRule: LineRuleType.EXACT }, keepNext: true } },
        heading3: { run: { font: font(FONTS.heading), size: SIZE.body, bold: false, color: '000000' }, paragraph: { indent: { firstLine: INDENT }, spacing: { before: 0, after: 0, line: 560, lineRule: LineRuleType.EXACT }, keepNext: true } },
      },
    },
    sections: sections.map((section) => ({
      properties: {
        page: section.landscape
          ? { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }, margin: { top: LANDSCAPE_MARGIN, bottom: LANDSCAPE_MARGIN, left: LANDSCAPE_MARGIN, right: LANDSCAPE_MARGIN, footer: Math.round(12 * MM) } }
          : { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: Math.round(20 * MM) } },
      },
      footers: { default: footer },
      children: section.children,
    })),
  });
  return Packer.toBuffer(document);
}

/** `landscape`: the block is printed across landscape pages (the standard tables, as an annex of wide tables is). */
function block(b: Block, locale: Locale, landscape = false): (Paragraph | DocxTable)[] {
  switch (b.kind) {
    case 'section': {
      const across = landscape || b.key === 'tables';
      const out = [heading(b.heading), ...b.blocks.flatMap((x) => block(x, locale, across))];
      if (across) for (const o of out) LANDSCAPE.add(o);
      return out;
    }
    case 'heading': return [heading(b)];
    case 'paragraph': return [paragraph(b)];
    case 'table': return table(b, landscape);
    case 'chart': return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO }, children: [new ChartRun(chart(b, locale))] })];
  }
}

const HEADING_LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function heading(h: Heading, extra: Partial<IParagraphOptions> = {}): Paragraph {
  // A title on lines of its own (the region, then the rest): one paragraph, its lines broken, so it is one heading.
  const runs = h.lines ? h.lines.map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })) : [new TextRun(h.number + h.text)];
  return new Paragraph({ heading: HEADING_LEVEL[h.level], children: runs, ...extra });
}

function paragraph(p: PageParagraph): Paragraph {
  const text = p.runs.map((r) => r.text).join('');
  const run: IRunOptions = p.role === 'lead' ? { text, bold: true } : p.role === 'unavailable' ? { text, italics: true, color: '5A5A5A' } : { text };
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    ...(p.role === 'lead' ? { keepNext: true } : {}),
    children: [new TextRun(run)],
  });
}

/** A table's title, unit line and rows; a large table starts on a new page, with what goes above it. */
function table(t: Table, across = false): (Paragraph | DocxTable)[] {
  // A large table starts a page: the first paragraph above it breaks the page (an empty one when there is none).
  // The performance table's landscape section starts one anyway.
  const landscape = across || t.type === 'perf';
  const width = landscape ? LANDSCAPE_WIDTH : TEXT_WIDTH;
  let pageBreakBefore = t.large && t.type !== 'perf';
  const next = () => {
    const b = pageBreakBefore;
    pageBreakBefore = false;
    return b ? { pageBreakBefore: true } : {};
  };
  const above: Paragraph[] = [];
  if (t.heading) above.push(heading(t.heading, next()));
  if (t.title) above.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, ...next(), children: [new TextRun({ text: t.title, font: font(FONTS.heading) })] }));
  if (t.unit) above.push(new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, ...next(), spacing: { line: 360, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: t.unit, size: SIZE.table })] }));
  if (pageBreakBefore) above.push(new Paragraph({ keepNext: true, ...next(), spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [] }));
  const size = t.type === 'perf' ? SIZE.small : SIZE.table;
  const head = t.head.map((cells) => new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map((c) => new TableCell({
      children: [cellParagraph(c.text, AlignmentType.CENTER, size, true)],
      shading: { type: ShadingType.CLEAR, fill: HEAD_FILL, color: 'auto' },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(c.rowspan ? { rowSpan: c.rowspan } : {}),
      ...(c.colspan ? { columnSpan: c.colspan } : {}),
    })),
  }));
  // The rows a cell spans stay on one page, as the activity they belong to: each but the last keeps with the next.
  let spanned = 0;
  const rows = t.bodies.flatMap((b) => b.rows).map((r) => {
    spanned = Math.max(spanned - 1, ...r.cells.map((c) => (c.rowspan ?? 1) - 1));
    return new TableRow({ cantSplit: true, ...(spanned > 0 ? { keepNext: true } : {}), children: r.cells.map((c) => bodyCell(c, size, r.role)) });
  });
  const docxTable = new DocxTable({
    rows: [...head, ...rows],
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: columnWidths(t, width, size),
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
  });
  const out = [...above, docxTable, spacer()];
  if (landscape) for (const o of out) LANDSCAPE.add(o);
  return out;
}

/** A little room after a table, as the page's margin gives it. */
function spacer(): Paragraph {
  return new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: [] });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, number: AlignmentType.RIGHT } as const;

function bodyCell(c: Cell, size: number, role: 'total' | 'top' | undefined): TableCell {
  const bold = role === 'total' || (role === 'top' && c.depth !== undefined);
  const indent = c.depth !== undefined && c.depth > 1 ? { left: Math.min(c.depth - 1, 2) * size * 10 } : undefined;
  return new TableCell({
    children: [cellParagraph(c.text, ALIGN[c.align ?? 'left'], size, bold, indent)],
    verticalAlign: VerticalAlignTable.CENTER,
    ...(role === 'top' ? { shading: { type: ShadingType.CLEAR, fill: TOP_FILL, color: 'auto' } } : {}),
    ...(c.rowspan ? { rowSpan: c.rowspan } : {}),
    ...(c.colspan ? { columnSpan: c.colspan } : {}),
  });
}

function cellParagraph(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], size: number, bold: boolean, indent?: { left: number }): Paragraph {
  return new Paragraph({
    alignment,
    spacing: { line: Math.round(size * 10 * 1.35), lineRule: LineRuleType.AT_LEAST },
    ...(indent ? { indent } : {}),
    children: [new TextRun({ text, size, bold })],
  });
}

/**
 * Column widths in twips: the performance table's as the page's stylesheet has them. Others: a figure, a code or a
 * short header (`序号`) on one line, as the page keeps them (`white-space: nowrap`); what is left shared among the
 * columns of text by their longest text, up to a third of the page each.
 */
function columnWidths(t: Table, width: number, size: number): number[] {
  if (t.type === 'perf') return PERF_COLUMNS.map((p) => Math.floor((width * p) / 100));
  const count = t.head[0]!.reduce((k, c) => k + (c.colspan ?? 1), 0);
  const fixed = Array.from({ length: count }, () => 0);
  const wraps = Array.from({ length: count }, () => 0);
  // The grid: a cell spanning rows takes its column in the rows below it, so the next cell there is further right.
  let taken: number[] = [];
  // `bold`: a total row's figures, set in bold, are wider than the same figures in the other rows.
  const measure = (cells: readonly (Cell | HeadCell)[], head: boolean, bold = false) => {
    const below = taken.map((n) => Math.max(0, n - 1));
    let col = 0;
    for (const c of cells) {
      while ((taken[col] ?? 0) > 0) col++;
      if ((c.colspan ?? 1) === 1 && col < count) {
        const em = textWidth(c.text, bold ? 1.12 : 1);
        const oneLine = head ? [...c.text].length <= 4 : 'align' in c && (c.align === 'number' || c.token === true);
        if (oneLine) fixed[col] = Math.max(fixed[col]!, em);
        else wraps[col] = Math.max(wraps[col]!, Math.min(em, 18));
      }
      for (let k = 0; k < (c.colspan ?? 1); k++) below[col + k] = (c.rowspan ?? 1) - 1;
      col += c.colspan ?? 1;
    }
    taken = below;
  };
  t.head.forEach((row) => measure(row, true));
  for (const body of t.bodies) for (const row of body.rows) measure(row.cells, false, row.role === 'total');
  // An em of the table's text in twips, and a cell's margins and a little air.
  const em = size * 10;
  const need = fixed.map((f) => (f + 1.2) * em);
  const needed = need.reduce((a, b) => a + b, 0);
  if (needed >= width) return need.map((n) => Math.floor((width * n) / needed));
  const extra = wraps.map((w, i) => Math.max(0, w - fixed[i]!));
  const shares = extra.reduce((a, b) => a + b, 0);
  return need.map((n, i) => Math.floor(n + (width - needed) * (shares > 0 ? extra[i]! / shares : 1 / count)));
}

/** The chart as Word draws one: its figures in an embedded workbook, labelled as the document writes them. */
function chart(c: Chart, locale: Locale): ChartRunOptions {
  const base = {
    title: { text: c.title, font: { size: 12, bold: true } },
    font: { name: FONTS.body },
    chartArea: { border: 'none' as const },
    altText: { name: c.id, title: c.title, description: description(c) },
  };
  switch (c.type) {
    case 'donut': {
      return {
        // The legend says what the page's does (`基本支出 17989（36.0%）`); the ring carries the shares alone.
        ...base, type: 'doughnut', holeSize: 55, categories: donutLegends(c.parts, locale),
        legend: { position: 'right', font: { size: 10 } },
        transformation: { width: Math.min(TEXT_PX, 520), height: 300 },
        series: [{
          name: c.title, values: c.parts.map((p) => Math.max(0, p.value)), colors: c.parts.map((_, i) => PALETTE[i % PALETTE.length]!.slice(1)),
          dataLabels: { percentage: true, numberFormat: '0.0%', font: { size: 10, color: 'FFFFFF', bold: true } },
        }],
      };
    }
    case 'grouped':
      return {
        ...base, type: 'column', categories: c.pairs.map((p) => p.label),
        legend: { position: 'top', font: { size: 10 } },
        transformation: { width: TEXT_PX, height: 320 },
        valueAxis: { gridlines: false, visible: false },
        // Last year's bar first, as the page draws them; the legend names this year first there, as here by its own order.
        series: [
          { name: c.series[1], color: PREVIOUS.slice(1), values: c.pairs.map((p) => p.previous?.value ?? null), pointLabels: c.pairs.map((p) => (p.previous ? { text: p.previous.display, font: { size: 9 } } : false)) },
          { name: c.series[0], color: PALETTE[0].slice(1), values: c.pairs.map((p) => p.current.value), pointLabels: c.pairs.map((p) => ({ text: p.current.display, font: { size: 9 } })) },
        ],
      };
    case 'bars':
      return {
        ...base, type: 'bar', categories: c.items.map((d) => d.label), legend: false,
        transformation: { width: TEXT_PX, height: 60 + c.items.length * 30 },
        // Word draws the first category at the bottom: reversed, the largest is on top, as on the page.
        categoryAxis: { reverseOrder: true, font: { size: 9 } },
        valueAxis: { gridlines: false, visible: false },
        series: [{ name: c.title, color: PALETTE[0].slice(1), values: c.items.map((d) => d.value), pointLabels: c.items.map((d) => ({ text: d.display, font: { size: 9 } })) }],
      };
  }
}

/** What a screen reader says of the chart: its figures as written, as the page's `<desc>`. */
function description(c: Chart): string {
  switch (c.type) {
    case 'donut': return c.parts.map((p) => `${p.label} ${p.display}`).join('；');
    case 'grouped': return c.pairs.map((p) => `${p.label}：${c.series[0]} ${p.current.display}${p.previous ? `，${c.series[1]} ${p.previous.display}` : ''}`).join('；');
    case 'bars': return c.items.map((d) => `${d.label} ${d.display}`).join('；');
  }
}
