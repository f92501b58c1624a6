import * as os from 'os';
import * as path from 'path';
import { commands, languages, Uri, window, workspace, WorkspaceEdit, type ExtensionContext, type TextDocument, type WebviewPanel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerImport } from './import';
import { LANGUAGE_ID } from './language';
import { OUTLINE_LIMITED, OutlineLimitStatus } from './outlineLimit';
import { offerBudgetMode } from './plainYamlOffer';
import { registerPreview } from './preview';
import { restartingErrorHandler } from './restart';
import { SymbolsRefresh } from './symbolsRefresh';
import { NEW_DOCUMENT_DEPARTMENT, newDocument, newDocumentName } from './template';

/** What the extension's entry (extension.ts) asks of the part it loads on first need. */
export interface Session {
  /** Settles once the language client has started, or at once while no budget document is open. */
  readonly ready: Promise<void>;
  /** The offer for a plain YAML file that reads like a budget document (plainYamlOffer.ts). */
  offerBudgetMode(document: TextDocument): Promise<void>;
  /** A preview panel VS Code restores after a reload. */
  restorePreview(panel: WebviewPanel, state: unknown): void;
  stop(): Thenable<void>;
}

/** Starts the bundled language server for `budget-yaml` documents (with the first one open) and registers the commands. */
export function start(context: ExtensionContext): Session {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const symbols = new SymbolsRefresh([{ language: LANGUAGE_ID }]);
  context.subscriptions.push(symbols);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    // Sends `budget.*` on start and on every change; the server also asks per document.
    synchronize: { configurationSection: 'budget' },
    errorHandler: restartingErrorHandler(),
    middleware: {
      provideDocumentSymbols: symbols.provide,
      workspace: {
        // Once the server has been told, the symbols VS Code kept are asked for again (symbolsRefresh.ts).
        didChangeConfiguration: async (sections, next) => {
          await next(sections);
          symbols.refresh();
        },
        // So is a .budgetdoc.yaml written, changed or deleted (its `locale` names them too).
        didChangeWatchedFile: async (event, next) => {
          await next(event);
          symbols.refresh();
        },
      },
    },
  };
  // Id `budget`: the library reads `budget.trace.server`.
  const client = new LanguageClient('budget', 'Budget Language Server', serverOptions, clientOptions);
  const outlineLimit = new OutlineLimitStatus([{ language: LANGUAGE_ID }]);
  context.subscriptions.push(outlineLimit, client.onNotification(OUTLINE_LIMITED, outlineLimit.told));

  context.subscriptions.push(
    commands.registerCommand('budget.newDocument', async () => {
      const document = await openNewDocument();
      await window.showTextDocument(document);
    }),
  );

  const restorePreview = registerPreview(context);
  registerImport(context);
  const session: Session = {
    ready: Promise.resolve(),
    offerBudgetMode: (document) => offerBudgetMode(context, document),
    restorePreview,
    stop: () => client.stop(),
  };

  // The server starts with the first budget document.
  const isBudget = (d: TextDocument) => d.languageId === LANGUAGE_ID;
  if (workspace.textDocuments.some(isBudget)) return { ...session, ready: client.start() };
  const waiting = workspace.onDidOpenTextDocument((d) => {
    if (!isBudget(d)) return;
    waiting.dispose();
    void client.start();
  });
  context.subscriptions.push(waiting);
  return session;
}

/**
 * An untitled `<department>.budget.yaml` for this year, in the workspace folder (else the home folder): the tab
 * shows that name and saving writes it there, where a file of that name is not already (or another new one).
 */
async function openNewDocument(): Promise<TextDocument> {
  const folder = workspace.workspaceFolders?.[0]?.uri ?? Uri.file(os.homedir());
  const taken = async (uri: Uri): Promise<boolean> => {
    if (workspace.textDocuments.some((d) => d.uri.path === uri.path && (d.uri.scheme === 'untitled' || d.uri.scheme === uri.scheme))) return true;
    try {
      await workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  };
  let n = 1;
  while (await taken(Uri.joinPath(folder, newDocumentName(NEW_DOCUMENT_DEPARTMENT, n)))) n++;
  const opened = await workspace.openTextDocument(Uri.joinPath(folder, newDocumentName(NEW_DOCUMENT_DEPARTMENT, n)).with({ scheme: 'untitled' }));
  // The name gives the language; a setting mapping *.yaml elsewhere does not take it away.
  const document = opened.languageId === LANGUAGE_ID ? opened : await languages.setTextDocumentLanguage(opened, LANGUAGE_ID);
  const edit = new WorkspaceEdit();
  edit.insert(document.uri, document.positionAt(0), newDocument(new Date().getFullYear()));
  await workspace.applyEdit(edit);
  return document;
}
