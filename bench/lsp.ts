import { spawn, type ChildProcess } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import {
  createProtocolConnection, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
  ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
  StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** A language server over stdio, driven the way an editor drives it: open, edit, wait for diagnostics. */
export class LspSession {
  private readonly waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  private version = 1;

  private constructor(readonly proc: ChildProcess, private readonly connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const resolve = this.waiting.get(p.uri);
      if (resolve) {
        this.waiting.delete(p.uri);
        resolve(p);
      }
    });
  }

  /** Starts the server and completes the initialize handshake; `settings` answers workspace/configuration. */
  static async start(command: string, args: readonly string[], settings: Record<string, unknown>): Promise<{ session: LspSession; readyMs: number }> {
    const started = performance.now();
    const proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section ? section(settings, item.section) : settings) ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: false, dynamicRegistration: false } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
    return { session: new LspSession(proc, connection), readyMs: performance.now() - started };
  }

  /** Opens a document; resolves with the time to its first diagnostics. */
  async open(uri: string, languageId: string, text: string): Promise<{ ms: number; diagnostics: number }> {
    const started = performance.now();
    const published = this.next(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: this.version, text } });
    const p = await published;
    return { ms: performance.now() - started, diagnostics: p.diagnostics.length };
  }

  /** One incremental change; resolves with the time to the diagnostics that follow it. */
  async edit(uri: string, line: number, character: number, length: number, text: string): Promise<number> {
    const started = performance.now();
    const published = this.next(uri);
    this.version++;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: this.version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + length } }, text }],
    });
    await published;
    return performance.now() - started;
  }

  /** Resident memory of the server process, in MB. */
  rssMb(): number | undefined {
    try {
      const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** CPU time of every thread of the server process so far, in ms (the scheduler's nanoseconds, /proc/PID/task/TID/schedstat). */
  cpuMs(): number {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${this.proc.pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${this.proc.pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // A thread that ended meanwhile.
      }
    }
    return ns / 1e6;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 3000).unref());
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), timeout]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The process is killed below in any case.
    }
    await Promise.race([exited, timeout]);
    this.proc.kill('SIGKILL');
    this.connection.dispose();
  }

  private next(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiting.set(uri, resolve));
  }
}

function section(settings: Record<string, unknown>, name: string): unknown {
  let v: unknown = settings;
  for (const part of name.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}
