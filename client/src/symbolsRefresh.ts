import { languages, type Disposable, type DocumentSelector } from 'vscode';

/**
 * VS Code keeps a document's symbols (the Outline, the breadcrumbs, Go to Symbol) until the document is edited,
 * and LSP has no request to say they changed. When the settings change (`budget.locale`, or a `.budgetdoc.yaml`'s
 * `locale`, names the sections),
 * a provider registered anew makes VS Code drop what it kept and ask the server again. The provider itself gives
 * nothing: the symbols are the server's.
 */
export class SymbolsRefresh implements Disposable {
  private registration: Disposable | undefined;

  constructor(private readonly selector: DocumentSelector) {}

  refresh(): void {
    this.registration?.dispose();
    this.registration = languages.registerDocumentSymbolProvider(this.selector, { provideDocumentSymbols: () => [] });
  }

  dispose(): void {
    this.registration?.dispose();
    this.registration = undefined;
  }
}
