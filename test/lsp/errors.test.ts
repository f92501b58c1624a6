import { strict as assert } from 'assert';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, ErrorCodes, HoverRequest, InlayHintRequest, LogMessageNotification, LSPErrorCodes,
  MessageType, ResponseError, type MarkupContent,
} from 'vscode-languageserver-protocol';
import { fixture } from '../helpers';
import { Session } from './client';

const URI = 'file:///work/errors.budget.yaml';
const consistent = fixture('consistent.budget.yaml');
/** The key `basic:` of overview.expenditure, and what its hover says. */
const BASIC = { line: 21, character: 6 };
const BASIC_HOVER = '**基本支出** · basic expenditure\n\n基本支出：保障机构正常运转、完成日常工作任务的人员支出和公用支出。\n\n`overview.expenditure.basic`';

describe('language server: a request that fails gets an LSP error, and the server keeps answering', () => {
  let session: Session;
  const logged: string[] = [];
  before(async () => {
    session = await Session.start({ locale: 'zh-cn' });
    session.connection.onNotification(LogMessageNotification.type, (m) => {
      if (m.type === MessageType.Error) logged.push(m.message);
    });
    await session.open(URI, consistent);
  });
  after(async () => {
    await session.stop();
  });

  /** The error a request is answered with (it must not answer normally). */
  async function failure(request: Promise<unknown>): Promise<ResponseError<unknown>> {
    try {
      await request;
    } catch (e) {
      assert.ok(e instanceof ResponseError, `not an LSP error: ${String(e)}`);
      return e;
    }
    assert.fail('the request was answered as if it had succeeded');
  }

  const doc = { textDocument: { uri: URI } };
  // A handler that throws on a request whose document and position are well-formed: the context is null here.
  const broken: [string, string, () => Promise<unknown>][] = [
    ['codeAction', 'only', () => session.connection.sendRequest(CodeActionRequest.method, { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: null })],
  ];

  for (const [name, field, send] of broken) {
    it(`answers ${name} with a null where it reads .${field}: RequestFailed, the stack logged, then a good hover`, async () => {
      logged.length = 0;
      const error = await failure(send());
      assert.equal(error.code, LSPErrorCodes.RequestFailed);
      assert.equal(error.message, `budget: ${name} failed: Cannot read properties of null (reading '${field}')`);
      const hover = await session.connection.sendRequest(HoverRequest.type, { ...doc, position: BASIC });
      assert.equal((hover?.contents as MarkupContent).value, BASIC_HOVER);
      assert.equal(logged.length, 1);
      assert.match(logged[0]!, new RegExp(`^budget: ${name} failed: TypeError: [^\\n]+\\n\\s+at `), 'the stack goes to the log, not to the user');
    });
  }

  // A null where the protocol requires a document or a position is invalid params, said as such, and nothing is logged.
  const invalid: [string, string, () => Promise<unknown>][] = [
    ['hover', 'position must be { line, character } with non-negative integers', () => session.connection.sendRequest(HoverRequest.method, { ...doc, position: null })],
    ['completion', 'position must be { line, character } with non-negative integers', () => session.connection.sendRequest(CompletionRequest.method, { ...doc, position: null })],
    ['definition', 'position must be { line, character } with non-negative integers', () => session.connection.sendRequest(DefinitionRequest.method, { ...doc, position: null })],
    ['inlayHint', 'range must be { start, end } positions', () => session.connection.sendRequest(InlayHintRequest.method, { ...doc, range: null })],
    ['hover', 'textDocument.uri must be a string', () => session.connection.sendRequest(HoverRequest.method, { textDocument: null, position: { line: 0, character: 0 } })],
  ];

  for (const [name, reason, send] of invalid) {
    it(`answers ${name} with invalid params: -32602 "${reason}", then a good hover`, async () => {
      logged.length = 0;
      const error = await failure(send());
      assert.equal(error.code, ErrorCodes.InvalidParams);
      assert.equal(error.message, `budget: ${name}: ${reason}`);
      const hover = await session.connection.sendRequest(HoverRequest.type, { ...doc, position: BASIC });
      assert.equal((hover?.contents as MarkupContent).value, BASIC_HOVER);
      assert.equal(logged.length, 0);
    });
  }

  it('keeps answering after many failures in a row, each with its own error', async () => {
    const errors = await Promise.all(Array.from({ length: 50 }, () => failure(broken[0]![2]())));
    assert.ok(errors.every((e) => e.code === LSPErrorCodes.RequestFailed));
    const hover = await session.connection.sendRequest(HoverRequest.type, { ...doc, position: BASIC });
    assert.equal((hover?.contents as MarkupContent).value, BASIC_HOVER);
  });
});
