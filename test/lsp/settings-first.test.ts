import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  ConfigurationRequest, DidOpenTextDocumentNotification, DocumentSymbolRequest, HoverRequest, type DocumentSymbol, type MarkupContent,
} from 'vscode-languageserver-protocol';
import { Session } from './client';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', 'examples', 'cangzhou-2018.budget.yaml'), 'utf8');
const URI = 'file:///tmp/settings-first/cangzhou-2018.budget.yaml';

/**
 * A request that comes as the file opens, before the client has answered `workspace/configuration` (VS Code's
 * Outline asks then, and asks again only after an edit): it is answered under the document's settings, not the
 * defaults. Here a Chinese editor whose `budget.locale` is `en`, slow to answer.
 */
describe('requests sent before the settings have come', () => {
  let session: Session;
  let asked = 0;
  beforeEach(async () => {
    asked = 0;
    session = await Session.start({ locale: 'zh-cn' });
    session.connection.onRequest(ConfigurationRequest.type, async (p) => {
      asked++;
      await new Promise((r) => setTimeout(r, 400));
      return p.items.map(() => ({ locale: 'en', rules: {} }));
    });
  });
  afterEach(() => session.stop());

  const openAndAsk = async <R>(ask: () => Promise<R>): Promise<R> => {
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'budget-yaml', version: 1, text: EXAMPLE } });
    return ask();
  };

  it('the outline of a document just opened names its sections in budget.locale', async () => {
    const symbols = await openAndAsk(() => session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }) as Promise<DocumentSymbol[]>);
    assert.deepEqual(symbols.slice(0, 3).map((s) => `${s.detail}: ${s.name}`), ['organization: duties and organisation', 'overview: budget overview', 'operatingExpenses: operating expenses']);
    // One question to the client for the request and the check together.
    await session.diagnostics(URI, 1);
    assert.equal(asked, 1);
  });

  it('a hover asked as the document opens is in budget.locale too, and the diagnostics follow it', async () => {
    const hover = await openAndAsk(() => session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: EXAMPLE.split('\n').findIndex((l) => l.startsWith('overview:')), character: 2 } }));
    assert.ok(hover);
    assert.match((hover.contents as MarkupContent).value, /^\*\*budget overview\*\* · 部门预算安排总体情况\n/);
    const published = await session.diagnostics(URI, 1);
    assert.equal(published.diagnostics[0]!.message, '“社会维定” is a misspelling of “社会稳定”');
  });
});
