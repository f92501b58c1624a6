import { env, workspace, type Uri } from 'vscode';
import type { CheckOptions } from '../../../server/src/core/check/check';
import { L, localize, toLocale, type Locale, type Localized } from '../../../server/src/core/locale';
import { checkOptions, resolveSettings, type Settings } from '../../../server/src/core/config/settings';
import { configFor } from '../../../server/src/core/config/load';

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

/** The settings of a document as the language server reads them: its `.budgetdoc.yaml`, `budget.*` on top. */
export function settingsOf(resource?: Uri): Settings {
  const path = resource?.scheme === 'file' ? resource.fsPath : undefined;
  return resolveSettings(workspace.getConfiguration(undefined, resource).get('budget'), path === undefined ? undefined : configFor(path), path);
}

/** `budget.locale` (or the configuration's `locale`), where `auto` follows VS Code's display language. */
export function uiLocale(resource?: Uri): Locale {
  const setting = settingsOf(resource).locale;
  return setting === 'auto' ? toLocale(env.language) : setting;
}

/** The preview and the export check as the language server does. */
export function checkOptionsOf(resource?: Uri): CheckOptions {
  return checkOptions(settingsOf(resource));
}

/** `budget.preview.locale`: the language of the page's own text; published disclosures are Chinese. */
export function pageLocale(resource?: Uri): Locale {
  return toLocale(workspace.getConfiguration('budget.preview', resource).get<string>('locale', 'zh-CN'));
}

export function t(text: Localized): string {
  return localize(text, uiLocale());
}
