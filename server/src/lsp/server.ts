import { fileURLToPath, pathToFileURL } from 'url';
import {
  CodeActionKind, DidChangeWatchedFilesNotification, DiagnosticSeverity, ErrorCodes, LSPErrorCodes, ResponseError, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { FIX_ALL_KIND, codeActions, editSupport, PLAIN_EDITS, type EditSupport } from './code-actions';
import { documentDiagnostics } from './diagnostics';
import { clientFormats, completion, definition, documentOutline, foldingRanges, FULL_FORMATS, hover, inlayHints, type ClientFormats } from './features';
import { OUTLINE_LIMITED, type OutlineLimited } from './outline-limit';
import { resolveSettings, CONFIG_NAMES, configFor, type ProjectConfig, localize, toLocale } from '../core';
import { IdleCollector } from './memory';
import { Workspace, type Analysis } from './workspace';
import { VERSION } from '../version';


/** Wires the core's features to a connection. Every handler answers, or fails alone with a ResponseError. */
export function serve(connection: Connection): void {
  let clientLocale: string | undefined;
  let pullsSettings = false;
  let refreshesHints = false;
  /** What the client takes in a workspace edit (annotations, snippets), from `initialize`. */
  let edits: EditSupport = PLAIN_EDITS;
  /** What the client can show (snippets, markdown hovers), from `initialize`. */
  let formats: ClientFormats = FULL_FORMATS;
  /** The `budget` section a client pushed (one that does not answer workspace/configuration). */
  let pushed: unknown = {};
  let watchesFiles = false;
  /** Configuration files whose problems are shown, so that they are cleared once fixed. */
  const configsWithProblems = new Set<string>();
  /** The documents whose outline was sent in part, with how much of it was told (outline-limit.ts). */
  const outlinesLimited = new Map<string, string>();
  /** LSP's lifecycle: requests before `initialize` and after `shutdown` are refused, as the protocol says. */
  let phase: 'starting' | 'running' | 'shut down' = 'starting';
  const log = (message: string) => connection.console.error(message);
  const memory = new IdleCollector();

  const workspace = new Workspace({
    clientLocale: () => clientLocale,
    settingsFor: async (uri) => {
      // The project's .budgetdoc.yaml (for a document on disk), with the editor's settings on top.
      const path = filePath(uri);
      const config = path === undefined ? undefined : configFor(path);
      if (config) showConfigProblems(config);
      if (!pullsSettings) return resolveSettings(pushed, config, path);
      // A client that answers with an error, or not at all, still gets diagnostics: under the configuration alone.
      const asked = connection.workspace.getConfiguration([{ scopeUri: uri, section: 'budget' }]) as Promise<unknown[]>;
      const answer = await withTimeout(asked, SETTINGS_TIMEOUT_MS).catch((e: unknown) => {
        log(`budget: workspace/configuration failed (${e instanceof Error ? e.message : String(e)}); checking ${uri} without the editor's settings`);
        return undefined;
      });
      return resolveSettings(answer?.[0], config, path);
    },
    publish: (a: Analysis) => connection.sendDiagnostics({ uri: a.uri, version: a.version, diagnostics: documentDiagnostics(a) }),
    // A slow check (a large document read whole) leaves much garbage, and so does the state built after it for the
    // next edit: collect it at once, before the next edit has to; after a fast one, once the typing stops.
    settled: (a: Analysis) => memory.touch(a.cpuMs > 250 ? 0 : undefined),
    onClose: (uri) => {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      outlinesLimited.delete(uri);
      memory.touch();
    },
    log,
  });

  /** A configuration file's mistakes as its diagnostics (the file need not be open), or none once it is right. */
  function showConfigProblems(config: ProjectConfig): void {
    const uri = pathToFileURL(config.file).toString();
    if (config.problems.length === 0 && !configsWithProblems.has(uri)) return;
    if (config.problems.length === 0) configsWithProblems.delete(uri);
    else configsWithProblems.add(uri);
    void connection.sendDiagnostics({
      uri,
      diagnostics: config.problems.map((p) => ({ range: p.range, severity: DiagnosticSeverity.Error, source: 'budget', code: 'config', message: localize(p.message, config.locale && config.locale !== 'auto' ? config.locale : toLocale(clientLocale)) })),
    });
  }

  /** Tells the client a document's outline was sent in part, or no longer is, when that has changed. */
  function tellOutline(limited: OutlineLimited): void {
    const told = limited.shown < limited.total ? `${limited.shown}/${limited.total}` : undefined;
    if (outlinesLimited.get(limited.uri) === told) return;
    if (told) outlinesLimited.set(limited.uri, told);
    else outlinesLimited.delete(limited.uri);
    void connection.sendNotification(OUTLINE_LIMITED, limited);
  }

  /** A request over one open document; an unknown document gets `fallback`, a failure a ResponseError. */
  function onDocument<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, answer: (a: Analysis, params: P) => R) {
    return async (params: P): Promise<R | ResponseError<void>> => {
      if (phase === 'starting') return new ResponseError(ErrorCodes.ServerNotInitialized, `budget: ${name} before initialize`);
      if (phase === 'shut down') return new ResponseError(ErrorCodes.InvalidRequest, `budget: ${name} after shutdown`);
      const invalid = invalidParams(params);
      if (invalid) return new ResponseError(ErrorCodes.InvalidParams, `budget: ${name}: ${invalid}`);
      try {
        // Under the document's own settings, once they have come (workspace.ts).
        const analysis = await workspace.settledAnalysisOf(params.textDocument.uri);
        return analysis ? answer(analysis, params) : fallback;
      } catch (e) {
        log(`budget: ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return new ResponseError(LSPErrorCodes.RequestFailed, `budget: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale;
    pullsSettings = !!params.capabilities.workspace?.configuration;
    watchesFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    refreshesHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    formats = clientFormats(params.capabilities);
    edits = editSupport(params.capabilities);
    phase = 'running';
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        inlayHintProvider: true,
      },
      serverInfo: { name: 'budget-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // A .budgetdoc.yaml written, changed or deleted changes the settings of the documents below it.
    if (watchesFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_NAMES.map((name) => ({ globPattern: `**/${name}` })) });
  });
  connection.onDidChangeWatchedFiles(() => {
    workspace.settingsChanged();
    if (refreshesHints) void connection.languages.inlayHint.refresh();
  });

  connection.onDidChangeConfiguration((params) => {
    if (!pullsSettings) pushed = (params.settings as { budget?: unknown } | null)?.budget;
    workspace.settingsChanged();
    if (refreshesHints) void connection.languages.inlayHint.refresh();
  });

  connection.onShutdown(() => {
    phase = 'shut down';
  });

  connection.onHover(onDocument('hover', null, (a, p) => hover(a, p.position, formats)));
  connection.onCompletion(onDocument('completion', [], (a, p) => completion(a, p.position, formats)));
  connection.onCodeAction(onDocument('codeAction', [], (a, p) => codeActions(a, p, edits)));
  connection.onDocumentSymbol(onDocument('documentSymbol', [], (a) => {
    const { symbols, total } = documentOutline(a);
    tellOutline({ uri: a.uri, shown: Math.min(total, a.settings.outline.maxItems), total });
    return symbols;
  }));
  connection.onFoldingRanges(onDocument('foldingRange', [], (a) => foldingRanges(a, formats)));
  connection.onDefinition(onDocument('definition', null, (a, p) => definition(a, p.position)));
  connection.languages.inlayHint.on(onDocument('inlayHint', [], (a, p) => inlayHints(a, p.range)));

  workspace.listen(connection);
  connection.listen();
}

/** The path of a `file:` URI; other schemes (a virtual workspace, an untitled document) have no configuration file. */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * How long the server waits for `workspace/configuration` before it checks with the defaults, in ms: 3 s, or
 * `BUDGET_DOCS_SETTINGS_TIMEOUT_MS` when that is a positive whole number (the protocol tests wait less).
 */
export function settingsTimeout(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.BUDGET_DOCS_SETTINGS_TIMEOUT_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : 3000;
}

const SETTINGS_TIMEOUT_MS = settingsTimeout();

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}

/** What is wrong with a request's document and position, said as the protocol's types name them; undefined when nothing. */
export function invalidParams(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return 'params must be an object';
  const { textDocument, position, range } = params as { textDocument?: unknown; position?: unknown; range?: unknown };
  if (typeof textDocument !== 'object' || textDocument === null || typeof (textDocument as { uri?: unknown }).uri !== 'string') return 'textDocument.uri must be a string';
  if (position !== undefined && !isPosition(position)) return 'position must be { line, character } with non-negative integers';
  if (range !== undefined && !(typeof range === 'object' && range !== null && isPosition((range as { start?: unknown }).start) && isPosition((range as { end?: unknown }).end))) {
    return 'range must be { start, end } positions';
  }
  return undefined;
}

function isPosition(p: unknown): boolean {
  if (typeof p !== 'object' || p === null) return false;
  const { line, character } = p as { line?: unknown; character?: unknown };
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}
