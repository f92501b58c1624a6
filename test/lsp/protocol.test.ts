import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import { join } from 'path';
import { ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest, CompletionRequest, ConfigurationRequest, createProtocolConnection, DidOpenTextDocumentNotification,
  HoverRequest, InitializeRequest, ShutdownRequest, type CompletionItem, type CompletionList, type Diagnostic,
} from 'vscode-languageserver-protocol';
import { MAX_DIAGNOSTICS } from '../../server/src/lsp/diagnostics';
import { settingsTimeout } from '../../server/src/lsp/server';
import { fixture } from '../helpers';
import { Session, shareSession } from './client';

const URI = 'file:///work/protocol.budget.yaml';
const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const consistent = fixture('consistent.budget.yaml');
/** The parent activity 政务服务 says 600.00; its children add up to 587.00. */
const wrongParent = consistent.replace('      budget: 587.00', '      budget: 600.00');
const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : r?.items ?? []);
const codeOf = async (p: Promise<unknown>) => p.then(() => 'answered', (e: unknown) => (e instanceof ResponseError ? e.code : String(e)));

/** A server on stdio with nothing sent yet: the protocol's lifecycle from its first message. */
function rawServer() {
  const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.listen();
  return { connection, stop: () => { connection.dispose(); server.kill(); } };
}

const hoverParams = { textDocument: { uri: URI }, position: { line: 0, character: 0 } };

