import { localize, type Locale, type Localized } from '../core';
import type { ImportFormat } from './format';
import { describeWhere, type Where } from './source';

/** One piece of the source and where its content went. */
export interface ReportItem {
  /** The YAML path it went to (`overview.income`), or `#` for a comment. */
  readonly path: string;
  readonly text: string;
  readonly where: Where;
}

export interface FigureRead {
  readonly path: string;
  readonly value: string;
}

/** A sentence (or table) and the figures read from it. */
export interface FiguresItem {
  readonly text: string;
  readonly where: Where;
  readonly figures: readonly FigureRead[];
}

export interface TableItem {
  readonly path: string;
  readonly title?: string;
  /** The header row(s) as the source wrote them, cells apart by ` | `. */
  readonly header: string;
  readonly rows: number;
  readonly where: Where;
}

export interface AmbiguousItem {
  readonly text: string;
  readonly where: Where;
  readonly message: Localized;
}

/**
 * What an import did, piece by piece: every piece of the source is in the
 * output as written, or here (read into figures, read as structure, kept as
 * a comment, or reported as ambiguous).
 */
export interface ImportReport {
  readonly format: ImportFormat;
  readonly sections: ReportItem[];
  readonly tables: TableItem[];
  readonly figures: FiguresItem[];
  /** Pieces read whole into keys in another shape: a list of duties, a glossary entry, a heading inside a section, a 单位 line. */
  readonly read: ReportItem[];
  /** Pieces without a key of their own, kept as a comment or in a free-text key. */
  readonly kept: ReportItem[];
  readonly ambiguous: AmbiguousItem[];
  /** Names whose numbering was removed, as the source wrote them. */
  readonly numbering: ReportItem[];
  /** Required keys the source did not state: left out, for the check to report. */
  readonly missing: string[];
}

export function emptyReport(format: ImportReport['format']): ImportReport {
  return { format, sections: [], tables: [], figures: [], read: [], kept: [], ambiguous: [], numbering: [], missing: [] };
}

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The report for a terminal or a notification's detail: counts, then every piece kept, ambiguous or missing. */
export function formatReport(report: ImportReport, locale: Locale): string {
  const at = (w: Where) => localize(describeWhere(w), locale);
  const t = (zh: string, en: string) => localize({ zh, en }, locale);
  const out: string[] = [];
  const figureCount = report.figures.reduce((n, f) => n + f.figures.length, 0);
  out.push(t(
    `读取：${report.sections.length} 个部分，${report.tables.length} 张表，${figureCount} 个句中数字，${report.kept.length} 段保留为文字，${report.ambiguous.length} 处有歧义`,
    `Read: ${report.sections.length} sections, ${report.tables.length} tables, ${figureCount} figures from sentences, ${report.kept.length} pieces kept as text, ${report.ambiguous.length} ambiguous`,
  ));
  if (report.sections.length) out.push(t('部分：', 'Sections:'), ...report.sections.map((s) => `  ${s.path} ← ${at(s.where)} ${s.text}`));
  if (report.tables.length) out.push(t('表格：', 'Tables:'), ...report.tables.map((x) => `  ${x.path} ← ${at(x.where)} ${x.title ? `${x.title} ` : ''}(${t(`${x.rows} 行`, `${x.rows} rows`)}) ${clip(x.header, 80)}`));
  if (report.figures.length) {
    out.push(t('句中数字：', 'Figures from sentences:'));
    for (const f of report.figures) out.push(`  ${at(f.where)} ${clip(f.text)}`, ...f.figures.map((r) => `    ${r.path}: ${r.value}`));
  }
  if (report.kept.length) out.push(t('保留为文字（未映射）：', 'Kept as text (not mapped):'), ...report.kept.map((k) => `  ${at(k.where)} → ${k.path === '#' ? t('注释', 'comment') : k.path}: ${clip(k.text)}`));
  if (report.ambiguous.length) out.push(t('有歧义（未猜测）：', 'Ambiguous (not guessed):'), ...report.ambiguous.map((a) => `  ${at(a.where)} ${localize(a.message, locale)}: ${clip(a.text)}`));
  if (report.numbering.length) out.push(t(`去掉编号的名称：${report.numbering.length} 个（由排版生成）`, `Names with their numbering removed: ${report.numbering.length} (the renderer numbers)`));
  if (report.missing.length) out.push(t(`原文未写明、未填写的必填项：${report.missing.join('、')}`, `Required but not stated in the source, left out: ${report.missing.join(', ')}`));
  return out.join('\n') + '\n';
}
