import { strict as assert } from 'assert';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, HoverRequest, InlayHintRequest, LogMessageNotification, LSPErrorCodes,
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
  // Each handler reads a field a well-formed request always has; here it is null, so the handler throws.
  const broken: [string, string, () => Promise<unknown>][] = [
    ['hover', 'line', () => session.connection.sendRequest(HoverRequest.method, { ...doc, position: null })],
    ['completion', 'line', () => session.connection.sendRequest(CompletionRequest.method, { ...doc, position: null })],
    ['definition', 'line', () => session.connection.sendRequest(DefinitionRequest.method, { ...doc, position: null })],
    ['inlayHint', 'start', () => session.connection.sendRequest(InlayHintRequest.method, { ...doc, range: null })],
    ['codeAction', 'only', () => session.connection.sendRequest(CodeActionRequest.method, { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: null })],
    ['hover', 'uri', () => session.connection.sendRequest(HoverRequest.method, { textDocument: null, position: { line: 0, character: 0 } })],
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

  it('keeps answering after many failures in a row, each with its own error', async () => {
    const errors = await Promise.all(Array.from({ length: 50 }, () => failure(session.connection.sendRequest(HoverRequest.method, { ...doc, position: null }))));
    assert.ok(errors.every((e) => e.code === LSPErrorCodes.RequestFailed));
    const hover = await session.connection.sendRequest(HoverRequest.type, { ...doc, position: BASIC });
    assert.equal((hover?.contents as MarkupContent).value, BASIC_HOVER);
  });
});
