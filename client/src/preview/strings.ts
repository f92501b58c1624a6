import { L, localize, type Localized } from '../../../server/src/core';
import { uiLocale } from './config';

/** The preview's own words (commands' titles live in package.nls*.json; the page's notice is the renderer's). */
export const S = {
  previewTitle: (file: string) => L(`预览 ${file}`, `Preview ${file}`),
  noDocument: L('请先打开一个预算文件（*.budget.yaml）。', 'Open a budget document (*.budget.yaml) first.'),
  exported: (file: string) => L(`已导出 ${file}`, `Exported ${file}`),
  /** A document with mistakes, exported as written (as `budgetdoc render` says it). */
  exportedAsWritten: (file: string, format: 'html' | 'docx', errors: number, warnings: number) => L(
    `已导出 ${file}。文件有 ${[errors > 0 ? `${errors} 个错误` : '', warnings > 0 ? `${warnings} 个警告` : ''].filter(Boolean).join('、')}，${format === 'docx' ? 'Word 文件' : '页面'}按文件原样生成，问题未改。`,
    `Exported ${file}. The document has ${[errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')}: ${format === 'docx' ? 'the Word file' : 'the page'} shows it as written, mistakes included.`,
  ),
  open: L('打开', 'Open'),
  showProblems: L('显示问题', 'Show Problems'),
  exportFailed: (reason: string) => L(`导出失败：${reason}`, `Export failed: ${reason}`),
  saveLabel: L('导出', 'Export'),
  cannotOpen: (file: string) => L(`无法打开 ${file}`, `Could not open ${file}`),
  previewFailed: (reason: string) => L(`预览失败：${reason}`, `The preview failed: ${reason}`),
};

export function t(text: Localized): string {
  return localize(text, uiLocale());
}
