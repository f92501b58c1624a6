import { languages, type CancellationToken, type Disposable, type DocumentSelector, type DocumentSymbol, type ProviderResult, type SymbolInformation, type TextDocument } from 'vscode';

type Symbols = SymbolInformation[] | DocumentSymbol[];

/**
 * VS Code keeps a document's symbols (the Outline, the breadcrumbs, Go to Symbol) until the document is edited,
 * and LSP has no request to say they changed. When the settings change (`budget.locale`, or a `.budgetdoc.yaml`'s
 * `locale`, names the sections),
 * a provider registered anew makes VS Code drop what it kept and ask the server again. The provider itself gives
 * nothing: the symbols are the server's.
 *
 * VS Code also asks for one version's symbols more than once (the breadcrumbs and sticky scroll, each on its own
 * timer, 0.6–2 s apart): the server's answer for a version is given again (`provide`), not asked for again and read
 * from its 1.2 MB of JSON at 2,000 activities, until the document changes or the settings do.
 */
export class SymbolsRefresh implements Disposable {
  private registration: Disposable | undefined;
  private answered = new WeakMap<TextDocument, { readonly version: number; readonly symbols: Symbols }>();

  constructor(private readonly selector: DocumentSelector) {}

  /** The language client's middleware for `textDocument/documentSymbol`. */
  readonly provide = (document: TextDocument, token: CancellationToken, next: (document: TextDocument, token: CancellationToken) => ProviderResult<Symbols>): ProviderResult<Symbols> => {
    const kept = this.answered.get(document);
    if (kept?.version === document.version) return kept.symbols;
    const { version } = document;
    const answered = this.answered;
    return Promise.resolve(next(document, token)).then((symbols) => {
      // An answer cancelled, or one to a question asked before the settings changed, is not kept.
      if (symbols && !token.isCancellationRequested && answered === this.answered) answered.set(document, { version, symbols });
      return symbols;
    });
  };

  refresh(): void {
    this.answered = new WeakMap();
    this.registration?.dispose();
    this.registration = languages.registerDocumentSymbolProvider(this.selector, { provideDocumentSymbols: () => [] });
  }

  dispose(): void {
    this.registration?.dispose();
    this.registration = undefined;
  }
}
