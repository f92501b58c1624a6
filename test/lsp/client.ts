import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  type ClientCapabilities, type ProtocolConnection, type PublishDiagnosticsParams, type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, inlayHint: { refreshSupport: false } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

/** How a session's client starts: its locale, its `budget` settings, its capabilities, the server's environment. */
export interface StartOptions {
  readonly locale?: string;
  readonly settings?: unknown;
  readonly capabilities?: ClientCapabilities;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The bundled server (`node dist/server.js --stdio`) driven by the protocol
 * library's own client connection: nothing here is ours but the test.
 */
export class Session {
  readonly connection: ProtocolConnection;
  private readonly server: ChildProcess;
  private readonly documents = new Map<string, TextDocument>();
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  /** What the server gets for `workspace/configuration`, section `budget`. */
  settings: unknown = {};
  stderr = '';

  private constructor(env?: NodeJS.ProcessEnv) {
    this.server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: env && { ...process.env, ...env } });
    this.server.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.match(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.settings));
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<Session> {
    const session = new Session(options.env);
    if (options.settings !== undefined) session.settings = options.settings;
    await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? CAPABILITIES,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.documents.set(uri, TextDocument.create(uri, 'budget-yaml', 1, text));
    const published = this.diagnostics(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'budget-yaml', version: 1, text } });
    return published;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  /** Applies edits client-side, sends them as incremental changes, and waits for the new version's diagnostics. */
  async edit(uri: string, edits: readonly TextEdit[]): Promise<PublishDiagnosticsParams> {
    const before = this.document(uri);
    const version = before.version + 1;
    // Later edits first, so each range still means what it meant.
    const ordered = [...edits].sort((a, b) => before.offsetAt(b.range.start) - before.offsetAt(a.range.start));
    let document = before;
    for (const e of ordered) document = TextDocument.update(document, [{ range: e.range, text: e.newText }], version);
    this.documents.set(uri, document);
    const published = this.diagnostics(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return published;
  }

  /** Replaces the whole text (as a full-document change). */
  async replace(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const before = this.document(uri);
    const end = before.positionAt(before.getText().length);
    return this.edit(uri, [{ range: { start: { line: 0, character: 0 }, end }, newText: text }]);
  }

  /** The diagnostics published for a version of a document (already, or the next to come). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    const done = this.published.find(match);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}; stderr: ${this.stderr}`)), 5000);
      this.waiters.push({ match, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** The next publication for a document, whatever its version (after a settings change). */
  next(uri: string): Promise<PublishDiagnosticsParams> {
    const seen = this.publications(uri).length;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no new diagnostics for ${uri}; stderr: ${this.stderr}`)), 5000);
      let count = seen;
      this.waiters.push({ match: (p) => p.uri === uri && ++count > seen, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** Every publication so far for a document, in order. */
  publications(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /**
   * Back to a session as it started, for the next test: every open document closed (and its diagnostics cleared,
   * as the server publishes on a close), what was published forgotten, the settings empty.
   */
  async reset(): Promise<void> {
    const cleared = [...this.documents.keys()].map((uri) => new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics cleared for ${uri} on its close; stderr: ${this.stderr}`)), 5000);
      const match = (p: PublishDiagnosticsParams) => p.uri === uri && p.version === undefined && p.diagnostics.length === 0;
      this.waiters.push({ match, resolve: () => { clearTimeout(timer); resolve(); } });
    }));
    for (const uri of this.documents.keys()) await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await Promise.all(cleared);
    this.documents.clear();
    this.published.length = 0;
    this.settings = {};
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      this.server.kill();
    }
  }

  private document(uri: string): TextDocument {
    const d = this.documents.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d;
  }
}

/**
 * One server for the tests of a `describe`, as an editor is one client for many documents: started before them,
 * handed to each test through `use`, each test's documents closed after it (`Session.reset`), stopped after the
 * last. A test of another client (capabilities, locale) starts its own with `own`, stopped after that test.
 */
export function shareSession(options: StartOptions, use: (session: Session) => void): { own(options: StartOptions): Promise<Session> } {
  let shared: Session | undefined;
  let own: Session | undefined;
  before(async () => {
    shared = await Session.start(options);
  });
  after(async () => {
    await shared?.stop();
  });
  beforeEach(() => {
    use(shared!);
  });
  afterEach(async () => {
    const mine = own;
    own = undefined;
    if (mine) await mine.stop();
    else await shared!.reset();
  });
  return {
    async own(options: StartOptions): Promise<Session> {
      own = await Session.start(options);
      use(own);
      return own;
    },
  };
}
