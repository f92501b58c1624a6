import { languages, LanguageStatusSeverity, Uri, window, workspace, type Disposable, type DocumentSelector, type LanguageStatusItem } from 'vscode';
import { L, localize } from '../../server/src/core';
import { OUTLINE_LIMITED, type OutlineLimited } from '../../server/src/lsp/outline-limit';
import { uiLocale } from './preview/config';

export { OUTLINE_LIMITED };

export const OUTLINE_SETTING = 'budget.outline.maxItems';

const S = {
  name: L('预算文件大纲', 'Budget Outline'),
  text: L('大纲', 'Outline'),
  detail: (shown: number, total: number) => L(`只列出前 ${shown} 项（共 ${total} 项），以免拖慢编辑`, `only ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} items shown, for speed`),
  configure: L('设置', 'Configure'),
};

/**
 * A document whose outline the server sent in part (`budget/outlineLimited`) shows it in the status bar's language
 * status while its editor is the active one, as VS Code's JSON support shows `json.maxItemsComputed` reached: how
 * many of how many items, and a link to the setting.
 */
export class OutlineLimitStatus implements Disposable {
  private readonly limited = new Map<string, OutlineLimited>();
  private item: LanguageStatusItem | undefined;
  private readonly listening: Disposable[];

  constructor(private readonly selector: DocumentSelector) {
    this.listening = [
      window.onDidChangeActiveTextEditor(() => this.show()),
      workspace.onDidCloseTextDocument((d) => {
        if (this.limited.delete(d.uri.toString())) this.show();
      }),
    ];
  }

  /** The notification's handler. */
  readonly told = (limited: OutlineLimited): void => {
    if (limited.shown < limited.total) this.limited.set(limited.uri, limited);
    else this.limited.delete(limited.uri);
    this.show();
  };

  private show(): void {
    const document = window.activeTextEditor?.document;
    const limited = document && this.limited.get(document.uri.toString());
    if (!limited) {
      this.item?.dispose();
      this.item = undefined;
      return;
    }
    const locale = uiLocale(Uri.parse(limited.uri));
    this.item ??= languages.createLanguageStatusItem('budget.outlineLimit', this.selector);
    this.item.name = localize(S.name, locale);
    this.item.severity = LanguageStatusSeverity.Warning;
    this.item.text = localize(S.text, locale);
    this.item.detail = localize(S.detail(limited.shown, limited.total), locale);
    this.item.command = { title: localize(S.configure, locale), command: 'workbench.action.openSettings', arguments: [OUTLINE_SETTING] };
  }

  dispose(): void {
    this.item?.dispose();
    for (const d of this.listening) d.dispose();
  }
}
