import { check, localize, type Finding, type Locale, type Localized } from '../core';
import { emit } from './emit';
import { readWordDocument } from './docx';
import { DocumentMapper } from './map';
import { emptyReport, type ImportReport } from './report';
import type { Piece } from './source';
import { importedName, importFormatOf, type ImportFormat } from './format';
import { formatReport } from './report';
import { readTextDocument } from './text';
import { readWorkbook } from './xlsx';

export { formatReport, type ImportReport } from './report';
export { describeWhere, type Where } from './source';

export { importedName, importFormatOf, type ImportFormat } from './format';

export interface ImportResult {
  /** The `*.budget.yaml` text: what the source says, mistakes included, and what could not be mapped as comments. */
  readonly yaml: string;
  readonly report: ImportReport;
}

/** The document from its pieces: pure, the same pieces give the same text and report. */
export function importPieces(pieces: readonly Piece[], format: ImportFormat, sourceName?: string): ImportResult {
  const report = emptyReport(format);
  const root = new DocumentMapper(report).map(pieces);
  const header = [
    `由 budgetdoc import 自${sourceName ? `“${sourceName}”` : '原文'}导入：数字照原文写入，原文的错误未改；未能映射的原文保留为注释。`,
    `Imported by budgetdoc import${sourceName ? ` from “${sourceName}”` : ''}: figures as the source states them, mistakes included; what could not be mapped is kept as comments.`,
  ];
  return { yaml: emit(root, header), report };
}

/** A Word document saved as text (UTF-8). */
export function importText(text: string, sourceName?: string): ImportResult {
  return importPieces(readTextDocument(text), 'txt', sourceName);
}

/** A `.txt`, `.docx` or `.xlsx` file's bytes. */
export async function importDocument(bytes: Uint8Array, format: ImportFormat, sourceName?: string): Promise<ImportResult> {
  switch (format) {
    case 'txt': return importText(decodeText(bytes), sourceName);
    case 'docx': return importPieces(await readWordDocument(bytes), 'docx', sourceName);
    case 'xlsx': return importPieces(await readWorkbook(bytes), 'xlsx', sourceName);
  }
}

/** UTF-8 (with or without BOM), or UTF-16 with its BOM, as Windows Notepad saves it. */
export class ImportError extends Error {}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('not UTF-8 text (save it as UTF-8, or as Unicode text)');
  }
}

/** What the editor's import command shows and writes: the document, its name beside the source, the report, the findings. */
export interface ImportedFile extends ImportResult {
  /** The file name of the document, beside the source (`说明.budget.yaml`). */
  readonly target: string;
  readonly findings: readonly Finding[];
  /** One line for a notification: what was read, what was kept, what the check found. */
  readonly summary: Localized;
  /** The whole report, then the findings by line, for an output panel. */
  readonly details: (locale: Locale) => string;
}

/** The import command's core: a file's bytes and name in, the document and what to tell about it out. */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<ImportedFile> {
  const format = importFormatOf(fileName);
  if (!format) throw new ImportError(`${fileName}: not a .txt, .docx or .xlsx file`);
  const result = await importDocument(bytes, format, fileName);
  const findings = check(result.yaml).findings;
  const r = result.report;
  const figures = r.figures.reduce((n, f) => n + f.figures.length, 0);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary: Localized = {
    zh: `已导入：${r.sections.length} 个部分，${r.tables.length} 张表，${figures} 个句中数字；${r.kept.length} 段保留为文字，${r.ambiguous.length} 处有歧义；检查发现 ${findings.length} 个问题（${errors} 个错误）。`,
    en: `Imported: ${r.sections.length} sections, ${r.tables.length} tables, ${figures} figures from sentences; ${r.kept.length} pieces kept as text, ${r.ambiguous.length} ambiguous; the check finds ${findings.length} problems (${errors} errors).`,
  };
  const target = importedName(fileName);
  const details = (locale: Locale) => formatReport(r, locale) + findings.map((f) => `${target}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${localize(f.message, locale)} (${f.rule})`).join('\n') + '\n';
  return { ...result, target, findings, summary, details };
}
