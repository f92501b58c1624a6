import * as path from 'path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerImport } from './import';
import { registerPreview } from './preview';
import { restartingErrorHandler } from './restart';
import { NEW_DOCUMENT } from './template';

let client: LanguageClient | undefined;

/** Starts the bundled language server for `budget-yaml` documents and registers the commands. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'budget-yaml' }],
    // Sends `budget.*` on start and on every change; the server also asks per document.
    synchronize: { configurationSection: 'budget' },
    errorHandler: restartingErrorHandler(),
  };
  // Id `budget`: the library reads `budget.trace.server`.
  client = new LanguageClient('budget', 'Budget Language Server', serverOptions, clientOptions);

  context.subscriptions.push(
    commands.registerCommand('budget.newDocument', async () => {
      const document = await workspace.openTextDocument({ language: 'budget-yaml', content: NEW_DOCUMENT });
      await window.showTextDocument(document);
    }),
  );

  registerPreview(context);
  registerImport(context);

  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
