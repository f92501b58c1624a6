import { strict as assert } from 'assert';
import Module from 'module';
import type { CancellationToken, DocumentSymbol, TextDocument } from 'vscode';

// The one part of `vscode` the class calls, outside an editor: registering the empty provider of a refresh.
const registered: unknown[] = [];
const vscode = { languages: { registerDocumentSymbolProvider: (...args: unknown[]) => (registered.push(args), { dispose() {} }) } };
const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const { SymbolsRefresh } = require('../../client/src/symbolsRefresh') as typeof import('../../client/src/symbolsRefresh');
loader._load = load;

const token = (cancelled = false) => ({ isCancellationRequested: cancelled }) as CancellationToken;

/** A stand-in for the language client's request: counts the questions, answers each with new symbols. */
function server() {
  const asked: number[] = [];
  const next = (document: TextDocument) => {
    asked.push(document.version);
    return Promise.resolve([{ name: `v${document.version}` }] as DocumentSymbol[]);
  };
  return { asked, next };
}

describe('SymbolsRefresh', () => {
  it("gives a version's symbols again without asking the server, and asks for the next version's", async () => {
    const symbols = new SymbolsRefresh([]);
    const { asked, next } = server();
    const document = { version: 1 } as { version: number } & TextDocument;
    const first = await symbols.provide(document, token(), next);
    // The breadcrumbs and sticky scroll each ask for version 1.
    assert.equal(await symbols.provide(document, token(), next), first);
    assert.deepEqual(asked, [1]);
    document.version = 2;
    assert.deepEqual(await symbols.provide(document, token(), next), [{ name: 'v2' }]);
    assert.deepEqual(asked, [1, 2]);
  });

  it('asks again once the settings changed (they name the sections), and keeps no cancelled answer', async () => {
    const symbols = new SymbolsRefresh([]);
    const { asked, next } = server();
    const document = { version: 1 } as TextDocument;
    await symbols.provide(document, token(true), next);
    await symbols.provide(document, token(), next);
    symbols.refresh();
    await symbols.provide(document, token(), next);
    assert.deepEqual(asked, [1, 1, 1]);
    assert.equal(registered.length, 1);
  });
});
