import { env, workspace, type Uri } from 'vscode';
import type { CheckOptions } from '../../../server/src/core/check/check';
import { L, localize, toLocale, type Locale, type Localized } from '../../../server/src/core/locale';
import { checkOptions, readSettings } from '../../../server/src/lsp/settings';

/** The preview's own words (commands' titles live in package.nls*.json). */
export const S = {
  previewTitle: (file: string) => L(`预览 ${file}`, `Preview ${file}`),
  noDocument: L('请先打开一个预算文件（*.budget.yaml）。', 'Open a budget document (*.budget.yaml) first.'),
  exported: (file: string) => L(`已导出 ${file}`, `Exported ${file}`),
  exportFailed: (reason: string) => L(`导出失败：${reason}`, `Export failed: ${reason}`),
  saveLabel: L('导出', 'Export'),
  cannotOpen: (file: string) => L(`无法打开 ${file}`, `Could not open ${file}`),
  /** Over a page kept while the text cannot be read: `第 12 行：…`. */
  stale: (why: string) => L(`${why}。预览显示的是最后一次能读取的内容。`, `${why}. The preview shows the document as it last could be read.`),
  staleAt: (line: number, message: string) => L(`第 ${line} 行：${message}`, `Line ${line}: ${message}`),
};

/** `budget.locale`, where `auto` follows VS Code's display language. */
export function uiLocale(): Locale {
  const setting = workspace.getConfiguration('budget').get<string>('locale', 'auto');
  return toLocale(setting === 'auto' ? env.language : setting);
}

/** `budget.rules` and `budget.limits.*` as the language server reads them: the preview and the export check alike. */
export function checkOptionsOf(resource?: Uri): CheckOptions {
  return checkOptions(readSettings(workspace.getConfiguration(undefined, resource).get('budget')));
}

/** `budget.preview.locale`: the language of the page's own text; published disclosures are Chinese. */
export function pageLocale(resource?: Uri): Locale {
  return toLocale(workspace.getConfiguration('budget.preview', resource).get<string>('locale', 'zh-CN'));
}

export function t(text: Localized): string {
  return localize(text, uiLocale());
}
