import { env, workspace, type Uri } from 'vscode';
import { type CheckOptions, configFor, checkOptions, localeOf, resolveSettings, type Settings, toLocale, type Locale } from '../../../server/src/core';

/** The settings of a document as the language server reads them: its `.budgetdoc.yaml`, `budget.*` on top. */
export function settingsOf(resource?: Uri): Settings {
  const path = resource?.scheme === 'file' ? resource.fsPath : undefined;
  return resolveSettings(workspace.getConfiguration(undefined, resource).get('budget'), path === undefined ? undefined : configFor(path), path);
}

/** `budget.locale` (or the configuration's `locale`), where `auto` follows VS Code's display language. */
export function uiLocale(resource?: Uri): Locale {
  return localeOf(settingsOf(resource), env.language);
}

/** The preview and the export check as the language server does. */
export function checkOptionsOf(resource?: Uri): CheckOptions {
  return checkOptions(settingsOf(resource));
}

/** `budget.preview.locale`: the language of the page's own text; published disclosures are Chinese. */
export function pageLocale(resource?: Uri): Locale {
  return toLocale(workspace.getConfiguration('budget.preview', resource).get<string>('locale', 'zh-CN'));
}

/** `budget.preview.showFindings`: outline what findings are about, and list them over the page. */
export function showFindings(resource?: Uri): boolean {
  return workspace.getConfiguration('budget.preview', resource).get<boolean>('showFindings', true);
}
