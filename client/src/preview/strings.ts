import { L, localize, type Localized } from '../../../server/src/core';
import { uiLocale } from './config';

/** The preview's own words (commands' titles live in package.nls*.json; the page's notice is the renderer's). */
export const S = {
  previewTitle: (file: string) => L(`预览 ${file}`, `Preview ${file}`),
  noDocument: L('请先打开一个预算文件（*.budget.yaml）。', 'Open a budget document (*.budget.yaml) first.'),
  exported: (file: string) => L(`已导出 ${file}`, `Exported ${file}`),
  exportFailed: (reason: string) => L(`导出失败：${reason}`, `Export failed: ${reason}`),
  saveLabel: L('导出', 'Export'),
  cannotOpen: (file: string) => L(`无法打开 ${file}`, `Could not open ${file}`),
};

export function t(text: Localized): string {
  return localize(text, uiLocale());
}