describe('language server: the protocol as a third-party client speaks it', () => {
  // The tests of a client in English share one server; those of another client (and the one that takes the
  // diagnostics' handler over) start their own.
  let session!: Session;
  shareSession({ locale: 'en' }, (s) => { session = s; });

  describe('lifecycle', () => {
    it('refuses a request before initialize with -32002 (ServerNotInitialized)', async () => {
      const { connection, stop } = rawServer();
      try {
        assert.equal(await codeOf(connection.sendRequest(HoverRequest.type, hoverParams)), -32002);
      } finally {
        stop();
      }
    });

    it('refuses a request after shutdown with -32600 (InvalidRequest)', async () => {
      const { connection, stop } = rawServer();
      try {
        await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
        await connection.sendRequest(ShutdownRequest.type);
        assert.equal(await codeOf(connection.sendRequest(HoverRequest.type, hoverParams)), -32600);
      } finally {
        stop();
      }
    });

    it('answers invalid params with -32602 (InvalidParams) and says which, not a JavaScript message', async () => {
      const session = await Session.start();
      try {
        const missing = await session.connection.sendRequest('textDocument/hover', { position: { line: 0, character: 0 } }).then(() => undefined, (e: ResponseError<unknown>) => e);
        assert.equal(missing?.code, -32602);
        assert.equal(missing?.message, 'budget: hover: textDocument.uri must be a string');
        const position = await session.connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: 'x' }).then(() => undefined, (e: ResponseError<unknown>) => e);
        assert.equal(position?.code, -32602);
        assert.equal(position?.message, 'budget: completion: position must be { line, character } with non-negative integers');
        const range = await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 } }, context: { diagnostics: [] } }).then(() => undefined, (e: ResponseError<unknown>) => e);
        assert.equal(range?.code, -32602);
        assert.equal(range?.message, 'budget: codeAction: range must be { start, end } positions');
      } finally {
        await session.stop();
      }
    });
  });

  describe('workspace/configuration that fails', () => {
    it('checks with the default settings when the client answers the settings request with an error', async () => {
      const session = await Session.start();
      try {
        session.connection.onRequest(ConfigurationRequest.type, () => new ResponseError(-32603, 'no settings here'));
        const published = await session.open(URI, wrongParent);
        assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line]), [['sum-mismatch', 50]]);
      } finally {
        await session.stop();
      }
    });

    it('waits 3 s for the settings, or BUDGET_DOCS_SETTINGS_TIMEOUT_MS when that is a positive whole number', () => {
      assert.equal(settingsTimeout({}), 3000);
      assert.equal(settingsTimeout({ BUDGET_DOCS_SETTINGS_TIMEOUT_MS: '500' }), 500);
      for (const bad of ['', '0', '-5', '1.5', 'soon']) assert.equal(settingsTimeout({ BUDGET_DOCS_SETTINGS_TIMEOUT_MS: bad }), 3000, bad);
    });

    it('checks with the default settings when the client never answers the settings request (after the wait)', async () => {
      // The wait shortened to 500 ms: what is tested is what happens once it is over.
      const session = await Session.start({ env: { BUDGET_DOCS_SETTINGS_TIMEOUT_MS: '500' } });
      try {
        session.connection.onRequest(ConfigurationRequest.type, () => new Promise<never>(() => undefined));
        const logged: string[] = [];
        session.connection.onNotification('window/logMessage', (p: { message: string }) => { logged.push(p.message); });
        const opened = Date.now();
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'budget-yaml', version: 1, text: wrongParent } });
        const published = await new Promise<Diagnostic[]>((resolve) => {
          session.connection.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: Diagnostic[] }) => resolve(p.diagnostics));
        });
        assert.ok(Date.now() - opened >= 450, 'published before the settings request timed out');
        assert.deepEqual(published.map((d) => d.code), ['sum-mismatch']);
        assert.match(logged.join('\n'), /workspace\/configuration failed \(no answer in 500 ms\); checking file:\/\/\/work\/protocol\.budget\.yaml without the editor's settings/);
      } finally {
        await session.stop();
      }
    });
  });

  it(`publishes at most ${MAX_DIAGNOSTICS} diagnostics a document, and then one that says how many more there are`, async () => {
    const unknown = Array.from({ length: 1500 }, (_, i) => `k${i}: 1`).join('\n');
    const published = await session.open(URI, `${consistent}${unknown}\n`);
    assert.equal(published.diagnostics.length, MAX_DIAGNOSTICS + 1);
    const last = published.diagnostics.at(-1)!;
    assert.equal(last.message, `500 more problems not listed (at most ${MAX_DIAGNOSTICS} a file); they show as the ones above are fixed`);
    assert.equal(last.severity, 3);
    const lines = consistent.split('\n').length - 1;
    assert.deepEqual(last.range.start, { line: lines + MAX_DIAGNOSTICS, character: 0 });
  });

  describe('line breaks', () => {
    it('reads lone CR line breaks as the line index does: the document checks as with LF, and the fix lands on its value', async () => {
      const text = wrongParent.replace(/\n/g, '\r');
      const published = await session.open(URI, text);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range]), [['sum-mismatch', { start: { line: 50, character: 14 }, end: { line: 50, character: 20 } }]]);
      const actions = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: published.diagnostics[0]!.range, context: { diagnostics: published.diagnostics, only: ['quickfix'] } });
      const fix = actions?.find((a) => 'edit' in a && a.edit);
      assert.ok(fix && 'edit' in fix && fix.edit?.changes);
      const fixed = await session.edit(URI, fix.edit.changes[URI]!);
      assert.deepEqual(fixed.diagnostics, []);
      assert.equal(session.text(URI), consistent.replace(/\n/g, '\r'));
    });

    it('ends the lines of a key completion with CRLF in a CRLF document', async () => {
      const text = consistent.replace(/\n  previous: \{[^}]*\}\n/, '\n  \n').replace(/\n/g, '\r\n');
      await session.open(URI, text);
      const line = text.split('\r\n').indexOf('operatingExpenses:') - 1;
      const result = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line, character: 2 } }));
      const previous = result.find((c) => c.label === 'previous');
      assert.equal(previous?.insertText ?? previous?.textEdit?.newText, 'previous:\r\n    ');
    });

    it('completes a top-level key on the first line of a file that starts with a byte order mark', async () => {
      const text = `\uFEFF\n${consistent.replace(/^# .*\nbudget: 1\n/, '')}`;
      await session.open(URI, text);
      const result = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 1 } }));
      assert.deepEqual(result.map((c) => c.label), ['budget', 'title', 'preface', 'tables']);
    });
  });

  it('opened again with the same version but another text, serves the new text, not the old analysis', async () => {
    const session = await Session.start({ locale: 'en' });
    try {
      assert.deepEqual((await session.open(URI, consistent)).diagnostics, []);
      const reopened = new Promise<Diagnostic[]>((resolve) => {
        session.connection.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: Diagnostic[] }) => resolve(p.diagnostics));
      });
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'budget-yaml', version: 1, text: wrongParent } });
      assert.deepEqual((await reopened).map((d) => d.code), ['sum-mismatch']);
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 50, character: 16 } });
      assert.match(JSON.stringify(hover), /600\.00/);
    } finally {
      await session.stop();
    }
  });
});
