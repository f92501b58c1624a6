import { strict as assert } from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest,
  ShutdownRequest, type MarkupContent, type Position, type ProtocolConnection,
} from 'vscode-languageserver-protocol';
import { fixture } from '../helpers';
import { CAPABILITIES } from './client';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');
const URI = 'file:///work/hostile.budget.yaml';

const TERM = '恶意`t`*s*[x](command:workbench.action.quit)';
const DEFINITION = '定义 [点此](command:workbench.action.quit) <img src=x onerror=alert(1)> `code` *star* **bold** _u_ <script>alert(1)</script>';
const NAME = '综合[run](command:workbench.action.quit)<img src=x onerror=alert(1)>`x`*y*';
const consistent = fixture('consistent.budget.yaml');
const hostile = consistent
  .replace('  - { term: 基本支出, definition: 指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。 }\n',
    `  - { term: 基本支出, definition: 指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。 }\n  - term: ${JSON.stringify(TERM)}\n    definition: ${JSON.stringify(DEFINITION)}\n`)
  .replace('  - 本部门无国有资本经营收入。\n', `  - 本部门无国有资本经营收入。\n  - ${JSON.stringify(`见${TERM}。`)}\n`)
  .replace('name: 综合协调\n', `name: ${JSON.stringify(NAME)}\n`);

function at(text: string, needle: string, shift = 0): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `no ${needle}`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** Markdown with every backslash escape removed: what is left is what a renderer reads as syntax. */
const unescaped = (markdown: string) => markdown.replace(/\\[\s\S]/g, '');

/** No link, image, HTML or command URI a renderer could act on. */
function assertInert(markdown: string): void {
  const bare = unescaped(markdown);
  assert.doesNotMatch(bare, /\]\(|\]\[|<|command:|javascript:/i, `active syntax in ${JSON.stringify(markdown)}`);
}

/**
 * The built server, its stdout kept byte for byte: `isTrusted` is checked in
 * the JSON the server writes, not in what a client library makes of it.
 */
describe('language server: hovers never carry code from the document', () => {
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let raw = '';

  before(async () => {
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d: Buffer) => (raw += d.toString('utf8')));
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: CAPABILITIES, locale: 'zh-cn' });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'budget-yaml', version: 1, text: hostile } });
  });
  after(async () => {
    try {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
    } finally {
      connection.dispose();
      server.kill();
    }
  });

  const hover = async (position: Position) => {
    const h = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position });
    const contents = h?.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    return contents.value;
  };

  it('escapes a glossary term and definition holding a command link, <img onerror>, <script>, backticks and *', async () => {
    const value = await hover(at(hostile, `见${TERM}`, 2));
    assert.equal(value, '**恶意\\`t\\`\\*s\\*\\[x\\]\\(command\\:workbench\\.action\\.quit\\)**\n\n'
      + '定义 \\[点此\\]\\(command\\:workbench\\.action\\.quit\\) &lt;img src=x onerror=alert\\(1\\)&gt; \\`code\\` \\*star\\* \\*\\*bold\\*\\* \\_u\\_ &lt;script&gt;alert\\(1\\)&lt;/script&gt;\n\n'
      + '*本文件名词解释*');
    assertInert(value);
    // What is left unescaped is the hover's own bold title and italic source line.
    assert.equal(unescaped(value).replace(/[^`*_]/g, ''), '******');
  });

  it('escapes an activity name holding the same, where a parent total lists its parts', async () => {
    const value = await hover(at(hostile, 'budget: 587.00', 10));
    assert.equal(value, '**预算数** · 下级合计\n\n`587.00 = 537.00 + 50.00` ✓\n\n'
      + '- 综合\\[run\\]\\(command\\:workbench\\.action\\.quit\\)&lt;img src=x onerror=alert\\(1\\)&gt;\\`x\\`\\*y\\*: 537.00\n- 会议管理: 50.00');
    assertInert(value);
  });

  it('never sends isTrusted, nor a command link, in any message it wrote', async () => {
    // Every kind of hover over the hostile document, then the raw JSON of the whole session.
    for (const position of [at(hostile, `见${TERM}`, 2), at(hostile, 'budget: 587.00', 10), at(hostile, 'basic: 2400.00', 2), at(hostile, '-4%', 1)]) await hover(position);
    assert.ok(raw.includes('"contents":{"kind":"markdown"'), 'the hovers are in the captured output');
    assert.doesNotMatch(raw, /isTrusted|supportHtml/);
    assert.doesNotMatch(raw, /\]\(command:/);
  });
});
